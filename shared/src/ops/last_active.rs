//! When each user last used the account, to the period `LAST_ACTIVE_EVERY`
//! (a quarter hour unless set): marked when the API, `/authorize` or the
//! authorizer sees the caller, by one conditional transaction made only
//! when the membership just read holds a stale mark, so a check is still
//! one read in the common case. The write never delays nor denies the
//! request: it runs beside it, and a failure is only logged.

use crate::Deps;
use crate::domain::user::period_start;
use crate::store::Write;
use crate::store::keys::Key;
use crate::store::records::MemberRecord;

/// Marks `member` (of the sign-in `sub`, if it is a member) seen at
/// `now`, if its mark is stale: in the background, on the user's item and
/// its membership.
pub fn seen(deps: &Deps, sub: &str, member: Option<&MemberRecord>, now: i64) {
    let Some(member) = member else {
        return;
    };
    let at = period_start(now, deps.config.last_active_every.as_secs() as i64);
    if member.last_active_at.is_some_and(|t| t >= at) {
        return;
    }
    let writes = vec![
        Write::Seen {
            key: Key::user(member.account_id, member.user_id),
            at,
        },
        Write::Seen {
            key: Key::member(sub, member.account_id),
            at,
        },
    ];
    let store = deps.store.clone();
    tokio::spawn(async move {
        // Refused: marked meanwhile, or the user is gone; either is fine.
        if let Err(error) = store.commit(writes).await {
            tracing::warn!(%error, "the last activity could not be recorded");
        }
    });
}

#[cfg(test)]
mod tests {
    use crate::domain::user::{QUARTER_HOUR, period_start};

    #[test]
    fn marks_fall_on_the_start_of_their_period() {
        assert_eq!(period_start(1_000, QUARTER_HOUR), 900);
        assert_eq!(period_start(1_799, QUARTER_HOUR), 900);
        assert_eq!(period_start(1_800, QUARTER_HOUR), 1_800);
    }
}
