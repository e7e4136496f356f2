//! Key layout of the single table (see `records` for the whole map).

use crate::domain::Email;
use aws_sdk_dynamodb::types::AttributeValue;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use uuid::Uuid;

pub const PK: &str = "pk";
pub const SK: &str = "sk";
/// Sparse index of pending invitations by expiry, for the sweep: only items
/// with a `pending_shard` attribute are in it.
pub const PENDING_INDEX: &str = "pending-by-expiry";
pub const PENDING_SHARD: &str = "pending_shard";
pub const PENDING_SHARDS: u128 = 8;
pub const EXPIRES_AT: &str = "expires_at";
/// Sparse index of what falls due at a time, for the sweep: users whose
/// access ends or whose reminder is due, and accounts whose partner's access
/// ends. Only items with a `due_shard` attribute are in it, at their
/// `due_at`: the next thing due of the item.
pub const DUE_INDEX: &str = "due-by-time";
pub const DUE_SHARD: &str = "due_shard";
pub const DUE_AT: &str = "due_at";
/// On an active user with an end: when its access ends (the condition of
/// the write that records the end).
pub const ENDS_AT: &str = "ends_at";
pub const ACCOUNT_PREFIX: &str = "ACCOUNT#";
pub const ACCOUNT_SK: &str = "ACCOUNT";
pub const USER_PREFIX: &str = "USER#";
/// Audit events have a partition of their own per account, so that reading
/// an account's partition (account, users, partner requests) never pays for
/// its history.
pub const AUDIT_PREFIX: &str = "AUDIT#";
pub const PARTNER_REQUEST_PREFIX: &str = "PARTNER_REQUEST#";
/// What one sign-in did across accounts (the accounts it created lately).
pub const SIGNIN_PREFIX: &str = "SIGNIN#";
/// What one address received from every account (recent invitation emails,
/// and whether it takes more), keyed by a hash of the address so an address
/// whose users are gone is not kept in the clear.
pub const RECIPIENT_PREFIX: &str = "RECIPIENT#";
pub const TALLY_SK: &str = "TALLY";

pub type Item = HashMap<String, AttributeValue>;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub pk: String,
    pub sk: String,
}

impl Key {
    pub fn account(account_id: Uuid) -> Key {
        Key {
            pk: account_pk(account_id),
            sk: ACCOUNT_SK.into(),
        }
    }

    pub fn user(account_id: Uuid, user_id: Uuid) -> Key {
        Key {
            pk: account_pk(account_id),
            sk: format!("{USER_PREFIX}{user_id}"),
        }
    }

    pub fn member(sub: &str, account_id: Uuid) -> Key {
        Key {
            pk: member_pk(sub),
            sk: account_pk(account_id),
        }
    }

    pub fn audit(account_id: Uuid, event_id: Uuid) -> Key {
        Key {
            pk: audit_pk(account_id),
            sk: event_id.to_string(),
        }
    }

    pub fn partner_request(client_id: Uuid, partner_id: Uuid) -> Key {
        Key {
            pk: account_pk(client_id),
            sk: format!("{PARTNER_REQUEST_PREFIX}{partner_id}"),
        }
    }

    pub fn sign_in(sub: &str) -> Key {
        Key {
            pk: format!("{SIGNIN_PREFIX}{sub}"),
            sk: TALLY_SK.into(),
        }
    }

    pub fn recipient(email: &Email) -> Key {
        let hash = URL_SAFE_NO_PAD.encode(Sha256::digest(email.as_str()));
        Key {
            pk: format!("{RECIPIENT_PREFIX}{hash}"),
            sk: TALLY_SK.into(),
        }
    }

    pub fn to_item(&self) -> Item {
        HashMap::from([
            (PK.to_owned(), AttributeValue::S(self.pk.clone())),
            (SK.to_owned(), AttributeValue::S(self.sk.clone())),
        ])
    }

    pub fn of_item(item: &Item) -> Option<Key> {
        Some(Key {
            pk: item.get(PK)?.as_s().ok()?.clone(),
            sk: item.get(SK)?.as_s().ok()?.clone(),
        })
    }
}

pub fn account_pk(account_id: Uuid) -> String {
    format!("{ACCOUNT_PREFIX}{account_id}")
}

pub fn audit_pk(account_id: Uuid) -> String {
    format!("{AUDIT_PREFIX}{account_id}")
}

pub fn member_pk(sub: &str) -> String {
    format!("MEMBER#{sub}")
}

/// Spreads pending invitations over a few index partitions so that no single
/// partition of the index takes every write.
pub fn pending_shard(user_id: Uuid) -> String {
    pending_shard_name(user_id.as_u128() % PENDING_SHARDS)
}

pub fn pending_shard_name(shard: u128) -> String {
    format!("PENDING#{shard}")
}

/// The shard of the due index an item (a user, or an account) is in.
pub fn due_shard(id: Uuid) -> String {
    due_shard_name(id.as_u128() % PENDING_SHARDS)
}

pub fn due_shard_name(shard: u128) -> String {
    format!("DUE#{shard}")
}
