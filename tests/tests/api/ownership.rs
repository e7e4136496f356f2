//! Handing the account over: the owner offers ownership to an active user
//! (not a partner's), who is emailed and takes it within a week, in one
//! transaction that swaps the two roles; one offer at a time; the owner
//! withdraws it or the user declines; it lapses when the user changes; and
//! the races of taking it against the user's deactivation and against the
//! old owner's own actions.

use e2e::Api;
use serde_json::{Value, json};

#[tokio::test]
async fn the_offered_user_takes_the_account_and_the_old_owner_stays_as_a_manager() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let sue_path = format!("/accounts/{account}/users/{sue_id}");
    api.patch(
        &sue_path,
        &owner,
        json!({"list_ids": ["vip"], "access_until": shared::time::rfc3339(shared::time::now() + 86_400)}),
    )
    .await
    .expect(200, None);
    let ownership = format!("/accounts/{account}/ownership");

    let offered = api
        .post(&ownership, &owner, json!({"user_id": sue_id}))
        .await
        .expect(201, None)
        .body;
    assert_eq!(offered["user_id"], sue_id.as_str());
    assert_eq!(offered["delivery"]["status"], "sent");
    let mail = api.emails_to(&sue.email).await;
    let last = mail.last().unwrap();
    assert!(
        last["subject"].as_str().unwrap().contains("ownership"),
        "{last}"
    );
    // Sue sees it on the account; one offer at a time.
    let seen = api
        .get(&format!("/accounts/{account}"), &sue)
        .await
        .expect(200, None)
        .body;
    assert_eq!(seen["ownership_offer"]["user_id"], sue_id.as_str());
    api.post(&ownership, &owner, json!({"user_id": sue_id}))
        .await
        .expect(409, Some("ownership_offer_pending"));
    // Only Sue takes it.
    let bob = api.person("bob").await;
    api.join(&owner, &account, &bob, "account_manager").await;
    api.post(&format!("{ownership}/accept"), &bob, json!({}))
        .await
        .expect(409, Some("no_ownership_offer"));

    let taken = api
        .post(&format!("{ownership}/accept"), &sue, json!({}))
        .await
        .expect(200, None)
        .body;
    assert_eq!(taken["owner_email"], sue.email.as_str());
    assert_eq!(taken["ownership_offer"], Value::Null);
    let sue_now = api.get(&sue_path, &sue).await.expect(200, None).body;
    assert_eq!(
        (
            &sue_now["role"],
            &sue_now["list_ids"],
            &sue_now["access_until"]
        ),
        (&json!("owner"), &Value::Null, &Value::Null)
    );
    assert_eq!(
        api.may(&sue, &account, "billing:manage").await["allowed"],
        true
    );
    let was = api.may(&owner, &account, "billing:manage").await;
    assert_eq!(
        (&was["role"], &was["reason"]),
        (&json!("account_manager"), &json!("not_in_role"))
    );
    assert_eq!(
        api.may(&owner, &account, "campaigns:edit").await["allowed"],
        true
    );
    // The old owner's owner routes are closed now; they may leave.
    api.get(&format!("/accounts/{account}/users"), &owner)
        .await
        .expect(403, Some("forbidden"));
    let events = api.events(&sue, &account).await;
    let handover: Vec<&Value> = events
        .iter()
        .filter(|e| {
            e["action"]
                .as_str()
                .unwrap()
                .starts_with("account.ownership")
        })
        .collect();
    let actions: Vec<&Value> = handover.iter().map(|e| &e["action"]).collect();
    assert_eq!(
        actions,
        [
            &json!("account.ownership_transferred"),
            &json!("account.ownership_offered")
        ]
    );
    assert_eq!(handover[0]["after"]["role"], "owner");
    assert_eq!(handover[0]["before"]["role"], "campaign_creator");
    assert_eq!(api.assert_seats_exact(&sue, &account).await, 3);
    api.post(&format!("/accounts/{account}/leave"), &owner, json!({}))
        .await
        .expect(204, None);
}

#[tokio::test]
async fn an_offer_is_withdrawn_declined_lapses_and_goes_only_to_whom_it_may() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let ownership = format!("/accounts/{account}/ownership");
    let sue = api.person("sue").await;
    let sue_id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let pending = api
        .invite(&owner, &account, "pat@example.com", "account_manager")
        .await
        .expect(201, None);
    let pending_id = pending.body["user"]["id"].as_str().unwrap();
    // Not to a pending user, nor a partner's user, nor the owner itself.
    api.post(&ownership, &owner, json!({"user_id": pending_id}))
        .await
        .expect(409, Some("cannot_offer_ownership"));
    let agency_owner = api.person("agency").await;
    let agency = api.partner_account(&agency_owner).await;
    api.enable_partner(&owner, &account, &agency, &agency_owner)
        .await;
    let partner_user = api
        .post(
            &format!("/accounts/{account}/partner-access/users"),
            &agency_owner,
            json!({"partner_account_id": agency}),
        )
        .await
        .expect(201, None);
    api.post(
        &ownership,
        &owner,
        json!({"user_id": partner_user.body["id"]}),
    )
    .await
    .expect(409, Some("cannot_offer_ownership"));
    // Only the owner offers.
    api.post(&ownership, &sue, json!({"user_id": sue_id}))
        .await
        .expect(403, Some("forbidden"));
    let nobody = "22222222-2222-4222-8222-222222222222";
    api.post(&ownership, &owner, json!({"user_id": nobody}))
        .await
        .expect(409, Some("cannot_offer_ownership"));
    api.post(&ownership, &owner, json!({"user_id": "nope"}))
        .await
        .expect(422, Some("invalid_field"));

    // Withdrawn by the owner; declined by Sue.
    api.post(&ownership, &owner, json!({"user_id": sue_id}))
        .await
        .expect(201, None);
    api.delete(&ownership, &owner).await.expect(204, None);
    api.post(&format!("{ownership}/accept"), &sue, json!({}))
        .await
        .expect(409, Some("no_ownership_offer"));
    api.post(&ownership, &owner, json!({"user_id": sue_id}))
        .await
        .expect(201, None);
    api.delete(&ownership, &sue).await.expect(204, None);
    // None standing: nothing to withdraw.
    api.delete(&ownership, &sue).await.expect(204, None);

    // Lapsed: Sue's role changed after the offer.
    api.post(&ownership, &owner, json!({"user_id": sue_id}))
        .await
        .expect(201, None);
    api.patch(
        &format!("/accounts/{account}/users/{sue_id}"),
        &owner,
        json!({"role": "account_manager"}),
    )
    .await
    .expect(200, None);
    api.post(&format!("{ownership}/accept"), &sue, json!({}))
        .await
        .expect(409, Some("ownership_offer_lapsed"));
    let seen = api
        .get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(200, None)
        .body;
    assert_eq!(seen["owner_email"], owner.email.as_str());
    let withdrawn = api
        .events(&owner, &account)
        .await
        .into_iter()
        .filter(|e| e["action"] == "account.ownership_offer_withdrawn")
        .count();
    assert_eq!(withdrawn, 2);
}

#[tokio::test]
async fn taking_it_races_the_user_s_deactivation_and_the_old_owner_s_actions() {
    let api = Api::start().await;
    for _ in 0..5 {
        let (owner, account) = api.owner_and_account().await;
        let ownership = format!("/accounts/{account}/ownership");
        let sue = api.person("sue").await;
        let sue_id = api.join(&owner, &account, &sue, "account_manager").await;
        let bob = api.person("bob").await;
        let bob_id = api.join(&owner, &account, &bob, "campaign_creator").await;
        api.post(&ownership, &owner, json!({"user_id": sue_id}))
            .await
            .expect(201, None);
        let sue_path = format!("/accounts/{account}/users/{sue_id}");
        let bob_path = format!("/accounts/{account}/users/{bob_id}");
        let accept = format!("{ownership}/accept");
        let (sue_off, bob_off) = (
            format!("{sue_path}/deactivate"),
            format!("{bob_path}/deactivate"),
        );
        let (taken, cut_off, bob_off) = tokio::join!(
            api.post(&accept, &sue, json!({})),
            api.post(&sue_off, &owner, json!({})),
            api.post(&bob_off, &owner, json!({})),
        );
        // The old owner's action on Bob either went first or is refused:
        // a manager may not deactivate.
        assert!(
            matches!(bob_off.status.as_u16(), 200 | 403),
            "{}",
            bob_off.body
        );
        let owner_now = match taken.status.as_u16() {
            // Sue took it: she was active, so the deactivation came after
            // and was refused.
            200 => {
                assert_eq!(cut_off.status.as_u16(), 403, "{}", cut_off.body);
                let seen = api.get(&sue_path, &sue).await.expect(200, None).body;
                assert_eq!(
                    (&seen["role"], &seen["status"]),
                    (&json!("owner"), &json!("active"))
                );
                &sue
            }
            // Deactivated first: refused as deactivated, or as a lapsed
            // offer (decided on the read before); the owner stays.
            403 | 409 => {
                let code = taken.body["code"].as_str().unwrap();
                assert!(
                    matches!(code, "forbidden" | "ownership_offer_lapsed"),
                    "{code}"
                );
                assert_eq!(cut_off.status.as_u16(), 200);
                &owner
            }
            other => panic!("{other}: {}", taken.body),
        };
        // Exactly one owner, whoever won, and the seats agree.
        let users = api.all_users(owner_now, &account).await;
        let owners: Vec<&Value> = users.iter().filter(|u| u["role"] == "owner").collect();
        assert_eq!(owners.len(), 1, "{users:#?}");
        api.assert_seats_exact(owner_now, &account).await;
    }
}
