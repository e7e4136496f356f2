use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// Where a user stands in an account's lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pending,
    Active,
    Deactivated,
    Expired,
    Revoked,
}

/// What an owner can do to a user; each status offers some of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Resend,
    Revoke,
    ChangeRole,
    Deactivate,
    Reactivate,
    Delete,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Pending,
        Status::Active,
        Status::Deactivated,
        Status::Expired,
        Status::Revoked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Active => "active",
            Status::Deactivated => "deactivated",
            Status::Expired => "expired",
            Status::Revoked => "revoked",
        }
    }

    /// The contract's table: the only transitions there are.
    pub fn actions(self) -> &'static [Action] {
        use Action::*;
        match self {
            Status::Pending => &[Resend, Revoke],
            Status::Active => &[ChangeRole, Deactivate],
            Status::Deactivated => &[Reactivate, Delete],
            Status::Expired => &[Resend, Revoke, Delete],
            Status::Revoked => &[Resend, Delete],
        }
    }

    pub fn offers(self, action: Action) -> bool {
        self.actions().contains(&action)
    }

    /// Pending and active users (and the owner) hold a seat.
    pub fn takes_seat(self) -> bool {
        matches!(self, Status::Pending | Status::Active)
    }

    /// The status an offered action leads to; `None`: the user is gone.
    pub fn after(self, action: Action) -> Option<Status> {
        match action {
            Action::Resend => Some(Status::Pending),
            Action::Revoke => Some(Status::Revoked),
            Action::ChangeRole => Some(self),
            Action::Deactivate => Some(Status::Deactivated),
            Action::Reactivate => Some(Status::Active),
            Action::Delete => None,
        }
    }

    /// What a stored status means at `now`: a pending invitation whose expiry
    /// has passed is expired, and an active user whose access ended
    /// (`ends_at`) is deactivated, at once, whether or not the sweep has
    /// written it.
    pub fn effective(self, expires_at: Option<i64>, ends_at: Option<i64>, now: i64) -> Status {
        match self {
            Status::Pending if expires_at.is_some_and(|at| at <= now) => Status::Expired,
            Status::Active if ends_at.is_some_and(|at| at <= now) => Status::Deactivated,
            status => status,
        }
    }
}

/// The seats a user's change of status takes (positive) or frees (negative),
/// from the stored status before (`None`: no user yet) to the one after
/// (`None`: gone). The one rule of seat arithmetic: the account's count is
/// the sum of these over every change, so it always equals the owner plus
/// the pending and active users as stored.
pub fn seat_delta(before: Option<Status>, after: Option<Status>) -> i64 {
    let held = |s: Option<Status>| i64::from(s.is_some_and(Status::takes_seat));
    held(after) - held(before)
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Resend => "resend",
            Action::Revoke => "revoke",
            Action::ChangeRole => "change_role",
            Action::Deactivate => "deactivate",
            Action::Reactivate => "reactivate",
            Action::Delete => "delete",
        }
    }
}

impl FromStr for Status {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;
    use proptest::prelude::*;

    #[test]
    fn each_status_offers_exactly_the_contract_actions() {
        assert_eq!(Status::Pending.actions(), [Resend, Revoke]);
        assert_eq!(Status::Active.actions(), [ChangeRole, Deactivate]);
        assert_eq!(Status::Deactivated.actions(), [Reactivate, Delete]);
        assert_eq!(Status::Expired.actions(), [Resend, Revoke, Delete]);
        assert_eq!(Status::Revoked.actions(), [Resend, Delete]);
    }

    #[test]
    fn anything_else_is_not_offered() {
        assert!(!Status::Active.offers(Delete));
        assert!(!Status::Pending.offers(Reactivate));
        assert!(!Status::Revoked.offers(Revoke));
        assert!(!Status::Deactivated.offers(ChangeRole));
    }

    #[test]
    fn a_pending_invitation_past_its_expiry_reads_as_expired() {
        assert_eq!(
            Status::Pending.effective(Some(100), None, 99),
            Status::Pending
        );
        assert_eq!(
            Status::Pending.effective(Some(100), None, 100),
            Status::Expired
        );
        assert_eq!(
            Status::Revoked.effective(Some(100), None, 500),
            Status::Revoked
        );
        assert_eq!(Status::Active.effective(None, None, 500), Status::Active);
    }

    #[test]
    fn an_active_user_past_its_end_reads_as_deactivated() {
        assert_eq!(
            Status::Active.effective(None, Some(100), 99),
            Status::Active
        );
        assert_eq!(
            Status::Active.effective(None, Some(100), 100),
            Status::Deactivated
        );
        assert_eq!(
            Status::Pending.effective(Some(900), Some(100), 500),
            Status::Pending
        );
    }

    #[test]
    fn actions_lead_where_the_contract_says() {
        assert_eq!(Status::Expired.after(Resend), Some(Status::Pending));
        assert_eq!(Status::Pending.after(Revoke), Some(Status::Revoked));
        assert_eq!(Status::Active.after(ChangeRole), Some(Status::Active));
        assert_eq!(Status::Active.after(Deactivate), Some(Status::Deactivated));
        assert_eq!(Status::Deactivated.after(Reactivate), Some(Status::Active));
        assert_eq!(Status::Revoked.after(Delete), None);
    }

    fn status() -> impl Strategy<Value = Status> {
        proptest::sample::select(Status::ALL.to_vec())
    }

    fn action() -> impl Strategy<Value = Action> {
        proptest::sample::select(vec![
            Resend, Revoke, ChangeRole, Deactivate, Reactivate, Delete,
        ])
    }

    proptest! {
        /// Whatever the owner does, in any order, to any users, the seats
        /// counted by `seat_delta` equal the pending and active users.
        #[test]
        fn seats_counted_equal_pending_and_active_users(
            steps in proptest::collection::vec((0usize..5, action(), any::<bool>()), 0..200)
        ) {
            let mut users: Vec<Option<Status>> = vec![None; 5];
            let mut seats = 0i64;
            for (who, action, lapse) in steps {
                let before = users[who];
                let after = match before {
                    // Inviting a new address is the only way in.
                    None => Some(Status::Pending),
                    // Time passes: the sweep writes an overdue invitation expired.
                    Some(Status::Pending) if lapse => Some(Status::Expired),
                    Some(status) if status.offers(action) => status.after(action),
                    Some(status) => Some(status),
                };
                seats += seat_delta(before, after);
                users[who] = after;
                let held = users.iter().flatten().filter(|s| s.takes_seat()).count();
                prop_assert_eq!(seats, held as i64);
            }
        }

        /// Only the table's actions are offered, and each leads somewhere
        /// from which the contract lets the user go on (or out).
        #[test]
        fn offered_actions_keep_users_in_known_statuses(status in status(), action in action()) {
            if status.offers(action)
                && let Some(next) = status.after(action)
            {
                prop_assert!(!next.actions().is_empty());
            }
        }
    }

    #[test]
    fn only_pending_and_active_take_a_seat() {
        let seated: Vec<_> = Status::ALL.into_iter().filter(|s| s.takes_seat()).collect();
        assert_eq!(seated, [Status::Pending, Status::Active]);
    }
}
