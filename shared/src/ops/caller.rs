//! Who calls, and what they may do in an account: the API's own checks, by
//! the one rule (`domain::decide`).

use crate::domain::{Email, Permission, Reason, Status, decide};
use crate::error::{Error, Result};
use crate::store::records::{Actor, MemberRecord};

/// The signed-in caller, as the JWT authorizer's claims describe it.
#[derive(Clone, Debug)]
pub struct Caller {
    pub sub: String,
    /// The sign-in's address, normalized; `None` when the claim is missing or
    /// is not a valid address.
    pub email: Option<Email>,
    pub email_verified: bool,
}

impl Caller {
    pub fn actor(&self) -> Actor {
        Actor {
            sub: Some(self.sub.clone()),
            email: self.email.clone(),
        }
    }

    /// The address the caller has proven to own, if any.
    pub fn verified_email(&self) -> Option<&Email> {
        self.email.as_ref().filter(|_| self.email_verified)
    }
}

/// Whether the caller's membership lets it act: someone who is not a user of
/// the account learns nothing about it; a user who lacks `permission` (or is
/// deactivated, or its access ended) is told so. `None`: any active user.
pub fn permit(
    member: Option<&MemberRecord>,
    permission: Option<Permission>,
    now: i64,
) -> Result<()> {
    let member = member.ok_or(Error::AccountNotFound)?;
    let allowed = match permission {
        Some(p) => decide(Some(&member.grant(now)), p, None) == Reason::Granted,
        None => member.status_at(now) == Status::Active,
    };
    if allowed {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}
