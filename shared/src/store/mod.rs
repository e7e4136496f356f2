//! The DynamoDB store. Reads are strongly consistent where a decision rests
//! on them; every write is a `TransactWriteItems` whose conditions re-check
//! what was read, so a race makes the write fail and the operation re-decide,
//! never overwrite. (Each operation commits one transaction, except turning
//! off a partner with more than 30 active users: see `ops::partners`.)

pub mod keys;
pub mod records;
pub mod table;
pub mod write;

use crate::domain::UserRecord;
use crate::error::{Error, Result};
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::SdkError;
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{AttributeValue, KeysAndAttributes, ReturnConsumedCapacity};
use keys::{Item, Key, USER_PREFIX};
use records::{AccountRecord, AuditRecord, MemberRecord, PartnerRequestRecord};
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::future::Future;
use std::time::Duration;
use uuid::Uuid;
pub use write::{
    AccountChange, Expect, OfferChange, PartnerReminded, PartnerSwitch, SendSlot, SettingsChange,
    Tally, TallyBasis, Write,
};

#[cfg(test)]
mod tests {
    #[test]
    fn an_unreadable_item_is_told_without_its_values() {
        let said =
            super::unreadable("invalid type: string \"sue@example.com\", expected `owner` or `x`");
        assert_eq!(
            said,
            "unreadable item: invalid type: string \"\u{2026}\", expected `\u{2026}` or `\u{2026}`"
        );
    }
}

#[derive(Clone, Debug)]
pub struct Store {
    db: Client,
    table: String,
    /// How long audit events are kept, if not for good.
    audit_retention: Option<Duration>,
}

/// The items one decision needs, read together, by key.
#[derive(Debug, Default)]
pub struct Snapshot(HashMap<Key, Item>);

impl Snapshot {
    /// The item at `key` as a record, if it exists.
    pub fn get<T: DeserializeOwned>(&self, key: &Key) -> Result<Option<T>> {
        self.0.get(key).cloned().map(parse).transpose()
    }
}

/// What a query asks for; `Query::partition` reads a whole partition.
#[derive(Clone)]
struct Query {
    pk_name: &'static str,
    pk: String,
    index: Option<&'static str>,
    sk_prefix: Option<&'static str>,
    /// Sort keys from the first to the second, both included.
    sk_between: Option<(String, String)>,
    /// An index's numeric sort key (named first) at most the second.
    at_most: Option<(&'static str, i64)>,
    newest_first: bool,
}

impl Query {
    fn partition(pk: String) -> Query {
        Query {
            pk_name: keys::PK,
            pk,
            index: None,
            sk_prefix: None,
            sk_between: None,
            at_most: None,
            newest_first: false,
        }
    }
}

/// Where a run of query pages stopped, and what it cost.
struct Paged {
    /// The key to start the next page after; `None` when the items ended.
    next: Option<Item>,
    /// Read capacity units consumed.
    units: f64,
}

/// A page of audit events and the event the next page starts after.
pub struct AuditPage {
    pub events: Vec<AuditRecord>,
    pub next: Option<Uuid>,
}

/// A pending invitation past its expiry, as the sweep's index shows it.
#[derive(Debug)]
pub struct Overdue {
    pub account_id: Uuid,
    pub user_id: Uuid,
    pub email: crate::domain::Email,
    pub role: crate::domain::Role,
}

impl Overdue {
    fn of(item: Item) -> Result<Overdue> {
        /// What the index projects: the keys, email and role.
        #[derive(serde::Deserialize)]
        struct Projected {
            pk: String,
            sk: String,
            email: crate::domain::Email,
            role: crate::domain::Role,
        }
        let p: Projected = parse(item)?;
        let id = |text: Option<&str>| {
            text.and_then(|t| Uuid::try_parse(t).ok()).ok_or_else(|| {
                Error::Internal(format!("unexpected key in the index: {}/{}", p.pk, p.sk))
            })
        };
        Ok(Overdue {
            account_id: id(p.pk.strip_prefix(keys::ACCOUNT_PREFIX))?,
            user_id: id(p.sk.strip_prefix(USER_PREFIX))?,
            email: p.email.clone(),
            role: p.role,
        })
    }
}

/// An item of the due index.
#[derive(Debug)]
pub enum Due {
    User(UserRecord),
    Account(AccountRecord),
}

/// The items of an account's partition, by kind.
#[derive(Debug, Default)]
pub struct Partition {
    pub account: Option<AccountRecord>,
    pub users: Vec<UserRecord>,
    pub requests: Vec<PartnerRequestRecord>,
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
    serde_dynamo::from_item(item).map_err(|e| Error::Internal(unreadable(&e.to_string())))
}

/// Why an item could not be read, for the log: serde's words with the
/// values they quote left out, since a value may be an address.
fn unreadable(why: &str) -> String {
    let mut said = String::from("unreadable item: ");
    let mut quoted = None;
    for c in why.chars() {
        match quoted {
            Some(close) if c == close => {
                said.push('\u{2026}');
                said.push(c);
                quoted = None;
            }
            Some(_) => {}
            None => {
                said.push(c);
                if matches!(c, '"' | '`') {
                    quoted = Some(c);
                }
            }
        }
    }
    said
}

/// How many times an operation re-reads and re-decides when a concurrent
/// change made its write fail, before it answers "busy".
const ATTEMPTS: u32 = 6;

/// Runs `attempt` (told its number, from 0) until it commits (`Some`) or
/// gives a definite error; `None` means a condition failed because the
/// items changed, so decide again. Operations reach it through
/// `ops::plan::run`.
pub async fn retrying<T, F, Fut>(mut attempt: F) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<Option<T>>>,
{
    for n in 0..ATTEMPTS {
        if let Some(done) = attempt(n).await? {
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
            audit_retention: None,
        }
    }

    /// The same store, its audit events written for TTL to remove once
    /// `retention` (if any) has passed.
    pub fn keeping_audit_for(mut self, retention: Option<Duration>) -> Store {
        self.audit_retention = retention;
        self
    }

    pub fn client(&self) -> &Client {
        &self.db
    }

    pub fn table(&self) -> &str {
        &self.table
    }

    /// Reads the items at `keys` in one strongly consistent `BatchGetItem`
    /// (each key once: DynamoDB refuses a request that names one twice).
    pub async fn load(&self, keys: &[Key]) -> Result<Snapshot> {
        let mut unique: Vec<&Key> = Vec::with_capacity(keys.len());
        for key in keys {
            if !unique.contains(&key) {
                unique.push(key);
            }
        }
        let found = self
            .batch_get(unique.into_iter().map(Key::to_item).collect())
            .await?;
        Ok(Snapshot(found))
    }

    async fn batch_get(&self, keys: Vec<Item>) -> Result<HashMap<Key, Item>> {
        let mut found = HashMap::new();
        let mut wanted = KeysAndAttributes::builder()
            .set_keys(Some(keys))
            .consistent_read(true)
            .build()
            .map_err(|e| Error::Internal(e.to_string()))?;
        // Unprocessed keys come back only under throttling; ask for them again.
        for _ in 0..ATTEMPTS {
            let out = self
                .db
                .batch_get_item()
                .request_items(&self.table, wanted)
                .return_consumed_capacity(ReturnConsumedCapacity::Total)
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
                _ => return Ok(found),
            }
        }
        Err(Error::Busy)
    }

    /// One user item, strongly consistent.
    pub async fn user(&self, account_id: Uuid, user_id: Uuid) -> Result<Option<UserRecord>> {
        self.get(Key::user(account_id, user_id)).await
    }

    /// The membership of `sub` in an account, strongly consistent: what
    /// authorization reads, one request.
    pub async fn membership(&self, sub: &str, account_id: Uuid) -> Result<Option<MemberRecord>> {
        self.get(Key::member(sub, account_id)).await
    }

    async fn get<T: DeserializeOwned>(&self, key: Key) -> Result<Option<T>> {
        let out = self
            .db
            .get_item()
            .table_name(&self.table)
            .set_key(Some(key.to_item()))
            .consistent_read(true)
            .return_consumed_capacity(ReturnConsumedCapacity::Total)
            .send()
            .await
            .map_err(unavailable)?;
        out.item.map(parse).transpose()
    }

    /// Reads a query page after page from `start`, handing each item to
    /// `take`, which says whether it counts; with `want`, it stops once that
    /// many have counted (each page asks only for what is still wanted, so it
    /// never stops inside one). The one paging loop of the store.
    async fn query_pages(
        &self,
        q: &Query,
        mut start: Option<Item>,
        want: Option<usize>,
        mut take: impl FnMut(Item) -> Result<bool>,
    ) -> Result<Paged> {
        let mut values = HashMap::from([(":pk".to_owned(), AttributeValue::S(q.pk.clone()))]);
        let mut condition = format!("{} = :pk", q.pk_name);
        if let Some(prefix) = q.sk_prefix {
            values.insert(":prefix".into(), AttributeValue::S(prefix.into()));
            condition.push_str(" AND begins_with(sk, :prefix)");
        }
        if let Some((low, high)) = &q.sk_between {
            values.insert(":low".into(), AttributeValue::S(low.clone()));
            values.insert(":high".into(), AttributeValue::S(high.clone()));
            condition.push_str(" AND sk BETWEEN :low AND :high");
        }
        if let Some((name, max)) = q.at_most {
            values.insert(":max".into(), AttributeValue::N(max.to_string()));
            condition.push_str(&format!(" AND {name} <= :max"));
        }
        let mut taken = 0;
        let mut units = 0.0;
        loop {
            let limit = want.map(|w| (w - taken).min(i32::MAX as usize) as i32);
            let out = self
                .db
                .query()
                .table_name(&self.table)
                .set_index_name(q.index.map(str::to_owned))
                .key_condition_expression(&condition)
                .set_expression_attribute_values(Some(values.clone()))
                .scan_index_forward(!q.newest_first)
                .set_limit(limit)
                // The index can only be read eventually consistent.
                .consistent_read(q.index.is_none())
                .return_consumed_capacity(ReturnConsumedCapacity::Total)
                .set_exclusive_start_key(start)
                .send()
                .await
                .map_err(unavailable)?;
            units += out
                .consumed_capacity
                .as_ref()
                .and_then(|c| c.capacity_units)
                .unwrap_or(0.0);
            for item in out.items.unwrap_or_default() {
                if take(item)? {
                    taken += 1;
                }
            }
            start = out.last_evaluated_key;
            if start.is_none() || want == Some(taken) {
                return Ok(Paged { next: start, units });
            }
        }
    }

    /// Every item a query finds, as records of one kind.
    async fn query_all<T: DeserializeOwned>(&self, q: Query) -> Result<Vec<T>> {
        let mut found = Vec::new();
        self.query_pages(&q, None, None, |item| {
            found.push(parse(item)?);
            Ok(true)
        })
        .await?;
        Ok(found)
    }

    /// Every account a sign-in belongs to.
    pub async fn memberships(&self, sub: &str) -> Result<Vec<MemberRecord>> {
        self.query_all(Query::partition(keys::member_pk(sub))).await
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
        let q = Query {
            sk_prefix: Some(USER_PREFIX),
            ..Query::partition(keys::account_pk(account_id))
        };
        let start = after.map(|id| Key::user(account_id, id).to_item());
        let mut users = Vec::new();
        let paged = self
            .query_pages(&q, start, Some(limit), |item| {
                let user: UserRecord = parse(item)?;
                let kept = keep(&user);
                if kept {
                    users.push(user);
                }
                Ok(kept)
            })
            .await?;
        let next = paged.next.and_then(|_| users.last().map(|u| u.id));
        Ok(UsersPage { users, next })
    }

    /// A page of an account's audit events, newest first, older than
    /// `before`, from the time span `between` (epoch seconds, both ends
    /// included), keeping those that `keep` accepts; it reads on until the
    /// page is full or the events end, as `users_page` does.
    pub async fn audit_page(
        &self,
        account_id: Uuid,
        before: Option<Uuid>,
        limit: usize,
        between: (i64, i64),
        keep: impl Fn(&AuditRecord) -> bool,
    ) -> Result<AuditPage> {
        // Event ids are UUID v7, whose text sorts by time: a span of time is
        // a span of sort keys, read without the events outside it.
        let bound = |millis: i64, fill: u8| {
            let millis = u64::try_from(millis.max(0)).unwrap_or(0);
            uuid::Builder::from_unix_timestamp_millis(millis, &[fill; 10])
                .into_uuid()
                .to_string()
        };
        let (from, to) = between;
        let first = bound(from.saturating_mul(1000), 0);
        let last = bound(to.saturating_mul(1000).saturating_add(999), 0xff);
        let q = Query {
            newest_first: true,
            sk_between: Some((first, last)),
            ..Query::partition(keys::audit_pk(account_id))
        };
        let start = before.map(|id| Key::audit(account_id, id).to_item());
        let mut events: Vec<AuditRecord> = Vec::new();
        let paged = self
            .query_pages(&q, start, Some(limit), |item| {
                let event: AuditRecord = parse(item)?;
                let kept = keep(&event);
                if kept {
                    events.push(event);
                }
                Ok(kept)
            })
            .await?;
        let next = paged.next.and_then(|_| events.last().map(|e| e.id));
        Ok(AuditPage { events, next })
    }

    /// Everything an account's partition holds, in one strongly consistent
    /// query (more only past 1 MB): the account, its users and the partner
    /// requests it has received. Its audit events live apart.
    pub async fn account_partition(&self, account_id: Uuid) -> Result<Partition> {
        let mut partition = Partition::default();
        let q = Query::partition(keys::account_pk(account_id));
        self.query_pages(&q, None, None, |item| {
            let sk = item.get(keys::SK).and_then(|v| v.as_s().ok());
            match sk.map(String::as_str) {
                Some(keys::ACCOUNT_SK) => partition.account = Some(parse(item)?),
                Some(sk) if sk.starts_with(USER_PREFIX) => partition.users.push(parse(item)?),
                Some(sk) if sk.starts_with(keys::PARTNER_REQUEST_PREFIX) => {
                    partition.requests.push(parse(item)?)
                }
                _ => return Err(Error::Internal(format!("unexpected item {sk:?}"))),
            }
            Ok(true)
        })
        .await?;
        Ok(partition)
    }

    /// Pending invitations of one index shard whose expiry is at or before
    /// `now`: the sweep reads only these, never the whole table. Also gives
    /// the read capacity units consumed.
    pub async fn overdue_invitations(&self, shard: u128, now: i64) -> Result<(Vec<Overdue>, f64)> {
        let q = Query {
            pk_name: keys::PENDING_SHARD,
            index: Some(keys::PENDING_INDEX),
            at_most: Some((keys::EXPIRES_AT, now)),
            ..Query::partition(keys::pending_shard_name(shard))
        };
        let mut found = Vec::new();
        let paged = self
            .query_pages(&q, None, None, |item| {
                found.push(Overdue::of(item)?);
                Ok(true)
            })
            .await?;
        Ok((found, paged.units))
    }

    /// What of one shard of the due index falls due at or before `now`:
    /// users and accounts, whole (the index projects every attribute), as
    /// eventually consistent as an index is. Also gives the read capacity
    /// units consumed.
    pub async fn due(&self, shard: u128, now: i64) -> Result<(Vec<Due>, f64)> {
        let q = Query {
            pk_name: keys::DUE_SHARD,
            index: Some(keys::DUE_INDEX),
            at_most: Some((keys::DUE_AT, now)),
            ..Query::partition(keys::due_shard_name(shard))
        };
        let mut found = Vec::new();
        let paged = self
            .query_pages(&q, None, None, |item| {
                let sk = item.get(keys::SK).and_then(|v| v.as_s().ok());
                found.push(match sk.map(String::as_str) {
                    Some(keys::ACCOUNT_SK) => Due::Account(parse(item)?),
                    _ => Due::User(parse(item)?),
                });
                Ok(true)
            })
            .await?;
        Ok((found, paged.units))
    }

    /// Commits `writes` as one transaction. `Ok(false)`: a condition did not
    /// hold or another transaction held an item; read again and re-decide.
    pub async fn commit(&self, writes: Vec<Write>) -> Result<bool> {
        let items = writes
            .into_iter()
            .map(|w| match (w, self.audit_retention) {
                (Write::Audit(mut event), Some(kept)) => {
                    event.ttl = Some(event.at + kept.as_secs() as i64);
                    Write::Audit(event)
                }
                (w, _) => w,
            })
            .map(|w| w.into_transact_item(&self.table))
            .collect();
        let sent = self
            .db
            .transact_write_items()
            .set_transact_items(Some(items))
            .return_consumed_capacity(ReturnConsumedCapacity::Total)
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
