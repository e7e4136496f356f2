//! The reminders the sweep sends, each once: to a pending invitee
//! `INVITE_REMINDER_AFTER` after the last send, with a link of its own; to
//! the owner `ACCESS_REMINDER_BEFORE` a user's or the partner's access ends.
//! None goes to an address that bounced or complained. A reminder is marked
//! sent (and audited) by a transaction conditional on it still being due,
//! before its email goes, so two sweeps at once send it once. One that is not
//! to be sent (the link lapses within a day, the address refuses mail, no
//! send slot is free) is marked done without an email: skipped, not queued.

use super::changes::UserChange;
use super::plan::{Decision, Plan, Transaction, run};
use super::seats::{Tallied, recipient, send_slot};
use super::sweep::Swept;
use crate::Deps;
use crate::domain::{
    AuditAction, DeliveryStatus, InviteToken, Locale, Status, TimeZone, UserRecord, ending,
};
use crate::error::{Error, Result};
use crate::mail::{EndingNotice, Invitation};
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, Actor, AuditRecord, TallyRecord};
use crate::store::{PartnerReminded, Write};

/// What a reminder decides from, read strongly consistent: the user (for a
/// user's reminder), the account, and the tally of the address it goes to.
struct ToRemind {
    user: Option<UserRecord>,
    account: Option<AccountRecord>,
    tally: Option<TallyRecord>,
}

/// Reads the account and `user` (if named), then the tally of the address
/// `to` names from what was read.
async fn read(
    deps: &Deps,
    account_id: uuid::Uuid,
    user: Option<uuid::Uuid>,
    to: impl Fn(&ToRemind) -> Option<Key>,
) -> Result<ToRemind> {
    let account_key = Key::account(account_id);
    let user_key = user.map(|id| Key::user(account_id, id));
    let mut keys = vec![account_key.clone()];
    keys.extend(user_key.clone());
    let snapshot = deps.store.load(&keys).await?;
    let mut read = ToRemind {
        user: user_key.map(|k| snapshot.get(&k)).transpose()?.flatten(),
        account: snapshot.get(&account_key)?,
        tally: None,
    };
    if let Some(key) = to(&read) {
        read.tally = deps
            .store
            .load(std::slice::from_ref(&key))
            .await?
            .get(&key)?;
    }
    Ok(read)
}

/// The user's reminder that is due: the invitee's or the owner's.
pub(super) async fn remind(deps: &Deps, found: &UserRecord) -> Result<Swept> {
    match found.status {
        Status::Pending => remind_invitee(deps, found).await,
        Status::Active => remind_owner_of_user(deps, found).await,
        _ => Ok(Swept::Skipped),
    }
}

/// The user, with its reminder marked done, and nothing sent.
fn done_quietly<T>(user: &UserRecord, now: i64) -> Decision<Option<T>> {
    let after = user.next(now, |u| u.remind_at = None);
    let mut transaction = Transaction::default();
    transaction.user(UserChange::without_event(
        &Actor::system(),
        user,
        &after,
        now,
    ));
    Plan::one(transaction, None)
}

/// Whether `user`'s reminder is due at `now`.
fn due(user: &UserRecord, now: i64) -> bool {
    user.remind_at.is_some_and(|at| at <= now)
}

async fn remind_invitee(deps: &Deps, found: &UserRecord) -> Result<Swept> {
    let to = Key::recipient(&found.email);
    let reads = |_| read(deps, found.account_id, Some(found.id), |_| Some(to.clone()));
    let sent = run(deps, reads, |read, now| decide_invitee(deps, read, now)).await?;
    let Some((user, token, zone)) = sent else {
        return Ok(Swept::Skipped);
    };
    let url = deps.config.invite_url(&token.encode());
    deps.mailer()
        .send_invitation(&Invitation::of(&user, &url, true, &zone))
        .await;
    Ok(Swept::Reminded)
}

/// The invitee's reminder, with a new link that works beside the first, in
/// a send slot of the account's and counted for the address, like any
/// invitation email.
fn decide_invitee(
    deps: &Deps,
    read: &ToRemind,
    now: i64,
) -> Result<Decision<Option<(UserRecord, InviteToken, TimeZone)>>> {
    let (Some(user), Some(account)) = (&read.user, &read.account) else {
        return Ok(Decision::Answer(None));
    };
    if user.status_at(now) != Status::Pending || !due(user, now) {
        return Ok(Decision::Answer(None));
    }
    let refused = matches!(
        user.delivery.as_ref().map(|d| d.status),
        Some(DeliveryStatus::Bounced | DeliveryStatus::Complained)
    );
    let lapsing = !ending::worth_reminding(user.expires_at.unwrap_or(now), now);
    let config = &deps.config;
    let slot = send_slot(account, config.invite_rate_limit, now);
    let tally = recipient(
        Key::recipient(&user.email),
        Tallied::Read(read.tally.as_ref()),
        config.recipient_invite_limit,
        false,
        now,
    );
    let (slot, tally) = match (slot, tally) {
        (Ok(slot), Ok(tally)) if !refused && !lapsing => (slot, tally),
        (Err(e), _) | (_, Err(e)) if !is_refusal(&e) => return Err(e),
        _ => return Ok(done_quietly(user, now)),
    };
    let token = InviteToken::generate(account.id, user.id);
    let after = user.next(now, |u| {
        u.remind_at = None;
        u.reminder_token_hash = Some(token.hash());
    });
    let system = Actor::system();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(
        &system,
        AuditAction::InvitationReminded,
        Some(user),
        Some(&after),
        now,
    ));
    transaction.account_change(account.id).send = Some(slot);
    transaction.write(Write::Tally(tally));
    let zone = account.time_zone.clone();
    Ok(Plan::one(transaction, Some((after, token, zone))))
}

/// A limit or a suppression that stops a reminder, as opposed to a fault.
fn is_refusal(error: &Error) -> bool {
    matches!(
        error,
        Error::RateLimited { .. } | Error::RecipientSuppressed { .. }
    )
}

/// Who is told that access ends, of what, when, and where to extend it,
/// in the account's language and time zone.
struct Notice {
    to: crate::domain::Email,
    account_name: String,
    whose: String,
    ends_at: i64,
    locale: Locale,
    zone: TimeZone,
}

impl Notice {
    fn of(account: &AccountRecord, whose: String, ends_at: i64) -> Notice {
        Notice {
            to: account.owner_email.clone(),
            account_name: account.name.as_str().to_owned(),
            whose,
            ends_at,
            locale: account.locale,
            zone: account.time_zone.clone(),
        }
    }
}

async fn send_notice(deps: &Deps, notice: Notice, partner: bool, url: &str) -> Swept {
    deps.mailer()
        .send_ending(&EndingNotice {
            to: notice.to.as_str(),
            account_name: &notice.account_name,
            whose: &notice.whose,
            partner,
            ends_at: notice.ends_at,
            url,
            locale: notice.locale,
            zone: &notice.zone,
        })
        .await;
    Swept::Reminded
}

/// The owner's tally, once the account is read.
fn owner_tally(read: &ToRemind) -> Option<Key> {
    read.account
        .as_ref()
        .map(|a| Key::recipient(&a.owner_email))
}

/// Whether the owner's address takes mail, as read.
fn owner_takes_mail(read: &ToRemind) -> bool {
    read.tally.as_ref().is_none_or(|t| t.suppressed.is_none())
}

async fn remind_owner_of_user(deps: &Deps, found: &UserRecord) -> Result<Swept> {
    let reads = |_| read(deps, found.account_id, Some(found.id), owner_tally);
    let notice = run(deps, reads, decide_owner_of_user).await?;
    Ok(match notice {
        Some(notice) => {
            let url = deps.config.users_url(found.account_id);
            send_notice(deps, notice, false, &url).await
        }
        None => Swept::Skipped,
    })
}

/// The owner hears that an active user's access ends soon.
fn decide_owner_of_user(read: &ToRemind, now: i64) -> Result<Decision<Option<Notice>>> {
    let (Some(user), Some(account)) = (&read.user, &read.account) else {
        return Ok(Decision::Answer(None));
    };
    let Some(ends_at) = user.ends_at() else {
        return Ok(Decision::Answer(None));
    };
    if user.status_at(now) != Status::Active || !due(user, now) {
        return Ok(Decision::Answer(None));
    }
    if !owner_takes_mail(read) {
        return Ok(done_quietly(user, now));
    }
    let after = user.next(now, |u| u.remind_at = None);
    let system = Actor::system();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(
        &system,
        AuditAction::UserAccessEnding,
        Some(user),
        Some(&after),
        now,
    ));
    transaction.write(Write::Unsuppressed(Key::recipient(&account.owner_email)));
    let notice = Notice::of(account, user.email.as_str().to_owned(), ends_at);
    Ok(Plan::one(transaction, Some(notice)))
}

/// The owner's reminder that the partner's access ends soon.
pub(super) async fn remind_of_partner(deps: &Deps, found: &AccountRecord) -> Result<Swept> {
    let reads = |_| read(deps, found.id, None, owner_tally);
    let notice = run(deps, reads, decide_of_partner).await?;
    Ok(match notice {
        Some(notice) => {
            let url = deps.config.partner_access_url(found.id);
            send_notice(deps, notice, true, &url).await
        }
        None => Swept::Skipped,
    })
}

fn decide_of_partner(read: &ToRemind, now: i64) -> Result<Decision<Option<Notice>>> {
    let Some(account) = &read.account else {
        return Ok(Decision::Answer(None));
    };
    let (Some(partner), Some(until), Some(remind_at)) = (
        account.partner_at(now),
        account.partner_until,
        account.partner_remind_at,
    ) else {
        return Ok(Decision::Answer(None));
    };
    if remind_at > now {
        return Ok(Decision::Answer(None));
    }
    let mut transaction = Transaction::default();
    transaction.account_change(account.id).partner_reminded =
        Some(PartnerReminded { remind_at, until });
    if !owner_takes_mail(read) {
        return Ok(Plan::one(transaction, None));
    }
    transaction.write(Write::Unsuppressed(Key::recipient(&account.owner_email)));
    transaction.write(Write::Audit(
        AuditRecord::new(
            account.id,
            AuditAction::PartnerAccessEnding,
            &Actor::system(),
            now,
        )
        .of_partner(Some(partner.account_id))
        .until(Some(until)),
    ));
    let notice = Notice::of(account, partner.name.as_str().to_owned(), until);
    Ok(Plan::one(transaction, Some(notice)))
}
