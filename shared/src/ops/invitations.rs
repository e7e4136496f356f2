//! Invitation links: reading one (never changes anything, since mail scanners
//! open links) and accepting one (a POST by the signed-in invitee).

use super::changes::UserChange;
use super::plan::{Decision, Plan, Transaction, run};
use super::users::ending_reminder;
use super::{Caller, Preview, UserView};
use crate::domain::UserRecord;
use crate::domain::{AuditAction, InviteToken, Status};
use crate::error::{Error, Result};
use crate::store::keys::Key;
use crate::store::records::MemberRecord;
use crate::time::now;
use crate::{Config, Deps};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Serialize)]
pub struct Accepted {
    pub account_id: Uuid,
    pub user: UserView,
}

/// The invitation a token opens: its user, if this token is the one link
/// that works for it now (not used, revoked or replaced).
fn opened(token: &InviteToken, user: Option<UserRecord>) -> Result<UserRecord> {
    user.filter(|u| u.opens(&token.hash()))
        .filter(|u| matches!(u.status, Status::Pending | Status::Expired))
        .ok_or(Error::InvitationNotFound)
}

pub async fn preview(deps: &Deps, token: &str) -> Result<Preview> {
    let token = InviteToken::parse(token).ok_or(Error::InvitationNotFound)?;
    let user = opened(
        &token,
        deps.store.user(token.account_id, token.user_id).await?,
    )?;
    Ok(Preview {
        account_name: user.account_name.clone(),
        invited_by: user.invited_by.clone(),
        email: user.email.clone(),
        role: user.role,
        expires_at: user.expires_at.unwrap_or_default(),
        status: user.status_at(now()),
        locale: user.locale,
    })
}

/// What accepting decides from: the caller's membership of the account
/// the token names, and the user it names, if there are.
struct ToAccept {
    member: Option<MemberRecord>,
    user: Option<UserRecord>,
}

pub async fn accept(deps: &Deps, caller: &Caller, token: &str) -> Result<Accepted> {
    let token = InviteToken::parse(token).ok_or(Error::InvitationNotFound)?;
    let (membership, user) = (
        &Key::member(&caller.sub, token.account_id),
        &Key::user(token.account_id, token.user_id),
    );
    let read = move |_| async move {
        let snapshot = deps.store.load(&[membership.clone(), user.clone()]).await?;
        Ok(ToAccept {
            member: snapshot.get(membership)?,
            user: snapshot.get(user)?,
        })
    };
    run(deps, read, |read, now| {
        decide_accept(&deps.config, caller, &token, read, now)
    })
    .await
}

/// The invitee becomes an active user bound to its sign-in, and the seat the
/// invitation held becomes its own.
fn decide_accept(
    config: &Config,
    caller: &Caller,
    token: &InviteToken,
    read: &ToAccept,
    now: i64,
) -> Result<Decision<Accepted>> {
    let user = opened(token, read.user.clone())?;
    if user.status_at(now) == Status::Expired {
        return Err(Error::InvitationExpired);
    }
    // Checked before anything is written, so a wrong sign-in leaves the
    // invitation valid for the right person.
    if caller.verified_email() != Some(&user.email) {
        return Err(Error::EmailMismatch);
    }
    if read.member.is_some() {
        return Err(Error::AlreadyMember);
    }
    let next = user.next(now, |u| {
        u.bind(&caller.sub, now);
        // From now on, what is reminded is the end of its access.
        u.remind_at = ending_reminder(config, u.access_until, now);
    });
    let actor = caller.actor();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(
        &actor,
        AuditAction::InvitationAccepted,
        Some(&user),
        Some(&next),
        now,
    ));
    let accepted = Accepted {
        account_id: user.account_id,
        user: UserView::of(&next, now),
    };
    Ok(Plan::one(transaction, accepted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Email;
    use crate::store::Write;
    use crate::store::records::sample;

    /// Sue's pending invitation (expiring at 200) and its token.
    fn invited() -> (UserRecord, InviteToken) {
        let mut user = sample::user(Status::Pending);
        let token = InviteToken::generate(user.account_id, user.id);
        user.token_hash = Some(token.hash());
        (user, token)
    }

    fn caller(email: &str, verified: bool) -> Caller {
        Caller {
            sub: "sue-sub".into(),
            email: Email::parse(email).ok(),
            email_verified: verified,
            second_factor: false,
        }
    }

    fn config() -> Config {
        Config::for_tests(&[])
    }

    fn decided(
        caller: &Caller,
        token: &InviteToken,
        read: ToAccept,
        now: i64,
    ) -> Result<Plan<Accepted>> {
        match decide_accept(&config(), caller, token, &read, now)? {
            Decision::Commit(plan) => Ok(plan),
            _ => panic!("accepting always writes"),
        }
    }

    #[test]
    fn the_invited_address_accepts_and_is_bound() {
        let (user, token) = invited();
        let read = ToAccept {
            member: None,
            user: Some(user.clone()),
        };
        let plan = decided(&caller("sue@example.com", true), &token, read, 150).unwrap();
        assert_eq!(plan.answer.user.status, Status::Active);
        let writes = plan.transactions.into_iter().next().unwrap().into_writes();
        assert!(
            writes
                .iter()
                .any(|w| matches!(w, Write::PutMember { sub, .. } if sub == "sue-sub"))
        );
    }

    #[test]
    fn only_the_verified_invited_address_may_accept_and_only_in_time() {
        let (user, token) = invited();
        let read = || ToAccept {
            member: None,
            user: Some(user.clone()),
        };
        for wrong in [
            caller("sue@example.com", false),
            caller("bob@example.com", true),
        ] {
            assert!(matches!(
                decided(&wrong, &token, read(), 150),
                Err(Error::EmailMismatch)
            ));
        }
        let sue = caller("sue@example.com", true);
        assert!(matches!(
            decided(&sue, &token, read(), 200),
            Err(Error::InvitationExpired)
        ));
        let other = InviteToken::generate(user.account_id, user.id);
        assert!(matches!(
            decided(&sue, &other, read(), 150),
            Err(Error::InvitationNotFound)
        ));
        let member = ToAccept {
            member: Some(MemberRecord::of(&user)),
            user: Some(user.clone()),
        };
        assert!(matches!(
            decided(&sue, &token, member, 150),
            Err(Error::AlreadyMember)
        ));
    }
}
