//! The operations of the API, one module per resource. Each reads what it
//! needs, decides with the domain rules, and commits one transaction whose
//! conditions re-check the decision; a lost race re-reads and re-decides.
//! (Turning off a partner with more than 30 active users commits one
//! transaction per 30: see `partners::set`.)

pub mod access;
pub mod accounts;
pub mod audit;
pub mod delivery;
pub mod events;
pub mod invitations;
pub mod partners;
pub mod roles;
mod seats;
pub mod sweep;
mod transitions;
pub mod users;
mod views;

use crate::domain::{Email, Permission, Reason, Status, decide};
use crate::error::{Error, Result};
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, Actor, MemberRecord, UserRecord};
pub use views::{AccountView, MembershipView, UserView};

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

/// The API's own checks, by the one rule (`domain::decide`): someone who is
/// not a user of the account learns nothing about it; a user who lacks the
/// permission (or is deactivated) is told so. `None`: any active user.
pub fn authorize(member: Option<&MemberRecord>, permission: Option<Permission>) -> Result<()> {
    let member = member.ok_or(Error::AccountNotFound)?;
    let allowed = match permission {
        Some(p) => decide(Some(&member.grant()), p, None) == Reason::Granted,
        None => member.status == Status::Active,
    };
    if allowed {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// Cursors hold only the id of the last item shown; the account always comes
/// from the path, so no cursor can lead into another account.
pub mod cursor {
    use crate::error::{Error, Result};
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use uuid::Uuid;

    pub fn decode(cursor: &str) -> Result<Uuid> {
        URL_SAFE_NO_PAD
            .decode(cursor)
            .ok()
            .and_then(|bytes| Uuid::from_slice(&bytes).ok())
            .ok_or_else(|| {
                Error::invalid("invalid_cursor", "cursor", "is not a cursor this API gave")
            })
    }

    pub fn encode(id: Uuid) -> String {
        URL_SAFE_NO_PAD.encode(id.as_bytes())
    }
}

/// Reads the caller's membership (and the account item with `with_account`)
/// in one request and authorizes `permission`.
async fn authorized(
    deps: &crate::Deps,
    caller: &Caller,
    account_id: uuid::Uuid,
    permission: Option<Permission>,
    with_account: bool,
) -> Result<Option<AccountRecord>> {
    let membership = Key::member(&caller.sub, account_id);
    let mut keys = vec![membership.clone()];
    if with_account {
        keys.push(Key::account(account_id));
    }
    let snapshot = deps.store.load(&keys).await?;
    authorize(snapshot.get(&membership)?.as_ref(), permission)?;
    if !with_account {
        return Ok(None);
    }
    let account = snapshot.get(&Key::account(account_id))?;
    account.ok_or(Error::AccountNotFound).map(Some)
}

/// The `ETag` of a user: its version within its incarnation, so that a tag
/// taken before a delete never matches the user invited again.
pub fn etag(user: &UserRecord) -> String {
    format!("\"{}.{}\"", user.incarnation.simple(), user.version)
}

/// An `If-Match` header: `*`, or entity tags compared strongly.
#[derive(Clone, Debug)]
pub struct IfMatch(pub Vec<String>);

impl IfMatch {
    pub fn parse(header: &str) -> IfMatch {
        IfMatch(header.split(',').map(|t| t.trim().to_owned()).collect())
    }

    pub fn check(&self, user: &UserRecord) -> Result<()> {
        let current = etag(user);
        if self.0.iter().any(|t| t == "*" || *t == current) {
            Ok(())
        } else {
            Err(Error::PreconditionFailed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::store::records::sample;

    #[test]
    fn if_match_compares_strongly() {
        let user = sample::user(Status::Active);
        let tag = etag(&user);
        assert!(IfMatch::parse(&tag).check(&user).is_ok());
        assert!(
            IfMatch::parse(&format!("\"x\", {tag}"))
                .check(&user)
                .is_ok()
        );
        assert!(IfMatch::parse("*").check(&user).is_ok());
        assert!(IfMatch::parse(&format!("W/{tag}")).check(&user).is_err());
        assert!(IfMatch::parse(tag.trim_matches('"')).check(&user).is_err());
        let next = user.next(1, |_| {});
        assert!(IfMatch::parse(&tag).check(&next).is_err());
    }

    #[test]
    fn a_tag_never_matches_another_incarnation() {
        let before = sample::user(Status::Active);
        let again = sample::user(Status::Active);
        assert_eq!((before.id, before.version), (again.id, again.version));
        assert!(IfMatch::parse(&etag(&before)).check(&again).is_err());
    }
}
