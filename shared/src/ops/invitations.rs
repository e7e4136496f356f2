//! Invitation links: reading one (never changes anything, since mail scanners
//! open links) and accepting one (a POST by the signed-in invitee).

use super::transitions::with_account;
use super::{Caller, UserView};
use crate::Deps;
use crate::domain::{AccountName, AuditAction, Email, InviteToken, Role, Status};
use crate::error::{Error, Result};
use crate::store::keys::Key;
use crate::store::records::{AuditRecord, MemberRecord, UserRecord};
use crate::store::{AccountChange, Expect, Write, retrying};
use crate::time::{as_rfc3339, now};
use serde::Serialize;
use uuid::Uuid;

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
}

#[derive(Debug, Serialize)]
pub struct Accepted {
    pub account_id: Uuid,
    pub user: UserView,
}

/// The invitation a token opens: its user, if this token is the one link
/// that works for it now (not used, revoked or replaced).
fn opened(token: &InviteToken, user: Option<UserRecord>) -> Result<UserRecord> {
    user.filter(|u| u.token_hash.as_deref() == Some(token.hash().as_str()))
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
    })
}

pub async fn accept(deps: &Deps, caller: &Caller, token: &str) -> Result<Accepted> {
    let token = InviteToken::parse(token).ok_or(Error::InvitationNotFound)?;
    let account_id = token.account_id;
    let membership = Key::member(&caller.sub, account_id);
    let user_key = Key::user(account_id, token.user_id);
    retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(&[membership.clone(), user_key.clone()])
            .await?;
        let user = opened(&token, snapshot.get(&user_key)?)?;
        if user.status_at(now) == Status::Expired {
            return Err(Error::InvitationExpired);
        }
        // Checked before anything is written, so a wrong sign-in leaves the
        // invitation valid for the right person.
        if caller.verified_email() != Some(&user.email) {
            return Err(Error::EmailMismatch);
        }
        if snapshot.get::<MemberRecord>(&membership)?.is_some() {
            return Err(Error::AlreadyMember);
        }
        let next = user.next(now, |u| u.bind(&caller.sub, now));
        let writes = vec![
            Write::PutUser {
                user: next.clone(),
                expect: Expect::Version(user.version),
            },
            Write::PutMember {
                sub: caller.sub.clone(),
                member: MemberRecord::of(&next),
                expect: Expect::Absent,
            },
            Write::Audit(AuditRecord::of_user(
                &caller.actor(),
                AuditAction::InvitationAccepted,
                Some(&user),
                Some(&next),
                now,
            )),
        ];
        // The seat the invitation held becomes the user's.
        let change = AccountChange::between(Some(&user), Some(&next));
        let committed = deps
            .store
            .commit(with_account(writes, account_id, change))
            .await?;
        Ok(committed.then(|| Accepted {
            account_id,
            user: UserView::of(&next, now),
        }))
    })
    .await
}
