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

    /// What a stored status means at `now`: a pending invitation whose expiry
    /// has passed is expired at once, whether or not the sweep has written it.
    pub fn effective(self, expires_at: Option<i64>, now: i64) -> Status {
        match (self, expires_at) {
            (Status::Pending, Some(at)) if at <= now => Status::Expired,
            (status, _) => status,
        }
    }
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
        assert_eq!(Status::Pending.effective(Some(100), 99), Status::Pending);
        assert_eq!(Status::Pending.effective(Some(100), 100), Status::Expired);
        assert_eq!(Status::Revoked.effective(Some(100), 500), Status::Revoked);
        assert_eq!(Status::Active.effective(None, 500), Status::Active);
    }

    #[test]
    fn only_pending_and_active_take_a_seat() {
        let seated: Vec<_> = Status::ALL.into_iter().filter(|s| s.takes_seat()).collect();
        assert_eq!(seated, [Status::Pending, Status::Active]);
    }
}
