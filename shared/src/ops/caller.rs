//! Who calls, and what they may do in an account: the API's own checks, by
//! the one rule (`domain::decide`).

use crate::domain::{Email, Permission, Reason, SecondFactor, Status, decide};
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
    /// Whether the sign-in used a second factor, as its token says
    /// (`domain::settings::second_factor_shown`).
    pub second_factor: bool,
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
/// deactivated, or its access ended) is told so, and one whose account
/// requires a second factor it did not sign in with is told that.
/// `None`: any active user.
pub fn permit(
    caller: &Caller,
    member: Option<&MemberRecord>,
    permission: Option<Permission>,
    now: i64,
) -> Result<()> {
    let member = member.ok_or(Error::AccountNotFound)?;
    let grant = member.grant(now, caller.second_factor);
    let reason = match permission {
        Some(p) => decide(Some(&grant), p, None),
        None if grant.status != Status::Active => Reason::Deactivated,
        None if grant.second_factor == SecondFactor::Missing => Reason::MfaRequired,
        None => Reason::Granted,
    };
    match reason {
        Reason::Granted => Ok(()),
        Reason::MfaRequired => Err(Error::MfaRequired),
        _ => Err(Error::Forbidden),
    }
}
