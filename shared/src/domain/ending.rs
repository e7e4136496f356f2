//! Access that ends: the bounds of an end date an owner sets, why a user was
//! deactivated, and when the reminders of an ending fall due.

use serde::{Deserialize, Serialize};

/// Why a user is deactivated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeactivatedReason {
    /// The owner deactivated the user.
    Owner,
    /// The partner that created the user was cut off.
    PartnerAccessOff,
    /// The user's end date (or its partner's) passed.
    AccessEnded,
}

impl DeactivatedReason {
    /// As the API and the store spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            DeactivatedReason::Owner => "owner",
            DeactivatedReason::PartnerAccessOff => "partner_access_off",
            DeactivatedReason::AccessEnded => "access_ended",
        }
    }
}

/// The furthest ahead an end date may be.
pub const MAX_AHEAD_SECS: i64 = 365 * 24 * 3600;

/// An end date is never nearer than this to a pending invitation's expiry
/// for the invitee to be reminded: a reminder a few hours before a link
/// lapses only tells of a link that is about to stop working.
const REMINDER_MARGIN_SECS: i64 = 24 * 3600;

/// `at` as an end date set at `now`: at least `min_secs` ahead (the
/// deployment's `MIN_ACCESS_DURATION`) and at most a year; else why not.
pub fn check_end(at: i64, now: i64, min_secs: i64) -> Result<i64, String> {
    if at <= now {
        return Err("must be in the future".into());
    }
    if at < now + min_secs {
        let min = humantime::format_duration(std::time::Duration::from_secs(min_secs as u64));
        return Err(format!("must be at least {min} from now"));
    }
    if at > now + MAX_AHEAD_SECS {
        return Err("must be at most a year from now".into());
    }
    Ok(at)
}

/// When the owner hears that access ending at `ends_at` is about to end:
/// `before` ahead of it, if that is still to come at `now`. An end set
/// nearer than that was set knowingly, so it is not reminded.
pub fn ending_reminder(ends_at: i64, before_secs: i64, now: i64) -> Option<i64> {
    let at = ends_at - before_secs;
    (at > now).then_some(at)
}

/// When the invitee of an invitation sent at `sent_at` and expiring at
/// `expires_at` is reminded: `after_secs` later, unless the link expires
/// within a day of then.
pub fn invitation_reminder(sent_at: i64, expires_at: i64, after_secs: i64) -> Option<i64> {
    let at = sent_at + after_secs;
    worth_reminding(expires_at, at).then_some(at)
}

/// Whether a link expiring at `expires_at` is still worth a reminder at `now`.
pub fn worth_reminding(expires_at: i64, now: i64) -> bool {
    expires_at - now >= REMINDER_MARGIN_SECS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_end_date_is_between_the_minimum_and_a_year_ahead() {
        assert!(check_end(99, 100, 60).is_err());
        assert!(check_end(100, 100, 60).is_err());
        assert_eq!(
            check_end(159, 100, 60).unwrap_err(),
            "must be at least 1m from now"
        );
        assert_eq!(check_end(160, 100, 60), Ok(160));
        assert_eq!(
            check_end(100 + MAX_AHEAD_SECS, 100, 60),
            Ok(100 + MAX_AHEAD_SECS)
        );
        assert!(check_end(101 + MAX_AHEAD_SECS, 100, 60).is_err());
    }

    #[test]
    fn the_owner_is_reminded_ahead_of_an_end_unless_it_is_already_near() {
        assert_eq!(ending_reminder(1000, 300, 100), Some(700));
        assert_eq!(ending_reminder(1000, 300, 700), None);
    }

    #[test]
    fn an_invitee_is_reminded_unless_the_link_lapses_within_a_day() {
        let day = 24 * 3600;
        assert_eq!(invitation_reminder(0, 7 * day, 3 * day), Some(3 * day));
        assert_eq!(invitation_reminder(0, 3 * day + day - 1, 3 * day), None);
        assert_eq!(invitation_reminder(0, 4 * day, 3 * day), Some(3 * day));
    }
}
