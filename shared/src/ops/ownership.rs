//! Handing the account over: the owner offers ownership to an active user
//! who is not a partner's (an email tells them), may withdraw it, and the
//! user may decline it or, within `OFFER_LIFETIME_SECS`, take it. Taking it
//! is one transaction: the user becomes the owner (its limits and end of
//! access cleared), the old owner an active account manager without
//! limits, and the account names its new owner. Every owner's action
//! expects its caller still to be the owner (`users::owner_still`), so one
//! decided before the handover and committed after it is refused.

use super::changes::UserChange;
use super::plan::{Decision, Plan, Transaction, run};
use super::seats::{recipient, send_slot};
use super::users::{Context, Reads, Target, on_user, owner_still};
use super::{AccountView, Caller, permit};
use crate::Deps;
use crate::domain::{AuditAction, Email, Limits, Role, Status, UserRecord};
use crate::error::{Error, Result};
use crate::mail::{Delivery, OwnershipNotice};
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, AuditRecord, MemberRecord, OwnershipOffer};
use crate::store::{OfferChange, Partition, Write};
use crate::time::as_rfc3339;
use serde::Serialize;
use uuid::Uuid;

/// How long an offer stands.
pub const OFFER_LIFETIME_SECS: i64 = 7 * 24 * 3600;

/// An offer just made, and what became of its email.
#[derive(Debug, Serialize)]
pub struct Offered {
    pub user_id: Uuid,
    pub email: Email,
    #[serde(with = "as_rfc3339")]
    pub expires_at: i64,
    pub delivery: Delivery,
}

/// `POST /accounts/{account_id}/ownership` `{user_id}`.
pub async fn offer(deps: &Deps, caller: &Caller, target: &Target) -> Result<Offered> {
    let reads = Reads {
        account: true,
        recipient: true,
    };
    // The user is named in the body, not the path: one that is no user of
    // the account is one ownership cannot go to.
    let (offer, account) = on_user(deps, caller, target, reads, decide_offer)
        .await
        .map_err(|e| match e {
            Error::UserNotFound => Error::CannotOfferOwnership,
            e => e,
        })?;
    let url = deps.config.settings_url(account.id);
    let notice = OwnershipNotice {
        to: offer.email.as_str(),
        account_name: account.name.as_str(),
        owner: account.owner_email.as_str(),
        expires_at: offer.expires_at,
        url: &url,
        locale: account.locale,
        zone: &account.time_zone,
    };
    let delivery = deps.mailer().send_ownership(&notice).await;
    Ok(Offered {
        user_id: offer.user_id,
        email: offer.email,
        expires_at: offer.expires_at,
        delivery,
    })
}

fn decide_offer(cx: &Context<'_>) -> Result<Decision<(OwnershipOffer, AccountRecord)>> {
    let (user, now) = (cx.user, cx.now);
    let account = cx.account()?;
    if !offerable(user, now) {
        return Err(Error::CannotOfferOwnership);
    }
    if account.live_offer(now).is_some() {
        return Err(Error::OwnershipOfferPending);
    }
    let offer = OwnershipOffer {
        user_id: user.id,
        email: user.email.clone(),
        role: user.role,
        version: user.version,
        expires_at: now + OFFER_LIFETIME_SECS,
    };
    let mut transaction = Transaction::default();
    let change = transaction.account_change(account.id);
    change.offer = Some(OfferChange::Make {
        offer: offer.clone(),
        read: account.ownership_offer.clone(),
    });
    // Its email is counted as an invitation's is: on the account's send
    // slots and on the address's tally.
    change.send = Some(send_slot(account, cx.config.invite_rate_limit, now)?);
    let limit = cx.config.recipient_invite_limit;
    let tally = recipient(Key::recipient(&user.email), cx.recipient, limit, false, now)?;
    transaction
        .write(Write::Tally(tally))
        .write(Write::Unchanged {
            account_id: account.id,
            user_id: user.id,
            version: user.version,
        })
        .write(Write::Audit(
            AuditRecord::of_user(
                &cx.caller.actor(),
                AuditAction::AccountOwnershipOffered,
                Some(user),
                Some(user),
                now,
            )
            .until(Some(offer.expires_at)),
        ));
    Ok(Plan::one(transaction, (offer, account.clone())))
}

/// `DELETE /accounts/{account_id}/ownership`: the owner withdraws the
/// offer, or the offered user declines it; with none standing, nothing
/// changes.
pub async fn withdraw(deps: &Deps, caller: &Caller, account_id: Uuid) -> Result<()> {
    let keys = &[
        Key::member(&caller.sub, account_id),
        Key::account(account_id),
    ];
    let read = move |_| async move {
        let snapshot = deps.store.load(keys).await?;
        let member: Option<MemberRecord> = snapshot.get(&keys[0])?;
        let account: Option<AccountRecord> = snapshot.get(&keys[1])?;
        Ok((member, account))
    };
    run(deps, read, |(member, account), now| {
        permit(caller, member.as_ref(), None, now)?;
        let (member, account) = (member.as_ref(), account.as_ref());
        let (member, account) = member.zip(account).ok_or(Error::AccountNotFound)?;
        // None standing: nothing to withdraw, as asked.
        let Some(offer) = account.live_offer(now) else {
            return Ok(Decision::Answer(()));
        };
        let owner = member.role == Role::Owner;
        if !owner && member.user_id != offer.user_id {
            return Err(Error::Forbidden);
        }
        let mut transaction = Transaction::default();
        transaction.account_change(account.id).offer = Some(OfferChange::Withdraw {
            read: offer.clone(),
        });
        let event = AuditRecord::new(
            account.id,
            AuditAction::AccountOwnershipOfferWithdrawn,
            &caller.actor(),
            now,
        )
        .about(offer.user_id, &offer.email, None, None);
        transaction.write(Write::Audit(event));
        if owner {
            transaction.write(owner_still(caller, account.id));
        }
        Ok(Plan::one(transaction, ()))
    })
    .await
}

/// `POST /accounts/{account_id}/ownership/accept`: the offered user takes
/// the account, from its partition (read in one query).
pub async fn accept(deps: &Deps, caller: &Caller, account_id: Uuid) -> Result<AccountView> {
    let read = |_| deps.store.account_partition(account_id);
    run(deps, read, |partition, now| {
        decide_accept(caller, partition, now)
    })
    .await
}

fn decide_accept(
    caller: &Caller,
    partition: &Partition,
    now: i64,
) -> Result<Decision<AccountView>> {
    let of_sub = |sub: &str| {
        partition
            .users
            .iter()
            .find(|u| u.sub.as_deref() == Some(sub))
    };
    let me = of_sub(&caller.sub);
    permit(caller, me.map(MemberRecord::of).as_ref(), None, now)?;
    let (me, account) = me
        .zip(partition.account.as_ref())
        .ok_or(Error::AccountNotFound)?;
    let offer = account
        .ownership_offer
        .as_ref()
        .filter(|o| o.user_id == me.id)
        .ok_or(Error::NoOwnershipOffer)?;
    if !offer.holds_for(me, now) {
        return Err(Error::OwnershipOfferLapsed);
    }
    if account.require_mfa.is_some() && !caller.second_factor {
        return Err(Error::MfaRequired);
    }
    let old = of_sub(&account.owner_sub)
        .filter(|u| u.is_owner())
        .ok_or_else(|| Error::Internal("the account's owner has no user".into()))?;
    let new_owner = me.next(now, |u| {
        u.role = Role::Owner;
        u.set_limits(Limits::default());
        u.access_until = None;
        u.remind_at = None;
    });
    let manager = old.next(now, |u| {
        u.role = Role::AccountManager;
        u.set_limits(Limits::default());
    });
    let actor = caller.actor();
    let mut transaction = Transaction::default();
    for (before, after) in [(me, &new_owner), (old, &manager)] {
        transaction.user(UserChange::without_event(&actor, before, after, now));
    }
    transaction.account_change(account.id).offer = Some(OfferChange::Take {
        read: offer.clone(),
        from_sub: account.owner_sub.clone(),
        to_sub: caller.sub.clone(),
        to_email: me.email.clone(),
    });
    transaction.write(Write::Audit(AuditRecord::of_user(
        &actor,
        AuditAction::AccountOwnershipTransferred,
        Some(me),
        Some(&new_owner),
        now,
    )));
    let mut after = account.clone();
    after.owner_sub = caller.sub.clone();
    after.owner_email = me.email.clone();
    after.ownership_offer = None;
    Ok(Plan::one(transaction, AccountView::of(&after, now)))
}

/// Whether `user` may be offered ownership: an active user who is not the
/// owner, nor a partner's.
fn offerable(user: &UserRecord, now: i64) -> bool {
    user.status_at(now) == Status::Active && !user.is_owner() && user.partner_account_id.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Email;
    use crate::store::records::sample;

    /// The sample account, its owner and Sue (an active campaign creator)
    /// with ownership offered to her at 100.
    fn offered() -> (Partition, Caller) {
        let mut account = sample::account();
        let mut owner = UserRecord::new(
            &account.for_users(),
            Email::parse("owner@example.com").unwrap(),
            Role::Owner,
            0,
        );
        owner.bind("owner", 0);
        let mut sue = sample::user(Status::Active);
        sue.bind("sue", 0);
        sue.access_until = Some(10_000_000);
        account.ownership_offer = Some(OwnershipOffer {
            user_id: sue.id,
            email: sue.email.clone(),
            role: sue.role,
            version: sue.version,
            expires_at: 100 + OFFER_LIFETIME_SECS,
        });
        let caller = Caller {
            sub: "sue".into(),
            email: Some(sue.email.clone()),
            email_verified: true,
            second_factor: false,
        };
        let partition = Partition {
            account: Some(account),
            users: vec![owner, sue],
            requests: Vec::new(),
        };
        (partition, caller)
    }

    fn users_written(decision: Decision<AccountView>) -> Vec<UserRecord> {
        let Decision::Commit(plan) = decision else {
            panic!("expected writes");
        };
        let writes = plan
            .transactions
            .into_iter()
            .flat_map(Transaction::into_writes);
        writes
            .filter_map(|w| match w {
                Write::PutUser { user, .. } => Some(user),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn taking_the_offer_swaps_the_roles_in_one_transaction() {
        let (partition, sue) = offered();
        let view = decide_accept(&sue, &partition, 200).unwrap();
        let users = users_written(view);
        let (new, old) = (&users[0], &users[1]);
        assert_eq!((new.role, new.access_until), (Role::Owner, None));
        assert_eq!(
            (old.role, old.status, old.list_ids.clone()),
            (Role::AccountManager, Status::Active, None)
        );
    }

    #[test]
    fn the_offer_lapses_when_the_user_changes_or_its_time_runs_out() {
        let (mut partition, sue) = offered();
        partition.users[1].version += 1;
        assert!(matches!(
            decide_accept(&sue, &partition, 200),
            Err(Error::OwnershipOfferLapsed)
        ));
        let (partition, sue) = offered();
        let late = 100 + OFFER_LIFETIME_SECS;
        assert!(matches!(
            decide_accept(&sue, &partition, late),
            Err(Error::OwnershipOfferLapsed)
        ));
        let (mut partition, sue) = offered();
        partition.account.as_mut().unwrap().require_mfa = Some(crate::domain::MfaRequirement {
            since: 0,
            grace_days: 7,
        });
        assert!(matches!(
            decide_accept(&sue, &partition, 200),
            Err(Error::MfaRequired)
        ));
    }
}
