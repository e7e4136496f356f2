//! Accounts: create one (the caller owns it), read it, and list the caller's.

use super::{AccountView, Caller, MembershipView, authorized};
use crate::Deps;
use crate::domain::{Role, Status};
use crate::error::{Error, Result};
use crate::store::records::{
    AccountKind, AccountRecord, AuditRecord, MemberRecord, Standing, UserRecord,
};
use crate::store::{Write, retrying};
use crate::time::now;
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

pub struct NewAccount {
    pub name: String,
    pub kind: AccountKind,
}

/// A user id is derived from the account and the address, so an address can
/// be a user of an account only once without any lookup item.
pub fn user_id(account_id: Uuid, email: &crate::domain::Email) -> Uuid {
    Uuid::new_v5(&account_id, email.as_str().as_bytes())
}

pub async fn create(deps: &Deps, caller: &Caller, new: NewAccount) -> Result<AccountView> {
    let owner_email = caller.email.clone().ok_or_else(|| {
        Error::invalid(
            "invalid_email",
            "email",
            "your sign-in has no valid email address to own an account with",
        )
    })?;
    retrying(|| async {
        let at = now();
        let id = Uuid::new_v4();
        let account = AccountRecord {
            id,
            name: new.name.clone(),
            kind: new.kind,
            owner_sub: caller.sub.clone(),
            owner_email: owner_email.clone(),
            seat_limit: deps.config.default_seat_limit,
            seats_used: 1,
            pending: HashMap::new(),
            partner: None,
            created_at: at,
        };
        let owner = UserRecord {
            id: user_id(id, &owner_email),
            account_id: id,
            email: owner_email.clone(),
            role: Role::Owner,
            status: Status::Active,
            invited_by: None,
            invited_at: None,
            expires_at: None,
            accepted_at: Some(at),
            updated_at: at,
            version: 1,
            partner_account_id: None,
            sub: Some(caller.sub.clone()),
            token_hash: None,
            account_name: account.name.clone(),
            account_kind: account.kind,
        };
        let after = Standing {
            role: Role::Owner,
            status: Status::Active,
        };
        let event = AuditRecord::new(
            id,
            "account.created",
            &caller.actor(),
            Some((owner.id, &owner.email)),
            None,
            Some(after),
            at,
        );
        let writes = vec![
            Write::NewAccount(account.clone()),
            Write::PutMember {
                sub: caller.sub.clone(),
                member: MemberRecord::of(&owner),
                expect: crate::store::Expect::Absent,
            },
            Write::PutUser {
                user: owner,
                expect: crate::store::Expect::Absent,
            },
            Write::Audit(event),
        ];
        let committed = deps.store.commit(writes).await?;
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
    accounts.sort_by_key(|a| a.name.to_lowercase());
    Ok(Me {
        sub: caller.sub.clone(),
        email: caller.email.clone(),
        accounts,
    })
}
