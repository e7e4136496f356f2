//! What each kind of item holds. Items live in one table:
//!
//! | item | pk | sk |
//! |---|---|---|
//! | account | `ACCOUNT#{account_id}` | `ACCOUNT` |
//! | user of an account | `ACCOUNT#{account_id}` | `USER#{user_id}` |
//! | audit event | `AUDIT#{account_id}` | `{uuid v7}` (time-ordered) |
//! | partner's access request | `ACCOUNT#{client_id}` | `PARTNER_REQUEST#{partner_id}` |
//! | membership of a sign-in | `MEMBER#{sub}` | `ACCOUNT#{account_id}` |
//! | a sign-in's recent account creations | `SIGNIN#{sub}` | `TALLY` |
//! | an address's recent invitation emails | `RECIPIENT#{hash of the address}` | `TALLY` |
//!
//! A membership item exists for every user *bound* to a sign-in: the owner,
//! a partner's user, and an invitee once accepted. It mirrors the user's role
//! and status, written in the same transaction as the user, and answers "what
//! may this caller do here" in one strongly consistent read, and `GET /me` in
//! one query.

use crate::domain::settings::DEFAULT_GRACE_DAYS;
use crate::domain::{
    AccountKind, AccountName, AuditAction, DeactivatedReason, Email, Grant, ListId, Locale,
    MfaRequirement, Permission, Role, SecondFactor, Standing, Status, Suppression, TimeZone,
    UserAccount, UserRecord,
};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// A pending invitation as the account item remembers it, so the account can
/// tell its exact seat count (expired invitations hold none) from one item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingSeat {
    pub expires_at: i64,
    pub email: Email,
    pub role: Role,
}

/// An active user with an end date as the account item remembers it, so the
/// account can tell its exact seat count (a user whose access ended holds
/// none) from one item, and free the seat by writing the end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EndingSeat {
    pub ends_at: i64,
    pub email: Email,
    pub role: Role,
    /// Its sign-in, whose membership the end is written to.
    pub sub: Option<String>,
    pub partner: Option<Uuid>,
}

impl EndingSeat {
    /// What the account remembers of `user`, written active with an end of
    /// access; `None` for any other user (and the owner, whose never ends).
    pub fn of(user: &UserRecord) -> Option<EndingSeat> {
        if user.status != Status::Active || user.is_owner() {
            return None;
        }
        Some(EndingSeat {
            ends_at: user.ends_at()?,
            email: user.email.clone(),
            role: user.role,
            sub: user.sub.clone(),
            partner: user.partner_account_id,
        })
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AccountRecord {
    pub id: Uuid,
    pub name: AccountName,
    pub kind: AccountKind,
    pub owner_sub: String,
    pub owner_email: Email,
    pub seat_limit: u32,
    /// Owner + active + pending users as written; pending ones past their
    /// expiry still count here until expired by a write (see `seats_in_use`).
    pub seats_used: u32,
    /// Pending invitations by user id.
    pub pending: HashMap<Uuid, PendingSeat>,
    /// Active users with an end date, by user id.
    #[serde(default)]
    pub ending: HashMap<Uuid, EndingSeat>,
    /// The partner account whose members may create users here, if enabled.
    #[serde(default)]
    pub partner: Option<PartnerRef>,
    /// When the enabled partner's access ends, if it does: from then on it
    /// is off, whether or not the sweep has written it.
    #[serde(default)]
    pub partner_until: Option<i64>,
    /// When the owner is reminded of that end; cleared once sent.
    #[serde(default)]
    pub partner_remind_at: Option<i64>,
    /// Active users created by each partner account, kept by every change
    /// that activates or deactivates one. Turning a partner's access off
    /// expects this count: a partner user created (or reactivated) meanwhile
    /// makes it fail and decide again, and a read that saw fewer users than
    /// the count is known to be incomplete.
    pub partner_active: HashMap<Uuid, u32>,
    /// When each recent invitation email was sent, by slot (see
    /// `store::write::AccountChange::send`): the rate limit's window.
    pub send_slots: BTreeMap<u32, i64>,
    pub created_at: i64,
    /// The language of its emails and invitation pages, and the time zone
    /// their times are told in.
    #[serde(default)]
    pub locale: Locale,
    #[serde(default)]
    pub time_zone: TimeZone,
    /// Its requirement of a second factor of everyone in it, while on.
    #[serde(default)]
    pub require_mfa: Option<MfaRequirement>,
    /// The grace period that requirement gives, kept while it is off.
    #[serde(default = "default_grace_days")]
    pub mfa_grace_days: u32,
    /// One more at every write of this item: a change of the settings
    /// expects the account as it read it (`ops::settings`).
    #[serde(default)]
    pub version: u64,
    /// One more at every change of what its users copy (its name and its
    /// requirement of a second factor): a user is created with its copy
    /// only while they are as read.
    #[serde(default)]
    pub settings_version: u64,
    /// The owner's offer of ownership to a user, once made and until
    /// accepted or withdrawn; read it through `live_offer`.
    #[serde(default)]
    pub ownership_offer: Option<OwnershipOffer>,
}

/// Ownership offered to a user, as it stood then: the offer holds only
/// while the user is still active with that role and version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnershipOffer {
    pub user_id: Uuid,
    pub email: Email,
    pub role: Role,
    pub version: u64,
    pub expires_at: i64,
}

impl OwnershipOffer {
    /// Whether `user` may still take it at `now`.
    pub fn holds_for(&self, user: &UserRecord, now: i64) -> bool {
        self.expires_at > now
            && user.id == self.user_id
            && user.status_at(now) == Status::Active
            && user.role == self.role
            && user.version == self.version
    }
}

fn default_grace_days() -> u32 {
    DEFAULT_GRACE_DAYS
}

/// An enabled partner and the end of its access, as a write expects them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PartnerState {
    pub id: Uuid,
    pub until: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartnerRef {
    pub account_id: Uuid,
    pub name: AccountName,
}

/// A partner account's request for managed access to a client account.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PartnerRequestRecord {
    pub client_account_id: Uuid,
    pub partner: PartnerRef,
    pub requested_by: Actor,
    pub requested_at: i64,
    /// When DynamoDB TTL may remove it (the attribute `ttl`, which TTL reads);
    /// reads ignore it from then on.
    pub ttl: i64,
}

impl PartnerRequestRecord {
    /// A request counts until its lifetime ends, whether or not TTL has
    /// removed it yet.
    pub fn is_live(&self, now: i64) -> bool {
        self.ttl > now
    }
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

    /// Active users whose access has ended by `now`, other than `except`.
    pub fn ended(&self, now: i64, except: Option<Uuid>) -> Vec<(Uuid, &EndingSeat)> {
        let mut ended: Vec<_> = self
            .ending
            .iter()
            .filter(|(id, seat)| seat.ends_at <= now && Some(**id) != except)
            .map(|(id, seat)| (*id, seat))
            .collect();
        ended.sort_by_key(|(id, _)| *id);
        ended
    }

    /// The seats taken at `now`: expired invitations and users whose access
    /// ended free theirs at once.
    pub fn seats_in_use(&self, now: i64) -> u32 {
        let freed = self.overdue(now, None).len() + self.ended(now, None).len();
        self.seats_used.saturating_sub(freed as u32)
    }

    /// The partner whose access is enabled, as written.
    pub fn partner_id(&self) -> Option<Uuid> {
        self.partner.as_ref().map(|p| p.account_id)
    }

    /// Whether the enabled partner's access has ended by `now`.
    pub fn partner_ended(&self, now: i64) -> bool {
        self.partner.is_some() && self.partner_until.is_some_and(|at| at <= now)
    }

    /// The partner whose access is on at `now`.
    pub fn partner_at(&self, now: i64) -> Option<&PartnerRef> {
        self.partner.as_ref().filter(|_| !self.partner_ended(now))
    }

    /// The partner's access as written: the state a change of it expects.
    pub fn partner_state(&self) -> Option<PartnerState> {
        self.partner_id().map(|id| PartnerState {
            id,
            until: self.partner_until,
        })
    }

    /// The offer of ownership, while its time has not run out.
    pub fn live_offer(&self, now: i64) -> Option<&OwnershipOffer> {
        self.ownership_offer.as_ref().filter(|o| o.expires_at > now)
    }

    /// What a user of the account copies from it.
    pub fn for_users(&self) -> UserAccount {
        UserAccount {
            id: self.id,
            name: self.name.clone(),
            kind: self.kind,
            mfa_from: self.require_mfa.map(|r| r.enforced_from()),
        }
    }
}

/// What authorization reads: the user's role, status, effective permissions
/// and lists, mirrored from the user in the same transaction as every change.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MemberRecord {
    pub account_id: Uuid,
    pub user_id: Uuid,
    pub role: Role,
    pub status: Status,
    /// The role's permissions less the withheld ones.
    pub permissions: Vec<Permission>,
    pub list_ids: Option<Vec<ListId>>,
    pub account_name: AccountName,
    pub account_kind: AccountKind,
    /// When the user's access ends (`UserRecord::ends_at`), so a check
    /// sees it from this item alone.
    #[serde(default)]
    pub ends_at: Option<i64>,
    #[serde(default)]
    pub deactivated_reason: Option<DeactivatedReason>,
    /// From when the account requires a second factor (`UserRecord::mfa_from`).
    #[serde(default)]
    pub mfa_from: Option<i64>,
    /// When the user was last seen (`UserRecord::last_active_at`): a check
    /// tells from this item whether the mark is stale.
    #[serde(default)]
    pub last_active_at: Option<i64>,
}

impl MemberRecord {
    pub fn of(user: &UserRecord) -> MemberRecord {
        MemberRecord {
            account_id: user.account_id,
            user_id: user.id,
            role: user.role,
            status: user.status,
            permissions: user.limits().effective(user.role),
            list_ids: user.list_ids.clone(),
            account_name: user.account_name.clone(),
            account_kind: user.account_kind,
            ends_at: user.ends_at(),
            deactivated_reason: user.deactivated_reason,
            mfa_from: user.mfa_from,
            last_active_at: user.last_active_at,
        }
    }

    /// The status at `now`: deactivated once the access has ended.
    pub fn status_at(&self, now: i64) -> Status {
        self.status.effective(None, self.ends_at, now)
    }

    /// What the member holds at `now`, signed in with a second factor
    /// (`second_factor`) or not.
    pub fn grant(&self, now: i64, second_factor: bool) -> Grant<'_> {
        let status = self.status_at(now);
        Grant {
            role: self.role,
            status,
            ended: status != self.status
                || self.deactivated_reason == Some(DeactivatedReason::AccessEnded),
            second_factor: SecondFactor::at(self.mfa_from, second_factor, now),
            permissions: &self.permissions,
            list_ids: self.list_ids.as_deref(),
        }
    }
}

/// Events counted against a daily limit beyond one account, kept on one
/// item: the accounts a sign-in created, or the invitation emails an address
/// received (with whether it takes more).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TallyRecord {
    /// When each counted event happened; events older than the window are
    /// dropped by the next write that reads them.
    #[serde(default)]
    pub at: Vec<i64>,
    /// One more at every write, so a write expects the item it read.
    pub version: u64,
    /// An address's: why it takes no more invitation emails.
    #[serde(default)]
    pub suppressed: Option<Suppression>,
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
    pub action: AuditAction,
    pub actor: Actor,
    pub target_user_id: Option<Uuid>,
    pub target_email: Option<Email>,
    pub before: Option<Standing>,
    pub after: Option<Standing>,
    /// The partner account the event concerns (partner access requested,
    /// enabled, disabled; a partner user created).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_account_id: Option<Uuid>,
    /// Why, where the actor is not a person: a bounce's diagnostic, a
    /// complaint (`invitation.bounced`, `invitation.complained`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The end of the partner's access it sets or tells of (partner access
    /// enabled, ending, ended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<i64>,
    /// The account's settings an account event changed, as they became.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<SettingsDetail>,
    pub at: i64,
    /// When DynamoDB TTL may remove it (the attribute `ttl`), where the
    /// deployment keeps events for a time (`Store::keeping_audit_for`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
}

/// What an account event changed of its settings: only what it changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SettingsDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<AccountName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<TimeZone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_grace_days: Option<u32>,
    /// From when a second factor is required.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::as_rfc3339::option"
    )]
    pub mfa_required_from: Option<i64>,
}

impl AuditRecord {
    /// An event about the account itself; `about` names a user it concerns.
    pub fn new(account_id: Uuid, action: AuditAction, actor: &Actor, at: i64) -> AuditRecord {
        AuditRecord {
            id: Uuid::now_v7(),
            account_id,
            action,
            actor: actor.clone(),
            target_user_id: None,
            target_email: None,
            before: None,
            after: None,
            partner_account_id: None,
            reason: None,
            until: None,
            settings: None,
            at,
            ttl: None,
        }
    }

    /// The event, telling what it changed of the account's settings.
    pub fn with_settings(mut self, settings: SettingsDetail) -> AuditRecord {
        self.settings = Some(settings);
        self
    }

    /// The event, telling of the end of the partner's access at `until`.
    pub fn until(mut self, until: Option<i64>) -> AuditRecord {
        self.until = until;
        self
    }

    /// The event, about the partner account `partner`.
    pub fn of_partner(mut self, partner: Option<Uuid>) -> AuditRecord {
        self.partner_account_id = partner;
        self
    }

    /// The event, with why it happened.
    pub fn because(mut self, reason: Option<String>) -> AuditRecord {
        self.reason = reason;
        self
    }

    /// The user the event concerns, and its role and status before and after.
    pub fn about(
        mut self,
        user_id: Uuid,
        email: &Email,
        before: Option<Standing>,
        after: Option<Standing>,
    ) -> AuditRecord {
        self.target_user_id = Some(user_id);
        self.target_email = Some(email.clone());
        self.before = before;
        self.after = after;
        self
    }

    /// The event of `actor` changing a user from `before` (`None`: new) to
    /// `after` (`None`: gone).
    pub fn of_user(
        actor: &Actor,
        action: AuditAction,
        before: Option<&UserRecord>,
        after: Option<&UserRecord>,
        now: i64,
    ) -> AuditRecord {
        let user = after
            .or(before)
            .expect("a change has a user before or after it");
        AuditRecord::new(user.account_id, action, actor, now).about(
            user.id,
            &user.email,
            before.map(|u| u.standing(now)),
            after.map(|u| u.standing(now)),
        )
    }
}

/// Records for unit tests.
#[cfg(test)]
pub(crate) mod sample {
    use super::*;

    pub fn account() -> AccountRecord {
        AccountRecord {
            id: Uuid::from_u128(1),
            name: AccountName::parse("Green Acres").unwrap(),
            kind: AccountKind::Standard,
            owner_sub: "owner".into(),
            owner_email: Email::parse("owner@example.com").unwrap(),
            seat_limit: 10,
            seats_used: 1,
            pending: HashMap::new(),
            ending: HashMap::new(),
            partner: None,
            partner_until: None,
            partner_remind_at: None,
            partner_active: HashMap::new(),
            send_slots: BTreeMap::new(),
            created_at: 0,
            locale: Locale::En,
            time_zone: TimeZone::default(),
            require_mfa: None,
            mfa_grace_days: DEFAULT_GRACE_DAYS,
            version: 0,
            settings_version: 0,
            ownership_offer: None,
        }
    }

    /// Sue, a campaign creator of `account()`, in `status`, her invitation
    /// expiring at 200.
    pub fn user(status: Status) -> UserRecord {
        let mut user = UserRecord::new(
            &account().for_users(),
            Email::parse("sue@example.com").unwrap(),
            Role::CampaignCreator,
            100,
        );
        user.status = status;
        user.expires_at = Some(200);
        user
    }
}
