//! A user of an account: what its record holds and what it does (becomes a
//! pending invitation, is bound to a sign-in, moves on a version, reads its
//! status at a time). The store keeps it as one item.

use super::{
    AccountName, DeactivatedReason, Delivery, DeliveryStatus, Email, Limits, ListId, Locale,
    Permission, Role, Status,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An account's kind: a partner agency may be let into clients' accounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    Standard,
    Partner,
}

/// What a user copies from its account, so an invitation can be shown from
/// the user alone.
#[derive(Clone, Debug)]
pub struct UserAccount {
    pub id: Uuid,
    pub name: AccountName,
    pub kind: AccountKind,
    /// From when it requires a second factor, if it does.
    pub mfa_from: Option<i64>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UserRecord {
    pub id: Uuid,
    pub account_id: Uuid,
    /// Made afresh when the user item is created: a user deleted and invited
    /// again is another incarnation, so an `ETag` of the old one never
    /// matches the new one although versions start again at 1.
    pub incarnation: Uuid,
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
    /// The lists the user is limited to (`None`: every list).
    #[serde(default)]
    pub list_ids: Option<Vec<ListId>>,
    /// Permissions of the role the user does not get.
    #[serde(default)]
    pub withheld_permissions: Vec<Permission>,
    /// The sign-in the user is bound to: set when it is created bound (the
    /// owner, a partner's user) or when its invitation is accepted.
    pub sub: Option<String>,
    /// Hash of the one invitation secret that works now; absent when none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_hash: Option<String>,
    /// Hash of the secret of the reminder's link, which works beside the
    /// invitation's own until either is used, or a resend, replace or
    /// revoke closes both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_token_hash: Option<String>,
    /// Names the latest invitation (new at every invite, replace and
    /// resend) in its email's SES tags, so news of an older email is told
    /// apart. Not the token nor its hash: tags are no place for secrets.
    #[serde(default)]
    pub invitation_id: Option<Uuid>,
    /// What became of the latest invitation's email.
    #[serde(default)]
    pub delivery: Option<Delivery>,
    /// Copied from the account so an invitation can be shown from this item.
    pub account_name: AccountName,
    pub account_kind: AccountKind,
    /// The end of the user's access that the owner set, if any.
    #[serde(default)]
    pub access_until: Option<i64>,
    /// The end of its partner's access, for a partner's user: copied from
    /// the account by every change of it, so a check reads it here.
    #[serde(default)]
    pub partner_until: Option<i64>,
    /// Why the user is deactivated, as written (see `deactivated_reason_at`).
    #[serde(default)]
    pub deactivated_reason: Option<DeactivatedReason>,
    /// When the next reminder falls due: the invitee's, while pending; the
    /// owner's of the end, while active. Cleared once it is sent.
    #[serde(default)]
    pub remind_at: Option<i64>,
    /// From when its account requires a second factor: copied from the
    /// account, with its name, by every change of either
    /// (`ops::settings`), so a check reads it on the membership.
    #[serde(default)]
    pub mfa_from: Option<i64>,
    /// When the user was last seen using the account, to the period
    /// `LAST_ACTIVE_EVERY` (`last_active::mark`); `None`: never.
    #[serde(default)]
    pub last_active_at: Option<i64>,
    /// The language of the user's invitation: the one it named, else the
    /// account's when it was sent.
    #[serde(default)]
    pub locale: Locale,
}

/// How finely last activity is told by default: a quarter hour.
pub const QUARTER_HOUR: i64 = 15 * 60;

/// The start of the period `now` falls in, of `every` seconds.
pub fn period_start(now: i64, every: i64) -> i64 {
    now - now.rem_euclid(every.max(1))
}

impl UserRecord {
    /// A user's id is derived from the account and the address, so an
    /// address is a user of an account at most once without any lookup item.
    pub fn id_for(account_id: Uuid, email: &Email) -> Uuid {
        Uuid::new_v5(&account_id, email.as_str().as_bytes())
    }

    /// A user of `account` as first written (version 1, a new incarnation),
    /// pending until `invite` or `bind` says how it begins.
    pub fn new(account: &UserAccount, email: Email, role: Role, now: i64) -> UserRecord {
        UserRecord {
            id: UserRecord::id_for(account.id, &email),
            account_id: account.id,
            incarnation: Uuid::new_v4(),
            email,
            role,
            status: Status::Pending,
            invited_by: None,
            invited_at: None,
            expires_at: None,
            accepted_at: None,
            updated_at: now,
            version: 1,
            partner_account_id: None,
            list_ids: None,
            withheld_permissions: Vec::new(),
            sub: None,
            token_hash: None,
            reminder_token_hash: None,
            invitation_id: None,
            delivery: None,
            account_name: account.name.clone(),
            account_kind: account.kind,
            access_until: None,
            partner_until: None,
            deactivated_reason: None,
            remind_at: None,
            mfa_from: account.mfa_from,
            last_active_at: None,
            locale: Locale::default(),
        }
    }

    /// Whether it holds the account's name and requirement as `account`
    /// has them now.
    pub fn copies(&self, account: &UserAccount) -> bool {
        self.account_name == account.name && self.mfa_from == account.mfa_from
    }

    /// Takes the account's name and requirement as `account` has them now.
    pub fn copy(&mut self, account: &UserAccount) {
        self.account_name = account.name.clone();
        self.mfa_from = account.mfa_from;
    }

    /// Makes the user a pending invitation whose one working link is the
    /// one hashed to `token_hash`, until `expires_at`: every earlier link
    /// stops working. Its email counts as `sent`: the invitation is written
    /// before the email is sent, in the same write, so that a normal invite
    /// costs no second write; a send SES refuses is corrected to `failed`
    /// (`ops::users`), and SES's events tell the rest.
    pub fn invite(
        &mut self,
        inviter: Option<&Email>,
        token_hash: String,
        now: i64,
        expires_at: i64,
    ) {
        self.status = Status::Pending;
        self.invited_by = inviter.cloned();
        self.invited_at = Some(now);
        self.expires_at = Some(expires_at);
        self.accepted_at = None;
        self.token_hash = Some(token_hash);
        self.reminder_token_hash = None;
        self.invitation_id = Some(Uuid::new_v4());
        self.delivery = Some(Delivery {
            status: DeliveryStatus::Sent,
            at: now,
            detail: None,
        });
    }

    /// Binds the user to the sign-in `sub`: active from `now`, with no
    /// working link. From now on a membership item mirrors it.
    pub fn bind(&mut self, sub: &str, now: i64) {
        self.status = Status::Active;
        self.sub = Some(sub.to_owned());
        self.accepted_at = Some(now);
        self.close_links();
        // Binding is using the account: seen now, to the quarter hour.
        self.last_active_at = Some(period_start(now, QUARTER_HOUR));
    }

    /// No link of the user's works any more.
    pub fn close_links(&mut self) {
        self.token_hash = None;
        self.reminder_token_hash = None;
    }

    /// Whether the link whose secret hashes to `hash` is one that works.
    pub fn opens(&self, hash: &str) -> bool {
        [&self.token_hash, &self.reminder_token_hash]
            .into_iter()
            .any(|h| h.as_deref() == Some(hash))
    }

    /// When the user's access ends: its own end date or its partner's,
    /// whichever comes first. The owner's never does.
    pub fn ends_at(&self) -> Option<i64> {
        match (self.access_until, self.partner_until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    pub fn status_at(&self, now: i64) -> Status {
        self.status.effective(self.expires_at, self.ends_at(), now)
    }

    /// Whether the user is written active but its access has ended.
    pub fn ended_unwritten(&self, now: i64) -> bool {
        self.status == Status::Active && self.status_at(now) == Status::Deactivated
    }

    /// Why the user is deactivated at `now`, if it is.
    pub fn deactivated_reason_at(&self, now: i64) -> Option<DeactivatedReason> {
        match self.status_at(now) {
            Status::Deactivated if self.ended_unwritten(now) => {
                Some(DeactivatedReason::AccessEnded)
            }
            Status::Deactivated => self.deactivated_reason,
            _ => None,
        }
    }

    pub fn is_owner(&self) -> bool {
        self.role == Role::Owner
    }

    pub fn limits(&self) -> Limits {
        Limits {
            list_ids: self.list_ids.clone(),
            withheld_permissions: self.withheld_permissions.clone(),
        }
    }

    pub fn set_limits(&mut self, limits: Limits) {
        self.list_ids = limits.list_ids;
        self.withheld_permissions = limits.withheld_permissions;
    }

    /// Role, status, limits and end date at `now`, for audit events.
    pub fn standing(&self, now: i64) -> Standing {
        Standing {
            role: self.role,
            status: self.status_at(now),
            limits: Some(self.limits()),
            access_until: self.ends_at(),
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

/// Role, status, limits and end of access of the user an event is about,
/// before and after it. An expiry, which changes no limits, records none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub role: Role,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<Limits>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::as_rfc3339::option"
    )]
    pub access_until: Option<i64>,
}
