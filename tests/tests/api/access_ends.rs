//! Access that ends: an end date on a user (or a partner), obeyed on every
//! read at once, recorded by the sweep, reminded ahead, and the races of
//! extending, reactivating and limiting against the end.

use e2e::{Api, Options, Person, sleep_secs, token_of};
use serde_json::{Value, json};
use shared::time::{now, rfc3339};
use std::sync::Arc;

/// The time `secs` from now, as the API takes it.
fn from_now(secs: i64) -> String {
    rfc3339(now() + secs)
}

/// An owner, their account, and Sue, an active user of it whose access
/// ends `secs` from now; the path of Sue's user.
async fn sue_until(api: &Api, secs: i64) -> (Person, String, Person, String) {
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let path = format!("/accounts/{account}/users/{id}");
    let dated = api
        .patch(&path, &owner, json!({"access_until": from_now(secs)}))
        .await
        .expect(200, None);
    assert!(dated.body["access_until"].is_string(), "{}", dated.body);
    (owner, account, sue, path)
}

#[tokio::test]
async fn at_its_end_the_user_holds_nothing_at_once_and_the_sweep_records_it() {
    let api = Api::start_with(Options::ending("1h", "3d")).await;
    let (owner, account, sue, path) = sue_until(&api, 2).await;
    assert_eq!(
        api.may(&sue, &account, "campaigns:edit").await["reason"],
        "granted"
    );
    let seats = api.assert_seats_exact(&owner, &account).await;
    sleep_secs(3).await;

    // Before any sweep: no permission, deactivated for the API, seat free.
    let said = api.may(&sue, &account, "campaigns:edit").await;
    assert_eq!(
        (&said["allowed"], &said["reason"]),
        (&json!(false), &json!("access_ended"))
    );
    api.get(&format!("/accounts/{account}"), &sue)
        .await
        .expect(403, Some("forbidden"));
    let seen = api.get(&path, &owner).await.expect(200, None).body;
    assert_eq!(seen["status"], "deactivated");
    assert_eq!(seen["deactivated_reason"], "access_ended");
    assert_eq!(seen["actions"], json!(["reactivate", "delete"]));
    let listed = api
        .get(&format!("/accounts/{account}"), &owner)
        .await
        .expect(200, None);
    assert_eq!(listed.body["seats_used"].as_u64(), Some(seats - 1));
    let me = api.get("/me", &sue).await.expect(200, None).body;
    let there = &me["accounts"][0];
    assert_eq!(
        (&there["status"], &there["deactivated_reason"]),
        (&json!("deactivated"), &json!("access_ended"))
    );
    assert_eq!(there["permissions"], json!([]));

    // Extending now is refused, clearly; nothing changes.
    let late = json!({"access_until": from_now(3600)});
    api.patch(&path, &owner, late)
        .await
        .expect(409, Some("access_ended"));

    // The sweep writes it, once: one event, and the user says the same.
    let report = api.sweep().await;
    assert_eq!(report["ended"], 1, "{report}");
    assert_eq!(api.sweep().await["ended"], 0);
    let ended: Vec<Value> = api
        .events(&owner, &account)
        .await
        .into_iter()
        .filter(|e| e["action"] == "user.access_ended")
        .collect();
    assert_eq!(ended.len(), 1, "{ended:#?}");
    assert_eq!(ended[0]["actor"]["type"], "system");
    assert_eq!(ended[0]["after"]["status"], "deactivated");
    let seen = api.get(&path, &owner).await.expect(200, None).body;
    assert_eq!(
        (&seen["status"], &seen["deactivated_reason"]),
        (&json!("deactivated"), &json!("access_ended"))
    );
    assert_eq!(
        api.may(&sue, &account, "campaigns:edit").await["reason"],
        "access_ended"
    );
    assert_eq!(api.assert_seats_exact(&owner, &account).await, seats - 1);

    // Reactivating is the way back, with a new date.
    let back = api
        .post(
            &format!("{path}/reactivate"),
            &owner,
            json!({"access_until": from_now(3600)}),
        )
        .await
        .expect(200, None)
        .body;
    assert_eq!(
        (&back["status"], &back["deactivated_reason"]),
        (&json!("active"), &json!(null))
    );
    assert!(back["access_until"].is_string());
    assert_eq!(
        api.may(&sue, &account, "campaigns:edit").await["reason"],
        "granted"
    );
    assert_eq!(api.assert_seats_exact(&owner, &account).await, seats);
}

#[tokio::test]
async fn an_end_date_is_set_moved_and_removed_and_each_change_is_audited() {
    let api = Api::start_with(Options::ending("1h", "3d")).await;
    let (owner, account, _, path) = sue_until(&api, 7200).await;
    let moved = api
        .patch(&path, &owner, json!({"access_until": from_now(9000)}))
        .await
        .expect(200, None)
        .body;
    let removed = api
        .patch(&path, &owner, json!({"access_until": null}))
        .await
        .expect(200, None)
        .body;
    assert_eq!(removed["access_until"], json!(null));
    // The same again changes nothing and audits nothing.
    let again = api
        .patch(&path, &owner, json!({"access_until": null}))
        .await
        .expect(200, None)
        .body;
    assert_eq!(again["version"], removed["version"]);
    let changes: Vec<Value> = api
        .events(&owner, &account)
        .await
        .into_iter()
        .filter(|e| e["action"] == "user.limits_changed")
        .collect();
    assert_eq!(changes.len(), 3, "{changes:#?}");
    // Newest first: removed, moved, set.
    assert_eq!(changes[0]["before"]["access_until"], moved["access_until"]);
    assert_eq!(changes[0]["after"].get("access_until"), None);
    assert_eq!(changes[2]["before"].get("access_until"), None);
}

#[tokio::test]
async fn a_date_out_of_bounds_or_not_rfc_3339_is_refused_and_changes_nothing() {
    let api = Api::start_with(Options {
        min_access: Some("1h"),
        ..Options::default()
    })
    .await;
    let (owner, account) = api.owner_and_account().await;
    let sue = api.person("sue").await;
    let id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let path = format!("/accounts/{account}/users/{id}");
    let before = api.get(&path, &owner).await.expect(200, None).body;
    for bad in [
        json!(from_now(-60)),
        json!(from_now(600)),
        json!(from_now(366 * 24 * 3600)),
        json!("next friday"),
        json!(12),
    ] {
        let refused = api
            .patch(&path, &owner, json!({"access_until": bad}))
            .await
            .expect(422, Some("invalid_field"));
        assert_eq!(refused.body["errors"][0]["field"], "access_until", "{bad}");
        let invite = api
            .post(
                &format!("/accounts/{account}/users"),
                &owner,
                json!({"email": "new@example.com", "role": "campaign_creator", "access_until": bad}),
            )
            .await
            .expect(422, Some("invalid_field"));
        assert_eq!(invite.body["errors"][0]["field"], "access_until");
    }
    let after = api.get(&path, &owner).await.expect(200, None).body;
    assert_eq!(after["version"], before["version"]);
    assert_eq!(api.all_users(&owner, &account).await.len(), 2);
    // Within the bounds it is taken, on an invitation too, whose link then
    // lapses no later than the access it grants.
    let end = from_now(2 * 3600);
    let invited = api
        .post(
            &format!("/accounts/{account}/users"),
            &owner,
            json!({"email": "intern@example.com", "role": "campaign_creator", "access_until": end}),
        )
        .await
        .expect(201, None);
    assert_eq!(invited.body["user"]["access_until"], json!(end));
    assert_eq!(invited.body["user"]["expires_at"], json!(end));
}

#[tokio::test]
async fn a_seat_held_by_ended_access_is_free_for_the_next_invitation() {
    let api = Api::start_with(Options {
        seat_limit: Some(2),
        ..Options::ending("1h", "3d")
    })
    .await;
    let (owner, account, _, path) = sue_until(&api, 2).await;
    api.invite(&owner, &account, "bob@example.com", "campaign_creator")
        .await
        .expect(409, Some("seat_limit_reached"));
    sleep_secs(3).await;
    api.invite(&owner, &account, "bob@example.com", "campaign_creator")
        .await
        .expect(201, None);
    // Freeing it wrote the end, audited, in the same transaction.
    let sue = api.get(&path, &owner).await.expect(200, None).body;
    assert_eq!(sue["status"], "deactivated");
    let events = api.events(&owner, &account).await;
    assert_eq!(
        events
            .iter()
            .filter(|e| e["action"] == "user.access_ended")
            .count(),
        1
    );
    assert_eq!(api.assert_seats_exact(&owner, &account).await, 2);
    assert_eq!(api.sweep().await["ended"], 0);
}

#[tokio::test]
async fn the_owner_is_reminded_once_before_an_end_and_the_invitee_once_after_a_send() {
    let api = Api::start_with(Options::ending("3s", "2s")).await;
    let (owner, account, sue, _) = sue_until(&api, 5).await;
    let bob = api.person("bob").await;
    let invited = api
        .invite(&owner, &account, &bob.email, "campaign_creator")
        .await
        .expect(201, None);
    // Nothing is due yet.
    assert_eq!(api.sweep().await["reminded"], 0);
    sleep_secs(3).await;
    let report = api.sweep().await;
    assert_eq!(report["reminded"], 2, "{report}");
    assert_eq!(api.sweep().await["reminded"], 0);

    let to_owner = api.emails_to(&owner.email).await;
    assert_eq!(to_owner.len(), 1, "{to_owner:#?}");
    let text = to_owner[0]["text"].as_str().unwrap();
    assert!(text.contains(&sue.email) && text.contains(&format!("users.html?account={account}")));
    let to_bob = api.emails_to(&bob.email).await;
    assert_eq!(to_bob.len(), 2, "the invitation and its reminder");
    assert!(
        to_bob[1]["subject"]
            .as_str()
            .unwrap()
            .starts_with("Reminder: ")
    );
    // The reminder's link works, and so does the first.
    let text = to_bob[1]["text"].as_str().unwrap();
    let after_path = text.split("/invitations/").nth(1).expect("a link");
    let reminder_token: String = after_path
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    assert_ne!(reminder_token, token_of(&invited.body));
    for token in [&reminder_token, &token_of(&invited.body)] {
        api.call("GET", &format!("/invitations/{token}"), None, None)
            .await
            .expect(200, None);
    }
    api.post(
        "/invitations/accept",
        &bob,
        json!({"token": reminder_token}),
    )
    .await
    .expect(200, None);
    // Used, both links close.
    api.call(
        "GET",
        &format!("/invitations/{}", token_of(&invited.body)),
        None,
        None,
    )
    .await
    .expect(404, Some("invitation_not_found"));
    let events = api.events(&owner, &account).await;
    for action in ["user.access_ending", "invitation.reminded"] {
        assert_eq!(
            events.iter().filter(|e| e["action"] == action).count(),
            1,
            "{action}"
        );
    }
}

#[tokio::test]
async fn no_reminder_goes_to_an_address_that_bounced_nor_past_the_rate_limit() {
    let api = Api::start_with(Options {
        rate_limit: Some(2),
        ..Options::ending("3s", "1s")
    })
    .await;
    let (owner, account) = api.owner_and_account().await;
    let bounced = api
        .invite(&owner, &account, "bounce@example.com", "campaign_creator")
        .await
        .expect(201, None);
    let bounced_id = bounced.body["user"]["id"].as_str().unwrap();
    let event = api.ses_event("bounce.json", &account, bounced_id).await;
    api.record_delivery(event).await;
    // The second invitation takes the last send slot of the day.
    api.invite(&owner, &account, "full@example.com", "campaign_creator")
        .await
        .expect(201, None);
    sleep_secs(2).await;
    let report = api.sweep().await;
    assert_eq!(
        (&report["reminded"], &report["skipped"]),
        (&json!(0), &json!(2)),
        "{report}"
    );
    // Skipped, not queued: later runs send nothing either.
    assert_eq!(api.sweep().await["skipped"], 0);
    assert_eq!(api.emails_to("full@example.com").await.len(), 1);
}

/// A client account (its owner, its id) whose partner agency (its id, and
/// its partner manager) is let in until `until`; the answer to that.
async fn partner_until(api: &Api, until: &str) -> (Person, String, String, Person, e2e::Answer) {
    let (owner, client) = api.owner_and_account().await;
    let agency_owner = api.person("agency").await;
    let agency = api.partner_account(&agency_owner).await;
    let pm = api.person("pm").await;
    api.join(&agency_owner, &agency, &pm, "partner_manager")
        .await;
    api.enable_partner(&owner, &client, &agency, &pm).await;
    let dated = api
        .put(
            &format!("/accounts/{client}/partner-access"),
            &owner,
            json!({"enabled": true, "partner_account_id": agency, "until": until}),
        )
        .await
        .expect(200, None);
    (owner, client, agency, pm, dated)
}

#[tokio::test]
async fn partner_access_until_a_date_ends_for_every_user_the_partner_created() {
    let api = Api::start_with(Options::ending("1h", "3d")).await;
    let until = from_now(4);
    let (owner, client, agency, pm, dated) = partner_until(&api, &until).await;
    let access = format!("/accounts/{client}/partner-access");
    assert_eq!(dated.body["until"], json!(until));
    let created = api
        .post(
            &format!("{access}/users"),
            &pm,
            json!({"partner_account_id": agency}),
        )
        .await
        .expect(201, None);
    assert_eq!(created.body["access_until"], json!(until));
    assert_eq!(
        api.may(&pm, &client, "campaigns:edit").await["reason"],
        "granted"
    );
    sleep_secs(5).await;

    assert_eq!(
        api.may(&pm, &client, "campaigns:edit").await["reason"],
        "access_ended"
    );
    let seen = api.get(&access, &owner).await.expect(200, None).body;
    assert_eq!(
        (&seen["enabled"], &seen["until"]),
        (&json!(false), &json!(null))
    );
    api.post(
        &format!("{access}/users"),
        &pm,
        json!({"partner_account_id": agency}),
    )
    .await
    .expect(403, Some("partner_access_disabled"));

    // However the sweep finds it (the user or the account first), the user
    // is recorded ended once, and partner access once.
    assert_eq!(api.sweep().await["partners_ended"], 1);
    assert_eq!(api.sweep().await["partners_ended"], 0);
    let events = api.events(&owner, &client).await;
    for action in ["user.access_ended", "partner_access.ended"] {
        assert_eq!(
            events.iter().filter(|e| e["action"] == action).count(),
            1,
            "{action}"
        );
    }
    // Enabling again (once the partner asks again, as after any switch-off)
    // is the way back; the owner reactivates the users.
    api.enable_partner(&owner, &client, &agency, &pm).await;
    let user = Api::user_path(&client, &created.body);
    let back = api
        .post(&format!("{user}/reactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    assert_eq!(back.body["access_until"], json!(null));
    assert_eq!(
        api.may(&pm, &client, "campaigns:edit").await["reason"],
        "granted"
    );
}

/// Many rounds of `race` between an owner's operation and the end, each on
/// a user whose access ends about two seconds in.
async fn rounds<F, Fut>(rounds: usize, race: F)
where
    F: Fn(Arc<Api>, Person, String, Person, String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let api = Arc::new(Api::start_with(Options::ending("1h", "3d")).await);
    for _ in 0..rounds {
        let (owner, account, sue, path) = sue_until(&api, 2).await;
        race(api.clone(), owner.clone(), account.clone(), sue, path).await;
        api.assert_seats_exact(&owner, &account).await;
        let events = api.events(&owner, &account).await;
        assert!(
            events
                .iter()
                .filter(|e| e["action"] == "user.access_ended")
                .count()
                <= 1,
            "{events:#?}"
        );
    }
}

/// Waits until the end instant is a few hundred milliseconds away.
async fn near_the_end() {
    tokio::time::sleep(std::time::Duration::from_millis(1700)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_extend_racing_the_sweep_s_end_either_wins_or_is_refused() {
    rounds(6, |api, owner, _, _, path| async move {
        near_the_end().await;
        let (extended, swept) = tokio::join!(
            api.patch(&path, &owner, json!({"access_until": from_now(3600)})),
            async {
                sleep_secs(1).await;
                api.sweep().await
            }
        );
        let user = api.get(&path, &owner).await.expect(200, None).body;
        match extended.status.as_u16() {
            200 => {
                assert_eq!(user["status"], "active", "{user}");
                assert_eq!(swept["ended"], 0);
            }
            409 => {
                assert_eq!(extended.body["code"], "access_ended");
                assert_eq!(user["status"], "deactivated");
            }
            other => panic!("extend answered {other}: {}", extended.body),
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_end_racing_reactivate_and_limits_keeps_user_membership_and_seats_agreeing() {
    rounds(6, |api, owner, _, sue, path| async move {
        sleep_secs(2).await;
        let reactivate = format!("{path}/reactivate");
        let (reactivated, limited, _) = tokio::join!(
            api.post(&reactivate, &owner, json!({})),
            api.patch(&path, &owner, json!({"list_ids": ["vip"]})),
            api.sweep()
        );
        assert!(
            matches!(reactivated.status.as_u16(), 200 | 409),
            "{}",
            reactivated.body
        );
        assert_eq!(limited.status.as_u16(), 409, "{}", limited.body);
        // The membership (what a check reads) says what the user says.
        let user = api.get(&path, &owner).await.expect(200, None).body;
        let account = path.split('/').nth(2).unwrap();
        let said = api.may(&sue, account, "campaigns:edit").await;
        assert_eq!(said["allowed"], user["status"] == "active", "{user} {said}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_sweeps_at_once_end_and_remind_each_exactly_once() {
    let api = Arc::new(Api::start_with(Options::ending("4s", "1s")).await);
    for _ in 0..3 {
        let (owner, account, _, _) = sue_until(&api, 6).await;
        let bob = api.person("bob").await;
        api.invite(&owner, &account, &bob.email, "campaign_creator")
            .await
            .expect(201, None);
        sleep_secs(3).await;
        let (a, b) = tokio::join!(api.sweep(), api.sweep());
        let reminded = a["reminded"].as_u64().unwrap() + b["reminded"].as_u64().unwrap();
        assert!(reminded >= 2, "{a} {b}");
        sleep_secs(4).await;
        let (c, d) = tokio::join!(api.sweep(), api.sweep());
        assert_eq!(
            c["ended"].as_u64().unwrap() + d["ended"].as_u64().unwrap(),
            1,
            "{c} {d}"
        );
        assert_eq!(api.emails_to(&owner.email).await.len(), 1);
        assert_eq!(api.emails_to(&bob.email).await.len(), 2);
        let events = api.events(&owner, &account).await;
        for action in [
            "user.access_ending",
            "invitation.reminded",
            "user.access_ended",
        ] {
            assert_eq!(
                events.iter().filter(|e| e["action"] == action).count(),
                1,
                "{action}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_partner_s_end_racing_the_partner_creating_its_user() {
    let api = Arc::new(Api::start_with(Options::ending("1h", "3d")).await);
    for _ in 0..6 {
        let (owner, client, agency, pm, _) = partner_until(&api, &from_now(2)).await;
        let access = format!("/accounts/{client}/partner-access");
        near_the_end().await;
        let users_path = format!("{access}/users");
        let (created, _) = tokio::join!(
            api.post(&users_path, &pm, json!({"partner_account_id": agency})),
            async {
                sleep_secs(1).await;
                api.sweep().await
            }
        );
        assert!(
            matches!(created.status.as_u16(), 201 | 403),
            "{}",
            created.body
        );
        sleep_secs(1).await;
        api.sweep().await;
        // Whatever won, the partner is off and its user holds nothing.
        assert_eq!(
            api.may(&pm, &client, "campaigns:edit").await["allowed"],
            false
        );
        let seen = api.get(&access, &owner).await.expect(200, None).body;
        assert_eq!(seen["enabled"], false);
        api.assert_seats_exact(&owner, &client).await;
        let users = api.all_users(&owner, &client).await;
        assert!(
            users
                .iter()
                .all(|u| u["role"] == "owner" || u["status"] == "deactivated")
        );
    }
}
