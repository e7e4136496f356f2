//! The resources as the API shows them: users, accounts, memberships,
//! invitations, partner access and audit events.

use crate::domain::{AccountKind, Standing, UserRecord};
use crate::domain::{
    AccountName, Action, AuditAction, DeactivatedReason, Delivery, DeliveryStatus, Email, ListId,
    Locale, Permission, Role, SecondFactor, Status, TimeZone,
};
use crate::store::records::{
    AccountRecord, AuditRecord, MemberRecord, PartnerRef, PartnerRequestRecord, SettingsDetail,
};
use crate::time::as_rfc3339;
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Serialize)]
pub struct UserView {
    pub id: Uuid,
    pub email: Email,
    pub role: Role,
    pub status: Status,
    /// What the owner can do next; empty for the owner.
    pub actions: Vec<Action>,
    pub invited_by: Option<Email>,
    #[serde(with = "as_rfc3339::option")]
    pub invited_at: Option<i64>,
    #[serde(with = "as_rfc3339::option")]
    pub expires_at: Option<i64>,
    #[serde(with = "as_rfc3339::option")]
    pub accepted_at: Option<i64>,
    #[serde(with = "as_rfc3339")]
    pub updated_at: i64,
    pub version: u64,
    pub partner_account_id: Option<Uuid>,
    /// The lists the user is limited to; `null`: every list.
    pub list_ids: Option<Vec<ListId>>,
    pub withheld_permissions: Vec<Permission>,
    /// Effective: the role's less the withheld ones.
    pub permissions: Vec<Permission>,
    /// What became of the latest invitation's email; `null` for a user
    /// never invited (the owner, a partner's user).
    pub delivery: Option<DeliveryView>,
    /// When the user's access ends (its own end date, or its partner's if
    /// that comes first); `null`: it does not.
    #[serde(with = "as_rfc3339::option")]
    pub access_until: Option<i64>,
    /// Why a deactivated user is; `null` otherwise.
    pub deactivated_reason: Option<DeactivatedReason>,
    /// When it last used the account, to the quarter hour; `null`: never.
    #[serde(with = "as_rfc3339::option")]
    pub last_active_at: Option<i64>,
    /// Its `ETag` header (see `super::etag`), not part of the body.
    #[serde(skip)]
    pub etag: String,
}

impl UserView {
    pub fn of(user: &UserRecord, now: i64) -> UserView {
        let status = user.status_at(now);
        UserView {
            id: user.id,
            email: user.email.clone(),
            role: user.role,
            status,
            actions: if user.is_owner() {
                Vec::new()
            } else {
                status.actions().to_vec()
            },
            invited_by: user.invited_by.clone(),
            invited_at: user.invited_at,
            // Only an invitation that can still be (or was) accepted expires.
            expires_at: user.expires_at.filter(|_| user.accepted_at.is_none()),
            accepted_at: user.accepted_at,
            updated_at: user.updated_at,
            version: user.version,
            partner_account_id: user.partner_account_id,
            list_ids: user.list_ids.clone(),
            withheld_permissions: user.withheld_permissions.clone(),
            permissions: user.limits().effective(user.role),
            delivery: user.delivery.as_ref().map(DeliveryView::of),
            access_until: user.ends_at().filter(|_| !user.is_owner()),
            deactivated_reason: user.deactivated_reason_at(now),
            last_active_at: user.last_active_at,
            etag: super::etag::etag(user),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct DeliveryView {
    pub status: DeliveryStatus,
    #[serde(with = "as_rfc3339")]
    pub at: i64,
    pub detail: Option<String>,
}

impl DeliveryView {
    fn of(delivery: &Delivery) -> DeliveryView {
        DeliveryView {
            status: delivery.status,
            at: delivery.at,
            detail: delivery.detail.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct AccountView {
    pub id: Uuid,
    pub name: AccountName,
    pub kind: AccountKind,
    pub owner_email: Email,
    pub seat_limit: u32,
    pub seats_used: u32,
    #[serde(with = "as_rfc3339")]
    pub created_at: i64,
    pub locale: Locale,
    pub time_zone: TimeZone,
    /// Whether everyone in it must sign in with a second factor.
    pub require_mfa: bool,
    /// The grace period that requirement gives, in days.
    pub mfa_grace_days: u32,
    /// From when a user without a second factor holds nothing there;
    /// `null` while it is not required.
    #[serde(with = "as_rfc3339::option")]
    pub mfa_required_from: Option<i64>,
    /// The open offer of ownership, if any.
    pub ownership_offer: Option<OfferView>,
}

/// An offer of ownership, as the account's users see it.
#[derive(Debug, Serialize)]
pub struct OfferView {
    pub user_id: Uuid,
    pub email: Email,
    #[serde(with = "as_rfc3339")]
    pub expires_at: i64,
}

impl AccountView {
    pub fn of(account: &AccountRecord, now: i64) -> AccountView {
        AccountView {
            id: account.id,
            name: account.name.clone(),
            kind: account.kind,
            owner_email: account.owner_email.clone(),
            seat_limit: account.seat_limit,
            seats_used: account.seats_in_use(now),
            created_at: account.created_at,
            locale: account.locale,
            time_zone: account.time_zone.clone(),
            require_mfa: account.require_mfa.is_some(),
            mfa_grace_days: account.mfa_grace_days,
            mfa_required_from: account.require_mfa.map(|r| r.enforced_from()),
            ownership_offer: account.live_offer(now).map(|o| OfferView {
                user_id: o.user_id,
                email: o.email.clone(),
                expires_at: o.expires_at,
            }),
        }
    }
}

/// One of the caller's accounts, for `GET /me`.
#[derive(Debug, Serialize)]
pub struct MembershipView {
    pub account_id: Uuid,
    pub name: AccountName,
    pub kind: AccountKind,
    pub role: Role,
    pub status: Status,
    /// Effective (the role's less the withheld ones); empty while
    /// deactivated, or without the second factor the account requires: such
    /// a user may do nothing.
    pub permissions: Vec<Permission>,
    /// The lists the caller is limited to there; `null`: every list.
    pub list_ids: Option<Vec<ListId>>,
    /// When the caller's access there ends; `null`: it does not.
    #[serde(with = "as_rfc3339::option")]
    pub access_until: Option<i64>,
    /// Why the caller is deactivated there; `null` otherwise.
    pub deactivated_reason: Option<DeactivatedReason>,
    /// Where this sign-in stands with the account's requirement of a second
    /// factor: `missing` holds no permission there.
    pub second_factor: SecondFactor,
    /// From when the account requires one; `null` while it does not.
    #[serde(with = "as_rfc3339::option")]
    pub mfa_required_from: Option<i64>,
}

impl MembershipView {
    /// `member` as a sign-in that used a second factor (`second_factor`)
    /// or not sees it at `now`.
    pub fn of(member: &MemberRecord, second_factor: bool, now: i64) -> MembershipView {
        let grant = member.grant(now, second_factor);
        let active = grant.status == Status::Active;
        let holds = active && grant.second_factor != SecondFactor::Missing;
        MembershipView {
            account_id: member.account_id,
            name: member.account_name.clone(),
            kind: member.account_kind,
            role: member.role,
            status: grant.status,
            permissions: if holds {
                member.permissions.clone()
            } else {
                Vec::new()
            },
            list_ids: member.list_ids.clone(),
            access_until: member.ends_at,
            deactivated_reason: match (active, grant.ended) {
                (true, _) => None,
                (false, true) => Some(DeactivatedReason::AccessEnded),
                (false, false) => member.deactivated_reason,
            },
            second_factor: grant.second_factor,
            mfa_required_from: member.mfa_from,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Preview {
    pub account_name: AccountName,
    pub invited_by: Option<Email>,
    /// The address to sign in with.
    pub email: Email,
    pub role: Role,
    #[serde(with = "as_rfc3339")]
    pub expires_at: i64,
    /// `pending` or `expired`.
    pub status: Status,
    /// The language the invitation is in, for its page too.
    pub locale: Locale,
}

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub client_account_id: Uuid,
    pub partner_account_id: Uuid,
    pub partner_name: AccountName,
    pub requested_by: Option<crate::domain::Email>,
    #[serde(with = "as_rfc3339")]
    pub requested_at: i64,
}

impl RequestView {
    pub fn of(request: &PartnerRequestRecord) -> RequestView {
        RequestView {
            client_account_id: request.client_account_id,
            partner_account_id: request.partner.account_id,
            partner_name: request.partner.name.clone(),
            requested_by: request.requested_by.email.clone(),
            requested_at: request.requested_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PartnerView {
    pub account_id: Uuid,
    pub name: AccountName,
}

#[derive(Debug, Serialize)]
pub struct AccessView {
    pub enabled: bool,
    pub partner: Option<PartnerView>,
    /// When the partner's access ends; `null`: it does not (or it is off).
    #[serde(with = "as_rfc3339::option")]
    pub until: Option<i64>,
    /// Open requests, oldest first; the enabled partner's is not among them.
    pub requests: Vec<RequestView>,
}

impl AccessView {
    /// What partner access shows: the enabled partner and the end of its
    /// access, and the open requests of the others, oldest first.
    pub fn of(
        partner: Option<PartnerRef>,
        until: Option<i64>,
        requests: &[PartnerRequestRecord],
        now: i64,
    ) -> AccessView {
        let enabled_id = partner.as_ref().map(|p| p.account_id);
        let mut requests: Vec<RequestView> = requests
            .iter()
            .filter(|r| r.is_live(now) && Some(r.partner.account_id) != enabled_id)
            .map(RequestView::of)
            .collect();
        requests.sort_by_key(|r| r.requested_at);
        AccessView {
            enabled: partner.is_some(),
            until: until.filter(|_| partner.is_some()),
            partner: partner.map(|p| PartnerView {
                account_id: p.account_id,
                name: p.name,
            }),
            requests,
        }
    }
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ActorView {
    User { sub: String, email: Option<Email> },
    System,
}

#[derive(Debug, Serialize)]
pub struct TargetView {
    pub user_id: Uuid,
    pub email: Option<Email>,
}

/// An audit event as the API shows it, and as its lifecycle event's
/// `detail` (`crate::ops::events`).
#[derive(Debug, Serialize)]
pub struct AuditEventView {
    pub id: Uuid,
    pub account_id: Uuid,
    pub action: AuditAction,
    pub actor: ActorView,
    pub target: Option<TargetView>,
    pub before: Option<Standing>,
    pub after: Option<Standing>,
    pub partner_account_id: Option<Uuid>,
    pub reason: Option<String>,
    /// The end of the partner's access (partner access enabled, ending, ended).
    #[serde(with = "as_rfc3339::option")]
    pub until: Option<i64>,
    /// What an account event changed of its settings, as they became.
    pub settings: Option<SettingsDetail>,
    #[serde(with = "as_rfc3339")]
    pub at: i64,
}

impl AuditEventView {
    pub fn of(event: AuditRecord) -> AuditEventView {
        AuditEventView {
            id: event.id,
            account_id: event.account_id,
            action: event.action,
            actor: match event.actor.sub {
                Some(sub) => ActorView::User {
                    sub,
                    email: event.actor.email,
                },
                None => ActorView::System,
            },
            target: event.target_user_id.map(|user_id| TargetView {
                user_id,
                email: event.target_email,
            }),
            before: event.before,
            after: event.after,
            partner_account_id: event.partner_account_id,
            reason: event.reason,
            until: event.until,
            settings: event.settings,
            at: event.at,
        }
    }
}
