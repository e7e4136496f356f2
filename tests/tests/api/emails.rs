//! The emails as their readers get them: in the invitation's language (else
//! the account's), times in words in the account's time zone, from a
//! display name that names the inviter and the account, replies to the
//! inviter; and `/_local/emails` showing them whole.

use e2e::{Api, Options, Person, sleep_secs, token_of};
use serde_json::{Value, json};

/// An owner's account set to `locale`, told in New York time.
async fn account_in(api: &Api, locale: &str) -> (Person, String) {
    let (owner, account) = api.owner_and_account().await;
    api.patch(
        &format!("/accounts/{account}"),
        &owner,
        json!({"locale": locale, "time_zone": "America/New_York"}),
    )
    .await
    .expect(200, None);
    (owner, account)
}

/// The invitation page's preview of the invitation `invited` answers.
async fn preview_of(api: &Api, invited: &Value) -> Value {
    let token = token_of(invited);
    api.send("GET", &format!("/invitations/{token}"), None, None, &[])
        .await
        .expect(200, None)
        .body
}

fn part<'a>(email: &'a Value, name: &str) -> &'a str {
    email[name].as_str().unwrap()
}

#[tokio::test]
async fn an_invitation_in_the_language_it_names_from_the_inviter_via_the_account() {
    let api = Api::start_with(Options::ending("1h", "2s")).await;
    let (owner, account) = account_in(&api, "de").await;
    let name = api
        .get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(200, None)
        .body["name"]
        .as_str()
        .unwrap()
        .to_owned();
    let sue = api.person("sue").await;
    let invited = api
        .post(
            &format!("/accounts/{account}/users"),
            &owner,
            json!({"email": sue.email, "role": "campaign_creator", "locale": "fr"}),
        )
        .await
        .expect(201, None);

    let emails = api.emails_to(&sue.email).await;
    assert_eq!(emails.len(), 1);
    let email = &emails[0];
    assert_eq!(
        part(email, "subject"),
        format!("{} vous invite à rejoindre {name} sur Roster", owner.email)
    );
    assert_eq!(
        part(email, "from_name"),
        format!("{} via {name}", owner.email)
    );
    assert!(part(email, "from").ends_with(" <invitations@roster.test>"));
    assert_eq!(email["reply_to"], json!([owner.email]));
    for body in [part(email, "text"), part(email, "html")] {
        assert!(body.contains("Créateur de campagnes"), "{body}");
        assert!(
            body.contains("(New York)"),
            "the expiry in the account's zone: {body}"
        );
        assert!(body.contains(invited.body["invite_url"].as_str().unwrap()));
    }
    assert!(part(email, "html").contains("<html lang=\"fr\">"));

    // Its page speaks it too.
    let preview = preview_of(&api, &invited.body).await;
    assert_eq!(preview["locale"], "fr");

    // So does its reminder.
    sleep_secs(3).await;
    assert_eq!(api.sweep().await["reminded"], 1);
    let emails = api.emails_to(&sue.email).await;
    assert_eq!(emails.len(), 2);
    assert!(part(&emails[1], "subject").starts_with("Rappel : "));
}

#[tokio::test]
async fn without_a_language_an_invitation_is_in_the_account_s() {
    let api = Api::start().await;
    let (owner, account) = account_in(&api, "pt-BR").await;
    let sue = api.person("sue").await;
    let invited = api
        .invite(&owner, &account, &sue.email, "account_manager")
        .await
        .expect(201, None);
    let email = &api.emails_to(&sue.email).await[0];
    assert!(part(email, "text").contains("Gerente da conta"));
    let preview = preview_of(&api, &invited.body).await;
    assert_eq!(preview["locale"], "pt-BR");
}

#[tokio::test]
async fn a_language_not_offered_is_refused_and_sends_nothing() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    // An address of its own: the moto server's mail is every test's.
    let sue = api.person("sue").await;
    for locale in [
        json!("xx"),
        json!("fr-CA"),
        json!(""),
        json!(7),
        json!(null),
    ] {
        let refused = api
            .post(
                &format!("/accounts/{account}/users"),
                &owner,
                json!({"email": sue.email, "role": "campaign_creator", "locale": locale}),
            )
            .await
            .expect(422, Some("invalid_field"));
        assert_eq!(refused.body["errors"][0]["field"], "locale", "{locale}");
    }
    assert!(api.emails_to(&sue.email).await.is_empty());
    let users = api
        .get(&format!("/accounts/{account}/users"), &owner)
        .await
        .expect(200, None);
    assert_eq!(
        users.body["users"].as_array().unwrap().len(),
        1,
        "the owner alone"
    );
}

#[tokio::test]
async fn the_offer_of_ownership_is_in_the_account_s_language_with_replies_to_the_owner() {
    let api = Api::start().await;
    let (owner, account) = account_in(&api, "es").await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "account_manager").await;
    api.post(
        &format!("/accounts/{account}/ownership"),
        &owner,
        json!({"user_id": sue_id}),
    )
    .await
    .expect(201, None);
    let emails = api.emails_to(&sue.email).await;
    let offer = emails.last().unwrap();
    assert!(
        part(offer, "subject").contains("te ofrece la propiedad de"),
        "{offer}"
    );
    assert!(part(offer, "text").contains("(New York)"));
    assert_eq!(offer["reply_to"], json!([owner.email]));
}

#[tokio::test]
async fn the_local_mailbox_shows_each_email_as_a_page_and_as_text() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    api.invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);
    let email = &api.emails_to(&sue.email).await[0];
    let id = part(email, "id");
    let http = reqwest::Client::new();
    let get = |path: String, accept: &'static str| {
        http.get(format!("{}{path}", api.base))
            .header("accept", accept)
            .send()
    };
    let listing = get("/_local/emails".into(), "text/html").await.unwrap();
    assert!(
        listing.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let listing = listing.text().await.unwrap();
    assert!(listing.contains(&format!("/_local/emails/{id}")));
    assert!(
        listing.contains(&format!("{} via ", owner.email)),
        "the display name, decoded"
    );

    let page = get(format!("/_local/emails/{id}"), "text/html")
        .await
        .unwrap();
    let policy = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    assert_eq!(page.text().await.unwrap(), part(email, "html"));
    let text = get(format!("/_local/emails/{id}/text"), "*/*")
        .await
        .unwrap();
    assert!(
        text.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(text.text().await.unwrap(), part(email, "text"));
    let missing = get("/_local/emails/nope".into(), "text/html")
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}
