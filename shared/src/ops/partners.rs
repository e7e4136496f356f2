//! Partner access: a partner agency asks a client account for managed access;
//! the client's owner enables it for one partner (or none); while enabled, a
//! member of that partner with `partner:tools` creates its own user in the
//! client account. Turning it off (or to another partner) deactivates every
//! user the old partner created, in the same operation. Access may be
//! enabled until a date: every user the partner created holds it until
//! then, and the sweep switches it off at its end (`end`).

use super::changes::{UserChange, transition};
use super::plan::{Decision, Plan, Transaction, run};
use super::reads::owned;
use super::sweep::Swept;
use super::users::{ending_reminder, owner_still};
use super::{AccessView, Caller, RequestView, UserView, permit};
use crate::Deps;
use crate::domain::{AccountKind, DeactivatedReason, Status, UserRecord, ending};
use crate::domain::{Action, AuditAction, Permission, Role};
use crate::error::{Error, Result};
use crate::store::keys::Key;
use crate::store::records::{
    AccountRecord, Actor, AuditRecord, MemberRecord, PartnerRef, PartnerRequestRecord,
};
use crate::store::{Partition, PartnerSwitch, Write};
use crate::time::now;
use uuid::Uuid;

/// How long a request stays open without an answer.
const REQUEST_LIFETIME_SECS: i64 = 30 * 24 * 3600;
/// Users changed per transaction when a partner's access ends or its end
/// moves (each takes at most three writes; a transaction holds at most 100).
const USERS_PER_WRITE: usize = 30;

/// An account never asks itself for access: refused before anything is read.
fn not_its_own_partner(client_id: Uuid, partner_id: Uuid) -> Result<()> {
    if partner_id == client_id {
        return Err(Error::invalid(
            "invalid_field",
            "partner_account_id",
            "an account cannot be its own partner",
        ));
    }
    Ok(())
}

/// The caller's membership of the partner account it acts for, which must
/// be a `partner` account in which it has `partner:tools`.
fn acting_partner(caller: &Caller, member: Option<MemberRecord>, now: i64) -> Result<MemberRecord> {
    // Not being a user of the partner account is "forbidden" here, not "not
    // found": the path names the client account, which is not in question.
    let member = member.ok_or(Error::Forbidden)?;
    permit(caller, Some(&member), Some(Permission::PartnerTools), now)?;
    if member.account_kind != AccountKind::Partner {
        return Err(Error::invalid(
            "invalid_field",
            "partner_account_id",
            "is not a partner account",
        ));
    }
    Ok(member)
}

/// What a partner's request for access decides from.
struct ToRequest {
    client: Option<AccountRecord>,
    /// The caller's membership of the partner account.
    member: Option<MemberRecord>,
    request: Option<PartnerRequestRecord>,
}

/// `POST .../partner-access/requests`. Asking again while the request is
/// live refreshes it (a new lifetime) without another audit event.
pub async fn request(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    partner_id: Uuid,
) -> Result<RequestView> {
    not_its_own_partner(client_id, partner_id)?;
    let keys = &[
        Key::account(client_id),
        Key::member(&caller.sub, partner_id),
        Key::partner_request(client_id, partner_id),
    ];
    let read = move |_| async move {
        let snapshot = deps.store.load(keys).await?;
        Ok(ToRequest {
            client: snapshot.get(&keys[0])?,
            member: snapshot.get(&keys[1])?,
            request: snapshot.get(&keys[2])?,
        })
    };
    run(deps, read, |read, now| {
        decide_request(caller, client_id, read, now)
    })
    .await
}

fn decide_request(
    caller: &Caller,
    client_id: Uuid,
    read: &ToRequest,
    now: i64,
) -> Result<Decision<RequestView>> {
    let member = acting_partner(caller, read.member.clone(), now)?;
    read.client.as_ref().ok_or(Error::AccountNotFound)?;
    let live = read.request.as_ref().filter(|r| r.is_live(now));
    let request = PartnerRequestRecord {
        client_account_id: client_id,
        partner: PartnerRef {
            account_id: member.account_id,
            name: member.account_name.clone(),
        },
        requested_by: caller.actor(),
        requested_at: now,
        ttl: now + REQUEST_LIFETIME_SECS,
    };
    let view = RequestView::of(&request);
    let mut transaction = Transaction::default();
    transaction.write(Write::PutPartnerRequest {
        request,
        read_at: live.map(|r| r.requested_at),
        now,
    });
    if live.is_none() {
        transaction.write(Write::Audit(
            AuditRecord::new(
                client_id,
                AuditAction::PartnerAccessRequested,
                &caller.actor(),
                now,
            )
            .of_partner(Some(member.account_id)),
        ));
    }
    Ok(Plan::one(transaction, view))
}

/// `GET .../partner-access`: owner only.
pub async fn get(deps: &Deps, caller: &Caller, client_id: Uuid) -> Result<AccessView> {
    let partition = deps.store.account_partition(client_id).await?;
    let now = now();
    let account = owned(caller, &partition, now)?;
    Ok(AccessView::of(
        account.partner_at(now).cloned(),
        account.partner_until,
        &partition.requests,
        now,
    ))
}

/// Where partner access is to go: on for `to` (off: `None`) until `until`,
/// the owner reminded at `remind_at`; `by_time` when its end has come.
struct Switch {
    to: Option<PartnerRef>,
    until: Option<i64>,
    remind_at: Option<i64>,
    by_time: bool,
}

/// Plans the switch from the partition as read. When the partner stays and
/// only the end of its access moves, each of its active users takes the new
/// end. Otherwise the old partner's active users are deactivated (the same
/// transition as the owner's deactivate; a user whose access already ended
/// is recorded as ended). Users go in chunks of `USERS_PER_WRITE` per
/// transaction when there are more; the last transaction switches the
/// partner, expecting the old partner's count of active users, so a partner
/// user created or reactivated meanwhile makes it fail and be decided again.
fn plan_switch(
    actor: &Actor,
    account: &AccountRecord,
    partition: &Partition,
    switch: Switch,
    now: i64,
) -> Result<Decision<AccessView>> {
    let view = AccessView::of(switch.to.clone(), switch.until, &partition.requests, now);
    let from = account.partner_id();
    let to = switch.to.as_ref().map(|p| p.account_id);
    let stays = from.is_some() && from == to && !account.partner_ended(now);
    if (stays && account.partner_until == switch.until) || (from.is_none() && to.is_none()) {
        return Ok(Decision::Answer(view));
    }
    let users: Vec<&UserRecord> = partition
        .users
        .iter()
        .filter(|u| from.is_some() && u.partner_account_id == from)
        .filter(|u| u.status == Status::Active)
        .collect();
    let counted = from.map_or(0, |f| account.partner_active.get(&f).copied().unwrap_or(0));
    if users.len() != counted as usize {
        return Ok(Decision::ReadAgain);
    }
    let change = |users: &[&UserRecord]| -> Result<Transaction> {
        if stays {
            Ok(new_ends(actor, users, switch.until, now))
        } else {
            leavings(actor, users, now)
        }
    };
    let mut chunks: Vec<&[&UserRecord]> = users.chunks(USERS_PER_WRITE).collect();
    let last = chunks.pop().unwrap_or(&[]);
    let mut transactions = Vec::new();
    for chunk in chunks {
        let mut transaction = change(chunk)?;
        // Only while that partner, with that end, is still the one enabled.
        transaction.account_change(account.id).require_partner = account.partner_state();
        transactions.push(transaction);
    }
    let mut transaction = change(last)?;
    transaction.account_change(account.id).switch_partner = Some(PartnerSwitch {
        from: account.partner_state(),
        // The users still counted when the last transaction runs.
        from_active: if stays { users.len() } else { last.len() } as u32,
        to: switch.to.clone(),
        until: switch.until,
        remind_at: switch.remind_at,
    });
    if let Some(p) = &switch.to {
        let asked = partition
            .requests
            .iter()
            .any(|r| r.partner.account_id == p.account_id);
        if asked {
            // The request is answered: it leaves the list of open ones.
            transaction.write(Write::DeletePartnerRequest {
                client_id: account.id,
                partner_id: p.account_id,
            });
        }
    }
    // Enabled names the partner let in; disabled or ended, the one cut off.
    let (action, partner, until) = match (&switch.to, switch.by_time) {
        (Some(p), _) => (
            AuditAction::PartnerAccessEnabled,
            Some(p.account_id),
            switch.until,
        ),
        (None, true) => (AuditAction::PartnerAccessEnded, from, account.partner_until),
        (None, false) => (AuditAction::PartnerAccessDisabled, from, None),
    };
    transaction.write(Write::Audit(
        AuditRecord::new(account.id, action, actor, now)
            .of_partner(partner)
            .until(until),
    ));
    transactions.push(transaction);
    Ok(Decision::Commit(Plan {
        transactions,
        answer: view,
    }))
}

/// Deactivates `users` (partner-created, written active) in one
/// transaction: cut off with their partner, or, those whose access has
/// already ended, recorded as ended.
fn leavings(actor: &Actor, users: &[&UserRecord], now: i64) -> Result<Transaction> {
    let mut transaction = Transaction::default();
    for user in users {
        let (after, action) = if user.ended_unwritten(now) {
            let after = user.next(now, |u| {
                u.status = Status::Deactivated;
                u.deactivated_reason = Some(DeactivatedReason::AccessEnded);
            });
            (after, AuditAction::UserAccessEnded)
        } else {
            let after = transition(Action::Deactivate, user, now, |u| {
                u.deactivated_reason = Some(DeactivatedReason::PartnerAccessOff);
            })?
            .expect("a deactivated user stays");
            (after, AuditAction::UserDeactivated)
        };
        // Its event names the partner it was cut off with.
        transaction.user(
            UserChange::new(actor, action, Some(user), Some(&after), now)
                .of_partner(user.partner_account_id),
        );
    }
    Ok(transaction)
}

/// Gives `users` (the partner's, active) the partner's new end, `until`, in
/// one transaction; the partner's own event tells of it.
fn new_ends(actor: &Actor, users: &[&UserRecord], until: Option<i64>, now: i64) -> Transaction {
    let mut transaction = Transaction::default();
    for user in users {
        let after = user.next(now, |u| u.partner_until = until);
        transaction.user(UserChange::without_event(actor, user, &after, now));
    }
    transaction
}

/// `PUT .../partner-access`: what the owner asks of it.
#[derive(Debug)]
pub struct SwitchRequest {
    /// On for this partner (which must have asked, unless it is the one
    /// enabled), or off (`None`).
    pub partner: Option<Uuid>,
    /// Until when, if it is on.
    pub until: Option<i64>,
}

/// `PUT .../partner-access`: on for a partner until a date or for good, the
/// date moved, or off.
pub async fn set(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    request: SwitchRequest,
) -> Result<AccessView> {
    let read = |_| deps.store.account_partition(client_id);
    run(deps, read, |partition, now| {
        let account = owned(caller, partition, now)?;
        let to = match request.partner {
            None => None,
            Some(id) if account.partner_id() == Some(id) => account.partner.clone(),
            Some(id) => {
                let request = partition
                    .requests
                    .iter()
                    .find(|r| r.partner.account_id == id && r.is_live(now))
                    .ok_or(Error::PartnerRequestMissing)?;
                Some(request.partner.clone())
            }
        };
        let min = deps.config.min_access_duration.as_secs() as i64;
        let until = request
            .until
            .map(|at| ending::check_end(at, now, min))
            .transpose()
            .map_err(|why| Error::invalid("invalid_field", "until", why))?;
        let switch = Switch {
            to,
            until,
            remind_at: ending_reminder(&deps.config, until, now),
            by_time: false,
        };
        Ok(
            plan_switch(&caller.actor(), account, partition, switch, now)?
                .expecting(|| owner_still(caller, client_id)),
        )
    })
    .await
}

/// The sweep's part: a partner whose access has ended is switched off,
/// as `system`, if it still is.
pub(super) async fn end(deps: &Deps, client_id: Uuid) -> Result<Swept> {
    let read = |_| deps.store.account_partition(client_id);
    run(deps, read, |partition, now| {
        let Some(account) = partition.account.as_ref().filter(|a| a.partner_ended(now)) else {
            return Ok(Decision::Answer(Swept::Skipped));
        };
        let switch = Switch {
            to: None,
            until: None,
            remind_at: None,
            by_time: true,
        };
        Ok(
            plan_switch(&Actor::system(), account, partition, switch, now)?
                .map(|_| Swept::PartnerEnded),
        )
    })
    .await
}

/// What a partner's member creating its user decides from.
struct ToCreate {
    client: Option<AccountRecord>,
    /// The caller's memberships of the partner and of the client account.
    in_partner: Option<MemberRecord>,
    in_client: Option<MemberRecord>,
    /// The user of the caller's address in the client account.
    user: Option<UserRecord>,
}

/// `POST .../partner-access/users`: the caller's own user in the client
/// account, as an active Account Manager marked with the partner's id.
pub async fn create_user(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    partner_id: Uuid,
) -> Result<UserView> {
    not_its_own_partner(client_id, partner_id)?;
    let email = caller.verified_email().cloned().ok_or_else(|| {
        Error::invalid(
            "invalid_email",
            "email",
            "your sign-in needs a verified email address to become a user",
        )
    })?;
    let keys = &[
        Key::account(client_id),
        Key::member(&caller.sub, partner_id),
        Key::member(&caller.sub, client_id),
        Key::user(client_id, UserRecord::id_for(client_id, &email)),
    ];
    let read = move |_| async move {
        let snapshot = deps.store.load(keys).await?;
        Ok(ToCreate {
            client: snapshot.get(&keys[0])?,
            in_partner: snapshot.get(&keys[1])?,
            in_client: snapshot.get(&keys[2])?,
            user: snapshot.get(&keys[3])?,
        })
    };
    run(deps, read, |read, now| {
        decide_create_user(caller, &email, partner_id, read, now)
    })
    .await
}

fn decide_create_user(
    caller: &Caller,
    email: &crate::domain::Email,
    partner_id: Uuid,
    read: &ToCreate,
    now: i64,
) -> Result<Decision<UserView>> {
    acting_partner(caller, read.in_partner.clone(), now)?;
    let account = read.client.as_ref().ok_or(Error::AccountNotFound)?;
    if account.partner_at(now).map(|p| p.account_id) != Some(partner_id) {
        return Err(Error::PartnerAccessDisabled);
    }
    // One user per partner sign-in, and never over an existing user.
    if read.in_client.is_some() {
        return Err(Error::AlreadyMember);
    }
    if read.user.is_some() {
        return Err(Error::UserExists);
    }
    let mut user = UserRecord::new(
        &account.for_users(),
        email.clone(),
        Role::AccountManager,
        now,
    );
    user.partner_account_id = Some(partner_id);
    user.partner_until = account.partner_until;
    user.bind(&caller.sub, now);
    let actor = caller.actor();
    let mut transaction = Transaction::default();
    transaction.user(
        UserChange::new(
            &actor,
            AuditAction::PartnerUserCreated,
            None,
            Some(&user),
            now,
        )
        .of_partner(Some(partner_id)),
    );
    transaction.make_room(account, user.id, now)?;
    // Only while that partner's access is still enabled, with the end
    // copied, and the account's settings are as copied.
    let change = transaction.account_change(account.id);
    change.require_partner = account.partner_state();
    change.expect_settings = Some(account.settings_version);
    Ok(Plan::one(transaction, UserView::of(&user, now)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountName, Email, Status};
    use crate::store::AccountChange;
    use crate::store::records::{PartnerState, sample};

    fn partner_user(
        account: &AccountRecord,
        partner: Uuid,
        n: usize,
        status: Status,
    ) -> UserRecord {
        let email = Email::parse(&format!("pm{n}@agency.example")).unwrap();
        let mut user = UserRecord::new(&account.for_users(), email, Role::AccountManager, 0);
        user.partner_account_id = Some(partner);
        user.bind(&format!("pm{n}"), 0);
        user.status = status;
        user
    }

    /// An account with `partner` enabled and its `active` users (plus one
    /// deactivated, which stays as it is).
    fn enabled(active: usize) -> (AccountRecord, Partition, Uuid) {
        let partner = Uuid::new_v4();
        let mut account = sample::account();
        account.partner = Some(PartnerRef {
            account_id: partner,
            name: AccountName::parse("Agency").unwrap(),
        });
        account.partner_active.insert(partner, active as u32);
        let mut users: Vec<UserRecord> = (0..active)
            .map(|n| partner_user(&account, partner, n, Status::Active))
            .collect();
        users.push(partner_user(&account, partner, 999, Status::Deactivated));
        let partition = Partition {
            account: None,
            users,
            requests: Vec::new(),
        };
        (account, partition, partner)
    }

    fn to(partner: Option<PartnerRef>, until: Option<i64>) -> Switch {
        Switch {
            to: partner,
            until,
            remind_at: None,
            by_time: false,
        }
    }

    fn off() -> Switch {
        to(None, None)
    }

    /// The transactions a switch commits, as writes.
    fn committed(decision: Decision<AccessView>) -> Vec<Vec<Write>> {
        match decision {
            Decision::Commit(plan) => plan
                .transactions
                .into_iter()
                .map(Transaction::into_writes)
                .collect(),
            _ => panic!("a switch to commit"),
        }
    }

    fn switch_of(writes: &[Write]) -> &AccountChange {
        writes
            .iter()
            .find_map(|w| match w {
                Write::Account { change, .. } => Some(change),
                _ => None,
            })
            .expect("an account change")
    }

    #[test]
    fn switching_off_deactivates_the_partner_s_active_users_expecting_their_count() {
        let (account, partition, partner) = enabled(3);
        let transactions =
            committed(plan_switch(&Actor::system(), &account, &partition, off(), 10).unwrap());
        assert_eq!(transactions.len(), 1);
        let writes = &transactions[0];
        let deactivated = writes
            .iter()
            .filter(
                |w| matches!(w, Write::PutUser { user, .. } if user.status == Status::Deactivated),
            )
            .count();
        assert_eq!(deactivated, 3);
        let change = switch_of(writes);
        assert_eq!(change.seats, -3);
        assert_eq!(change.partner_active, Some((partner, -3)));
        assert_eq!(
            change.switch_partner,
            Some(PartnerSwitch {
                from: Some(PartnerState {
                    id: partner,
                    until: None
                }),
                from_active: 3,
                to: None,
                until: None,
                remind_at: None,
            })
        );
    }

    #[test]
    fn a_read_that_misses_a_counted_user_is_read_again() {
        let (mut account, partition, partner) = enabled(2);
        account.partner_active.insert(partner, 3);
        assert!(matches!(
            plan_switch(&Actor::system(), &account, &partition, off(), 10).unwrap(),
            Decision::ReadAgain
        ));
    }

    #[test]
    fn many_users_go_in_chunks_the_last_of_which_switches() {
        let (account, partition, _) = enabled(USERS_PER_WRITE + 5);
        let transactions =
            committed(plan_switch(&Actor::system(), &account, &partition, off(), 10).unwrap());
        assert_eq!(transactions.len(), 2);
        let first = switch_of(&transactions[0]);
        assert_eq!(first.require_partner, account.partner_state());
        assert_eq!(first.switch_partner, None);
        let last = switch_of(&transactions[1]);
        assert_eq!(last.switch_partner.as_ref().map(|s| s.from_active), Some(5));
        assert!(transactions.iter().all(|t| t.len() <= 100));
    }

    #[test]
    fn the_same_partner_again_changes_nothing() {
        let (account, partition, _) = enabled(1);
        let same = account.partner.clone();
        assert!(matches!(
            plan_switch(&Actor::system(), &account, &partition, to(same, None), 10).unwrap(),
            Decision::Answer(_)
        ));
    }

    #[test]
    fn moving_the_end_gives_every_active_user_of_the_partner_the_new_end() {
        let (account, partition, partner) = enabled(2);
        let transactions = committed(
            plan_switch(
                &Actor::system(),
                &account,
                &partition,
                to(account.partner.clone(), Some(500)),
                10,
            )
            .unwrap(),
        );
        let writes = &transactions[0];
        let ends: Vec<_> = writes
            .iter()
            .filter_map(|w| match w {
                Write::PutUser { user, .. } => Some((user.status, user.partner_until)),
                _ => None,
            })
            .collect();
        assert_eq!(ends, [(Status::Active, Some(500)); 2]);
        let change = switch_of(writes);
        assert_eq!(change.seats, 0);
        let switch = change.switch_partner.as_ref().unwrap();
        assert_eq!((switch.from_active, switch.until), (2, Some(500)));
        let audited: Vec<_> = writes
            .iter()
            .filter_map(|w| match w {
                Write::Audit(e) => Some((e.action, e.partner_account_id, e.until)),
                _ => None,
            })
            .collect();
        assert_eq!(
            audited,
            [(AuditAction::PartnerAccessEnabled, Some(partner), Some(500))]
        );
    }

    #[test]
    fn at_its_end_the_partner_s_users_are_recorded_as_ended_and_access_as_ended() {
        let (mut account, mut partition, _) = enabled(2);
        account.partner_until = Some(8);
        for user in &mut partition.users {
            user.partner_until = Some(8);
        }
        let ended = Switch {
            by_time: true,
            ..off()
        };
        let transactions =
            committed(plan_switch(&Actor::system(), &account, &partition, ended, 10).unwrap());
        let writes = &transactions[0];
        let actions: Vec<_> = writes
            .iter()
            .filter_map(|w| match w {
                Write::Audit(e) => Some(e.action),
                _ => None,
            })
            .collect();
        assert_eq!(
            actions,
            [
                AuditAction::UserAccessEnded,
                AuditAction::UserAccessEnded,
                AuditAction::PartnerAccessEnded
            ]
        );
        assert!(writes.iter().all(|w| match w {
            Write::PutUser { user, .. } =>
                user.deactivated_reason == Some(DeactivatedReason::AccessEnded),
            _ => true,
        }));
    }

    #[test]
    fn a_partner_s_member_creates_its_user_only_while_enabled_and_with_a_free_seat() {
        let (account, _, partner) = enabled(0);
        let mut agency = partner_user(&account, partner, 1, Status::Active);
        agency.account_id = partner;
        agency.account_kind = AccountKind::Partner;
        agency.role = Role::PartnerManager;
        let caller = Caller {
            sub: "pm1".into(),
            email: agency.sub.as_ref().map(|_| agency.email.clone()),
            email_verified: true,
            second_factor: false,
        };
        let read = |client: AccountRecord| ToCreate {
            client: Some(client),
            in_partner: Some(MemberRecord::of(&agency)),
            in_client: None,
            user: None,
        };
        let decide = |read: &ToCreate| decide_create_user(&caller, &agency.email, partner, read, 5);
        let Decision::Commit(plan) = decide(&read(account.clone())).unwrap() else {
            panic!("a user to create");
        };
        assert_eq!(plan.answer.partner_account_id, Some(partner));
        assert_eq!(plan.answer.status, Status::Active);
        let writes = plan.transactions.into_iter().next().unwrap().into_writes();
        assert_eq!(switch_of(&writes).require_partner, account.partner_state());
        let mut disabled = account.clone();
        disabled.partner = None;
        assert!(matches!(
            decide(&read(disabled)),
            Err(Error::PartnerAccessDisabled)
        ));
        let mut ended = account.clone();
        ended.partner_until = Some(5);
        assert!(matches!(
            decide(&read(ended)),
            Err(Error::PartnerAccessDisabled)
        ));
        let mut full = account;
        full.seats_used = full.seat_limit;
        assert!(matches!(decide(&read(full)), Err(Error::SeatLimitReached)));
    }
}
