//! Who is who: addresses compared as one normalized form (ASCII case only,
//! IDNA domains), names that cannot lie in an inbox, and entity tags that
//! never match another incarnation of a user.

use e2e::{Api, token_of};
use serde_json::json;

#[tokio::test]
async fn a_look_alike_sign_in_cannot_accept_an_invitation() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let kate = format!("kate.{}@example.com", e2e::unique("k"));
    let token = token_of(
        &api.invite(&owner, &account, &kate, "campaign_creator")
            .await
            .expect(201, None)
            .body,
    );
    // KELVIN SIGN lower-cases to "k"; a no-break space is not trimmed.
    for look_alike in [kate.replacen('k', "\u{212A}", 1), format!("{kate}\u{a0}")] {
        let who = api
            .person_with(&e2e::unique("look-alike"), &look_alike, true)
            .await;
        api.post("/invitations/accept", &who, json!({"token": token}))
            .await
            .expect(403, Some("email_mismatch"));
    }
    // Upper case and outer spaces of ASCII are the same address.
    let shouty = api
        .person_with(
            &e2e::unique("kate"),
            &format!(" {} ", kate.to_uppercase()),
            true,
        )
        .await;
    api.post("/invitations/accept", &shouty, json!({"token": token}))
        .await
        .expect(200, None);
}

#[tokio::test]
async fn one_mailbox_is_one_user_whatever_its_domain_spelling() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let first = api
        .invite(&owner, &account, "hans@M\u{fc}nchen.de", "campaign_creator")
        .await
        .expect(201, None);
    assert_eq!(first.body["user"]["email"], "hans@xn--mnchen-3ya.de");
    api.invite(
        &owner,
        &account,
        "hans@xn--mnchen-3ya.de",
        "campaign_creator",
    )
    .await
    .expect(409, Some("invitation_pending"));
    let seats = api
        .get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(200, None);
    assert_eq!(seats.body["seats_used"], 2);
    for bad in ["a@127.0.0.1", "a@[127.0.0.1]", "j\u{f6}rg@example.com"] {
        api.invite(&owner, &account, bad, "campaign_creator")
            .await
            .expect(422, Some("invalid_email"));
    }
}

#[tokio::test]
async fn names_that_change_how_text_reads_are_refused() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    for name in [
        "Acme\u{202e}moc.liame",
        "Acme \u{2067}Bank\u{2069}",
        "Ac\u{200b}me",
        "Acme\u{2028}Bcc: you",
        "Acme\u{2029}",
    ] {
        let answer = api
            .post("/accounts", &owner, json!({"name": name}))
            .await
            .expect(422, Some("invalid_field"));
        assert_eq!(answer.body["errors"][0]["field"], "name");
    }
    let me = api.get("/me", &owner).await.expect(200, None);
    assert_eq!(me.body["accounts"], json!([]));
}

#[tokio::test]
async fn a_tag_taken_before_a_delete_never_matches_the_user_invited_again() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let email = format!("{}@example.com", e2e::unique("sue"));
    let invited = api
        .invite(&owner, &account, &email, "campaign_creator")
        .await
        .expect(201, None);
    let path = Api::user_path(&account, &invited.body);
    let old = api.get(&path, &owner).await.expect(200, None);
    let old_tag = old.header("etag").unwrap().to_owned();
    api.post(&format!("{path}/revoke"), &owner, json!({}))
        .await
        .expect(200, None);
    api.delete(&path, &owner).await.expect(204, None);
    let again = api
        .invite(&owner, &account, &email, "campaign_creator")
        .await
        .expect(201, None);
    assert_eq!(again.body["user"]["version"], old.body["version"]);
    api.send(
        "POST",
        &format!("{path}/revoke"),
        Some(&owner.token),
        None,
        &[("if-match", &old_tag)],
    )
    .await
    .expect(412, Some("precondition_failed"));
    let fresh = api.get(&path, &owner).await.expect(200, None);
    assert_eq!(fresh.body["status"], "pending");
    assert_ne!(fresh.header("etag"), Some(old_tag.as_str()));
}
