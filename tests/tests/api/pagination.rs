//! Listing users: pages, status filters, and cursors that are opaque and
//! cannot reach into another account.

use e2e::{Api, Person};
use serde_json::Value;
use std::collections::HashSet;

async fn pages(api: &Api, who: &Person, account: &str, query: &str) -> Vec<Vec<Value>> {
    let mut pages = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = api
            .get(&format!("/accounts/{account}/users?{query}{cursor}"), who)
            .await
            .expect(200, None);
        pages.push(page.body["users"].as_array().unwrap().clone());
        match page.body["next_cursor"].as_str() {
            Some(next) => cursor = format!("&cursor={next}"),
            None => return pages,
        }
    }
}

fn ids(users: &[Value]) -> HashSet<String> {
    users
        .iter()
        .map(|u| u["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn pages_cover_every_user_once_and_filters_hold_across_pages() {
    let api = Api::start().await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    for i in 0..6 {
        let who = api.person(&format!("u{i}")).await;
        if i < 2 {
            api.join(&owner, &account, &who, "campaign_creator").await;
        } else {
            api.invite(&owner, &account, &who.email, "campaign_creator")
                .await
                .expect(201, None);
        }
    }
    let all = pages(&api, &owner, &account, "limit=3").await;
    assert_eq!(all.iter().map(Vec::len).collect::<Vec<_>>(), [3, 3, 1]);
    let flat: Vec<Value> = all.concat();
    assert_eq!(ids(&flat).len(), 7, "no user twice, none missing");

    let pending = pages(&api, &owner, &account, "status=pending&limit=3")
        .await
        .concat();
    assert_eq!(pending.len(), 4);
    assert!(pending.iter().all(|u| u["status"] == "pending"));
    let active = pages(&api, &owner, &account, "status=active&limit=2").await;
    let active_flat = active.concat();
    assert_eq!(active_flat.len(), 3);
    assert!(active_flat.iter().all(|u| u["status"] == "active"));
    // A filtered page is short only when it is the last.
    for page in &active[..active.len() - 1] {
        assert_eq!(page.len(), 2);
    }
}

#[tokio::test]
async fn a_cursor_never_leads_into_another_account() {
    let api = Api::start().await;
    let (alice, bob) = (api.person("alice").await, api.person("bob").await);
    let a = api.account(&alice).await;
    let b = api.account(&bob).await;
    for i in 0..4 {
        api.invite(
            &alice,
            &a,
            &format!("{}@example.com", e2e::unique(&format!("a{i}"))),
            "campaign_creator",
        )
        .await
        .expect(201, None);
        api.invite(
            &bob,
            &b,
            &format!("{}@example.com", e2e::unique(&format!("b{i}"))),
            "campaign_creator",
        )
        .await
        .expect(201, None);
    }
    let a_ids = ids(&pages(&api, &alice, &a, "limit=100").await.concat());
    let b_ids = ids(&pages(&api, &bob, &b, "limit=100").await.concat());
    let first = api
        .get(&format!("/accounts/{a}/users?limit=1"), &alice)
        .await;
    let cursor = first.body["next_cursor"].as_str().unwrap().to_owned();
    assert!(
        !cursor.contains(&a),
        "the cursor does not spell out the account"
    );

    // Bob replays Alice's cursor on his account: only his users come back.
    let replayed = api
        .get(&format!("/accounts/{b}/users?cursor={cursor}"), &bob)
        .await
        .expect(200, None);
    let got = ids(replayed.body["users"].as_array().unwrap());
    assert!(got.is_subset(&b_ids) && got.is_disjoint(&a_ids));
    // And on Alice's account he is still nobody.
    api.get(&format!("/accounts/{a}/users?cursor={cursor}"), &bob)
        .await
        .expect(404, Some("account_not_found"));
}
