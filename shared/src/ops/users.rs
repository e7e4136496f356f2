//! The users of an account and their lifecycle: invite, list, read, and the
//! owner's actions (change role, resend, revoke, deactivate, reactivate,
//! delete). Only the statuses' own actions are transitions
//! (`transitions::transition`).

use super::seats::{Tallied, make_room, recipient, send_slot};
use super::transitions::{self, Change, transition, with_account};
use super::{Caller, IfMatch, UserView, authorize, authorized, cursor};
use crate::Deps;
use crate::domain::{
    Action, AuditAction, DeliveryStatus, Email, Grantable, InviteToken, Limits, ListId, Permission,
    Status,
};
use crate::error::{Error, Result};
use crate::mail::{Delivery, Invitation, Tags};
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, AuditRecord, TallyRecord, UserRecord, user_id};
use crate::store::{AccountChange, Expect, Write, retrying};
use crate::time::now;
use serde::Serialize;
use std::sync::Mutex;
use uuid::Uuid;

/// An invitation just issued: the link is shown this once.
#[derive(Debug, Serialize)]
pub struct Issued {
    pub user: UserView,
    pub invite_url: String,
    pub email: Delivery,
}

pub struct NewInvitation {
    pub email: Email,
    pub role: Grantable,
    /// Checked against the role (`Limits::new`).
    pub limits: Limits,
    pub replace_pending: bool,
    /// Send to an address whose last invitation email bounced: the owner
    /// checked it.
    pub override_bounce: bool,
}

/// `PATCH .../users/{user_id}`: what to change; absent fields stay.
pub struct UserUpdate {
    pub role: Option<Grantable>,
    /// `Some(None)`: every list.
    pub list_ids: Option<Option<Vec<ListId>>>,
    pub withheld_permissions: Option<Vec<Permission>>,
}

/// The user an owner acts on. `user_id` is `None` when the path held no valid
/// id: that user is reported missing only after the caller is authorized.
pub struct Target {
    pub account_id: Uuid,
    pub user_id: Option<Uuid>,
    pub if_match: Option<IfMatch>,
}

/// Where an invitation email goes, and what is known of the address.
struct Recipient<'a> {
    tallied: Tallied<'a>,
    override_bounce: bool,
}

/// The writes that issue an invitation, `after` (pending, with its fresh
/// link) in place of `before`: the user, its audit event, the account's
/// seat and send slot, both checked against the account as read, and the
/// email counted on the address's tally.
fn issue_writes(
    deps: &Deps,
    account: &AccountRecord,
    mut writes: Vec<Write>,
    change: AccountChange,
    after: &UserRecord,
    to: Recipient<'_>,
    now: i64,
) -> Result<Vec<Write>> {
    let tally = recipient(
        Key::recipient(&after.email),
        to.tallied,
        deps.config.recipient_invite_limit,
        to.override_bounce,
        now,
    )?;
    let (mut change, freed) = make_room(account, change, after.id, now)?;
    change.send = Some(send_slot(account, deps.config.invite_rate_limit, now)?);
    writes.extend(freed);
    writes.push(Write::Tally(tally));
    Ok(with_account(writes, account.id, change))
}

/// The address invitations name their inviter by: only a verified one.
fn inviter(caller: &Caller) -> Result<&Email> {
    caller.verified_email().ok_or(Error::EmailUnverified)
}

fn expires_at(deps: &Deps, now: i64) -> i64 {
    now + deps.config.invite_ttl.as_secs() as i64
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
            account_name: user.account_name.as_str(),
            inviter,
            role: user.role,
            expires_at: user.expires_at.unwrap_or_default(),
            url: &invite_url,
            tags: Tags {
                account_id: user.account_id,
                user_id: user.id,
                invitation_id: user.invitation_id.expect("an invitation has its id"),
            },
        })
        .await;
    let now = now();
    let failed = match &email {
        Delivery::Sent { .. } => None,
        Delivery::Failed { reason } => record_failure(deps, user, reason, now).await,
    };
    Issued {
        user: UserView::of(failed.as_ref().unwrap_or(user), now),
        invite_url,
        email,
    }
}

/// Corrects the `sent` the invitation was written with to `failed`, in one
/// write made only when SES refused, if the invitation is still as written.
/// The user as stored then, if this write made it so.
async fn record_failure(
    deps: &Deps,
    user: &UserRecord,
    reason: &str,
    now: i64,
) -> Option<UserRecord> {
    let failed = user.next(now, |u| {
        u.delivery = Some(crate::domain::Delivery {
            status: DeliveryStatus::Failed,
            at: now,
            detail: Some(crate::domain::bounded(reason)),
        })
    });
    let write = Write::PutUser {
        user: failed.clone(),
        expect: Expect::Version(user.version),
    };
    // Changed meanwhile (resent, revoked...), the stored status is that
    // change's own; unavailable, the answer still tells the failure.
    match deps.store.commit(vec![write]).await {
        Ok(true) => Some(failed),
        Ok(false) => None,
        Err(error) => {
            tracing::warn!(%error, "the failed email could not be recorded");
            None
        }
    }
}
pub async fn invite(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    new: NewInvitation,
) -> Result<Issued> {
    let role = new.role.role();
    let id = user_id(account_id, &new.email);
    let membership = Key::member(&caller.sub, account_id);
    let address = Key::recipient(&new.email);
    let (user, token) = retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(&[
                Key::account(account_id),
                membership.clone(),
                Key::user(account_id, id),
                address.clone(),
            ])
            .await?;
        authorize(
            snapshot.get(&membership)?.as_ref(),
            Some(Permission::UsersManage),
        )?;
        let inviter = inviter(caller)?;
        let tally: Option<TallyRecord> = snapshot.get(&address)?;
        let account: AccountRecord = snapshot
            .get(&Key::account(account_id))?
            .ok_or(Error::AccountNotFound)?;
        let before: Option<UserRecord> = snapshot.get(&Key::user(account_id, id))?;
        let action = match before.as_ref().map(|u| u.status_at(now)) {
            None | Some(Status::Expired | Status::Revoked) => AuditAction::InvitationCreated,
            Some(Status::Pending) if new.replace_pending => AuditAction::InvitationReplaced,
            Some(Status::Pending) => return Err(Error::InvitationPending),
            Some(Status::Active | Status::Deactivated) => return Err(Error::UserExists),
        };
        let token = InviteToken::generate(account_id, id);
        let invite = |u: &mut UserRecord| {
            u.role = role;
            u.set_limits(new.limits.clone());
            u.invite(Some(inviter), token.hash(), now, expires_at(deps, now));
        };
        let user = match &before {
            Some(b) => b.next(now, invite),
            None => {
                let mut user = UserRecord::new(&account, new.email.clone(), role, now);
                invite(&mut user);
                user
            }
        };
        let writes = vec![
            Write::PutUser {
                user: user.clone(),
                expect: before
                    .as_ref()
                    .map_or(Expect::Absent, |b| Expect::Version(b.version)),
            },
            Write::Audit(AuditRecord::of_user(
                &caller.actor(),
                action,
                before.as_ref(),
                Some(&user),
                now,
            )),
        ];
        let change = AccountChange::between(before.as_ref(), Some(&user));
        let to = Recipient {
            tallied: Tallied::Read(tally.as_ref()),
            override_bounce: new.override_bounce,
        };
        let writes = issue_writes(deps, &account, writes, change, &user, to, now)?;
        Ok(deps.store.commit(writes).await?.then_some((user, token)))
    })
    .await?;
    Ok(deliver(deps, &user, token).await)
}

/// What an owner's action on one user writes, and what it answers.
struct Plan<T> {
    writes: Vec<Write>,
    result: T,
}

/// What an action decides from: the user, the account and the user's
/// address's tally when asked for, the time.
struct Context<'a> {
    caller: &'a Caller,
    user: &'a UserRecord,
    account: Option<&'a AccountRecord>,
    recipient: Tallied<'a>,
    now: i64,
}

/// What an action reads besides the caller's membership and the user.
#[derive(Clone, Copy, Default)]
struct Reads {
    /// The account item (an action that takes a seat or sends).
    account: bool,
    /// The tally of the user's address (an action that sends it an email):
    /// read only after a refused write, since its key comes from the user.
    recipient: bool,
}

const WITH_ACCOUNT: Reads = Reads {
    account: true,
    recipient: false,
};

impl Context<'_> {
    fn account(&self) -> Result<&AccountRecord> {
        self.account.ok_or(Error::AccountNotFound)
    }

    fn transition(&self, action: Action, edit: impl FnOnce(&mut UserRecord)) -> Result<Change> {
        transitions::of(&self.caller.actor(), action, self.user, self.now, edit)
    }

    fn act(&self, action: Action, edit: impl FnOnce(&mut UserRecord)) -> Result<Plan<UserView>> {
        self.act_as(action, AuditAction::of(action), edit)
    }

    /// `action` planned in full, audited as `audit`: its writes, the seat it
    /// takes checked against the account, and the user after it as the answer.
    fn act_as(
        &self,
        action: Action,
        audit: AuditAction,
        edit: impl FnOnce(&mut UserRecord),
    ) -> Result<Plan<UserView>> {
        let change = transition(
            &self.caller.actor(),
            action,
            audit,
            self.user,
            self.now,
            edit,
        )?;
        let (account, mut writes) = match self.account {
            Some(account) => make_room(account, change.account, self.user.id, self.now)?,
            None => (change.account, Vec::new()),
        };
        writes.extend(change.writes);
        let after = change.after.as_ref().unwrap_or(self.user);
        Ok(Plan {
            result: UserView::of(after, self.now),
            writes: with_account(writes, self.user.account_id, account),
        })
    }
}

/// Reads the caller's membership, the user and what `reads` asks for in one
/// request, authorizes, checks `If-Match`, then commits what `decide`
/// plans, deciding again if the items changed meanwhile.
async fn on_user<T>(
    deps: &Deps,
    caller: &Caller,
    target: &Target,
    reads: Reads,
    decide: impl Fn(&Context<'_>) -> Result<Plan<T>>,
) -> Result<T> {
    let membership = Key::member(&caller.sub, target.account_id);
    let user_key = target.user_id.map(|u| Key::user(target.account_id, u));
    let account_key = Key::account(target.account_id);
    let mut keys = vec![membership.clone()];
    keys.extend(user_key.clone());
    if reads.account {
        keys.push(account_key.clone());
    }
    let recipient_key: Mutex<Option<Key>> = Mutex::new(None);
    retrying(|| async {
        let address = recipient_key.lock().expect("never poisoned").clone();
        let mut keys = keys.clone();
        keys.extend(address.clone());
        let snapshot = deps.store.load(&keys).await?;
        authorize(
            snapshot.get(&membership)?.as_ref(),
            Some(Permission::UsersManage),
        )?;
        let user: UserRecord = match &user_key {
            Some(key) => snapshot.get(key)?,
            None => None,
        }
        .ok_or(Error::UserNotFound)?;
        if let Some(if_match) = &target.if_match {
            if_match.check(&user)?;
        }
        let account: Option<AccountRecord> = snapshot.get(&account_key)?;
        let tally: Option<TallyRecord> = match &address {
            Some(key) => snapshot.get(key)?,
            None => None,
        };
        let plan = decide(&Context {
            caller,
            user: &user,
            account: account.as_ref(),
            recipient: match address {
                Some(_) => Tallied::Read(tally.as_ref()),
                None => Tallied::Unread,
            },
            now: now(),
        })?;
        if plan.writes.is_empty() {
            return Ok(Some(plan.result));
        }
        let committed = deps.store.commit(plan.writes).await?;
        if !committed && reads.recipient {
            *recipient_key.lock().expect("never poisoned") = Some(Key::recipient(&user.email));
        }
        Ok(committed.then_some(plan.result))
    })
    .await
}

pub async fn get(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        Ok(Plan {
            writes: Vec::new(),
            result: UserView::of(cx.user, cx.now),
        })
    })
    .await
}

/// Role, lists and withheld permissions in one change (the `change_role`
/// action), one transaction and one audit event with before and after.
/// Withheld permissions a new role lacks are dropped, unless given anew.
pub async fn update(
    deps: &Deps,
    caller: &Caller,
    target: &Target,
    update: UserUpdate,
) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        let before = cx.user.limits();
        let role = update.role.map_or(cx.user.role, Grantable::role);
        let list_ids = update.list_ids.clone().unwrap_or(before.list_ids.clone());
        let withheld = match &update.withheld_permissions {
            Some(withheld) => withheld.clone(),
            None => before.for_role(role).withheld_permissions,
        };
        let limits =
            Limits::new(role, list_ids, withheld).map_err(|e| Error::not_in_role(e, role))?;
        let audit = if role == cx.user.role {
            AuditAction::UserLimitsChanged
        } else {
            AuditAction::UserRoleChanged
        };
        let plan = cx.act_as(Action::ChangeRole, audit, |u| {
            u.role = role;
            u.set_limits(limits.clone());
        })?;
        if role == cx.user.role && limits == before {
            // Nothing changes, so nothing is written or audited.
            return Ok(Plan {
                writes: Vec::new(),
                result: UserView::of(cx.user, cx.now),
            });
        }
        Ok(plan)
    })
    .await
}

pub async fn deactivate(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        cx.act(Action::Deactivate, |_| {})
    })
    .await
}

pub async fn reactivate(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, WITH_ACCOUNT, |cx| {
        cx.act(Action::Reactivate, |_| {})
    })
    .await
}

pub async fn revoke(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        cx.act(Action::Revoke, |u| u.token_hash = None)
    })
    .await
}

pub async fn delete(deps: &Deps, caller: &Caller, target: &Target) -> Result<()> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        let plan = cx.act(Action::Delete, |_| {})?;
        Ok(Plan {
            writes: plan.writes,
            result: (),
        })
    })
    .await
}

pub async fn resend(deps: &Deps, caller: &Caller, target: &Target) -> Result<Issued> {
    let reads = Reads {
        account: true,
        recipient: true,
    };
    let (user, token) = on_user(deps, caller, target, reads, |cx| {
        let inviter = inviter(caller)?;
        let token = InviteToken::generate(cx.user.account_id, cx.user.id);
        let change = cx.transition(Action::Resend, |u| {
            u.invite(
                Some(inviter),
                token.hash(),
                cx.now,
                expires_at(deps, cx.now),
            )
        })?;
        let after = change.after.expect("a resent invitation stays");
        let to = Recipient {
            tallied: cx.recipient,
            override_bounce: false,
        };
        let writes = issue_writes(
            deps,
            cx.account()?,
            change.writes,
            change.account,
            &after,
            to,
            cx.now,
        )?;
        Ok(Plan {
            writes,
            result: (after, token),
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
