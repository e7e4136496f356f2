//! The product's rules, free of I/O: who may do what, which transitions a
//! status offers and the seats they hold, what a valid address, account name
//! and invitation token are, what a user is and does, an account's
//! settings, the audit trail's vocabulary, and which news of an invitation
//! email wins.

pub mod access;
pub mod audit;
pub mod delivery;
pub mod email;
pub mod ending;
pub mod name;
pub mod role;
pub mod settings;
pub mod status;
pub mod token;
pub mod user;

pub use access::{Grant, Limits, ListId, NotInRole, Reason, decide};
pub use audit::AuditAction;
pub use delivery::{Delivery, DeliveryStatus, Suppression, bounded};
pub use email::Email;
pub use ending::DeactivatedReason;
pub use name::AccountName;
pub use role::{Grantable, Permission, Role};
pub use settings::{Locale, MfaRequirement, SecondFactor, TimeZone};
pub use status::{Action, Status, seat_delta};
pub use token::InviteToken;
pub use user::{AccountKind, Standing, UserAccount, UserRecord};

/// The name a unit variant goes by in the API (its serde name:
/// `user.deactivated`, `list_not_in_scope`), for a cell or a header.
pub fn wire_name(variant: impl serde::Serialize) -> String {
    match serde_json::to_value(variant) {
        Ok(serde_json::Value::String(name)) => name,
        other => unreachable!("a unit variant serializes as its name, not {other:?}"),
    }
}
