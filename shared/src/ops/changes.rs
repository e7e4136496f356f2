//! A change of one user: the status machine's transitions (the owner's
//! actions, and the deactivations of a partner's switch-off, all go through
//! `transition`), and `UserChange`, the one producer of the writes a change
//! of a user makes: the user, its membership mirror, its audit event, and
//! what the account item records (its seat, its place among the pending
//! invitations, its partner's count of active users).

use crate::domain::{Action, AuditAction, DeactivatedReason, Status, UserRecord};
use crate::error::{Error, Result};
use crate::store::records::{Actor, AuditRecord, MemberRecord};
use crate::store::{AccountChange, Expect, Write};
use uuid::Uuid;

/// The user after `action` at `now` (`None`: deleted): refused unless the
/// user's status offers it (the owner offers nothing); the status it leads
/// to is set here (deactivated by the owner, unless `edit` says why else),
/// and `edit` makes the rest of the change.
pub(super) fn transition(
    action: Action,
    user: &UserRecord,
    now: i64,
    edit: impl FnOnce(&mut UserRecord),
) -> Result<Option<UserRecord>> {
    let status = user.status_at(now);
    if user.is_owner() || !status.offers(action) {
        if user.deactivated_reason_at(now) == Some(DeactivatedReason::AccessEnded) {
            return Err(Error::AccessEnded);
        }
        return Err(Error::invalid_transition(action, status));
    }
    Ok(status.after(action).map(|next| {
        user.next(now, |u| {
            u.status = next;
            u.deactivated_reason =
                (next == Status::Deactivated).then_some(DeactivatedReason::Owner);
            edit(u);
        })
    }))
}

/// `actor` changing a user from `before` (`None`: new) to `after` (`None`:
/// deleted), audited as `action` (`None`: news that is not an event, such as
/// an email's delivery).
pub(super) struct UserChange<'a> {
    pub actor: &'a Actor,
    pub action: Option<AuditAction>,
    pub before: Option<&'a UserRecord>,
    pub after: Option<&'a UserRecord>,
    now: i64,
    partner: Option<Uuid>,
    reason: Option<String>,
}

impl<'a> UserChange<'a> {
    pub fn new(
        actor: &'a Actor,
        action: AuditAction,
        before: Option<&'a UserRecord>,
        after: Option<&'a UserRecord>,
        now: i64,
    ) -> UserChange<'a> {
        UserChange {
            actor,
            action: Some(action),
            before,
            after,
            now,
            partner: None,
            reason: None,
        }
    }

    /// A change recorded on the user that is no event of the trail (an
    /// email's delivery news).
    pub fn without_event(
        actor: &'a Actor,
        before: &'a UserRecord,
        after: &'a UserRecord,
        now: i64,
    ) -> UserChange<'a> {
        UserChange {
            action: None,
            ..UserChange::new(
                actor,
                AuditAction::InvitationCreated,
                Some(before),
                Some(after),
                now,
            )
        }
    }

    /// Its event concerns the partner account `partner`.
    pub fn of_partner(mut self, partner: Option<Uuid>) -> UserChange<'a> {
        self.partner = partner;
        self
    }

    /// Its event says why (a bounce's diagnostic).
    pub fn because(mut self, reason: Option<String>) -> UserChange<'a> {
        self.reason = reason;
        self
    }

    /// The writes, each conditional on the item as read (the user's
    /// version, the membership's presence), and the account's change.
    pub(super) fn writes(self) -> (Vec<Write>, Uuid, AccountChange) {
        let user = self
            .after
            .or(self.before)
            .expect("a change has a user before or after it");
        let bound = |u: Option<&UserRecord>| u.and_then(|u| u.sub.clone());
        let mut writes = Vec::new();
        match self.after {
            Some(next) => {
                writes.push(Write::PutUser {
                    user: next.clone(),
                    expect: self
                        .before
                        .map_or(Expect::Absent, |b| Expect::Version(b.version)),
                });
                // A bound user's membership mirrors it, so authorization
                // sees the change at once.
                if let Some(sub) = bound(Some(next)) {
                    let expect = match bound(self.before) {
                        Some(_) => Expect::Present,
                        None => Expect::Absent,
                    };
                    writes.push(Write::PutMember {
                        sub,
                        member: MemberRecord::of(next),
                        expect,
                    });
                }
            }
            None => {
                let gone = self.before.expect("a deleted user was read");
                writes.push(Write::DeleteUser { user: gone.clone() });
                if let Some(sub) = bound(Some(gone)) {
                    writes.push(Write::DeleteMember {
                        sub,
                        account_id: gone.account_id,
                    });
                }
            }
        }
        if let Some(action) = self.action {
            writes.push(Write::Audit(
                AuditRecord::of_user(self.actor, action, self.before, self.after, self.now)
                    .of_partner(self.partner)
                    .because(self.reason),
            ));
        }
        let account = AccountChange::between(self.before, self.after);
        (writes, user.account_id, account)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Role, Status};
    use crate::store::records::sample;

    #[test]
    fn only_offered_actions_pass_and_the_owner_offers_none() {
        let active = sample::user(Status::Active);
        assert!(transition(Action::Revoke, &active, 1, |_| {}).is_err());
        let mut owner = active.clone();
        owner.role = Role::Owner;
        assert!(transition(Action::Deactivate, &owner, 1, |_| {}).is_err());
    }

    #[test]
    fn deactivating_a_bound_user_writes_user_membership_and_audit_and_frees_a_seat() {
        let mut user = sample::user(Status::Active);
        user.sub = Some("sue".into());
        let after = transition(Action::Deactivate, &user, 5, |_| {})
            .unwrap()
            .unwrap();
        assert_eq!(
            (after.status, after.version),
            (Status::Deactivated, user.version + 1)
        );
        let actor = Actor::system();
        let (writes, account_id, account) = UserChange::new(
            &actor,
            AuditAction::UserDeactivated,
            Some(&user),
            Some(&after),
            5,
        )
        .writes();
        assert!(matches!(
            writes.as_slice(),
            [Write::PutUser { expect: Expect::Version(v), .. }, Write::PutMember { expect: Expect::Present, .. }, Write::Audit(_)]
                if *v == user.version
        ));
        assert_eq!((account_id, account.seats), (user.account_id, -1));
    }

    #[test]
    fn an_accepted_invitation_creates_the_membership() {
        let pending = sample::user(Status::Pending);
        let accepted = pending.next(5, |u| u.bind("sue", 5));
        let actor = Actor::system();
        let (writes, _, account) = UserChange::new(
            &actor,
            AuditAction::InvitationAccepted,
            Some(&pending),
            Some(&accepted),
            5,
        )
        .writes();
        assert!(matches!(
            writes.as_slice(),
            [
                Write::PutUser { .. },
                Write::PutMember {
                    expect: Expect::Absent,
                    ..
                },
                Write::Audit(_)
            ]
        ));
        // The seat the invitation held becomes the user's.
        assert_eq!(
            (account.seats, account.remove_pending.clone()),
            (0, vec![pending.id])
        );
    }

    #[test]
    fn news_that_is_no_event_writes_only_the_user() {
        let user = sample::user(Status::Pending);
        let next = user.next(5, |_| {});
        let actor = Actor::system();
        let (writes, _, account) = UserChange::without_event(&actor, &user, &next, 5).writes();
        assert!(matches!(writes.as_slice(), [Write::PutUser { .. }]));
        assert!(account.is_empty());
    }

    #[test]
    fn an_expired_invitation_is_deleted_with_its_seat_if_the_sweep_had_not_written_it() {
        // Stored pending, read expired (past 200): the seat it still holds goes.
        let user = sample::user(Status::Pending);
        assert!(
            transition(Action::Delete, &user, 300, |_| {})
                .unwrap()
                .is_none()
        );
        let actor = Actor::system();
        let (writes, _, account) =
            UserChange::new(&actor, AuditAction::UserDeleted, Some(&user), None, 300).writes();
        assert!(matches!(
            writes.as_slice(),
            [Write::DeleteUser { .. }, Write::Audit(_)]
        ));
        assert_eq!(account.seats, -1);
        assert_eq!(account.remove_pending, [user.id]);
    }
}
