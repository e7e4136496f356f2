//! What each kind of item holds. Items live in one table:
//!
//! | item | pk | sk |
//! |---|---|---|
//! | account | `ACCOUNT#{account_id}` | `ACCOUNT` |
//! | user of an account | `ACCOUNT#{account_id}` | `USER#{user_id}` |
//! | audit event | `AUDIT#{account_id}` | `{uuid v7}` (time-ordered) |
//! | partner's access request | `ACCOUNT#{client_id}` | `PARTNER_REQUEST#{partner_id}` |
//! | membership of a sign-in | `MEMBER#{sub}` | `ACCOUNT#{account_id}` |
//!
//! A membership item exists for every active or deactivated user bound to a
//! sign-in: it answers "what may this caller do here" in one strongly
//! consistent read, and `GET /me` in one query.

use crate::domain::{Email, Role, Status};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    Standard,
    Partner,
}

/// A pending invitation as the account item remembers it, so the account can
/// tell its exact seat count (expired invitations hold none) from one item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingSeat {
    pub expires_at: i64,
    pub email: Email,
    pub role: Role,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccountRecord {
    pub id: Uuid,
    pub name: String,
    pub kind: AccountKind,
    pub owner_sub: String,
    pub owner_email: Email,
    pub seat_limit: u32,
    /// Owner + active + pending users as written; pending ones past their
    /// expiry still count here until expired by a write (see `seats_in_use`).
    pub seats_used: u32,
    /// Pending invitations by user id.
    #[serde(default)]
    pub pending: HashMap<Uuid, PendingSeat>,
    /// The partner account whose members may create users here, if enabled.
    #[serde(default)]
    pub partner: Option<PartnerRef>,
    pub created_at: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerRef {
    pub account_id: Uuid,
    pub name: String,
}

/// A partner account's request for managed access to a client account.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PartnerRequestRecord {
    pub client_account_id: Uuid,
    pub partner: PartnerRef,
    pub requested_by: Actor,
    pub requested_at: i64,
    /// When DynamoDB TTL may remove it; reads ignore it from then on.
    pub ttl: i64,
}

impl AccountRecord {
    /// Pending invitations whose expiry has passed, other than `except`.
    pub fn overdue(&self, now: i64, except: Option<Uuid>) -> Vec<(Uuid, &PendingSeat)> {
        let mut overdue: Vec<_> = self
            .pending
            .iter()
            .filter(|(id, seat)| seat.expires_at <= now && Some(**id) != except)
            .map(|(id, seat)| (*id, seat))
            .collect();
        overdue.sort_by_key(|(id, _)| *id);
        overdue
    }

    /// The seats taken at `now`: expired invitations free theirs at once.
    pub fn seats_in_use(&self, now: i64) -> u32 {
        self.seats_used
            .saturating_sub(self.overdue(now, None).len() as u32)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UserRecord {
    pub id: Uuid,
    pub account_id: Uuid,
    pub email: Email,
    pub role: Role,
    /// As written; read it through `status_at`.
    pub status: Status,
    pub invited_by: Option<Email>,
    pub invited_at: Option<i64>,
    pub expires_at: Option<i64>,
    pub accepted_at: Option<i64>,
    pub updated_at: i64,
    pub version: u64,
    pub partner_account_id: Option<Uuid>,
    /// The sign-in the user is bound to, once accepted.
    pub sub: Option<String>,
    /// Hash of the one invitation secret that works now; absent when none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_hash: Option<String>,
    /// Copied from the account so an invitation can be shown from this item.
    pub account_name: String,
    pub account_kind: AccountKind,
}

impl UserRecord {
    pub fn status_at(&self, now: i64) -> Status {
        self.status.effective(self.expires_at, now)
    }

    pub fn is_owner(&self) -> bool {
        self.role == Role::Owner
    }

    /// Role and status at `now`, for audit events.
    pub fn standing(&self, now: i64) -> Standing {
        Standing {
            role: self.role,
            status: self.status_at(now),
        }
    }

    /// A copy changed by `change`, one version on.
    pub fn next(&self, now: i64, change: impl FnOnce(&mut UserRecord)) -> UserRecord {
        let mut next = self.clone();
        change(&mut next);
        next.version = self.version + 1;
        next.updated_at = now;
        next
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemberRecord {
    pub account_id: Uuid,
    pub user_id: Uuid,
    pub role: Role,
    pub status: Status,
    pub account_name: String,
    pub account_kind: AccountKind,
}

impl MemberRecord {
    pub fn of(user: &UserRecord) -> MemberRecord {
        MemberRecord {
            account_id: user.account_id,
            user_id: user.id,
            role: user.role,
            status: user.status,
            account_name: user.account_name.clone(),
            account_kind: user.account_kind,
        }
    }
}

/// Role and status of the user an event is about, before and after it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub role: Role,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// `None` for the system (the expiry of invitations).
    pub sub: Option<String>,
    pub email: Option<Email>,
}

impl Actor {
    pub fn system() -> Actor {
        Actor {
            sub: None,
            email: None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AuditRecord {
    pub id: Uuid,
    pub account_id: Uuid,
    pub action: String,
    pub actor: Actor,
    pub target_user_id: Option<Uuid>,
    pub target_email: Option<Email>,
    pub before: Option<Standing>,
    pub after: Option<Standing>,
    pub at: i64,
}

impl AuditRecord {
    pub fn new(
        account_id: Uuid,
        action: &str,
        actor: &Actor,
        target: Option<(Uuid, &Email)>,
        before: Option<Standing>,
        after: Option<Standing>,
        at: i64,
    ) -> AuditRecord {
        AuditRecord {
            id: Uuid::now_v7(),
            account_id,
            action: action.to_owned(),
            actor: actor.clone(),
            target_user_id: target.map(|(id, _)| id),
            target_email: target.map(|(_, email)| email.clone()),
            before,
            after,
            at,
        }
    }
}
