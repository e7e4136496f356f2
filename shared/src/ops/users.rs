//! The users of an account and their lifecycle: invite, list, read, and the
//! owner's actions (change role, resend, revoke, deactivate, reactivate,
//! delete). Only the statuses' own actions are transitions.

use super::accounts::user_id;
use super::{Caller, IfMatch, UserView, authorize, authorized, cursor};
use crate::Deps;
use crate::domain::{Action, Email, InviteToken, Permission, Role, Status};
use crate::error::{Error, Result};
use crate::mail::{Delivery, Invitation};
use crate::store::records::{AccountRecord, AuditRecord, MemberRecord, PendingSeat, UserRecord};
use crate::store::{Expect, Reads, SeatChange, Write, retrying};
use crate::time::now;
use serde::Serialize;
use uuid::Uuid;

/// The most expired invitations one write frees along with taking a seat;
/// the rest wait for the sweep (a transaction holds at most 100 writes).
const MAX_FREED_PER_WRITE: usize = 30;

/// An invitation just issued: the link is shown this once.
#[derive(Debug, Serialize)]
pub struct Issued {
    pub user: UserView,
    pub invite_url: String,
    pub email: Delivery,
}

pub struct NewInvitation {
    pub email: Email,
    pub role: Role,
    pub replace_pending: bool,
}

/// The user an owner acts on. `user_id` is `None` when the path held no valid
/// id: that user is reported missing only after the caller is authorized.
pub struct Target {
    pub account_id: Uuid,
    pub user_id: Option<Uuid>,
    pub if_match: Option<IfMatch>,
}

/// Takes one seat for `target`. When every seat is written as taken but some
/// are held by invitations that have expired, those are expired in the same
/// transaction, so the count is exact without waiting for the sweep.
pub(super) fn take_seat(
    account: &AccountRecord,
    target: Uuid,
    now: i64,
) -> Result<(SeatChange, Vec<Write>)> {
    if account.seats_used < account.seat_limit {
        return Ok((
            SeatChange {
                delta: 1,
                ..SeatChange::default()
            },
            Vec::new(),
        ));
    }
    let overdue = account.overdue(now, Some(target));
    let free = (account.seats_used as usize).saturating_sub(overdue.len());
    if free >= account.seat_limit as usize {
        return Err(Error::SeatLimitReached);
    }
    let freed: Vec<_> = overdue.into_iter().take(MAX_FREED_PER_WRITE).collect();
    let mut writes = Vec::new();
    for (id, seat) in &freed {
        writes.extend(super::sweep::expiry(
            account.id,
            *id,
            &seat.email,
            seat.role,
            now,
        ));
    }
    Ok((
        SeatChange {
            delta: 1 - freed.len() as i64,
            expect_seats_used: Some(account.seats_used),
            remove_pending: freed.into_iter().map(|(id, _)| id).collect(),
            ..SeatChange::default()
        },
        writes,
    ))
}

/// The writes that issue a fresh invitation link to `user` (already changed
/// to pending with its new expiry), replacing `before` if there was one.
fn issue_writes(
    account: &AccountRecord,
    before: Option<&UserRecord>,
    user: &UserRecord,
    audit: AuditRecord,
    now: i64,
) -> Result<Vec<Write>> {
    // A pending invitation already holds its seat, even past its expiry.
    let (mut seats, mut writes) = match before {
        Some(b) if b.status == Status::Pending => (SeatChange::default(), Vec::new()),
        _ => take_seat(account, user.id, now)?,
    };
    seats.set_pending = Some((
        user.id,
        PendingSeat {
            expires_at: user.expires_at.unwrap_or(now),
            email: user.email.clone(),
            role: user.role,
        },
    ));
    writes.push(Write::Seats {
        account_id: account.id,
        change: seats,
    });
    writes.push(Write::PutUser {
        user: user.clone(),
        expect: before.map_or(Expect::Absent, |b| Expect::Version(b.version)),
    });
    writes.push(Write::Audit(audit));
    Ok(writes)
}

fn pending(
    user: &mut UserRecord,
    role: Role,
    caller: &Caller,
    token: &InviteToken,
    ttl: i64,
    now: i64,
) {
    user.role = role;
    user.status = Status::Pending;
    user.invited_by = caller.email.clone();
    user.invited_at = Some(now);
    user.expires_at = Some(now + ttl);
    user.accepted_at = None;
    user.token_hash = Some(token.hash());
}

fn ttl_seconds(deps: &Deps) -> i64 {
    deps.config.invite_ttl.as_secs() as i64
}

/// Sends the email for an invitation that is already written: write first,
/// then send, so no email ever names an invitation that does not exist.
async fn deliver(deps: &Deps, user: &UserRecord, token: InviteToken) -> Issued {
    let invite_url = deps.config.invite_url(&token.encode());
    let inviter = user
        .invited_by
        .as_ref()
        .map_or("The account owner", Email::as_str);
    let email = deps
        .mailer()
        .send_invitation(&Invitation {
            to: user.email.as_str(),
            account_name: &user.account_name,
            inviter,
            role: user.role,
            expires_at: user.expires_at.unwrap_or_default(),
            url: &invite_url,
        })
        .await;
    Issued {
        user: UserView::of(user, now()),
        invite_url,
        email,
    }
}

pub async fn invite(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    new: NewInvitation,
) -> Result<Issued> {
    if new.role == Role::Owner {
        return Err(Error::invalid(
            "invalid_role",
            "role",
            "an account has one owner; give another role",
        ));
    }
    let id = user_id(account_id, &new.email);
    let (user, token) = retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(Reads {
                account: Some(account_id),
                member: Some((&caller.sub, account_id)),
                user: Some((account_id, id)),
                ..Reads::default()
            })
            .await?;
        authorize(snapshot.member.as_ref(), Some(Permission::UsersManage))?;
        let account = snapshot.account.ok_or(Error::AccountNotFound)?;
        let before = snapshot.user.as_ref();
        let action = match before.map(|u| u.status_at(now)) {
            None | Some(Status::Expired | Status::Revoked) => "invitation.created",
            Some(Status::Pending) if new.replace_pending => "invitation.replaced",
            Some(Status::Pending) => return Err(Error::InvitationPending),
            Some(Status::Active | Status::Deactivated) => return Err(Error::UserExists),
        };
        let token = InviteToken::generate(account_id, id);
        let ttl = ttl_seconds(deps);
        let user = match before {
            Some(b) => b.next(now, |u| pending(u, new.role, caller, &token, ttl, now)),
            None => {
                let mut user = UserRecord {
                    id,
                    account_id,
                    email: new.email.clone(),
                    role: new.role,
                    status: Status::Pending,
                    invited_by: None,
                    invited_at: None,
                    expires_at: None,
                    accepted_at: None,
                    updated_at: now,
                    version: 1,
                    partner_account_id: None,
                    sub: None,
                    token_hash: None,
                    account_name: account.name.clone(),
                    account_kind: account.kind,
                };
                pending(&mut user, new.role, caller, &token, ttl, now);
                user
            }
        };
        let audit = AuditRecord::new(
            account_id,
            action,
            &caller.actor(),
            Some((id, &user.email)),
            before.map(|b| b.standing(now)),
            Some(user.standing(now)),
            now,
        );
        let writes = issue_writes(&account, before, &user, audit, now)?;
        Ok(deps.store.commit(writes).await?.then_some((user, token)))
    })
    .await?;
    Ok(deliver(deps, &user, token).await)
}

/// The audit event of `caller` changing `before` into `after` (`None`: gone).
pub(super) fn user_audit(
    caller: &Caller,
    action: &str,
    before: &UserRecord,
    after: Option<&UserRecord>,
    now: i64,
) -> AuditRecord {
    AuditRecord::new(
        before.account_id,
        action,
        &caller.actor(),
        Some((before.id, &before.email)),
        Some(before.standing(now)),
        after.map(|a| a.standing(now)),
        now,
    )
}

/// Writes `next` over the user as it was read (`before`), and mirrors it into
/// the user's membership, so authorization sees the change at once.
pub(super) fn put_bound_user(before: &UserRecord, next: &UserRecord) -> Vec<Write> {
    let mut writes = vec![Write::PutUser {
        user: next.clone(),
        expect: Expect::Version(before.version),
    }];
    if let Some(sub) = &next.sub {
        writes.push(Write::PutMember {
            sub: sub.clone(),
            member: MemberRecord::of(next),
            expect: Expect::Present,
        });
    }
    writes
}

/// What an owner's action on one user writes, and what it answers.
struct Plan<T> {
    writes: Vec<Write>,
    result: T,
}

/// What an action decides from: the user, the account when asked for, the time.
struct Context<'a> {
    caller: &'a Caller,
    user: &'a UserRecord,
    account: Option<&'a AccountRecord>,
    now: i64,
}

impl Context<'_> {
    /// The action is one the user's status offers; the owner offers none.
    fn require(&self, action: Action) -> Result<()> {
        let status = self.user.status_at(self.now);
        if self.user.is_owner() || !status.offers(action) {
            return Err(Error::invalid_transition(action, status));
        }
        Ok(())
    }

    fn account(&self) -> Result<&AccountRecord> {
        self.account.ok_or(Error::AccountNotFound)
    }

    fn audit(&self, action: &str, after: Option<&UserRecord>) -> Write {
        Write::Audit(user_audit(self.caller, action, self.user, after, self.now))
    }

    fn seats(&self, change: SeatChange) -> Write {
        Write::Seats {
            account_id: self.user.account_id,
            change,
        }
    }
}

/// Reads the caller's membership, the user (and the account when the action
/// counts seats) in one request, authorizes, checks `If-Match`, then commits
/// what `decide` plans, deciding again if the items changed meanwhile.
async fn on_user<T>(
    deps: &Deps,
    caller: &Caller,
    target: &Target,
    with_account: bool,
    decide: impl Fn(&Context<'_>) -> Result<Plan<T>>,
) -> Result<T> {
    retrying(|| async {
        let snapshot = deps
            .store
            .load(Reads {
                account: with_account.then_some(target.account_id),
                member: Some((&caller.sub, target.account_id)),
                user: target.user_id.map(|u| (target.account_id, u)),
                ..Reads::default()
            })
            .await?;
        authorize(snapshot.member.as_ref(), Some(Permission::UsersManage))?;
        let user = snapshot.user.ok_or(Error::UserNotFound)?;
        if let Some(if_match) = &target.if_match {
            if_match.check(user.version)?;
        }
        let plan = decide(&Context {
            caller,
            user: &user,
            account: snapshot.account.as_ref(),
            now: now(),
        })?;
        if plan.writes.is_empty() {
            return Ok(Some(plan.result));
        }
        Ok(deps.store.commit(plan.writes).await?.then_some(plan.result))
    })
    .await
}

pub async fn get(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, false, |cx| {
        Ok(Plan {
            writes: Vec::new(),
            result: UserView::of(cx.user, cx.now),
        })
    })
    .await
}

pub async fn change_role(
    deps: &Deps,
    caller: &Caller,
    target: &Target,
    role: Role,
) -> Result<UserView> {
    if role == Role::Owner {
        return Err(Error::invalid(
            "invalid_role",
            "role",
            "an account has one owner; give another role",
        ));
    }
    on_user(deps, caller, target, false, |cx| {
        cx.require(Action::ChangeRole)?;
        if cx.user.role == role {
            // Nothing changes, so nothing is written or audited.
            return Ok(Plan {
                writes: Vec::new(),
                result: UserView::of(cx.user, cx.now),
            });
        }
        let next = cx.user.next(cx.now, |u| u.role = role);
        let mut writes = put_bound_user(cx.user, &next);
        writes.push(cx.audit("user.role_changed", Some(&next)));
        Ok(Plan {
            writes,
            result: UserView::of(&next, cx.now),
        })
    })
    .await
}

pub async fn deactivate(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, false, |cx| {
        cx.require(Action::Deactivate)?;
        let next = cx.user.next(cx.now, |u| u.status = Status::Deactivated);
        let mut writes = put_bound_user(cx.user, &next);
        writes.push(cx.seats(SeatChange {
            delta: -1,
            ..SeatChange::default()
        }));
        writes.push(cx.audit("user.deactivated", Some(&next)));
        Ok(Plan {
            writes,
            result: UserView::of(&next, cx.now),
        })
    })
    .await
}

pub async fn reactivate(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, true, |cx| {
        cx.require(Action::Reactivate)?;
        let next = cx.user.next(cx.now, |u| u.status = Status::Active);
        let (seats, mut writes) = take_seat(cx.account()?, next.id, cx.now)?;
        writes.push(cx.seats(seats));
        writes.extend(put_bound_user(cx.user, &next));
        writes.push(cx.audit("user.reactivated", Some(&next)));
        Ok(Plan {
            writes,
            result: UserView::of(&next, cx.now),
        })
    })
    .await
}

/// The seat change when a still-pending invitation stops being one.
fn release_pending(user: &UserRecord) -> Option<SeatChange> {
    (user.status == Status::Pending).then(|| SeatChange {
        delta: -1,
        remove_pending: vec![user.id],
        ..SeatChange::default()
    })
}

pub async fn revoke(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, false, |cx| {
        cx.require(Action::Revoke)?;
        let next = cx.user.next(cx.now, |u| {
            u.status = Status::Revoked;
            u.token_hash = None;
        });
        let mut writes = put_bound_user(cx.user, &next);
        writes.extend(release_pending(cx.user).map(|c| cx.seats(c)));
        writes.push(cx.audit("invitation.revoked", Some(&next)));
        Ok(Plan {
            writes,
            result: UserView::of(&next, cx.now),
        })
    })
    .await
}

pub async fn delete(deps: &Deps, caller: &Caller, target: &Target) -> Result<()> {
    on_user(deps, caller, target, false, |cx| {
        cx.require(Action::Delete)?;
        let mut writes = vec![Write::DeleteUser {
            user: cx.user.clone(),
        }];
        if let Some(sub) = &cx.user.sub {
            writes.push(Write::DeleteMember {
                sub: sub.clone(),
                account_id: cx.user.account_id,
            });
        }
        writes.extend(release_pending(cx.user).map(|c| cx.seats(c)));
        writes.push(cx.audit("user.deleted", None));
        Ok(Plan { writes, result: () })
    })
    .await
}

pub async fn resend(deps: &Deps, caller: &Caller, target: &Target) -> Result<Issued> {
    let ttl = ttl_seconds(deps);
    let (user, token) = on_user(deps, caller, target, true, |cx| {
        cx.require(Action::Resend)?;
        let token = InviteToken::generate(cx.user.account_id, cx.user.id);
        let next = cx.user.next(cx.now, |u| {
            pending(u, cx.user.role, caller, &token, ttl, cx.now)
        });
        let audit = user_audit(caller, "invitation.resent", cx.user, Some(&next), cx.now);
        let writes = issue_writes(cx.account()?, Some(cx.user), &next, audit, cx.now)?;
        Ok(Plan {
            writes,
            result: (next, token),
        })
    })
    .await?;
    Ok(deliver(deps, &user, token).await)
}

/// `GET .../users`: a page of users, optionally of one (effective) status.
pub struct ListQuery {
    pub status: Option<Status>,
    pub limit: usize,
    pub cursor: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct UsersList {
    pub users: Vec<UserView>,
    pub next_cursor: Option<String>,
}

pub async fn list(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    query: ListQuery,
) -> Result<UsersList> {
    let after = query.cursor.as_deref().map(cursor::decode).transpose()?;
    authorized(
        deps,
        caller,
        account_id,
        Some(Permission::UsersManage),
        false,
    )
    .await?;
    let at = now();
    let page = deps
        .store
        .users_page(account_id, after, query.limit, |u| {
            query.status.is_none_or(|s| u.status_at(at) == s)
        })
        .await?;
    Ok(UsersList {
        users: page.users.iter().map(|u| UserView::of(u, at)).collect(),
        next_cursor: page.next.map(cursor::encode),
    })
}
