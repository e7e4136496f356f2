//! The DynamoDB store. Reads are strongly consistent where a decision rests
//! on them; every change is one `TransactWriteItems` whose conditions re-check
//! what was read, so a race makes the write fail and the operation re-decide,
//! never overwrite.

pub mod keys;
pub mod records;
pub mod table;
pub mod write;

use crate::error::{Error, Result};
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, KeysAndAttributes};
use keys::{Item, Key, USER_PREFIX};
use records::{AccountRecord, MemberRecord, UserRecord};
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::future::Future;
use std::time::Duration;
use uuid::Uuid;
pub use write::{Expect, SeatChange, Write};

#[derive(Clone, Debug)]
pub struct Store {
    db: Client,
    table: String,
}

/// The items one decision needs, read together.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub account: Option<AccountRecord>,
    pub member: Option<MemberRecord>,
    pub user: Option<UserRecord>,
}

/// Which items to read into a `Snapshot`.
#[derive(Debug, Default)]
pub struct Reads<'a> {
    pub account: Option<Uuid>,
    pub member: Option<(&'a str, Uuid)>,
    pub user: Option<(Uuid, Uuid)>,
}

/// A page of an account's users and where the next one starts.
pub struct UsersPage {
    pub users: Vec<UserRecord>,
    pub next: Option<Uuid>,
}

fn unavailable<E: std::error::Error + Send + Sync + 'static>(err: E) -> Error {
    tracing::error!(error = %aws_sdk_dynamodb::error::DisplayErrorContext(&err), "DynamoDB request failed");
    Error::Unavailable(Box::new(err))
}

fn parse<T: DeserializeOwned>(item: Item) -> Result<T> {
    serde_dynamo::from_item(item).map_err(|e| Error::Internal(format!("unreadable item: {e}")))
}

/// How many times an operation re-reads and re-decides when a concurrent
/// change made its write fail, before it answers "busy".
const ATTEMPTS: u32 = 6;

/// Runs `attempt` until it commits (`Some`) or gives a definite error; `None`
/// means a condition failed because the items changed, so decide again.
pub async fn retrying<T, F, Fut>(mut attempt: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    for n in 0..ATTEMPTS {
        if let Some(done) = attempt().await? {
            return Ok(done);
        }
        // Jittered backoff spreads out writers racing for the same item.
        let jitter = u64::from(getrandom::u32().unwrap_or(0) % 16);
        tokio::time::sleep(Duration::from_millis((5 << n) + jitter)).await;
    }
    Err(Error::Busy)
}

impl Store {
    pub fn new(db: Client, table: impl Into<String>) -> Store {
        Store {
            db,
            table: table.into(),
        }
    }

    pub fn client(&self) -> &Client {
        &self.db
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    /// Reads up to three items in one strongly consistent `BatchGetItem`.
    pub async fn load(&self, reads: Reads<'_>) -> Result<Snapshot> {
        let mut keys = Vec::new();
        if let Some(account_id) = reads.account {
            keys.push(Key::account(account_id));
        }
        if let Some((sub, account_id)) = reads.member {
            keys.push(Key::member(sub, account_id));
        }
        if let Some((account_id, user_id)) = reads.user {
            keys.push(Key::user(account_id, user_id));
        }
        let mut found: HashMap<Key, Item> = HashMap::new();
        let mut wanted = KeysAndAttributes::builder()
            .set_keys(Some(keys.iter().map(Key::to_item).collect()))
            .consistent_read(true)
            .build()
            .map_err(|e| Error::Internal(e.to_string()))?;
        // Unprocessed keys come back only under throttling; ask for them again.
        for _ in 0..ATTEMPTS {
            let out = self
                .db
                .batch_get_item()
                .request_items(&self.table, wanted)
                .send()
                .await
                .map_err(unavailable)?;
            for item in out
                .responses
                .and_then(|mut r| r.remove(&self.table))
                .unwrap_or_default()
            {
                if let Some(key) = Key::of_item(&item) {
                    found.insert(key, item);
                }
            }
            match out.unprocessed_keys.and_then(|mut u| u.remove(&self.table)) {
                Some(rest) if !rest.keys.is_empty() => wanted = rest,
                _ => {
                    let mut take = |key: Option<Key>| key.and_then(|k| found.remove(&k));
                    return Ok(Snapshot {
                        account: take(reads.account.map(Key::account))
                            .map(parse)
                            .transpose()?,
                        member: take(reads.member.map(|(sub, a)| Key::member(sub, a)))
                            .map(parse)
                            .transpose()?,
                        user: take(reads.user.map(|(a, u)| Key::user(a, u)))
                            .map(parse)
                            .transpose()?,
                    });
                }
            }
        }
        Err(Error::Busy)
    }

    /// One user item, strongly consistent.
    pub async fn user(&self, account_id: Uuid, user_id: Uuid) -> Result<Option<UserRecord>> {
        let out = self
            .db
            .get_item()
            .table_name(&self.table)
            .set_key(Some(Key::user(account_id, user_id).to_item()))
            .consistent_read(true)
            .send()
            .await
            .map_err(unavailable)?;
        out.item.map(parse).transpose()
    }

    /// Every account a sign-in belongs to.
    pub async fn memberships(&self, sub: &str) -> Result<Vec<MemberRecord>> {
        let mut members = Vec::new();
        let mut start = None;
        loop {
            let out = self
                .db
                .query()
                .table_name(&self.table)
                .key_condition_expression("pk = :pk")
                .expression_attribute_values(":pk", AttributeValue::S(keys::member_pk(sub)))
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(unavailable)?;
            for item in out.items.unwrap_or_default() {
                members.push(parse(item)?);
            }
            start = out.last_evaluated_key;
            if start.is_none() {
                return Ok(members);
            }
        }
    }

    /// A page of an account's users in id order, after `after`, keeping those
    /// that `keep` accepts; it reads on until the page is full or the users
    /// end, so a filtered page is short only when it is the last.
    pub async fn users_page(
        &self,
        account_id: Uuid,
        after: Option<Uuid>,
        limit: usize,
        keep: impl Fn(&UserRecord) -> bool,
    ) -> Result<UsersPage> {
        let mut users = Vec::new();
        let mut start = after.map(|id| Key::user(account_id, id).to_item());
        loop {
            let out = self
                .db
                .query()
                .table_name(&self.table)
                .key_condition_expression("pk = :pk AND begins_with(sk, :users)")
                .expression_attribute_values(":pk", AttributeValue::S(keys::account_pk(account_id)))
                .expression_attribute_values(":users", AttributeValue::S(USER_PREFIX.into()))
                .limit((limit - users.len()) as i32)
                .set_exclusive_start_key(start)
                .consistent_read(true)
                .send()
                .await
                .map_err(unavailable)?;
            for item in out.items.unwrap_or_default() {
                let user: UserRecord = parse(item)?;
                if keep(&user) {
                    users.push(user);
                }
            }
            start = out.last_evaluated_key;
            if start.is_none() {
                return Ok(UsersPage { users, next: None });
            }
            if users.len() == limit {
                let next = users.last().map(|u| u.id);
                return Ok(UsersPage { users, next });
            }
        }
    }

    /// Commits `writes` as one transaction. `Ok(false)`: a condition did not
    /// hold or another transaction held an item; read again and re-decide.
    pub async fn commit(&self, writes: Vec<Write>) -> Result<bool> {
        let items = writes
            .into_iter()
            .map(|w| w.into_transact_item(&self.table))
            .collect();
        let sent = self
            .db
            .transact_write_items()
            .set_transact_items(Some(items))
            // Makes the SDK's own retries of this very request idempotent.
            .client_request_token(Uuid::new_v4().to_string())
            .send()
            .await;
        match sent {
            Ok(_) => Ok(true),
            Err(SdkError::ServiceError(e)) => match e.err() {
                TransactWriteItemsError::TransactionCanceledException(cancel) => {
                    let codes: Vec<&str> = cancel
                        .cancellation_reasons()
                        .iter()
                        .filter_map(|r| r.code())
                        .collect();
                    if codes.contains(&"ValidationError") {
                        return Err(Error::Internal(format!("transaction refused: {codes:?}")));
                    }
                    tracing::debug!(?codes, "transaction cancelled; deciding again");
                    Ok(false)
                }
                TransactWriteItemsError::TransactionInProgressException(_) => Ok(false),
                _ => Err(unavailable(SdkError::ServiceError(e))),
            },
            Err(other) => Err(unavailable(other)),
        }
    }
}
