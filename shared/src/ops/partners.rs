//! Partner access: a partner agency asks a client account for managed access;
//! the client's owner enables it for one partner (or none); while enabled, a
//! member of that partner with `partner:tools` creates its own user in the
//! client account. Turning it off (or to another partner) deactivates every
//! user the old partner created, in the same operation.

use super::seats::make_room;
use super::transitions::{self, with_account};
use super::{Caller, UserView, authorize};
use crate::Deps;
use crate::domain::{AccountName, Action, AuditAction, Permission, Role};
use crate::error::{Error, Result};
use crate::store::keys::Key;
use crate::store::records::{
    AccountKind, AccountRecord, Actor, AuditRecord, MemberRecord, PartnerRef, PartnerRequestRecord,
    UserRecord, user_id,
};
use crate::store::{AccountChange, Expect, Partition, PartnerSwitch, Write, retrying};
use crate::time::{as_rfc3339, now};
use serde::Serialize;
use uuid::Uuid;

/// How long a request stays open without an answer.
const REQUEST_LIFETIME_SECS: i64 = 30 * 24 * 3600;
/// Users deactivated per transaction when a partner's access ends (each takes
/// three writes; a transaction holds at most 100).
const DEACTIVATIONS_PER_WRITE: usize = 30;

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub client_account_id: Uuid,
    pub partner_account_id: Uuid,
    pub partner_name: AccountName,
    pub requested_by: Option<crate::domain::Email>,
    #[serde(with = "as_rfc3339")]
    pub requested_at: i64,
}

impl RequestView {
    fn of(request: &PartnerRequestRecord) -> RequestView {
        RequestView {
            client_account_id: request.client_account_id,
            partner_account_id: request.partner.account_id,
            partner_name: request.partner.name.clone(),
            requested_by: request.requested_by.email.clone(),
            requested_at: request.requested_at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct PartnerView {
    pub account_id: Uuid,
    pub name: AccountName,
}

#[derive(Debug, Serialize)]
pub struct AccessView {
    pub enabled: bool,
    pub partner: Option<PartnerView>,
    /// Open requests, oldest first; the enabled partner's is not among them.
    pub requests: Vec<RequestView>,
}

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
fn acting_partner(member: Option<MemberRecord>) -> Result<MemberRecord> {
    // Not being a user of the partner account is "forbidden" here, not "not
    // found": the path names the client account, which is not in question.
    let member = member.ok_or(Error::Forbidden)?;
    authorize(Some(&member), Some(Permission::PartnerTools))?;
    if member.account_kind != AccountKind::Partner {
        return Err(Error::invalid(
            "invalid_field",
            "partner_account_id",
            "is not a partner account",
        ));
    }
    Ok(member)
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
    let in_partner = Key::member(&caller.sub, partner_id);
    let request_key = Key::partner_request(client_id, partner_id);
    retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(&[
                Key::account(client_id),
                in_partner.clone(),
                request_key.clone(),
            ])
            .await?;
        let member = acting_partner(snapshot.get(&in_partner)?)?;
        snapshot
            .get::<AccountRecord>(&Key::account(client_id))?
            .ok_or(Error::AccountNotFound)?;
        let live = snapshot
            .get::<PartnerRequestRecord>(&request_key)?
            .filter(|r| r.is_live(now));
        let request = PartnerRequestRecord {
            client_account_id: client_id,
            partner: PartnerRef {
                account_id: partner_id,
                name: member.account_name.clone(),
            },
            requested_by: caller.actor(),
            requested_at: now,
            ttl: now + REQUEST_LIFETIME_SECS,
        };
        let view = RequestView::of(&request);
        let mut writes = vec![Write::PutPartnerRequest {
            request,
            read_at: live.as_ref().map(|r| r.requested_at),
            now,
        }];
        if live.is_none() {
            writes.push(Write::Audit(
                AuditRecord::new(
                    client_id,
                    AuditAction::PartnerAccessRequested,
                    &caller.actor(),
                    now,
                )
                .of_partner(Some(partner_id)),
            ));
        }
        Ok(deps.store.commit(writes).await?.then_some(view))
    })
    .await
}

/// What partner access shows: the enabled partner, and the open requests of
/// the others, oldest first.
fn access_view(
    partner: Option<PartnerRef>,
    requests: &[PartnerRequestRecord],
    now: i64,
) -> AccessView {
    let enabled_id = partner.as_ref().map(|p| p.account_id);
    let mut requests: Vec<RequestView> = requests
        .iter()
        .filter(|r| r.is_live(now) && Some(r.partner.account_id) != enabled_id)
        .map(RequestView::of)
        .collect();
    requests.sort_by_key(|r| r.requested_at);
    AccessView {
        enabled: partner.is_some(),
        partner: partner.map(|p| PartnerView {
            account_id: p.account_id,
            name: p.name,
        }),
        requests,
    }
}

/// The client account's partition, read in one query, once the caller is
/// known as its owner from its own user there. (The owner never changes, so
/// no write needs to check it again.)
async fn owned_client(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
) -> Result<(AccountRecord, Partition)> {
    let mut partition = deps.store.account_partition(client_id).await?;
    let me = partition
        .users
        .iter()
        .find(|u| u.sub.as_deref() == Some(caller.sub.as_str()))
        .map(MemberRecord::of);
    authorize(me.as_ref(), Some(Permission::AccountEdit))?;
    let account = partition.account.take().ok_or(Error::AccountNotFound)?;
    Ok((account, partition))
}

/// `GET .../partner-access`: owner only.
pub async fn get(deps: &Deps, caller: &Caller, client_id: Uuid) -> Result<AccessView> {
    let (account, partition) = owned_client(deps, caller, client_id).await?;
    Ok(access_view(account.partner, &partition.requests, now()))
}

/// What turning partner access to `to` (off when `None`) takes.
#[derive(Debug)]
enum Switch {
    /// Already so: nothing to write.
    Unchanged,
    /// The read saw fewer (or more) of the old partner's active users than
    /// the account counts: a change was committing meanwhile. Read again.
    Incomplete,
    /// Transactions to commit in order; the last one switches the partner.
    Commit(Vec<Vec<Write>>),
}

/// Plans the switch from the partition as read: the old partner's active
/// users are deactivated (the same transition as the owner's deactivate),
/// in chunks of `DEACTIVATIONS_PER_WRITE` users per transaction when there
/// are more; the last transaction switches the partner, expecting the old
/// partner's count of active users that it deactivates, so a partner user
/// created or reactivated meanwhile makes it fail and be decided again.
fn plan_switch(
    actor: &Actor,
    account: &AccountRecord,
    partition: &Partition,
    to: Option<PartnerRef>,
    now: i64,
) -> Result<Switch> {
    let from = account.partner_id();
    if from == to.as_ref().map(|p| p.account_id) {
        return Ok(Switch::Unchanged);
    }
    let leaving: Vec<&UserRecord> = partition
        .users
        .iter()
        .filter(|u| from.is_some() && u.partner_account_id == from)
        .filter(|u| u.status_at(now).offers(Action::Deactivate))
        .collect();
    let counted = from.map_or(0, |f| account.partner_active.get(&f).copied().unwrap_or(0));
    if leaving.len() != counted as usize {
        return Ok(Switch::Incomplete);
    }
    let mut chunks: Vec<&[&UserRecord]> = leaving.chunks(DEACTIVATIONS_PER_WRITE).collect();
    let last = chunks.pop().unwrap_or(&[]);
    let mut transactions = Vec::new();
    for chunk in chunks {
        let (writes, mut change) = deactivations(actor, chunk, now)?;
        // Only while that partner is still the one enabled.
        change.require_partner = from;
        transactions.push(with_account(writes, account.id, change));
    }
    let (mut writes, mut change) = deactivations(actor, last, now)?;
    change.switch_partner = Some(PartnerSwitch {
        from,
        from_active: last.len() as u32,
        to: to.clone(),
    });
    if let Some(p) = &to {
        // The request is answered: it leaves the list of open ones.
        writes.push(Write::DeletePartnerRequest {
            client_id: account.id,
            partner_id: p.account_id,
        });
    }
    // Enabled names the partner let in; disabled, the one cut off.
    let (action, partner) = match &to {
        Some(p) => (AuditAction::PartnerAccessEnabled, Some(p.account_id)),
        None => (AuditAction::PartnerAccessDisabled, from),
    };
    writes.push(Write::Audit(
        AuditRecord::new(account.id, action, actor, now).of_partner(partner),
    ));
    transactions.push(with_account(writes, account.id, change));
    Ok(Switch::Commit(transactions))
}

/// Deactivates `users` (partner-created, active): their writes and the
/// account's change for all of them.
fn deactivations(
    actor: &Actor,
    users: &[&UserRecord],
    now: i64,
) -> Result<(Vec<Write>, AccountChange)> {
    let mut writes = Vec::new();
    let mut account = AccountChange::default();
    for user in users {
        let change = transitions::of(actor, Action::Deactivate, user, now, |_| {})?;
        writes.extend(change.writes);
        account = account.merge(change.account);
    }
    Ok((writes, account))
}

/// `PUT .../partner-access`: on for `partner` (which must have asked), or off.
pub async fn set(
    deps: &Deps,
    caller: &Caller,
    client_id: Uuid,
    partner: Option<Uuid>,
) -> Result<AccessView> {
    retrying(|| async {
        let now = now();
        let (account, partition) = owned_client(deps, caller, client_id).await?;
        let to = match partner {
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
        let view = access_view(to.clone(), &partition.requests, now);
        match plan_switch(&caller.actor(), &account, &partition, to, now)? {
            Switch::Unchanged => return Ok(Some(view)),
            Switch::Incomplete => return Ok(None),
            Switch::Commit(transactions) => {
                // Each transaction stands on its own: deactivated users stay
                // deactivated if a later one must be decided again.
                for writes in transactions {
                    if !deps.store.commit(writes).await? {
                        return Ok(None);
                    }
                }
            }
        }
        Ok(Some(view))
    })
    .await
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
    let id = user_id(client_id, &email);
    let in_partner = Key::member(&caller.sub, partner_id);
    let in_client = Key::member(&caller.sub, client_id);
    retrying(|| async {
        let now = now();
        let snapshot = deps
            .store
            .load(&[
                Key::account(client_id),
                in_partner.clone(),
                in_client.clone(),
                Key::user(client_id, id),
            ])
            .await?;
        acting_partner(snapshot.get(&in_partner)?)?;
        let account: AccountRecord = snapshot
            .get(&Key::account(client_id))?
            .ok_or(Error::AccountNotFound)?;
        if account.partner_id() != Some(partner_id) {
            return Err(Error::PartnerAccessDisabled);
        }
        // One user per partner sign-in, and never over an existing user.
        if snapshot.get::<MemberRecord>(&in_client)?.is_some() {
            return Err(Error::AlreadyMember);
        }
        if snapshot
            .get::<UserRecord>(&Key::user(client_id, id))?
            .is_some()
        {
            return Err(Error::UserExists);
        }
        let mut user = UserRecord::new(&account, email.clone(), Role::AccountManager, now);
        user.partner_account_id = Some(partner_id);
        user.bind(&caller.sub, now);
        let (mut change, mut writes) =
            make_room(&account, AccountChange::between(None, Some(&user)), id, now)?;
        change.require_partner = Some(partner_id);
        writes.extend([
            Write::PutUser {
                user: user.clone(),
                expect: Expect::Absent,
            },
            Write::PutMember {
                sub: caller.sub.clone(),
                member: MemberRecord::of(&user),
                expect: Expect::Absent,
            },
            Write::Audit(
                AuditRecord::of_user(
                    &caller.actor(),
                    AuditAction::PartnerUserCreated,
                    None,
                    Some(&user),
                    now,
                )
                .of_partner(Some(partner_id)),
            ),
        ]);
        let committed = deps
            .store
            .commit(with_account(writes, client_id, change))
            .await?;
        Ok(committed.then(|| UserView::of(&user, now)))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Email, Status};
    use crate::store::records::sample;

    fn partner_user(
        account: &AccountRecord,
        partner: Uuid,
        n: usize,
        status: Status,
    ) -> UserRecord {
        let email = Email::parse(&format!("pm{n}@agency.example")).unwrap();
        let mut user = UserRecord::new(account, email, Role::AccountManager, 0);
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
        let Switch::Commit(transactions) =
            plan_switch(&Actor::system(), &account, &partition, None, 10).unwrap()
        else {
            panic!("a switch to commit");
        };
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
                from: Some(partner),
                from_active: 3,
                to: None
            })
        );
    }

    #[test]
    fn a_read_that_misses_a_counted_user_is_read_again() {
        let (mut account, partition, partner) = enabled(2);
        account.partner_active.insert(partner, 3);
        assert!(matches!(
            plan_switch(&Actor::system(), &account, &partition, None, 10).unwrap(),
            Switch::Incomplete
        ));
    }

    #[test]
    fn many_users_go_in_chunks_the_last_of_which_switches() {
        let (account, partition, partner) = enabled(DEACTIVATIONS_PER_WRITE + 5);
        let Switch::Commit(transactions) =
            plan_switch(&Actor::system(), &account, &partition, None, 10).unwrap()
        else {
            panic!("a switch to commit");
        };
        assert_eq!(transactions.len(), 2);
        let first = switch_of(&transactions[0]);
        assert_eq!(first.require_partner, Some(partner));
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
            plan_switch(&Actor::system(), &account, &partition, same, 10).unwrap(),
            Switch::Unchanged
        ));
    }
}
