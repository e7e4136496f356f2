//! Accounts: create one (the caller owns it), read it, list the caller's,
//! and leave one.

use super::changes::UserChange;
use super::plan::{Decision, Plan, Transaction, run};
use super::reads::permitted_account;
use super::seats::{Tallied, count};
use super::{AccountView, Caller, MembershipView};
use crate::Deps;
use crate::domain::settings::DEFAULT_GRACE_DAYS;
use crate::domain::{AccountKind, UserRecord};
use crate::domain::{AccountName, AuditAction, Email, Locale, Role, TimeZone};
use crate::error::{Error, Limit, Result};
use crate::store::Write;
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, MemberRecord, TallyRecord};
use crate::time::now;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

pub struct NewAccount {
    pub name: AccountName,
    pub kind: AccountKind,
}

pub async fn create(deps: &Deps, caller: &Caller, new: NewAccount) -> Result<AccountView> {
    let owner_email = caller.email.clone().ok_or_else(|| {
        Error::invalid(
            "invalid_email",
            "email",
            "your sign-in has no valid email address to own an account with",
        )
    })?;
    // The sign-in's tally of accounts it created is read only once a write
    // was refused: the first write counts the new account blind, under a
    // condition that holds while the tally has room.
    let sign_in = &Key::sign_in(&caller.sub);
    let read = move |attempt| async move {
        if attempt == 0 {
            return Ok(None);
        }
        let snapshot = deps.store.load(std::slice::from_ref(sign_in)).await?;
        Ok(Some(snapshot.get::<TallyRecord>(sign_in)?))
    };
    let limit = deps.config.account_create_limit;
    let seats = deps.config.default_seat_limit;
    run(deps, read, |tally, now| {
        let tallied = match tally {
            None => Tallied::Unread,
            Some(record) => Tallied::Read(record.as_ref()),
        };
        let created = count(
            sign_in.clone(),
            tallied,
            Limit::AccountCreations,
            limit,
            now,
        )?;
        let (account, mut transaction) = founded(caller, &new, owner_email.clone(), seats, now);
        transaction.write(Write::Tally(created));
        let view = AccountView::of(&account, now);
        Ok(Plan::one(transaction, view))
    })
    .await
}

/// A new account owned by the caller, and the writes that found it: the
/// account (its owner's seat counted by the one rule every change uses),
/// the owner as its bound user, with membership and audit event.
fn founded(
    caller: &Caller,
    new: &NewAccount,
    owner_email: Email,
    seat_limit: u32,
    now: i64,
) -> (AccountRecord, Transaction) {
    let mut account = AccountRecord {
        id: Uuid::new_v4(),
        name: new.name.clone(),
        kind: new.kind,
        owner_sub: caller.sub.clone(),
        owner_email: owner_email.clone(),
        seat_limit,
        seats_used: 0,
        pending: HashMap::new(),
        ending: HashMap::new(),
        partner: None,
        partner_until: None,
        partner_remind_at: None,
        partner_active: HashMap::new(),
        send_slots: BTreeMap::new(),
        created_at: now,
        locale: Locale::default(),
        time_zone: TimeZone::default(),
        require_mfa: None,
        mfa_grace_days: DEFAULT_GRACE_DAYS,
        version: 0,
        settings_version: 0,
        ownership_offer: None,
    };
    let mut owner = UserRecord::new(&account.for_users(), owner_email, Role::Owner, now);
    owner.bind(&caller.sub, now);
    let actor = caller.actor();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(
        &actor,
        AuditAction::AccountCreated,
        None,
        Some(&owner),
        now,
    ));
    account.seats_used = transaction.take_account_change().seats as u32;
    transaction.write(Write::NewAccount(account.clone()));
    (account, transaction)
}

pub async fn get(deps: &Deps, caller: &Caller, account_id: Uuid) -> Result<AccountView> {
    let account = permitted_account(deps, caller, account_id, None).await?;
    Ok(AccountView::of(&account, now()))
}

#[derive(Debug, Serialize)]
pub struct Me {
    pub sub: String,
    pub email: Option<crate::domain::Email>,
    pub accounts: Vec<MembershipView>,
}

pub async fn me(deps: &Deps, caller: &Caller) -> Result<Me> {
    let at = now();
    let mut accounts: Vec<MembershipView> = deps
        .store
        .memberships(&caller.sub)
        .await?
        .iter()
        .map(|m| MembershipView::of(m, caller.second_factor, at))
        .collect();
    accounts.sort_by_key(|a| a.name.as_str().to_lowercase());
    Ok(Me {
        sub: caller.sub.clone(),
        email: caller.email.clone(),
        accounts,
    })
}

/// What leaving decides from: the caller's membership and its user.
struct ToLeave {
    member: Option<MemberRecord>,
    user: Option<UserRecord>,
}

/// `POST /accounts/{account_id}/leave`: any user but the owner removes
/// itself (its user and membership), freeing its seat, audited as
/// `user.left`. The user is read with the membership in one request, by the
/// id the caller's address gives it; a membership naming another user (an
/// address changed since) is followed by a second read.
pub async fn leave(deps: &Deps, caller: &Caller, account_id: Uuid) -> Result<()> {
    let membership = &Key::member(&caller.sub, account_id);
    let guess = caller
        .verified_email()
        .map(|email| Key::user(account_id, UserRecord::id_for(account_id, email)));
    let read = move |_| {
        let guess = guess.clone();
        async move {
            let mut keys = vec![membership.clone()];
            keys.extend(guess.clone());
            let snapshot = deps.store.load(&keys).await?;
            let member: Option<MemberRecord> = snapshot.get(membership)?;
            let user = match (&member, guess) {
                (Some(m), Some(key)) if key == Key::user(account_id, m.user_id) => {
                    snapshot.get(&key)?
                }
                (Some(m), _) => deps.store.user(account_id, m.user_id).await?,
                (None, _) => None,
            };
            Ok(ToLeave { member, user })
        }
    };
    run(deps, read, |read, now| decide_leave(caller, read, now)).await
}

fn decide_leave(caller: &Caller, read: &ToLeave, now: i64) -> Result<Decision<()>> {
    let member = read.member.as_ref().ok_or(Error::AccountNotFound)?;
    let user = read
        .user
        .as_ref()
        .filter(|u| u.id == member.user_id)
        .ok_or(Error::AccountNotFound)?;
    if user.is_owner() {
        return Err(Error::OwnerCannotLeave);
    }
    let actor = caller.actor();
    let mut transaction = Transaction::default();
    transaction.user(UserChange::new(
        &actor,
        AuditAction::UserLeft,
        Some(user),
        None,
        now,
    ));
    Ok(Plan::one(transaction, ()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Expect;

    #[test]
    fn a_new_account_counts_its_owner_s_seat_and_binds_the_owner() {
        let caller = Caller {
            sub: "jo".into(),
            email: Email::parse("jo@example.com").ok(),
            email_verified: true,
            second_factor: false,
        };
        let new = NewAccount {
            name: AccountName::parse("Green Acres").unwrap(),
            kind: AccountKind::Standard,
        };
        let email = caller.email.clone().unwrap();
        let (account, transaction) = founded(&caller, &new, email, 10, 7);
        assert_eq!((account.seats_used, account.seat_limit), (1, 10));
        let writes = transaction.into_writes();
        assert!(matches!(
            writes.as_slice(),
            [
                Write::PutUser {
                    expect: Expect::Absent,
                    ..
                },
                Write::PutMember {
                    expect: Expect::Absent,
                    ..
                },
                Write::Audit(_),
                Write::NewAccount(_)
            ]
        ));
    }
}
