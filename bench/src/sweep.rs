//! The sweep's read capacity with few and with many users in the table.

use e2e::{Api, Options, sleep_secs};

/// The sweep's read capacity over a table of `users` active users and 50
/// invitations that have expired: the sweep reads nothing but its index
/// queries (`Store::overdue_invitations`, one per shard), so those are run
/// here, without the 50 writes that follow (moto copies the whole table for
/// every transaction, which 100,000 items make too heavy for it).
pub async fn sweep_read_units(users: usize) -> f64 {
    let api = Api::start_with(Options {
        seat_limit: Some(100),
        ..Options::expiring("1s")
    })
    .await;
    let owner = api.person("owner").await;
    let account = api.account(&owner).await;
    for i in 0..50 {
        api.invite(
            &owner,
            &account,
            &format!("expiring{i}@bench.example"),
            "campaign_creator",
        )
        .await
        .expect(201, None);
    }
    api.bulk_users(users).await;
    sleep_secs(2).await;
    let store =
        shared::store::Store::new(aws_sdk_dynamodb::Client::new(&api.sdk), api.table.clone());
    let now = shared::time::now();
    let (mut found, mut units) = (0, 0.0);
    for shard in 0..shared::store::keys::PENDING_SHARDS {
        let (overdue, used) = store.overdue_invitations(shard, now).await.unwrap();
        found += overdue.len();
        units += used;
    }
    assert_eq!(found, 50);
    units
}
