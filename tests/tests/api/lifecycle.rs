//! A new user's whole journey over HTTP: create an account, invite, read the
//! email, preview, accept, change role, deactivate, reactivate, delete,
//! revoke, resend, replace and expire.

use e2e::{Api, Options, sleep_secs, token_of};
use serde_json::json;

#[tokio::test]
async fn invite_email_preview_accept_and_manage() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let sue = api.person("sue").await;

    // Invite: 201 with the user, the link (once) and the email's fate.
    let invited = api
        .invite(
            &owner,
            &account,
            &format!("  {}  ", sue.email.to_uppercase()),
            "campaign_creator",
        )
        .await
        .expect(201, None);
    let user = &invited.body["user"];
    assert_eq!(
        user["email"], sue.email,
        "addresses are trimmed and lower-cased"
    );
    assert_eq!(user["status"], "pending");
    assert_eq!(user["role"], "campaign_creator");
    assert_eq!(user["actions"], json!(["resend", "revoke"]));
    assert_eq!(user["invited_by"], owner.email);
    assert_eq!(user["partner_account_id"], json!(null));
    assert_eq!(invited.body["email"]["status"], "sent");
    let token = token_of(&invited.body);
    assert!(
        invited.body["invite_url"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}/invitations/", api.base))
    );
    assert!(
        token.len() >= 43,
        "a 256-bit secret needs at least 43 base64 characters"
    );
    let user_id = user["id"].as_str().unwrap().to_owned();

    // The email: account, inviter, role in words, expiry, link.
    let emails = api.emails_to(&sue.email).await;
    assert_eq!(emails.len(), 1);
    let text = emails[0]["text"].as_str().unwrap();
    assert!(
        emails[0]["subject"]
            .as_str()
            .unwrap()
            .contains(&owner.email)
    );
    assert!(text.contains("Campaign Creator"));
    assert!(text.contains(&token));
    // The expiry in words, in the account's time zone (UTC by default).
    let expires_at = shared::time::parse_rfc3339(user["expires_at"].as_str().unwrap()).unwrap();
    let zone = shared::domain::TimeZone::default();
    let when = shared::mail::Words::of(shared::domain::Locale::En).when(expires_at, &zone);
    assert!(text.contains(&when), "{when} in {text}");

    // Opening the link only reads, as often as a scanner likes.
    for _ in 0..3 {
        let preview = api
            .call("GET", &format!("/invitations/{token}"), None, None)
            .await
            .expect(200, None);
        assert_eq!(preview.body["status"], "pending");
        assert_eq!(preview.body["role"], "campaign_creator");
        assert_eq!(preview.body["invited_by"], owner.email);
        assert!(
            preview.body["account_name"]
                .as_str()
                .unwrap()
                .starts_with("Green Acres")
        );
    }

    // Accept: active, bound to the sign-in, and the account shows in /me.
    let accepted = api
        .post("/invitations/accept", &sue, json!({"token": token}))
        .await
        .expect(200, None);
    assert_eq!(accepted.body["account_id"], account);
    assert_eq!(accepted.body["user"]["status"], "active");
    assert_eq!(
        accepted.body["user"]["actions"],
        json!(["change_role", "deactivate"])
    );
    assert!(accepted.body["user"]["accepted_at"].is_string());
    let me = api.get("/me", &sue).await.expect(200, None);
    assert_eq!(me.body["accounts"][0]["account_id"], account);
    assert_eq!(me.body["accounts"][0]["role"], "campaign_creator");
    assert_eq!(
        me.body["accounts"][0]["permissions"],
        json!(["campaigns:edit", "library:use", "reports:view"])
    );
    // The link was single-use.
    api.post("/invitations/accept", &sue, json!({"token": token}))
        .await
        .expect(404, Some("invitation_not_found"));
    api.call("GET", &format!("/invitations/{token}"), None, None)
        .await
        .expect(404, Some("invitation_not_found"));

    // Any user of the account reads it; seats count the owner and Sue.
    let seen = api
        .get(&format!("/accounts/{account}"), &sue)
        .await
        .expect(200, None);
    assert_eq!(seen.body["seats_used"], 2);
    assert_eq!(seen.body["owner_email"], owner.email);

    // Change role: effective at once in /me.
    let path = format!("/accounts/{account}/users/{user_id}");
    let changed = api
        .patch(&path, &owner, json!({"role": "account_manager"}))
        .await
        .expect(200, None);
    assert_eq!(changed.body["role"], "account_manager");
    let me = api.get("/me", &sue).await;
    assert!(
        me.body["accounts"][0]["permissions"]
            .as_array()
            .unwrap()
            .contains(&json!("contacts:export"))
    );

    // Deactivate: every permission gone at once, seat freed.
    let off = api
        .post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(off.body["status"], "deactivated");
    assert_eq!(off.body["actions"], json!(["reactivate", "delete"]));
    let me = api.get("/me", &sue).await;
    assert_eq!(me.body["accounts"][0]["status"], "deactivated");
    assert_eq!(me.body["accounts"][0]["permissions"], json!([]));
    api.get(&format!("/accounts/{account}"), &sue)
        .await
        .expect(403, Some("forbidden"));
    let seats = api.get(&format!("/accounts/{account}"), &owner).await;
    assert_eq!(seats.body["seats_used"], 1);

    // Reactivate: back, with the role kept.
    let on = api
        .post(&format!("{path}/reactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(on.body["status"], "active");
    assert_eq!(on.body["role"], "account_manager");
    api.get(&format!("/accounts/{account}"), &sue)
        .await
        .expect(200, None);

    // Delete needs a deactivated user; then the user is gone.
    api.delete(&path, &owner)
        .await
        .expect(409, Some("invalid_transition"));
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    let gone = api.delete(&path, &owner).await.expect(204, None);
    assert_eq!(gone.body, json!(null));
    api.get(&path, &owner)
        .await
        .expect(404, Some("user_not_found"));
    api.get(&format!("/accounts/{account}"), &sue)
        .await
        .expect(404, Some("account_not_found"));
    assert_eq!(api.get("/me", &sue).await.body["accounts"], json!([]));
}

#[tokio::test]
async fn revoke_resend_and_replace_kill_earlier_links() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let bob = api.person("bob").await;
    let first = api
        .invite(&owner, &account, &bob.email, "partner_manager")
        .await
        .expect(201, None);
    let first_token = token_of(&first.body);
    let path = Api::user_path(&account, &first.body);

    // Inviting a pending address again needs replace_pending.
    api.invite(&owner, &account, &bob.email, "campaign_creator")
        .await
        .expect(409, Some("invitation_pending"));
    let replaced = api
        .post(
            &format!("/accounts/{account}/users"),
            &owner,
            json!({"email": bob.email, "role": "campaign_creator", "replace_pending": true}),
        )
        .await
        .expect(201, None);
    assert_eq!(replaced.body["user"]["role"], "campaign_creator");
    let replaced_token = token_of(&replaced.body);
    api.call("GET", &format!("/invitations/{first_token}"), None, None)
        .await
        .expect(404, Some("invitation_not_found"));

    // Resend: a new link; the replaced one is dead too.
    let resent = api
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(resent.body["email"]["status"], "sent");
    let resent_token = token_of(&resent.body);
    assert_ne!(resent_token, replaced_token);
    api.post(
        "/invitations/accept",
        &bob,
        json!({"token": replaced_token}),
    )
    .await
    .expect(404, Some("invitation_not_found"));
    assert_eq!(api.emails_to(&bob.email).await.len(), 3);

    // Revoke: the current link dies; the seat is freed; resend revives it.
    let revoked = api
        .post(&format!("{path}/revoke"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(revoked.body["status"], "revoked");
    assert_eq!(revoked.body["actions"], json!(["resend", "delete"]));
    assert_eq!(
        api.get(&format!("/accounts/{account}"), &owner).await.body["seats_used"],
        1
    );
    api.post("/invitations/accept", &bob, json!({"token": resent_token}))
        .await
        .expect(404, Some("invitation_not_found"));
    api.post(&format!("{path}/revoke"), &owner, json!({}))
        .await
        .expect(409, Some("invalid_transition"));

    // Inviting a revoked address is a fresh invitation with the new role.
    let fresh = api
        .invite(&owner, &account, &bob.email, "account_manager")
        .await
        .expect(201, None);
    assert_eq!(fresh.body["user"]["status"], "pending");
    assert_eq!(fresh.body["user"]["role"], "account_manager");
    assert_eq!(
        api.get(&format!("/accounts/{account}"), &owner).await.body["seats_used"],
        2
    );
    let accepted = api
        .post(
            "/invitations/accept",
            &bob,
            json!({"token": token_of(&fresh.body)}),
        )
        .await
        .expect(200, None);
    assert_eq!(accepted.body["user"]["role"], "account_manager");
    api.invite(&owner, &account, &bob.email, "account_manager")
        .await
        .expect(409, Some("user_exists"));
}

#[tokio::test]
async fn expiry_is_seen_on_every_read_and_frees_the_seat() {
    // Two seats: the owner and one invitation.
    let api = Api::start_with(Options {
        seat_limit: Some(2),
        ..Options::expiring("3s")
    })
    .await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let ann = api.person("ann").await;
    let invited = api
        .invite(&owner, &account, &ann.email, "campaign_creator")
        .await
        .expect(201, None);
    let token = token_of(&invited.body);
    let path = Api::user_path(&account, &invited.body);
    let other = api.person("other").await;
    api.invite(&owner, &account, &other.email, "campaign_creator")
        .await
        .expect(409, Some("seat_limit_reached"));

    sleep_secs(4).await;
    // Expired at once on every read, with no sweep having run.
    let user = api.get(&path, &owner).await.expect(200, None);
    assert_eq!(user.body["status"], "expired");
    assert_eq!(user.body["actions"], json!(["resend", "revoke", "delete"]));
    let listed = api
        .get(&format!("/accounts/{account}/users?status=expired"), &owner)
        .await;
    assert_eq!(listed.body["users"].as_array().unwrap().len(), 1);
    let pending = api
        .get(&format!("/accounts/{account}/users?status=pending"), &owner)
        .await;
    assert_eq!(pending.body["users"], json!([]));
    let preview = api
        .call("GET", &format!("/invitations/{token}"), None, None)
        .await
        .expect(200, None);
    assert_eq!(preview.body["status"], "expired");
    api.post("/invitations/accept", &ann, json!({"token": token}))
        .await
        .expect(410, Some("invitation_expired"));
    assert_eq!(
        api.get(&format!("/accounts/{account}"), &owner).await.body["seats_used"],
        1
    );

    // Its seat is free: another invitation takes it, expiring Ann's for good.
    api.invite(&owner, &account, &other.email, "campaign_creator")
        .await
        .expect(201, None);
    assert_eq!(api.get(&path, &owner).await.body["status"], "expired");
    assert_eq!(
        api.get(&format!("/accounts/{account}"), &owner).await.body["seats_used"],
        2
    );
    // Resending Ann's needs a seat again.
    api.post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(409, Some("seat_limit_reached"));
}

#[tokio::test]
async fn an_expired_invitation_can_be_resent_revoked_or_deleted() {
    let api = Api::start_with(Options::expiring("3s")).await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let (ann, ben) = (api.person("ann").await, api.person("ben").await);
    let a = api
        .invite(&owner, &account, &ann.email, "campaign_creator")
        .await
        .expect(201, None);
    let b = api
        .invite(&owner, &account, &ben.email, "campaign_creator")
        .await
        .expect(201, None);
    let a_path = Api::user_path(&account, &a.body);
    let b_path = Api::user_path(&account, &b.body);
    sleep_secs(4).await;

    // Resend: a fresh link with a new expiry, which works.
    let resent = api
        .post(&format!("{a_path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(resent.body["user"]["status"], "pending");
    api.post(
        "/invitations/accept",
        &ann,
        json!({"token": token_of(&a.body)}),
    )
    .await
    .expect(404, Some("invitation_not_found"));
    api.post(
        "/invitations/accept",
        &ann,
        json!({"token": token_of(&resent.body)}),
    )
    .await
    .expect(200, None);

    // Revoke, then delete.
    api.post(&format!("{b_path}/revoke"), &owner, json!({}))
        .await
        .expect(200, None);
    api.delete(&b_path, &owner).await.expect(204, None);
    api.get(&b_path, &owner)
        .await
        .expect(404, Some("user_not_found"));
    assert_eq!(
        api.get(&format!("/accounts/{account}"), &owner).await.body["seats_used"],
        2
    );
}

#[tokio::test]
async fn one_sign_in_can_be_a_user_of_many_accounts() {
    let api = Api::start().await;
    let sue = api.person("sue").await;
    for _ in 0..2 {
        let owner = api.person("owner").await;
        let account = api.account(&owner).await;
        api.join(&owner, &account, &sue, "campaign_creator").await;
    }
    let own = api.account(&sue).await;
    let me = api.get("/me", &sue).await.expect(200, None);
    let accounts = me.body["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 3);
    let owned: Vec<_> = accounts.iter().filter(|a| a["role"] == "owner").collect();
    assert_eq!(owned.len(), 1);
    assert_eq!(owned[0]["account_id"], own);
}

#[tokio::test]
async fn plus_tag_addresses_are_users_of_their_own() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    api.invite(
        &owner,
        &account,
        "sue.casa@greenacresrealty.com",
        "campaign_creator",
    )
    .await
    .expect(201, None);
    let tagged = api
        .invite(
            &owner,
            &account,
            "sue.casa+1@greenacresrealty.com",
            "campaign_creator",
        )
        .await
        .expect(201, None);
    assert_eq!(
        tagged.body["user"]["email"],
        "sue.casa+1@greenacresrealty.com"
    );
    let users = api.get(&format!("/accounts/{account}/users"), &owner).await;
    assert_eq!(users.body["users"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn the_owner_offers_no_actions_and_keeps_role_and_status() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let users = api
        .get(&format!("/accounts/{account}/users"), &owner)
        .await
        .expect(200, None);
    let me = &users.body["users"][0];
    assert_eq!(me["role"], "owner");
    assert_eq!(me["status"], "active");
    assert_eq!(me["actions"], json!([]));
    let path = format!("/accounts/{account}/users/{}", me["id"].as_str().unwrap());
    api.patch(&path, &owner, json!({"role": "campaign_creator"}))
        .await
        .expect(409, Some("invalid_transition"));
    for action in ["deactivate", "revoke", "resend", "reactivate"] {
        api.post(&format!("{path}/{action}"), &owner, json!({}))
            .await
            .expect(409, Some("invalid_transition"));
    }
    api.delete(&path, &owner)
        .await
        .expect(409, Some("invalid_transition"));
    api.invite(&owner, &account, &owner.email, "account_manager")
        .await
        .expect(409, Some("user_exists"));
    let after = api.get(&path, &owner).await;
    assert_eq!(after.body["role"], "owner");
    assert_eq!(after.body["status"], "active");
    assert_eq!(after.body["version"], 1);
}
