//! Every way an operation can fail, as the caller will be told. The HTTP layer
//! maps each to a status and a problem+json `code`.

use crate::domain::{Action, NotInRole, Role, Status, Suppression};

/// One invalid field of a request, for problem+json's `errors` list.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("sign in to call this operation")]
    Unauthenticated,
    #[error("no such account, or you are not one of its users")]
    AccountNotFound,
    #[error("your role in this account does not allow this")]
    Forbidden,
    #[error(
        "this account requires two-step verification; sign in again with your authenticator app"
    )]
    MfaRequired,
    #[error("no such user in this account")]
    UserNotFound,
    #[error("a user who is {} cannot be {}", status.as_str(), past(*action))]
    InvalidTransition { action: Action, status: Status },
    #[error(
        "this user's access ended; reactivate them (with a new end date or none) to give access again"
    )]
    AccessEnded,
    #[error("every seat of this account is taken")]
    SeatLimitReached,
    #[error(
        "this address has a pending invitation; send it again with \"replace_pending\": true to revoke the earlier links"
    )]
    InvitationPending,
    #[error("this address is already a user of the account")]
    UserExists,
    #[error("this invitation link is unknown or no longer valid")]
    InvitationNotFound,
    #[error("this invitation has expired; ask the account owner to send it again")]
    InvitationExpired,
    #[error("this invitation was sent to another address than the one you signed in with")]
    EmailMismatch,
    #[error("you are already a user of this account")]
    AlreadyMember,
    #[error("the owner cannot leave the account; transfer ownership first")]
    OwnerCannotLeave,
    #[error(
        "ownership can be offered only to an active user of the account who is not a partner's user"
    )]
    CannotOfferOwnership,
    #[error("ownership is already offered to a user; cancel that offer first")]
    OwnershipOfferPending,
    #[error("no offer of ownership is open to you in this account")]
    NoOwnershipOffer,
    #[error(
        "this offer of ownership has lapsed: it ran out, or the user changed since it was made"
    )]
    OwnershipOfferLapsed,
    #[error("this partner has not asked for access to the account (or its request has lapsed)")]
    PartnerRequestMissing,
    #[error("partner access to this account is not enabled for that partner account")]
    PartnerAccessDisabled,
    #[error("the user changed since you read it; read it again and retry")]
    PreconditionFailed,
    #[error("{}; the next can be {} in {}", limit.reached(*count), limit.verb(), wait(*retry_after))]
    RateLimited {
        limit: Limit,
        count: u32,
        retry_after: u64,
    },
    #[error("{}", refused(*reason))]
    RecipientSuppressed { reason: Suppression },
    #[error("verify your email address first: invitations name you by it")]
    EmailUnverified,
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    #[error("the request body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("the request body is larger than 64 KiB")]
    PayloadTooLarge,
    #[error("{}", .errors.first().map(|e| format!("{}: {}", e.field, e.message)).unwrap_or_default())]
    Invalid {
        code: &'static str,
        errors: Vec<FieldError>,
    },
    #[error("too many changes to this account at once; retry shortly")]
    Busy,
    #[error("a service Roster depends on did not answer; retry shortly")]
    Unavailable(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// What went wrong, for the log only (never a token, link or address):
    /// the caller is told a plain sentence.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Which daily limit a `RateLimited` refusal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// `INVITE_RATE_LIMIT`: invitation emails one account sends.
    AccountInvitations,
    /// `RECIPIENT_INVITE_LIMIT`: invitation emails one address receives,
    /// from every account together.
    RecipientInvitations,
    /// `ACCOUNT_CREATE_LIMIT`: accounts one sign-in creates.
    AccountCreations,
}

impl Limit {
    fn reached(self, count: u32) -> String {
        match self {
            Limit::AccountInvitations => format!(
                "this account has sent {} in the last 24 hours, its limit",
                counted(count, "invitation")
            ),
            Limit::RecipientInvitations => format!(
                "this address has been sent {} in the last 24 hours from all accounts together, \
                 the most one address receives",
                counted(count, "invitation")
            ),
            Limit::AccountCreations => format!(
                "you have created {} in the last 24 hours, the most one sign-in may",
                counted(count, "account")
            ),
        }
    }

    fn verb(self) -> &'static str {
        match self {
            Limit::AccountCreations => "created",
            _ => "sent",
        }
    }
}

/// "1 invitation", "3 invitations".
fn counted(n: u32, thing: &str) -> String {
    match n {
        1 => format!("1 {thing}"),
        n => format!("{n} {thing}s"),
    }
}

fn refused(reason: Suppression) -> &'static str {
    match reason {
        Suppression::Bounced => {
            "this address refused an invitation email for good (it bounced); check the address, \
             or reach the person another way. If it is right, invite it with \
             \"override_bounce\": true to try once more"
        }
        Suppression::Complained => {
            "the person at this address marked an invitation email as spam, so Roster sends it \
             no more invitations; reach the person another way"
        }
    }
}

fn past(action: Action) -> &'static str {
    match action {
        Action::Resend => "sent an invitation again",
        Action::Revoke => "revoked",
        Action::ChangeRole => "given another role",
        Action::Deactivate => "deactivated",
        Action::Reactivate => "reactivated",
        Action::Delete => "deleted",
    }
}

/// A wait in words: "3 hours 20 minutes", "45 seconds".
fn wait(seconds: u64) -> String {
    let rounded = if seconds >= 3600 {
        seconds / 60 * 60
    } else {
        seconds
    };
    humantime::format_duration(std::time::Duration::from_secs(rounded)).to_string()
}

impl Error {
    pub fn invalid_transition(action: Action, status: Status) -> Error {
        Error::InvalidTransition { action, status }
    }

    /// A withheld permission that `role` does not grant.
    pub fn not_in_role(NotInRole(p): NotInRole, role: Role) -> Error {
        Error::invalid(
            "invalid_permission",
            "withheld_permissions",
            format!("{} is not a permission of the role {role}", p.as_str()),
        )
    }

    /// A single invalid field, with the code the contract gives it.
    pub fn invalid(code: &'static str, field: &str, message: impl Into<String>) -> Error {
        Error::Invalid {
            code,
            errors: vec![FieldError::new(field, message)],
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
