//! `PATCH /accounts/{account_id}`: the owner's settings of the account (its
//! name, language and time zone, and whether it requires a second factor
//! of everyone in it, with a grace period).
//!
//! A check reads one item, the caller's membership, so what it needs of the
//! requirement is copied there, from the user, as the account's name is: a
//! change of either writes every user whose copy differs (and its
//! membership), in chunks that each stand whole. The first also writes the
//! account, only if the account is still as read: a user created or bound
//! meanwhile moved it on, so the change reads and decides again. A user
//! created after it expects the copy it took (`settings_version`), and a
//! user written meanwhile fails its chunk, which is decided again from a
//! fresh read until no copy differs.

use super::changes::UserChange;
use super::plan::{Decision, Plan, Transaction, run};
use super::reads::owned;
use super::{AccountView, Caller};
use crate::Deps;
use crate::domain::{AccountName, AuditAction, Locale, MfaRequirement, TimeZone, UserRecord};
use crate::error::{Error, Result};
use crate::store::records::{AccountRecord, AuditRecord, SettingsDetail};
use crate::store::{Partition, SettingsChange, Write};
use uuid::Uuid;

/// Users per transaction: a user and its membership each, beside the
/// account and its (at most three) events, within DynamoDB's 100 items.
const USERS_PER_WRITE: usize = 48;

/// What to change; absent fields stay.
#[derive(Debug, Default)]
pub struct SettingsUpdate {
    pub name: Option<AccountName>,
    pub locale: Option<Locale>,
    pub time_zone: Option<TimeZone>,
    pub require_mfa: Option<bool>,
    pub mfa_grace_days: Option<u32>,
}

pub async fn update(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    update: SettingsUpdate,
) -> Result<AccountView> {
    let read = |_| deps.store.account_partition(account_id);
    run(deps, read, |partition, now| {
        decide(caller, partition, &update, now)
    })
    .await
}

/// The account's settings after `update` at `now`. Turned on, the
/// requirement keeps when it was first turned on, so a new grace period
/// counts from then.
fn settled(account: &AccountRecord, update: &SettingsUpdate, now: i64) -> AccountRecord {
    let mut after = account.clone();
    let grace_days = update.mfa_grace_days.unwrap_or(account.mfa_grace_days);
    after.mfa_grace_days = grace_days;
    let on = update.require_mfa.unwrap_or(account.require_mfa.is_some());
    after.require_mfa = on.then(|| MfaRequirement {
        since: account.require_mfa.map_or(now, |r| r.since),
        grace_days,
    });
    if let Some(name) = &update.name {
        after.name = name.clone();
    }
    if let Some(locale) = update.locale {
        after.locale = locale;
    }
    if let Some(zone) = &update.time_zone {
        after.time_zone = zone.clone();
    }
    after
}

fn decide(
    caller: &Caller,
    partition: &Partition,
    update: &SettingsUpdate,
    now: i64,
) -> Result<Decision<AccountView>> {
    let account = owned(caller, partition, now)?;
    let after = settled(account, update, now);
    if after.require_mfa != account.require_mfa && !caller.second_factor {
        // So that no owner requires what they cannot show themselves, nor
        // lifts it without showing it.
        return Err(Error::MfaRequired);
    }
    let copy = after.for_users();
    let stale: Vec<&UserRecord> = partition
        .users
        .iter()
        .filter(|u| !u.copies(&copy))
        .collect();
    let events = events(caller, account, &after, now);
    if events.is_empty() && stale.is_empty() {
        return Ok(Decision::Answer(AccountView::of(account, now)));
    }
    let actor = caller.actor();
    let mut transactions = Vec::new();
    for (i, chunk) in stale.chunks(USERS_PER_WRITE).enumerate() {
        let mut transaction = Transaction::default();
        for user in chunk {
            let copied = user.next(now, |u| u.copy(&copy));
            transaction.user(UserChange::without_event(&actor, user, &copied, now));
        }
        if i == 0 {
            first(&mut transaction, account, &after, &events);
        }
        transactions.push(transaction);
    }
    if transactions.is_empty() {
        let mut transaction = Transaction::default();
        first(&mut transaction, account, &after, &events);
        transactions.push(transaction);
    }
    Ok(Decision::Commit(Plan {
        transactions,
        answer: AccountView::of(&after, now),
    }))
}

/// The first transaction's share: the account's new settings, only if the
/// account is as read, and the events. Nothing of it once the settings are
/// written and only copies are left to make.
fn first(
    transaction: &mut Transaction,
    account: &AccountRecord,
    after: &AccountRecord,
    events: &[AuditRecord],
) {
    if events.is_empty() {
        return;
    }
    transaction.account_change(account.id).settings = Some(SettingsChange {
        from_version: account.version,
        name: after.name.clone(),
        locale: after.locale,
        time_zone: after.time_zone.clone(),
        require_mfa: after.require_mfa,
        mfa_grace_days: after.mfa_grace_days,
        copied: account.name != after.name || mfa_from(account) != mfa_from(after),
    });
    for event in events {
        transaction.write(Write::Audit(event.clone()));
    }
}

/// The events of the change from `account` to `after`: one per kind of
/// setting changed.
fn events(
    caller: &Caller,
    account: &AccountRecord,
    after: &AccountRecord,
    now: i64,
) -> Vec<AuditRecord> {
    let actor = caller.actor();
    let event = |action, settings| {
        AuditRecord::new(account.id, action, &actor, now).with_settings(settings)
    };
    let mut events = Vec::new();
    if after.name != account.name {
        let name = Some(after.name.clone());
        events.push(event(
            AuditAction::AccountRenamed,
            SettingsDetail {
                name,
                ..SettingsDetail::default()
            },
        ));
    }
    // The grace period alone is a setting while nothing is required; once
    // required, it moves the requirement's start (below).
    let grace_kept = after.mfa_grace_days != account.mfa_grace_days && after.require_mfa.is_none();
    let others = SettingsDetail {
        locale: (after.locale != account.locale).then_some(after.locale),
        time_zone: (after.time_zone != account.time_zone).then(|| after.time_zone.clone()),
        mfa_grace_days: grace_kept.then_some(after.mfa_grace_days),
        ..SettingsDetail::default()
    };
    if others != SettingsDetail::default() {
        events.push(event(AuditAction::AccountSettingsChanged, others));
    }
    match (mfa_from(account), mfa_from(after)) {
        (before, Some(at)) if before != Some(at) => events.push(event(
            AuditAction::AccountMfaRequired,
            SettingsDetail {
                mfa_required_from: Some(at),
                mfa_grace_days: Some(after.mfa_grace_days),
                ..SettingsDetail::default()
            },
        )),
        (Some(_), None) => events.push(event(
            AuditAction::AccountMfaNotRequired,
            SettingsDetail::default(),
        )),
        _ => {}
    }
    events
}

/// From when `account` requires a second factor, if it does.
fn mfa_from(account: &AccountRecord) -> Option<i64> {
    account.require_mfa.map(|r| r.enforced_from())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Email, Role, Status};
    use crate::store::records::sample;

    fn owner() -> Caller {
        Caller {
            sub: "owner".into(),
            email: Email::parse("owner@example.com").ok(),
            email_verified: true,
            second_factor: true,
        }
    }

    /// `sample::account()` with its owner and `n` more users, pending and
    /// active by turns.
    fn partition(n: usize) -> Partition {
        let account = sample::account();
        let email = |e: &str| Email::parse(e).unwrap();
        let mut me = UserRecord::new(
            &account.for_users(),
            email("owner@example.com"),
            Role::Owner,
            0,
        );
        me.bind("owner", 0);
        let mut users = vec![me];
        users.extend((0..n).map(|i| {
            let address = email(&format!("u{i}@example.com"));
            let mut user = UserRecord::new(&account.for_users(), address, Role::CampaignCreator, 0);
            if i % 2 == 0 {
                user.bind(&format!("u{i}"), 0);
            } else {
                user.status = Status::Pending;
                user.expires_at = Some(10_000);
            }
            user
        }));
        Partition {
            account: Some(account),
            users,
            requests: Vec::new(),
        }
    }

    fn commit(decision: Decision<AccountView>) -> Vec<Vec<Write>> {
        match decision {
            Decision::Commit(plan) => plan
                .transactions
                .into_iter()
                .map(Transaction::into_writes)
                .collect(),
            _ => panic!("expected writes"),
        }
    }

    fn required() -> SettingsUpdate {
        SettingsUpdate {
            require_mfa: Some(true),
            ..SettingsUpdate::default()
        }
    }

    #[test]
    fn a_requirement_reaches_every_user_in_whole_chunks_the_first_with_the_account() {
        let read = partition(99);
        let transactions = commit(decide(&owner(), &read, &required(), 1000).unwrap());
        assert_eq!(transactions.len(), 3);
        let settings = |writes: &[Write]| {
            writes.iter().find_map(|w| match w {
                Write::Account { change, .. } => change.settings.clone(),
                _ => None,
            })
        };
        let first = settings(&transactions[0]).expect("the first writes the account");
        assert_eq!((first.from_version, first.copied), (0, true));
        assert!(transactions[1..].iter().all(|t| settings(t).is_none()));
        assert!(transactions.iter().all(|t| t.len() <= 100));
        let users: Vec<&UserRecord> = transactions
            .iter()
            .flatten()
            .filter_map(|w| match w {
                Write::PutUser { user, .. } => Some(user),
                _ => None,
            })
            .collect();
        // Every user, pending ones too (they are bound with the copy).
        assert_eq!(users.len(), 100);
        let from = Some(1000 + 7 * 24 * 3600);
        assert!(users.iter().all(|u| u.mfa_from == from));
        let members = transactions.iter().flatten();
        let members = members.filter(|w| matches!(w, Write::PutMember { .. }));
        assert_eq!(members.count(), 51);
    }

    #[test]
    fn decided_again_after_the_first_chunk_only_the_copies_left_are_made() {
        let mut read = partition(60);
        let at = 1000;
        let mut account = settled(read.account.as_ref().unwrap(), &required(), at);
        account.version = 1;
        let copy = account.for_users();
        read.account = Some(account);
        for user in read.users.iter_mut().take(49) {
            user.copy(&copy);
        }
        let transactions = commit(decide(&owner(), &read, &required(), at + 5).unwrap());
        assert_eq!(transactions.len(), 1);
        let writes = &transactions[0];
        assert!(
            !writes
                .iter()
                .any(|w| matches!(w, Write::Account { .. } | Write::Audit(_)))
        );
        let users = writes.iter().filter(|w| matches!(w, Write::PutUser { .. }));
        assert_eq!(users.count(), 61 - 49);
    }

    #[test]
    fn without_a_second_factor_the_owner_changes_all_but_the_requirement() {
        let read = partition(1);
        let caller = Caller {
            second_factor: false,
            ..owner()
        };
        assert!(matches!(
            decide(&caller, &read, &required(), 1000),
            Err(Error::MfaRequired)
        ));
        let rename = SettingsUpdate {
            name: AccountName::parse("Blue Acres").ok(),
            mfa_grace_days: Some(3),
            ..SettingsUpdate::default()
        };
        let transactions = commit(decide(&caller, &read, &rename, 1000).unwrap());
        let events: Vec<AuditAction> = transactions[0]
            .iter()
            .filter_map(|w| match w {
                Write::Audit(e) => Some(e.action),
                _ => None,
            })
            .collect();
        assert_eq!(
            events,
            [
                AuditAction::AccountRenamed,
                AuditAction::AccountSettingsChanged
            ]
        );
    }
}
