//! The account's settings (`PATCH /accounts/{id}`): renamed, the new name
//! reaches every user's view of it (`/me`, a pending invitation's page);
//! its language and time zone; each change audited once; bad input named
//! and changing nothing; only the owner.

use e2e::{Api, token_of};
use serde_json::{Value, json};

#[tokio::test]
async fn a_rename_reaches_every_user_and_is_audited() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "campaign_creator").await;
    let invited = api
        .invite(&owner, &account, "pat@example.com", "account_manager")
        .await
        .expect(201, None);
    let settings = format!("/accounts/{account}");
    let renamed = api
        .patch(
            &settings,
            &owner,
            json!({"name": "  Blue Acres  ", "locale": "pt-BR", "time_zone": "America/Sao_Paulo"}),
        )
        .await
        .expect(200, None)
        .body;
    assert_eq!(
        (&renamed["name"], &renamed["locale"], &renamed["time_zone"]),
        (
            &json!("Blue Acres"),
            &json!("pt-BR"),
            &json!("America/Sao_Paulo")
        )
    );
    assert_eq!(
        api.get(&settings, &sue).await.expect(200, None).body["name"],
        "Blue Acres"
    );
    let me = api.get("/me", &sue).await.expect(200, None).body;
    assert_eq!(me["accounts"][0]["name"], "Blue Acres");
    let token = token_of(&invited.body);
    let preview = api
        .send("GET", &format!("/invitations/{token}"), None, None, &[])
        .await
        .expect(200, None);
    assert_eq!(preview.body["account_name"], "Blue Acres");

    let events = api.events(&owner, &account).await;
    let (renames, others): (Vec<&Value>, Vec<&Value>) = events
        .iter()
        .filter(|e| {
            e["action"].as_str().unwrap().starts_with("account.")
                && e["action"] != "account.created"
        })
        .partition(|e| e["action"] == "account.renamed");
    assert_eq!(renames.len(), 1, "{events:#?}");
    assert_eq!(renames[0]["settings"], json!({"name": "Blue Acres"}));
    assert_eq!(others.len(), 1, "{events:#?}");
    assert_eq!(others[0]["action"], "account.settings_changed");
    assert_eq!(
        others[0]["settings"],
        json!({"locale": "pt-BR", "time_zone": "America/Sao_Paulo"})
    );
    // The same again changes nothing, and records nothing.
    api.patch(&settings, &owner, json!({"name": "Blue Acres"}))
        .await
        .expect(200, None);
    assert_eq!(api.events(&owner, &account).await.len(), events.len());
}

/// A rename and an invitation at once: the invitation copies the account's
/// name, so whichever lands second must see the other (the invite expects
/// the `settings_version` it copied; the rename rewrites every user it read).
#[tokio::test]
async fn a_rename_racing_an_invitation_leaves_no_copy_of_the_old_name() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let settings = format!("/accounts/{account}");
    for round in 0..6 {
        let (name, address) = (
            format!("Blue Acres {round}"),
            format!("pat{round}@example.com"),
        );
        let (renamed, invited) = tokio::join!(
            api.patch(&settings, &owner, json!({ "name": name })),
            api.invite(&owner, &account, &address, "account_manager"),
        );
        renamed.expect(200, None);
        let token = token_of(&invited.expect(201, None).body);
        let preview = api
            .send("GET", &format!("/invitations/{token}"), None, None, &[])
            .await
            .expect(200, None);
        assert_eq!(preview.body["account_name"], name.as_str(), "round {round}");
    }
}

#[tokio::test]
async fn bad_settings_are_named_and_change_nothing_and_only_the_owner_changes_them() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let settings = format!("/accounts/{account}");
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "account_manager").await;
    let before = api.get(&settings, &owner).await.expect(200, None).body;
    let bad = [
        (json!({}), "name"),
        (json!({"name": ""}), "name"),
        (json!({"name": null}), "name"),
        (json!({"locale": "pt"}), "locale"),
        (json!({"time_zone": "Mars/Olympus"}), "time_zone"),
        (json!({"require_mfa": "yes"}), "require_mfa"),
        (json!({"mfa_grace_days": 31}), "mfa_grace_days"),
        (json!({"mfa_grace_days": -1}), "mfa_grace_days"),
        (json!({"mfa_grace_days": 1.5}), "mfa_grace_days"),
        (json!({"name": "Fine", "kind": "partner"}), "kind"),
    ];
    for (body, field) in bad {
        let refused = api
            .patch(&settings, &owner, body.clone())
            .await
            .expect(422, None);
        assert_eq!(refused.body["errors"][0]["field"], field, "{body}");
    }
    assert_eq!(
        api.get(&settings, &owner).await.expect(200, None).body,
        before
    );

    api.patch(&settings, &sue, json!({"name": "Mine"}))
        .await
        .expect(403, Some("forbidden"));
    let stranger = api.person("stranger").await;
    api.patch(&settings, &stranger, json!({"name": "Mine"}))
        .await
        .expect(404, Some("account_not_found"));
    assert_eq!(
        api.get(&settings, &owner).await.expect(200, None).body,
        before
    );
}
