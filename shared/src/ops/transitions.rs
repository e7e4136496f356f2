//! A change of one user as the status machine allows it: the owner's
//! actions (change role, revoke, deactivate, reactivate, delete, resend) and
//! the deactivations of a partner's switch-off all go through `transition`,
//! so each transition is written once.

use crate::domain::{Action, AuditAction};
use crate::error::{Error, Result};
use crate::store::records::{Actor, AuditRecord, MemberRecord, UserRecord};
use crate::store::{AccountChange, Expect, Write};

/// What one transition decides: the user after it (`None`: deleted), the
/// writes of the user, its membership and its audit event, and what the
/// account item must record (written once per transaction, by the caller).
pub(super) struct Change {
    pub after: Option<UserRecord>,
    pub writes: Vec<Write>,
    pub account: AccountChange,
}

/// `actor` doing `action` to `user` at `now`, audited as `audit`: refused
/// unless the user's status offers it (the owner offers nothing); the status
/// it leads to is set here, and `edit` makes the rest of the change.
pub(super) fn transition(
    actor: &Actor,
    action: Action,
    audit: AuditAction,
    user: &UserRecord,
    now: i64,
    edit: impl FnOnce(&mut UserRecord),
) -> Result<Change> {
    let status = user.status_at(now);
    if user.is_owner() || !status.offers(action) {
        return Err(Error::invalid_transition(action, status));
    }
    let after = status.after(action).map(|next| {
        user.next(now, |u| {
            u.status = next;
            edit(u);
        })
    });
    let mut writes = match &after {
        Some(next) => put_user_and_membership(user, next),
        None => delete_user_and_membership(user),
    };
    writes.push(Write::Audit(AuditRecord::of_user(
        actor,
        audit,
        Some(user),
        after.as_ref(),
        now,
    )));
    let account = AccountChange::between(Some(user), after.as_ref());
    Ok(Change {
        after,
        writes,
        account,
    })
}

/// `transition`, audited by the action's own event.
pub(super) fn of(
    actor: &Actor,
    action: Action,
    user: &UserRecord,
    now: i64,
    edit: impl FnOnce(&mut UserRecord),
) -> Result<Change> {
    transition(actor, action, AuditAction::of(action), user, now, edit)
}

/// Writes `next` over the user as it was read (`before`), and, for a user
/// bound to a sign-in, mirrors it into its membership, so authorization sees
/// the change at once.
pub(super) fn put_user_and_membership(before: &UserRecord, next: &UserRecord) -> Vec<Write> {
    let mut writes = vec![Write::PutUser {
        user: next.clone(),
        expect: Expect::Version(before.version),
    }];
    if let Some(sub) = &next.sub {
        writes.push(Write::PutMember {
            sub: sub.clone(),
            member: MemberRecord::of(next),
            expect: Expect::Present,
        });
    }
    writes
}

fn delete_user_and_membership(user: &UserRecord) -> Vec<Write> {
    let mut writes = vec![Write::DeleteUser { user: user.clone() }];
    if let Some(sub) = &user.sub {
        writes.push(Write::DeleteMember {
            sub: sub.clone(),
            account_id: user.account_id,
        });
    }
    writes
}

/// `writes` with the account change added, if it changes anything.
pub(super) fn with_account(
    mut writes: Vec<Write>,
    account_id: uuid::Uuid,
    change: AccountChange,
) -> Vec<Write> {
    if !change.is_empty() {
        writes.push(Write::Account { account_id, change });
    }
    writes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Status;
    use crate::store::records::sample;

    #[test]
    fn only_offered_actions_pass_and_the_owner_offers_none() {
        let active = sample::user(Status::Active);
        assert!(of(&Actor::system(), Action::Revoke, &active, 1, |_| {}).is_err());
        let mut owner = active.clone();
        owner.role = crate::domain::Role::Owner;
        assert!(of(&Actor::system(), Action::Deactivate, &owner, 1, |_| {}).is_err());
    }

    #[test]
    fn deactivating_a_bound_user_writes_user_membership_and_audit_and_frees_a_seat() {
        let mut user = sample::user(Status::Active);
        user.sub = Some("sue".into());
        let change = of(&Actor::system(), Action::Deactivate, &user, 5, |_| {}).unwrap();
        let after = change.after.unwrap();
        assert_eq!(
            (after.status, after.version),
            (Status::Deactivated, user.version + 1)
        );
        assert!(matches!(
            change.writes.as_slice(),
            [Write::PutUser { expect: Expect::Version(v), .. }, Write::PutMember { .. }, Write::Audit(_)]
                if *v == user.version
        ));
        assert_eq!(change.account.seats, -1);
    }

    #[test]
    fn an_expired_invitation_is_deleted_with_its_seat_if_the_sweep_had_not_written_it() {
        // Stored pending, read expired (past 200): the seat it still holds goes.
        let user = sample::user(Status::Pending);
        let change = of(&Actor::system(), Action::Delete, &user, 300, |_| {}).unwrap();
        assert!(change.after.is_none());
        assert_eq!(change.account.seats, -1);
        assert_eq!(change.account.remove_pending, [user.id]);
    }
}
