//! The reads of the operations that only read: the caller's membership (and
//! the account) in one request, checked by `permit`.

use super::{Caller, permit};
use crate::Deps;
use crate::domain::Permission;
use crate::error::{Error, Result};
use crate::store::keys::Key;
use crate::store::records::AccountRecord;
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
    permit(snapshot.get(&membership)?.as_ref(), permission, now())
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
    permit(snapshot.get(&membership)?.as_ref(), permission, now())?;
    snapshot.get(&account)?.ok_or(Error::AccountNotFound)
}
