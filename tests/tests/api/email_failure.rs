//! When SES fails the invitation still stands: the answer says so and carries
//! the link, the link works, and resend retries the email. The user's stored
//! delivery status agrees with the answer.

use e2e::{Api, Options, token_of};
use serde_json::json;

#[tokio::test]
async fn a_failed_email_loses_nothing_and_resend_retries() {
    let broken = Api::start_with(Options {
        broken_ses: true,
        ..Options::default()
    })
    .await;
    let owner = broken.person("owner").await;
    let account = broken.account(&owner).await;
    let sue = broken.person("sue").await;

    let invited = broken
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);
    assert_eq!(invited.body["email"]["status"], "failed");
    assert!(invited.body["email"]["reason"].is_string());
    assert_eq!(invited.body["user"]["status"], "pending");
    let first_link = token_of(&invited.body);
    assert!(
        broken.emails_to(&sue.email).await.is_empty(),
        "nothing reached SES"
    );

    // The invitation stands: listed, previewable, holding its seat.
    assert_eq!(invited.body["user"]["delivery"]["status"], "failed");
    let path = Api::user_path(&account, &invited.body);
    let stored = broken.get(&path, &owner).await.body;
    assert_eq!(stored["status"], "pending");
    assert_eq!(stored["delivery"]["status"], "failed");
    assert_eq!(
        stored["delivery"]["detail"],
        invited.body["email"]["reason"]
    );
    broken
        .call("GET", &format!("/invitations/{first_link}"), None, None)
        .await
        .expect(200, None);
    assert_eq!(
        broken
            .get(&format!("/accounts/{account}"), &owner)
            .await
            .body["seats_used"],
        2
    );

    // Once SES works again (a second API over the same table), resend sends it.
    let healthy = Api::start_with(Options {
        table: Some(broken.table.clone()),
        ..Options::default()
    })
    .await;
    let resent = healthy
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(resent.body["email"]["status"], "sent");
    assert_eq!(resent.body["user"]["delivery"]["status"], "sent");
    assert_eq!(
        healthy.get(&path, &owner).await.body["delivery"]["status"],
        "sent"
    );
    let emails = healthy.emails_to(&sue.email).await;
    assert_eq!(emails.len(), 1);
    let link = token_of(&resent.body);
    assert!(emails[0]["text"].as_str().unwrap().contains(&link));
    healthy
        .post("/invitations/accept", &sue, json!({"token": first_link}))
        .await
        .expect(404, Some("invitation_not_found"));
    healthy
        .post("/invitations/accept", &sue, json!({"token": link}))
        .await
        .expect(200, None);
}
