//! The sweep's read capacity with few and with many users in the table, and
//! with many of them due.

use e2e::{Api, Options, sleep_secs};

/// The sweep's read capacity over a table of `users` active users, `ended`
/// of whose access has ended, and 50 invitations that have expired: the
/// sweep finds what it does by its index queries (`Store::overdue_invitations`
/// and `Store::due`, one per shard of each), so those are run here, without
/// the writes that follow (moto copies the whole table for every
/// transaction, which 100,000 items make too heavy for it).
pub async fn sweep_read_units(users: usize, ended: usize) -> f64 {
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
    api.bulk_users(users, ended).await;
    sleep_secs(2).await;
    let store =
        shared::store::Store::new(aws_sdk_dynamodb::Client::new(&api.sdk), api.table.clone());
    let now = shared::time::now();
    let (mut found, mut due, mut units) = (0, 0, 0.0);
    for shard in 0..shared::store::keys::PENDING_SHARDS {
        let (overdue, used) = store.overdue_invitations(shard, now).await.unwrap();
        found += overdue.len();
        units += used;
        let (items, used) = store.due(shard, now).await.unwrap();
        due += items.len();
        units += used;
    }
    assert_eq!((found, due), (50, ended));
    units
}
