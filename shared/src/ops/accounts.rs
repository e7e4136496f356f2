//! Accounts: create one (the caller owns it), read it, and list the caller's.

use super::seats::{Tallied, count};
use super::{AccountView, Caller, MembershipView, authorized};
use crate::Deps;
use crate::domain::{AccountName, AuditAction, Role};
use crate::error::{Error, Limit, Result};
use crate::store::keys::Key;
use crate::store::records::{
    AccountKind, AccountRecord, AuditRecord, MemberRecord, TallyRecord, UserRecord,
};
use crate::store::{AccountChange, Expect, Write, retrying};
use crate::time::now;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
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
    let sign_in = Key::sign_in(&caller.sub);
    let read_tally = AtomicBool::new(false);
    retrying(|| async {
        let at = now();
        let tally: Option<Option<TallyRecord>> = if read_tally.load(Ordering::Relaxed) {
            let snapshot = deps.store.load(std::slice::from_ref(&sign_in)).await?;
            Some(snapshot.get(&sign_in)?)
        } else {
            None
        };
        let tallied = match &tally {
            None => Tallied::Unread,
            Some(record) => Tallied::Read(record.as_ref()),
        };
        let created = count(
            sign_in.clone(),
            tallied,
            Limit::AccountCreations,
            deps.config.account_create_limit,
            at,
        )?;
        let mut account = AccountRecord {
            id: Uuid::new_v4(),
            name: new.name.clone(),
            kind: new.kind,
            owner_sub: caller.sub.clone(),
            owner_email: owner_email.clone(),
            seat_limit: deps.config.default_seat_limit,
            seats_used: 0,
            pending: HashMap::new(),
            partner: None,
            partner_active: HashMap::new(),
            send_slots: BTreeMap::new(),
            created_at: at,
        };
        let mut owner = UserRecord::new(&account, owner_email.clone(), Role::Owner, at);
        owner.bind(&caller.sub, at);
        // The owner's seat, counted by the one rule every change uses.
        account.seats_used = AccountChange::between(None, Some(&owner)).seats as u32;
        let writes = vec![
            Write::NewAccount(account.clone()),
            Write::PutMember {
                sub: caller.sub.clone(),
                member: MemberRecord::of(&owner),
                expect: Expect::Absent,
            },
            Write::Audit(AuditRecord::of_user(
                &caller.actor(),
                AuditAction::AccountCreated,
                None,
                Some(&owner),
                at,
            )),
            Write::PutUser {
                user: owner,
                expect: Expect::Absent,
            },
            Write::Tally(created),
        ];
        let committed = deps.store.commit(writes).await?;
        read_tally.store(true, Ordering::Relaxed);
        Ok(committed.then(|| AccountView::of(&account, at)))
    })
    .await
}

pub async fn get(deps: &Deps, caller: &Caller, account_id: Uuid) -> Result<AccountView> {
    let account = authorized(deps, caller, account_id, None, true).await?;
    Ok(AccountView::of(
        &account.ok_or(Error::AccountNotFound)?,
        now(),
    ))
}

#[derive(Debug, Serialize)]
pub struct Me {
    pub sub: String,
    pub email: Option<crate::domain::Email>,
    pub accounts: Vec<MembershipView>,
}

pub async fn me(deps: &Deps, caller: &Caller) -> Result<Me> {
    let mut accounts: Vec<MembershipView> = deps
        .store
        .memberships(&caller.sub)
        .await?
        .iter()
        .map(MembershipView::of)
        .collect();
    accounts.sort_by_key(|a| a.name.as_str().to_lowercase());
    Ok(Me {
        sub: caller.sub.clone(),
        email: caller.email.clone(),
        accounts,
    })
}
