//! Partner access under real concurrent requests: turning access off (or to
//! another partner) while the partner's members create their users leaves no
//! user of the old partner active, every round, and every deactivation is
//! audited.

use e2e::{Api, Person};
use serde_json::{Value, json};
use std::sync::Arc;
use tokio::task::JoinSet;

/// A partner account with `members` partner managers besides its owner.
async fn agency(api: &Api, members: usize) -> (String, Vec<Person>) {
    let owner = api.person("agency-owner").await;
    let account = api.partner_account(&owner).await;
    let mut people = vec![owner.clone()];
    for _ in 0..members {
        let pm = api.person("agency-pm").await;
        api.join(&owner, &account, &pm, "partner_manager").await;
        people.push(pm);
    }
    (account, people)
}

/// Every user the partner made in the client, after the dust settles.
async fn partner_users(api: &Api, owner: &Person, client: &str, partner: &str) -> Vec<Value> {
    api.all_users(owner, client)
        .await
        .into_iter()
        .filter(|u| u["partner_account_id"] == partner)
        .collect()
}

/// Races one switch-off (`to`: off, or another partner) against every agency
/// member creating its user, then checks nobody of the old partner is active.
async fn race(rounds: usize, switch_to_another: bool) {
    let api = Arc::new(
        Api::start_with(e2e::Options {
            seat_limit: Some(40),
            ..Default::default()
        })
        .await,
    );
    for round in 0..rounds {
        let owner = api.person("client").await;
        let client = api.account(&owner).await;
        let (partner, members) = agency(&api, 4).await;
        api.enable_partner(&owner, &client, &partner, &members[0])
            .await;
        let next = if switch_to_another {
            let (other, people) = agency(&api, 0).await;
            api.post(
                &format!("/accounts/{client}/partner-access/requests"),
                &people[0],
                json!({"partner_account_id": other}),
            )
            .await
            .expect(202, None);
            json!({"enabled": true, "partner_account_id": other})
        } else {
            json!({"enabled": false})
        };
        let mut set = JoinSet::new();
        for member in members {
            let (api, client, partner) = (api.clone(), client.clone(), partner.clone());
            set.spawn(async move {
                let answer = api
                    .post(
                        &format!("/accounts/{client}/partner-access/users"),
                        &member,
                        json!({"partner_account_id": partner}),
                    )
                    .await;
                assert!(
                    answer.status == 201 || answer.body["code"] == "partner_access_disabled",
                    "{:#}",
                    answer.body
                );
            });
        }
        let (api2, owner2, client2) = (api.clone(), owner.clone(), client.clone());
        set.spawn(async move {
            api2.put(
                &format!("/accounts/{client2}/partner-access"),
                &owner2,
                next,
            )
            .await
            .expect(200, None);
        });
        while let Some(joined) = set.join_next().await {
            joined.unwrap();
        }
        let users = partner_users(&api, &owner, &client, &partner).await;
        let active: Vec<_> = users.iter().filter(|u| u["status"] == "active").collect();
        assert!(
            active.is_empty(),
            "round {round}: the old partner still has active users: {active:#?}"
        );
        // Each user that was created and then cut off was audited as such.
        let events = api
            .get(
                &format!("/accounts/{client}/audit-events?limit=100"),
                &owner,
            )
            .await
            .expect(200, None);
        let deactivated = events.body["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "user.deactivated")
            .count();
        assert_eq!(deactivated, users.len(), "round {round}");
        api.assert_seats_exact(&owner, &client).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn turning_access_off_while_partner_users_are_created_leaves_none_active() {
    race(12, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn switching_partners_while_partner_users_are_created_leaves_none_active() {
    race(8, true).await;
}

/// The owner reactivating a partner's user while access is turned off:
/// either the reactivation comes first and the switch-off deactivates the
/// user again, or it comes after, on the owner's own decision, and is the
/// last word in the trail.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn reactivating_a_partner_user_during_a_switch_off_is_never_lost() {
    let api = Arc::new(Api::start().await);
    for _ in 0..8 {
        let owner = api.person("client").await;
        let client = api.account(&owner).await;
        let (partner, members) = agency(&api, 1).await;
        api.enable_partner(&owner, &client, &partner, &members[0])
            .await;
        let made = api
            .post(
                &format!("/accounts/{client}/partner-access/users"),
                &members[1],
                json!({"partner_account_id": partner}),
            )
            .await
            .expect(201, None);
        let path = Api::user_path(&client, &made.body);
        api.post(&format!("{path}/deactivate"), &owner, json!({}))
            .await
            .expect(200, None);
        let (a, o, c) = (api.clone(), owner.clone(), client.clone());
        let off = tokio::spawn(async move {
            a.put(
                &format!("/accounts/{c}/partner-access"),
                &o,
                json!({"enabled": false}),
            )
            .await
            .expect(200, None);
        });
        let reactivated = api
            .post(&format!("{path}/reactivate"), &owner, json!({}))
            .await;
        off.await.unwrap();
        assert_eq!(reactivated.status, 200, "{:#}", reactivated.body);
        let user = api.get(&path, &owner).await.expect(200, None);
        let events = api
            .get(
                &format!("/accounts/{client}/audit-events?limit=100"),
                &owner,
            )
            .await
            .expect(200, None);
        let last = events.body["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["target"]["user_id"] == made.body["id"])
            .cloned()
            .unwrap();
        // The trail's last word about the user is what the user is.
        assert_eq!(last["after"]["status"], user.body["status"], "{last:#}");
        api.assert_seats_exact(&owner, &client).await;
    }
}
