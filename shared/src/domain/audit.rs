//! What the audit trail records: one action per kind of change.

use super::Action;
use serde::{Deserialize, Serialize};

/// Every kind of change that writes an audit event, by the name the trail
/// shows (`user.deactivated`, ...), which is also its lifecycle event's
/// `detail-type` (`crate::ops::events`). `AuditAction::iter()` lists them all,
/// for the event catalog's test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter)]
pub enum AuditAction {
    #[serde(rename = "account.created")]
    AccountCreated,
    /// The owner renamed the account (`settings.name`: the new name).
    #[serde(rename = "account.renamed")]
    AccountRenamed,
    /// The owner changed the account's language or time zone.
    #[serde(rename = "account.settings_changed")]
    AccountSettingsChanged,
    /// The owner required a second factor of everyone, or moved the end of
    /// its grace period (`settings.mfa_required_from`).
    #[serde(rename = "account.mfa_required")]
    AccountMfaRequired,
    /// The owner stopped requiring a second factor.
    #[serde(rename = "account.mfa_not_required")]
    AccountMfaNotRequired,
    /// The owner offered ownership to a user (`target`; `until`: the
    /// offer's end).
    #[serde(rename = "account.ownership_offered")]
    AccountOwnershipOffered,
    /// The offer was withdrawn: cancelled by the owner, or declined by the
    /// user (the actor says which).
    #[serde(rename = "account.ownership_offer_withdrawn")]
    AccountOwnershipOfferWithdrawn,
    /// The user took the offer: it is the owner now, and the old owner an
    /// account manager (`target`: the new owner, `before`/`after` its standing).
    #[serde(rename = "account.ownership_transferred")]
    AccountOwnershipTransferred,
    #[serde(rename = "invitation.created")]
    InvitationCreated,
    #[serde(rename = "invitation.replaced")]
    InvitationReplaced,
    #[serde(rename = "invitation.resent")]
    InvitationResent,
    #[serde(rename = "invitation.revoked")]
    InvitationRevoked,
    #[serde(rename = "invitation.accepted")]
    InvitationAccepted,
    #[serde(rename = "invitation.expired")]
    InvitationExpired,
    /// The invitee was reminded of a pending invitation (by `system`).
    #[serde(rename = "invitation.reminded")]
    InvitationReminded,
    /// The invitation email bounced (SES's news, recorded by `system`).
    #[serde(rename = "invitation.bounced")]
    InvitationBounced,
    /// The invitee marked the invitation email as spam.
    #[serde(rename = "invitation.complained")]
    InvitationComplained,
    #[serde(rename = "user.role_changed")]
    UserRoleChanged,
    /// The lists or withheld permissions of a user changed (not its role).
    #[serde(rename = "user.limits_changed")]
    UserLimitsChanged,
    #[serde(rename = "user.deactivated")]
    UserDeactivated,
    #[serde(rename = "user.reactivated")]
    UserReactivated,
    #[serde(rename = "user.deleted")]
    UserDeleted,
    /// A user left the account of its own accord.
    #[serde(rename = "user.left")]
    UserLeft,
    /// The owner was reminded that a user's access is about to end.
    #[serde(rename = "user.access_ending")]
    UserAccessEnding,
    /// A user's access ended on its date: it is deactivated (by `system`).
    #[serde(rename = "user.access_ended")]
    UserAccessEnded,
    #[serde(rename = "partner_access.requested")]
    PartnerAccessRequested,
    #[serde(rename = "partner_access.enabled")]
    PartnerAccessEnabled,
    #[serde(rename = "partner_access.disabled")]
    PartnerAccessDisabled,
    /// The owner was reminded that the partner's access is about to end.
    #[serde(rename = "partner_access.ending")]
    PartnerAccessEnding,
    /// The partner's access ended on its date (by `system`).
    #[serde(rename = "partner_access.ended")]
    PartnerAccessEnded,
    #[serde(rename = "partner_user.created")]
    PartnerUserCreated,
}

impl AuditAction {
    /// The event an owner's action on one user writes.
    pub fn of(action: Action) -> AuditAction {
        match action {
            Action::Resend => AuditAction::InvitationResent,
            Action::Revoke => AuditAction::InvitationRevoked,
            Action::ChangeRole => AuditAction::UserRoleChanged,
            Action::Deactivate => AuditAction::UserDeactivated,
            Action::Reactivate => AuditAction::UserReactivated,
            Action::Delete => AuditAction::UserDeleted,
        }
    }
}
