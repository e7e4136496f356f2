//! The users of an account and their lifecycle: invite, list, read, and the
//! owner's actions (change role, resend, revoke, deactivate, reactivate,
//! delete). Only the statuses' own actions are transitions
//! (`changes::transition`); each decision is a pure function of what was
//! read and the time, committed by `plan::run`.

use super::changes::{UserChange, transition};
use super::last_active::seen;
use super::plan::{Decision, Plan, Transaction, run};
use super::reads::permitted;
use super::seats::{Tallied, recipient, send_slot};
use super::{Caller, IfMatch, UserView, cursor, permit};
use crate::domain::UserRecord;
use crate::domain::{
    Action, AuditAction, DeliveryStatus, Email, Grantable, InviteToken, Limits, ListId, Locale,
    Permission, Status, TimeZone, ending,
};
use crate::error::{Error, Result};
use crate::mail::{Delivery, Invitation};
use crate::store::Write;
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, MemberRecord, TallyRecord};
use crate::time::now;
use crate::{Config, Deps};
use serde::Serialize;
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
    /// When the user's access is to end (checked against the time of the
    /// decision: `access_end`).
    pub access_until: Option<i64>,
    /// The invitee's language (`None`: the account's).
    pub locale: Option<Locale>,
}

/// `PATCH .../users/{user_id}`: what to change; absent fields stay.
pub struct UserUpdate {
    pub role: Option<Grantable>,
    /// `Some(None)`: every list.
    pub list_ids: Option<Option<Vec<ListId>>>,
    pub withheld_permissions: Option<Vec<Permission>>,
    /// `Some(None)`: access that does not end.
    pub access_until: Option<Option<i64>>,
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

/// Adds to `transaction` what issuing an invitation to `after` (pending,
/// with its fresh link) takes besides the user's own change: the email
/// counted on the address's tally, and the seat and send slot checked
/// against the account as read.
fn issue(
    config: &Config,
    account: &AccountRecord,
    transaction: &mut Transaction,
    after: &UserRecord,
    to: Recipient<'_>,
    now: i64,
) -> Result<()> {
    let tally = recipient(
        Key::recipient(&after.email),
        to.tallied,
        config.recipient_invite_limit,
        to.override_bounce,
        now,
    )?;
    transaction.make_room(account, after.id, now)?;
    transaction.account_change(account.id).send =
        Some(send_slot(account, config.invite_rate_limit, now)?);
    transaction.write(Write::Tally(tally));
    Ok(())
}

/// The address invitations name their inviter by: only a verified one.
fn inviter(caller: &Caller) -> Result<&Email> {
    caller.verified_email().ok_or(Error::EmailUnverified)
}

/// An invitation sent at `now` expires after `INVITE_TTL`, and never after
/// the access it grants ends.
fn expires_at(config: &Config, access_until: Option<i64>, now: i64) -> i64 {
    let expires = now + config.invite_ttl.as_secs() as i64;
    access_until.map_or(expires, |end| end.min(expires))
}

/// An end of access asked for at `now`, within the bounds an owner may set
/// (`domain::ending::check_end`).
fn access_end(config: &Config, at: Option<i64>, now: i64) -> Result<Option<i64>> {
    let min = config.min_access_duration.as_secs() as i64;
    at.map(|at| {
        ending::check_end(at, now, min)
            .map_err(|why| Error::invalid("invalid_field", "access_until", why))
    })
    .transpose()
}

/// Gives an active user the end of access `until` (`None`: none), and the
/// owner's reminder of it. (A partner's end is reminded once, for the
/// partner: `partners`.)
fn set_access_end(config: &Config, user: &mut UserRecord, until: Option<i64>, now: i64) {
    user.access_until = until;
    user.remind_at = ending_reminder(config, until, now);
}

/// When the owner hears of an end of access at `ends_at` set at `now`.
pub(super) fn ending_reminder(config: &Config, ends_at: Option<i64>, now: i64) -> Option<i64> {
    let before = config.access_reminder_before.as_secs() as i64;
    ends_at.and_then(|end| ending::ending_reminder(end, before, now))
}

/// Makes `user` a pending invitation sent at `now` by `inviter`, with the
/// invitee's reminder due `INVITE_REMINDER_AFTER` later.
fn issue_link(
    config: &Config,
    user: &mut UserRecord,
    inviter: &Email,
    token: &InviteToken,
    now: i64,
) {
    let expires = expires_at(config, user.access_until, now);
    user.invite(Some(inviter), token.hash(), now, expires);
    let after = config.invite_reminder_after.as_secs() as i64;
    user.remind_at = ending::invitation_reminder(now, expires, after);
}

/// Sends the email for an invitation that is already written: write first,
/// then send, so no email ever names an invitation that does not exist. Its
/// times are told in the account's time `zone`.
async fn deliver(deps: &Deps, user: &UserRecord, token: InviteToken, zone: &TimeZone) -> Issued {
    let invite_url = deps.config.invite_url(&token.encode());
    let email = deps
        .mailer()
        .send_invitation(&Invitation::of(user, &invite_url, false, zone))
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
    let system = crate::store::records::Actor::system();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::without_event(&system, user, &failed, now));
    // Changed meanwhile (resent, revoked...), the stored status is that
    // change's own; unavailable, the answer still tells the failure.
    match deps.store.commit(transaction.into_writes()).await {
        Ok(true) => Some(failed),
        Ok(false) => None,
        Err(error) => {
            tracing::warn!(%error, "the failed email could not be recorded");
            None
        }
    }
}
/// What inviting decides from: the account, the caller's membership, the
/// address's user there and its tally across accounts, each if there is one.
struct ToInvite {
    account: Option<AccountRecord>,
    member: Option<MemberRecord>,
    user: Option<UserRecord>,
    tally: Option<TallyRecord>,
}

pub async fn invite(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    new: NewInvitation,
) -> Result<Issued> {
    let keys = &[
        Key::account(account_id),
        Key::member(&caller.sub, account_id),
        Key::user(account_id, UserRecord::id_for(account_id, &new.email)),
        Key::recipient(&new.email),
    ];
    let read = move |_| async move {
        let snapshot = deps.store.load(keys).await?;
        let member = snapshot.get(&keys[1])?;
        seen(deps, &caller.sub, member.as_ref(), now());
        Ok(ToInvite {
            account: snapshot.get(&keys[0])?,
            member,
            user: snapshot.get(&keys[2])?,
            tally: snapshot.get(&keys[3])?,
        })
    };
    let (user, token, zone) = run(deps, read, |read, now| {
        decide_invite(&deps.config, caller, &new, read, now)
    })
    .await?;
    Ok(deliver(deps, &user, token, &zone).await)
}

/// A pending invitation of the address with a fresh link, over an expired or
/// revoked one, or over a pending one when asked to replace it.
fn decide_invite(
    config: &Config,
    caller: &Caller,
    new: &NewInvitation,
    read: &ToInvite,
    now: i64,
) -> Result<Decision<(UserRecord, InviteToken, TimeZone)>> {
    permit(
        caller,
        read.member.as_ref(),
        Some(Permission::UsersManage),
        now,
    )?;
    let inviter = inviter(caller)?;
    let account = read.account.as_ref().ok_or(Error::AccountNotFound)?;
    let before = read.user.as_ref();
    let action = match before.map(|u| u.status_at(now)) {
        None | Some(Status::Expired | Status::Revoked) => AuditAction::InvitationCreated,
        Some(Status::Pending) if new.replace_pending => AuditAction::InvitationReplaced,
        Some(Status::Pending) => return Err(Error::InvitationPending),
        Some(Status::Active | Status::Deactivated) => return Err(Error::UserExists),
    };
    let role = new.role.role();
    let access_until = access_end(config, new.access_until, now)?;
    let token = InviteToken::generate(account.id, UserRecord::id_for(account.id, &new.email));
    let copy = account.for_users();
    let invite = |u: &mut UserRecord| {
        u.copy(&copy);
        u.role = role;
        u.set_limits(new.limits.clone());
        u.access_until = access_until;
        u.locale = new.locale.unwrap_or(account.locale);
        issue_link(config, u, inviter, &token, now);
    };
    let user = match before {
        Some(b) => b.next(now, invite),
        None => {
            let mut user = UserRecord::new(&copy, new.email.clone(), role, now);
            invite(&mut user);
            user
        }
    };
    let actor = caller.actor();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(&actor, action, before, Some(&user), now));
    let to = Recipient {
        tallied: Tallied::Read(read.tally.as_ref()),
        override_bounce: new.override_bounce,
    };
    issue(config, account, &mut transaction, &user, to, now)?;
    // The user holds the account's settings as read (`ops::settings`).
    transaction.account_change(account.id).expect_settings = Some(account.settings_version);
    transaction.write(owner_still(caller, account.id));
    Ok(Plan::one(
        transaction,
        (user, token, account.time_zone.clone()),
    ))
}

/// What an owner's action on one user decides from: the user, the account
/// and the user's address's tally when read, the time.
pub(super) struct Context<'a> {
    pub config: &'a Config,
    pub caller: &'a Caller,
    pub user: &'a UserRecord,
    pub account: Option<&'a AccountRecord>,
    pub recipient: Tallied<'a>,
    pub now: i64,
}

impl Context<'_> {
    pub fn account(&self) -> Result<&AccountRecord> {
        self.account.ok_or(Error::AccountNotFound)
    }

    fn act(
        &self,
        action: Action,
        edit: impl FnOnce(&mut UserRecord),
    ) -> Result<Decision<UserView>> {
        self.act_as(action, AuditAction::of(action), edit)
    }

    /// `action` planned in full, audited as `audit`: the user's change, the
    /// seat it takes checked against the account when read, and the user
    /// after it as the answer.
    fn act_as(
        &self,
        action: Action,
        audit: AuditAction,
        edit: impl FnOnce(&mut UserRecord),
    ) -> Result<Decision<UserView>> {
        let after = transition(action, self.user, self.now, edit)?;
        let actor = self.caller.actor();
        let mut transaction = Transaction::default();
        transaction.user(UserChange::new(
            &actor,
            audit,
            Some(self.user),
            after.as_ref(),
            self.now,
        ));
        if let Some(account) = self.account {
            transaction.make_room(account, self.user.id, self.now)?;
        }
        let view = UserView::of(after.as_ref().unwrap_or(self.user), self.now);
        Ok(Plan::one(transaction, view))
    }
}

/// What an action reads besides the caller's membership and the user.
#[derive(Clone, Copy, Default)]
pub(super) struct Reads {
    /// The account item (an action that takes a seat or sends).
    pub account: bool,
    /// The tally of the user's address (an action that sends it an email):
    /// read only after a refused write, since its key comes from the user.
    pub recipient: bool,
}

const WITH_ACCOUNT: Reads = Reads {
    account: true,
    recipient: false,
};

/// What an owner's action read.
struct OnUser {
    member: Option<MemberRecord>,
    user: Option<UserRecord>,
    account: Option<AccountRecord>,
    /// `None`: not read.
    tally: Option<Option<TallyRecord>>,
}

/// Reads the caller's membership, the user and what `reads` asks for in one
/// request, authorizes, checks `If-Match`, then commits what `decide`
/// plans, deciding again if the items changed meanwhile: the caller's
/// ownership among them (`owner_still`).
pub(super) async fn on_user<T>(
    deps: &Deps,
    caller: &Caller,
    target: &Target,
    reads: Reads,
    decide: impl Fn(&Context<'_>) -> Result<Decision<T>>,
) -> Result<T> {
    let membership = &Key::member(&caller.sub, target.account_id);
    let user_key = &target.user_id.map(|u| Key::user(target.account_id, u));
    let account_key = &Key::account(target.account_id);
    let read = move |attempt| async move {
        let mut keys = vec![membership.clone()];
        keys.extend(user_key.clone());
        if reads.account {
            keys.push(account_key.clone());
        }
        let snapshot = deps.store.load(&keys).await?;
        let user: Option<UserRecord> = match user_key {
            Some(key) => snapshot.get(key)?,
            None => None,
        };
        // After a refused write the address's tally is read too: the user
        // just read names the address.
        let tally = match (&user, reads.recipient && attempt > 0) {
            (Some(user), true) => {
                let key = Key::recipient(&user.email);
                let tally = deps.store.load(std::slice::from_ref(&key)).await?;
                Some(tally.get(&key)?)
            }
            _ => None,
        };
        Ok(OnUser {
            member: snapshot.get(membership)?,
            user,
            account: snapshot.get(account_key)?,
            tally,
        })
    };
    run(deps, read, |read, now| {
        seen(deps, &caller.sub, read.member.as_ref(), now);
        permit(
            caller,
            read.member.as_ref(),
            Some(Permission::UsersManage),
            now,
        )?;
        let user = read.user.as_ref().ok_or(Error::UserNotFound)?;
        if let Some(if_match) = &target.if_match {
            if_match.check(user)?;
        }
        let decision = decide(&Context {
            config: &deps.config,
            caller,
            user,
            account: read.account.as_ref(),
            recipient: match &read.tally {
                Some(tally) => Tallied::Read(tally.as_ref()),
                None => Tallied::Unread,
            },
            now,
        })?;
        Ok(decision.expecting(|| owner_still(caller, target.account_id)))
    })
    .await
}

/// The check that the caller is still the account's owner, as its action
/// was decided for: ownership handed over meanwhile refuses the action.
pub(super) fn owner_still(caller: &Caller, account_id: Uuid) -> Write {
    Write::Holds {
        sub: caller.sub.clone(),
        account_id,
        role: crate::domain::Role::Owner,
    }
}

pub async fn get(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        Ok(Decision::Answer(UserView::of(cx.user, cx.now)))
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
        decide_update(cx, &update)
    })
    .await
}

fn decide_update(cx: &Context<'_>, update: &UserUpdate) -> Result<Decision<UserView>> {
    let access_until = match update.access_until {
        Some(at) => access_end(cx.config, at, cx.now)?,
        None => cx.user.access_until,
    };
    let before = cx.user.limits();
    let role = update.role.map_or(cx.user.role, Grantable::role);
    let list_ids = update.list_ids.clone().unwrap_or(before.list_ids.clone());
    let withheld = match &update.withheld_permissions {
        Some(withheld) => withheld.clone(),
        None => before.for_role(role).withheld_permissions,
    };
    let limits = Limits::new(role, list_ids, withheld).map_err(|e| Error::not_in_role(e, role))?;
    let audit = if role == cx.user.role {
        AuditAction::UserLimitsChanged
    } else {
        AuditAction::UserRoleChanged
    };
    let plan = cx.act_as(Action::ChangeRole, audit, |u| {
        u.role = role;
        u.set_limits(limits.clone());
        if access_until != u.access_until {
            set_access_end(cx.config, u, access_until, cx.now);
        }
    })?;
    if role == cx.user.role && limits == before && access_until == cx.user.access_until {
        // Nothing changes, so nothing is written or audited.
        return Ok(Decision::Answer(UserView::of(cx.user, cx.now)));
    }
    Ok(plan)
}

pub async fn deactivate(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        cx.act(Action::Deactivate, |_| {})
    })
    .await
}

/// Active again, with a new end of access or none; a partner's user takes
/// its partner's end again, while that partner's access is on.
pub async fn reactivate(
    deps: &Deps,
    caller: &Caller,
    target: &Target,
    access_until: Option<i64>,
) -> Result<UserView> {
    on_user(deps, caller, target, WITH_ACCOUNT, |cx| {
        let until = access_end(cx.config, access_until, cx.now)?;
        let account = cx.account()?;
        let partner = cx
            .user
            .partner_account_id
            .filter(|p| account.partner_at(cx.now).map(|on| on.account_id) == Some(*p));
        let decision = cx.act(Action::Reactivate, |u| {
            u.partner_until = partner.and(account.partner_until);
            set_access_end(cx.config, u, until, cx.now);
        })?;
        Ok(match decision {
            Decision::Commit(mut plan) if partner.is_some() => {
                // Only while that partner's access, and its end, are as read.
                plan.transactions[0]
                    .account_change(account.id)
                    .require_partner = account.partner_state();
                Decision::Commit(plan)
            }
            other => other,
        })
    })
    .await
}

pub async fn revoke(deps: &Deps, caller: &Caller, target: &Target) -> Result<UserView> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        cx.act(Action::Revoke, UserRecord::close_links)
    })
    .await
}

pub async fn delete(deps: &Deps, caller: &Caller, target: &Target) -> Result<()> {
    on_user(deps, caller, target, Reads::default(), |cx| {
        Ok(cx.act(Action::Delete, |_| {})?.map(|_| ()))
    })
    .await
}

pub async fn resend(deps: &Deps, caller: &Caller, target: &Target) -> Result<Issued> {
    let reads = Reads {
        account: true,
        recipient: true,
    };
    let (user, token, zone) = on_user(deps, caller, target, reads, |cx| {
        decide_resend(&deps.config, cx)
    })
    .await?;
    Ok(deliver(deps, &user, token, &zone).await)
}

/// A new link with a new expiry; every earlier link stops working.
fn decide_resend(
    config: &Config,
    cx: &Context<'_>,
) -> Result<Decision<(UserRecord, InviteToken, TimeZone)>> {
    let inviter = inviter(cx.caller)?;
    let token = InviteToken::generate(cx.user.account_id, cx.user.id);
    let min = config.min_access_duration.as_secs() as i64;
    let after = transition(Action::Resend, cx.user, cx.now, |u| {
        // An end too near to be set now is one the owner has let pass.
        u.access_until = u.access_until.filter(|end| *end >= cx.now + min);
        issue_link(config, u, inviter, &token, cx.now);
    })?
    .expect("a resent invitation stays");
    let actor = cx.caller.actor();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(
        &actor,
        AuditAction::of(Action::Resend),
        Some(cx.user),
        Some(&after),
        cx.now,
    ));
    let to = Recipient {
        tallied: cx.recipient,
        override_bounce: false,
    };
    let account = cx.account()?;
    issue(config, account, &mut transaction, &after, to, cx.now)?;
    Ok(Plan::one(
        transaction,
        (after, token, account.time_zone.clone()),
    ))
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
    permitted(deps, caller, account_id, Some(Permission::UsersManage)).await?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Role, Suppression};
    use crate::store::records::sample;

    fn config() -> Config {
        Config::for_tests(&[("RECIPIENT_INVITE_LIMIT", "2")])
    }

    fn owner() -> Caller {
        Caller {
            sub: "owner".into(),
            email: Email::parse("owner@example.com").ok(),
            email_verified: true,
            second_factor: false,
        }
    }

    fn new(replace_pending: bool) -> NewInvitation {
        let role = Grantable::parse("campaign_creator").unwrap();
        NewInvitation {
            email: Email::parse("sue@example.com").unwrap(),
            role,
            limits: Limits::new(Role::CampaignCreator, None, Vec::new()).unwrap(),
            replace_pending,
            override_bounce: false,
            access_until: None,
            locale: None,
        }
    }

    #[test]
    fn an_invitation_is_in_the_language_it_names_else_the_account_s() {
        let mut read = read(None);
        read.account.as_mut().unwrap().locale = Locale::De;
        let locale = |named| {
            let invitation = NewInvitation {
                locale: named,
                ..new(false)
            };
            match decide_invite(&config(), &owner(), &invitation, &read, 100).unwrap() {
                Decision::Commit(plan) => plan.answer.0.locale,
                _ => panic!("an invitation is written"),
            }
        };
        assert_eq!(locale(Some(Locale::Fr)), Locale::Fr);
        assert_eq!(locale(None), Locale::De);
    }

    /// What the owner of `sample::account()` reads when inviting Sue, who is
    /// `status` there (`None`: no user yet).
    fn read(status: Option<Status>) -> ToInvite {
        let account = sample::account();
        let mut me = sample::user(Status::Active);
        me.role = Role::Owner;
        ToInvite {
            member: Some(MemberRecord::of(&me)),
            user: status.map(sample::user),
            account: Some(account),
            tally: None,
        }
    }

    fn outcome(
        decision: Result<Decision<(UserRecord, InviteToken, TimeZone)>>,
    ) -> Result<AuditAction> {
        match decision? {
            Decision::Commit(plan) => {
                let writes = plan.transactions.into_iter().next().unwrap().into_writes();
                Ok(writes
                    .iter()
                    .find_map(|w| match w {
                        Write::Audit(event) => Some(event.action),
                        _ => None,
                    })
                    .expect("an invitation is audited"))
            }
            _ => panic!("an invitation always writes"),
        }
    }

    #[test]
    fn an_address_is_invited_as_its_status_allows() {
        let cases = [
            (None, false, Ok(AuditAction::InvitationCreated)),
            (
                Some(Status::Revoked),
                false,
                Ok(AuditAction::InvitationCreated),
            ),
            (
                Some(Status::Expired),
                false,
                Ok(AuditAction::InvitationCreated),
            ),
            (Some(Status::Pending), false, Err("invitation_pending")),
            (
                Some(Status::Pending),
                true,
                Ok(AuditAction::InvitationReplaced),
            ),
            (Some(Status::Active), true, Err("user_exists")),
            (Some(Status::Deactivated), false, Err("user_exists")),
        ];
        for (status, replace, expected) in cases {
            // Before Sue's sample invitation expires (at 200).
            let got = outcome(decide_invite(
                &config(),
                &owner(),
                &new(replace),
                &read(status),
                150,
            ));
            let got = got.map_err(|e| match e {
                Error::InvitationPending => "invitation_pending",
                Error::UserExists => "user_exists",
                other => panic!("{other:?}"),
            });
            assert_eq!(got, expected, "{status:?}, replace_pending {replace}");
        }
        // Read expired, stored pending: a fresh invitation.
        let got = outcome(decide_invite(
            &config(),
            &owner(),
            &new(false),
            &read(Some(Status::Pending)),
            300,
        ));
        assert_eq!(got.ok(), Some(AuditAction::InvitationCreated));
    }

    #[test]
    fn an_address_that_refused_mail_or_had_its_day_s_invitations_is_not_invited() {
        let mut suppressed = read(None);
        suppressed.tally = Some(TallyRecord {
            at: Vec::new(),
            version: 1,
            suppressed: Some(Suppression::Complained),
        });
        let refused = decide_invite(&config(), &owner(), &new(false), &suppressed, 150);
        assert!(matches!(refused, Err(Error::RecipientSuppressed { .. })));
        let mut full = read(None);
        full.tally = Some(TallyRecord {
            at: vec![100, 120],
            version: 2,
            suppressed: None,
        });
        let refused = decide_invite(&config(), &owner(), &new(false), &full, 150);
        assert!(matches!(refused, Err(Error::RateLimited { count: 2, .. })));
    }

    #[test]
    fn an_unverified_inviter_or_a_non_owner_invites_nobody() {
        let unverified = Caller {
            email_verified: false,
            ..owner()
        };
        let refused = decide_invite(&config(), &unverified, &new(false), &read(None), 150);
        assert!(matches!(refused, Err(Error::EmailUnverified)));
        let mut stranger = read(None);
        stranger.member = None;
        let refused = decide_invite(&config(), &owner(), &new(false), &stranger, 150);
        assert!(matches!(refused, Err(Error::AccountNotFound)));
    }
}
