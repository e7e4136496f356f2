//! The audit trail: every change writes one event in its own transaction;
//! failed changes write none; only the owner reads it, newest first.

use e2e::{Api, Options, sleep_secs, token_of};
use serde_json::{Value, json};

fn actions(events: &[Value]) -> Vec<&str> {
    events
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn every_change_is_audited_once_newest_first() {
    // Sue's links must stay pending through replace, resend and accept on a
    // busy machine; Ann's must expire before the sweep.
    let api = Api::start_with(Options::expiring("5s")).await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let sue = api.person("sue").await;
    let invited = api
        .invite(&owner, &account, &sue.email, "campaign_creator")
        .await
        .expect(201, None);
    let path = Api::user_path(&account, &invited.body);
    api.post(
        &format!("/accounts/{account}/users"),
        &owner,
        json!({"email": sue.email, "role": "campaign_creator", "replace_pending": true}),
    )
    .await
    .expect(201, None);
    let resent = api
        .post(&format!("{path}/resend"), &owner, json!({}))
        .await
        .expect(200, None);
    api.post(
        "/invitations/accept",
        &sue,
        json!({"token": token_of(&resent.body)}),
    )
    .await
    .expect(200, None);
    api.patch(&path, &owner, json!({"role": "account_manager"}))
        .await
        .expect(200, None);
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    api.post(&format!("{path}/reactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    api.post(&format!("{path}/deactivate"), &owner, json!({}))
        .await
        .expect(200, None);
    api.delete(&path, &owner).await.expect(204, None);
    let bob = api.person("bob").await;
    let bob_invite = api
        .invite(&owner, &account, &bob.email, "campaign_creator")
        .await
        .expect(201, None);
    let bob_path = Api::user_path(&account, &bob_invite.body);
    api.post(&format!("{bob_path}/revoke"), &owner, json!({}))
        .await
        .expect(200, None);
    let ann = api.person("ann").await;
    api.invite(&owner, &account, &ann.email, "campaign_creator")
        .await
        .expect(201, None);
    sleep_secs(6).await;
    api.sweep().await;

    let all = api.events(&owner, &account).await;
    assert_eq!(
        actions(&all),
        [
            "invitation.expired",
            "invitation.created",
            "invitation.revoked",
            "invitation.created",
            "user.deleted",
            "user.deactivated",
            "user.reactivated",
            "user.deactivated",
            "user.role_changed",
            "invitation.accepted",
            "invitation.resent",
            "invitation.replaced",
            "invitation.created",
            "account.created",
        ]
    );
    // Who, whom, before and after.
    let role_change = all
        .iter()
        .find(|e| e["action"] == "user.role_changed")
        .unwrap();
    assert_eq!(
        role_change["actor"],
        json!({"type": "user", "sub": owner.sub, "email": owner.email})
    );
    assert_eq!(role_change["target"]["email"], sue.email);
    let every_list = json!({"list_ids": null, "withheld_permissions": []});
    assert_eq!(
        role_change["before"],
        json!({"role": "campaign_creator", "status": "active", "limits": every_list})
    );
    assert_eq!(
        role_change["after"],
        json!({"role": "account_manager", "status": "active", "limits": every_list})
    );
    let accepted = all
        .iter()
        .find(|e| e["action"] == "invitation.accepted")
        .unwrap();
    assert_eq!(accepted["actor"]["sub"], sue.sub);
    assert_eq!(all[0]["actor"], json!({"type": "system"}));
    assert_eq!(all[0]["after"]["status"], "expired");
    assert!(
        all.iter()
            .all(|e| e["at"].is_string() && e["id"].is_string())
    );
}

#[tokio::test]
async fn failed_changes_write_no_event_and_only_the_owner_reads() {
    let api = Api::start_with(Options {
        seat_limit: Some(2),
        ..Options::default()
    })
    .await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    let sue = api.person("sue").await;
    let id = api.join(&owner, &account, &sue, "campaign_creator").await;
    let before = api.events(&owner, &account).await.len();
    let path = format!("/accounts/{account}/users/{id}");

    api.invite(&owner, &account, "more@example.com", "campaign_creator")
        .await
        .expect(409, Some("seat_limit_reached"));
    api.post(&format!("{path}/revoke"), &owner, json!({}))
        .await
        .expect(409, Some("invalid_transition"));
    api.patch(&path, &owner, json!({"role": "owner"}))
        .await
        .expect(422, Some("invalid_role"));
    api.patch_if_match(&path, &owner, json!({}), "\"99\"")
        .await
        .expect(422, Some("invalid_field"));
    api.send(
        "POST",
        &format!("{path}/deactivate"),
        Some(&owner.token),
        None,
        &[("if-match", "\"99\"")],
    )
    .await
    .expect(412, Some("precondition_failed"));
    assert_eq!(api.events(&owner, &account).await.len(), before);

    api.get(&format!("/accounts/{account}/audit-events"), &sue)
        .await
        .expect(403, Some("forbidden"));
    let stranger = api.person("stranger").await;
    api.get(&format!("/accounts/{account}/audit-events"), &stranger)
        .await
        .expect(404, Some("account_not_found"));
    api.get(
        &format!("/accounts/{account}/audit-events?cursor=bad!"),
        &owner,
    )
    .await
    .expect(422, Some("invalid_cursor"));
}

#[tokio::test]
async fn the_trail_is_filtered_by_whom_it_concerns_who_acted_what_and_when() {
    let api = Api::start().await;
    let (owner, account) = api.owner_and_account().await;
    let mut paths = Vec::new();
    for name in ["sue", "bob"] {
        let email = format!("{}@example.com", e2e::unique(name));
        let invited = api
            .invite(&owner, &account, &email, "campaign_creator")
            .await
            .expect(201, None);
        paths.push(Api::user_path(&account, &invited.body));
    }
    api.post(&format!("{}/revoke", paths[0]), &owner, json!({}))
        .await
        .expect(200, None);
    let trail = format!("/accounts/{account}/audit-events");
    let page = |query: String| {
        let (api, owner, trail) = (&api, &owner, &trail);
        async move {
            let answer = api
                .get(&format!("{trail}?{query}"), owner)
                .await
                .expect(200, None);
            answer.body["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["action"].as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        }
    };
    let sue_id = paths[0].rsplit('/').next().unwrap();
    assert_eq!(
        page(format!("user_id={sue_id}")).await,
        ["invitation.revoked", "invitation.created"]
    );
    assert_eq!(page("action=invitation.created".into()).await.len(), 2);
    let owner_email = owner.email.replace('+', "%2B");
    assert_eq!(page(format!("actor={owner_email}")).await.len(), 4);
    assert_eq!(page(format!("actor={}", owner.sub)).await.len(), 4);
    assert!(page("actor=system".into()).await.is_empty());
    // Anything else is a sign-in's sub, which no event here names.
    assert!(page("actor=%40%C3%92L".into()).await.is_empty());
    // A span that ends before it starts holds nothing.
    let backwards = "since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z";
    assert!(page(backwards.into()).await.is_empty());
    assert!(page("since=2999-01-01T00:00:00Z".into()).await.is_empty());
    assert_eq!(
        page("until=2999-01-01T00:00:00%2B02:00".into()).await.len(),
        4
    );
    // A filtered page reads on until it is full; its cursor goes on from there.
    let first = api
        .get(
            &format!("{trail}?action=invitation.created&limit=1"),
            &owner,
        )
        .await
        .expect(200, None);
    let cursor = first.body["next_cursor"].as_str().unwrap().to_owned();
    let rest = page(format!("action=invitation.created&limit=1&cursor={cursor}")).await;
    assert_eq!(rest, ["invitation.created"]);
    for (query, field) in [
        ("user_id=sue", "user_id"),
        ("action=user.exploded", "action"),
        ("since=yesterday", "since"),
        ("actor=", "actor"),
        (&*format!("actor={}", "0".repeat(257)), "actor"),
    ] {
        let refused = api
            .get(&format!("{trail}?{query}"), &owner)
            .await
            .expect(422, Some("invalid_query"));
        assert_eq!(refused.body["errors"][0]["field"], field, "{query}");
    }
}

#[tokio::test]
async fn with_a_retention_older_events_are_gone_at_once_and_ttl_removes_them() {
    let api = Api::start_with(Options {
        audit_retention: Some("3s"),
        ..Options::default()
    })
    .await;
    let (owner, account) = api.owner_and_account().await;
    let first = api.events(&owner, &account).await;
    assert_eq!(actions(&first), ["account.created"]);
    // Every page says how long events are kept, for the owner's page.
    let page = api
        .get(&format!("/accounts/{account}/audit-events"), &owner)
        .await
        .expect(200, None)
        .body;
    assert_eq!(page["retention_seconds"], 3);
    // Each event carries its removal time for TTL.
    let pk = format!("AUDIT#{account}");
    let items = api.items().await;
    let stored: Vec<_> = items
        .iter()
        .filter(|i| i["pk"].as_s().is_ok_and(|p| *p == pk))
        .collect();
    assert_eq!(stored.len(), 1);
    let ttl: i64 = stored[0]["ttl"].as_n().unwrap().parse().unwrap();
    let at = shared::time::parse_rfc3339(first[0]["at"].as_str().unwrap()).unwrap();
    assert_eq!(ttl, at + 3);
    sleep_secs(4).await;
    // Past the retention, before any TTL: a read leaves it out.
    api.invite(&owner, &account, "sue@example.com", "campaign_creator")
        .await
        .expect(201, None);
    assert_eq!(
        actions(&api.events(&owner, &account).await),
        ["invitation.created"]
    );
}

/// The CSV export's rows, header first, from an answer.
fn rows(answer: &e2e::Answer) -> Vec<Vec<String>> {
    let text = answer.body.as_str().expect("a CSV body");
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[tokio::test]
async fn the_trail_exports_as_csv_filtered_and_safe_for_spreadsheets() {
    let api = Api::start().await;
    // A sign-in whose sub a spreadsheet would run as a formula.
    let owner = api
        .person_with(
            "=HYPERLINK(\"https://evil.example\")",
            "own@example.com",
            true,
        )
        .await;
    let account = api.account(&owner).await;
    let sue = api.person("sue").await;
    api.join(&owner, &account, &sue, "campaign_creator").await;
    let path = format!("/accounts/{account}/audit-events");
    let answer = api.csv_download(&path, &owner).await;
    assert!(answer.header("link").is_none());
    let all = rows(&answer);
    let json = api.events(&owner, &account).await;
    // Kept for good unless AUDIT_RETENTION says otherwise.
    let page = api.get(&path, &owner).await.expect(200, None).body;
    assert_eq!(page["retention_seconds"], Value::Null);
    assert_eq!(all.len(), json.len());
    assert_eq!(all[0][2], json[0]["action"].as_str().unwrap());
    let created = all.iter().find(|r| r[2] == "account.created").unwrap();
    assert_eq!(created[4], "'=HYPERLINK(\"https://evil.example\")");
    assert_eq!(created[5], "own@example.com");
    // Filtered as the JSON pages are.
    let filtered = api
        .csv_download(&format!("{path}?action=invitation.accepted"), &owner)
        .await;
    let accepted = rows(&filtered);
    assert_eq!(accepted.len(), 1);
    assert_eq!(accepted[0][7], sue.email);
    // Only the owner.
    api.csv(&path, &sue).await.expect(403, Some("forbidden"));
}
