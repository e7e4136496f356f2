//! The caller's standing in an account, checked by `permit`: from its
//! membership (and the account) read in one request, or from its own user
//! in the account's partition.

use super::last_active::seen;
use super::{Caller, permit};
use crate::Deps;
use crate::domain::Permission;
use crate::error::{Error, Result};
use crate::store::Partition;
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, MemberRecord};
use crate::time::now;
use uuid::Uuid;

/// Checks that the caller may act in the account (`permission`; `None`: any
/// active user), from its membership.
pub(super) async fn permitted(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    permission: Option<Permission>,
) -> Result<()> {
    let membership = Key::member(&caller.sub, account_id);
    let snapshot = deps.store.load(std::slice::from_ref(&membership)).await?;
    let member = snapshot.get(&membership)?;
    seen(deps, &caller.sub, member.as_ref(), now());
    permit(caller, member.as_ref(), permission, now())
}

/// The account, read with the caller's membership in one request, once the
/// caller may act there.
pub(super) async fn permitted_account(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    permission: Option<Permission>,
) -> Result<AccountRecord> {
    let membership = Key::member(&caller.sub, account_id);
    let account = Key::account(account_id);
    let snapshot = deps
        .store
        .load(&[membership.clone(), account.clone()])
        .await?;
    let member = snapshot.get(&membership)?;
    seen(deps, &caller.sub, member.as_ref(), now());
    permit(caller, member.as_ref(), permission, now())?;
    snapshot.get(&account)?.ok_or(Error::AccountNotFound)
}

/// The account as its owner sees it, from its partition (read in one
/// query): the caller is known as its owner from its own user there, and
/// may act with `account:edit`. (The owner never changes, so no write
/// needs to check it again.)
pub(super) fn owned<'a>(
    caller: &Caller,
    partition: &'a Partition,
    now: i64,
) -> Result<&'a AccountRecord> {
    let me = partition
        .users
        .iter()
        .find(|u| u.sub.as_deref() == Some(caller.sub.as_str()))
        .map(MemberRecord::of);
    permit(caller, me.as_ref(), Some(Permission::AccountEdit), now)?;
    partition.account.as_ref().ok_or(Error::AccountNotFound)
}
