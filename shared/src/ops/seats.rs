//! What there is room for: an account's seats (`seat_limit`: the owner,
//! pending and active users) and invitation emails (`INVITE_RATE_LIMIT` in
//! any 24 hours), decided from the account item the operation read; and,
//! beyond one account, the accounts a sign-in creates
//! (`ACCOUNT_CREATE_LIMIT`) and the invitation emails an address receives
//! (`RECIPIENT_INVITE_LIMIT`), counted on a tally item of their own. Each is
//! held by the conditions of a write in the operation's one transaction, so
//! it stays exact under concurrent requests without another request.

use crate::domain::Suppression;
use crate::error::{Error, Limit, Result};
use crate::store::keys::Key;
use crate::store::records::{AccountRecord, TallyRecord};
use crate::store::{AccountChange, SendSlot, Tally, TallyBasis, Write};
use uuid::Uuid;

/// The most seats one write frees (of expired invitations, or of users whose
/// access ended) along with taking a seat; the rest wait for the sweep (a
/// transaction holds at most 100 writes).
const MAX_FREED_PER_WRITE: usize = 25;

/// The window of every daily limit.
pub(super) const WINDOW_SECS: i64 = 24 * 3600;

/// `change` with the seats it takes checked against `account`. While a seat
/// is free, the write's condition holds the count. When every seat is
/// written as taken but some are held by invitations that have expired or
/// by users whose access ended, those are written so in the same
/// transaction (the extra writes), and the write expects the count it read.
pub(super) fn make_room(
    account: &AccountRecord,
    change: AccountChange,
    target: Uuid,
    now: i64,
) -> Result<(AccountChange, Vec<Write>)> {
    let needed = u32::try_from(change.seats).unwrap_or(0);
    if needed == 0 || account.seats_used + needed <= account.seat_limit {
        return Ok((change, Vec::new()));
    }
    let overdue = account.overdue(now, Some(target));
    let ended = account.ended(now, Some(target));
    let freed = overdue.len() + ended.len();
    let in_use = account.seats_used.saturating_sub(freed as u32);
    if in_use + needed > account.seat_limit {
        return Err(Error::SeatLimitReached);
    }
    let mut change = AccountChange {
        expect_seats_used: Some(account.seats_used),
        ..change
    };
    let mut writes = Vec::new();
    let expiring = overdue.len().min(MAX_FREED_PER_WRITE);
    for (id, seat) in overdue.into_iter().take(expiring) {
        writes.extend(super::sweep::expiry(
            account.id,
            id,
            &seat.email,
            seat.role,
            now,
        ));
        change = change.merge(AccountChange::expiry(id));
    }
    for (id, seat) in ended.into_iter().take(MAX_FREED_PER_WRITE - expiring) {
        writes.extend(super::sweep::ending(account.id, id, seat, now));
        change = change.merge(AccountChange::end(id, seat.partner));
    }
    if account.seats_used as i64 + change.seats > account.seat_limit as i64 {
        // More expired invitations than one write may free: the sweep will.
        return Err(Error::SeatLimitReached);
    }
    Ok((change, writes))
}

/// The send slot an invitation email sent at `now` takes: a slot whose last
/// email has left the 24-hour window. There are `limit` slots, so at most
/// `limit` emails are sent in any window, and two requests that pick the same
/// slot conflict in DynamoDB (one decides again). Slots are picked at random
/// among the free ones, so concurrent invitations rarely collide.
pub(super) fn send_slot(account: &AccountRecord, limit: u32, now: i64) -> Result<SendSlot> {
    let cutoff = now - WINDOW_SECS;
    let recent: Vec<i64> = account
        .send_slots
        .values()
        .copied()
        .filter(|at| *at > cutoff)
        .collect();
    let free: Vec<u32> = (0..limit)
        .filter(|slot| account.send_slots.get(slot).is_none_or(|at| *at <= cutoff))
        .collect();
    // Slots past a lowered limit still count until their emails leave the window.
    if recent.len() >= limit as usize || free.is_empty() {
        let oldest = recent.iter().min().copied().unwrap_or(now);
        return Err(rate_limited(Limit::AccountInvitations, limit, oldest, now));
    }
    let slot = free[getrandom::u32().unwrap_or(0) as usize % free.len()];
    Ok(SendSlot {
        slot,
        previous: account.send_slots.get(&slot).copied(),
        at: now,
    })
}

/// The refusal of a limit of `count` whose oldest counted event, at
/// `oldest`, leaves the window first.
fn rate_limited(limit: Limit, count: u32, oldest: i64, now: i64) -> Error {
    Error::RateLimited {
        limit,
        count,
        retry_after: (oldest + WINDOW_SECS - now).max(1) as u64,
    }
}

/// How a tally item stands, as far as the operation knows.
#[derive(Clone, Copy, Debug)]
pub(super) enum Tallied<'a> {
    /// Not read (the first attempt of an operation that cannot name the
    /// item before it reads anything): the write's condition decides.
    Unread,
    /// Read: `None` when there is no item.
    Read(Option<&'a TallyRecord>),
}

/// The write that counts one more event at `now` on the tally at `key`,
/// within `limit` in any 24 hours, or the refusal that names `which`.
pub(super) fn count(
    key: Key,
    tallied: Tallied<'_>,
    which: Limit,
    limit: u32,
    now: i64,
) -> Result<Tally> {
    let basis = match tallied {
        Tallied::Unread => TallyBasis::Unread { limit },
        Tallied::Read(record) => {
            let cutoff = now - WINDOW_SECS;
            let kept: Vec<i64> = record
                .map(|r| r.at.iter().copied().filter(|at| *at > cutoff).collect())
                .unwrap_or_default();
            if kept.len() >= limit as usize {
                let oldest = kept.iter().min().copied().unwrap_or(now);
                return Err(rate_limited(which, limit, oldest, now));
            }
            TallyBasis::Read {
                version: record.map(|r| r.version),
                kept,
            }
        }
    };
    Ok(Tally {
        key,
        at: now,
        keep_until: now + WINDOW_SECS,
        basis,
        lift_bounce: false,
    })
}

/// The write that counts one more invitation email to the address at
/// `key`, or the refusal: too many this day, or an address that refused our
/// mail. A bounce gives way to the owner's `override_bounce`; a complaint
/// never does.
pub(super) fn recipient(
    key: Key,
    tallied: Tallied<'_>,
    limit: u32,
    override_bounce: bool,
    now: i64,
) -> Result<Tally> {
    let suppressed = match tallied {
        Tallied::Read(Some(record)) => record.suppressed,
        _ => None,
    };
    let lift_bounce = match suppressed {
        None => false,
        Some(Suppression::Bounced) if override_bounce => true,
        Some(reason) => return Err(Error::RecipientSuppressed { reason }),
    };
    let tally = count(key, tallied, Limit::RecipientInvitations, limit, now)?;
    Ok(Tally {
        lift_bounce,
        ..tally
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Email, Role, Status};
    use crate::store::records::{PendingSeat, sample};
    use proptest::prelude::*;

    fn one_seat() -> AccountChange {
        AccountChange {
            seats: 1,
            ..AccountChange::default()
        }
    }

    fn pending(expires_at: i64) -> PendingSeat {
        PendingSeat {
            expires_at,
            email: Email::parse("p@example.com").unwrap(),
            role: Role::CampaignCreator,
        }
    }

    #[test]
    fn a_free_seat_is_taken_under_the_write_s_condition() {
        let account = sample::account();
        let (change, writes) = make_room(&account, one_seat(), Uuid::new_v4(), 0).unwrap();
        assert_eq!((change.seats, change.expect_seats_used), (1, None));
        assert!(writes.is_empty());
    }

    #[test]
    fn a_full_account_frees_expired_invitations_in_the_same_write() {
        let mut account = sample::account();
        account.seats_used = account.seat_limit;
        let expired = Uuid::new_v4();
        account.pending.insert(expired, pending(50));
        account.pending.insert(Uuid::new_v4(), pending(500));
        let (change, writes) = make_room(&account, one_seat(), Uuid::new_v4(), 100).unwrap();
        assert_eq!(change.seats, 0);
        assert_eq!(change.expect_seats_used, Some(account.seat_limit));
        assert_eq!(change.remove_pending, [expired]);
        assert!(matches!(
            writes.as_slice(),
            [Write::ExpireInvitation { user_id, .. }, Write::Audit(_)] if *user_id == expired
        ));
    }

    #[test]
    fn a_full_account_records_the_end_of_a_user_whose_access_ended_to_free_its_seat() {
        let mut account = sample::account();
        account.seats_used = account.seat_limit;
        let ended = Uuid::new_v4();
        let seat = |ends_at| crate::store::records::EndingSeat {
            ends_at,
            email: Email::parse("e@example.com").unwrap(),
            role: Role::CampaignCreator,
            sub: Some("e".into()),
            partner: None,
        };
        account.ending.insert(ended, seat(50));
        account.ending.insert(Uuid::new_v4(), seat(500));
        assert_eq!(account.seats_in_use(100), account.seat_limit - 1);
        let (change, writes) = make_room(&account, one_seat(), Uuid::new_v4(), 100).unwrap();
        assert_eq!(change.seats, 0);
        assert_eq!(change.remove_ending, [ended]);
        assert!(matches!(
            writes.as_slice(),
            [Write::EndAccess { user_id, .. }, Write::EndMembership { .. }, Write::Audit(_)]
                if *user_id == ended
        ));
    }

    #[test]
    fn a_full_account_without_expired_invitations_has_no_room() {
        let mut account = sample::account();
        account.seats_used = account.seat_limit;
        account.pending.insert(Uuid::new_v4(), pending(500));
        assert!(matches!(
            make_room(&account, one_seat(), Uuid::new_v4(), 100),
            Err(Error::SeatLimitReached)
        ));
        // Freeing seats needs no room.
        let free = AccountChange {
            seats: -1,
            ..AccountChange::default()
        };
        assert!(make_room(&account, free, Uuid::new_v4(), 100).is_ok());
    }

    #[test]
    fn the_target_s_own_expired_invitation_is_not_freed_for_it() {
        let mut account = sample::account();
        account.seats_used = account.seat_limit;
        let target = Uuid::new_v4();
        account.pending.insert(target, pending(50));
        assert!(make_room(&account, one_seat(), target, 100).is_err());
    }

    #[test]
    fn the_limit_counts_sends_of_the_last_24_hours() {
        let mut account = sample::account();
        let now = 1_000_000;
        for slot in 0..3 {
            account.send_slots.insert(slot, now - 100 * i64::from(slot));
        }
        assert!(send_slot(&account, 4, now).is_ok_and(|s| s.slot == 3 && s.previous.is_none()));
        let Err(Error::RateLimited { retry_after, .. }) = send_slot(&account, 3, now) else {
            panic!("three sends in the window fill a limit of three");
        };
        // The oldest counted send (200 s ago) leaves the window first.
        assert_eq!(retry_after, (WINDOW_SECS - 200) as u64);
        // A slot whose send has left the window is free again.
        account.send_slots.insert(2, now - WINDOW_SECS);
        let slot = send_slot(&account, 3, now).unwrap();
        assert_eq!((slot.slot, slot.previous), (2, Some(now - WINDOW_SECS)));
    }

    #[test]
    fn a_lowered_limit_still_counts_the_window_s_sends() {
        let mut account = sample::account();
        for slot in 0..5 {
            account.send_slots.insert(slot, 10);
        }
        assert!(send_slot(&account, 3, 20).is_err());
    }

    fn key() -> Key {
        Key::sign_in("sue")
    }

    fn tally(at: &[i64], suppressed: Option<Suppression>) -> TallyRecord {
        TallyRecord {
            at: at.to_vec(),
            version: 7,
            suppressed,
        }
    }

    #[test]
    fn an_unread_tally_leaves_the_limit_to_the_write_s_condition() {
        let t = count(key(), Tallied::Unread, Limit::AccountCreations, 5, 100).unwrap();
        assert_eq!(t.basis, TallyBasis::Unread { limit: 5 });
        assert_eq!((t.at, t.keep_until), (100, 100 + WINDOW_SECS));
    }

    #[test]
    fn a_read_tally_keeps_the_window_s_events_and_expects_its_version() {
        let now = 10 * WINDOW_SECS;
        let read = tally(&[now - WINDOW_SECS, now - 10], None);
        let t = count(
            key(),
            Tallied::Read(Some(&read)),
            Limit::AccountCreations,
            2,
            now,
        )
        .unwrap();
        assert_eq!(
            t.basis,
            TallyBasis::Read {
                version: Some(7),
                kept: vec![now - 10]
            }
        );
        let absent = count(key(), Tallied::Read(None), Limit::AccountCreations, 2, now).unwrap();
        assert_eq!(
            absent.basis,
            TallyBasis::Read {
                version: None,
                kept: vec![]
            }
        );
    }

    #[test]
    fn a_full_tally_refuses_until_its_oldest_event_leaves_the_window() {
        let now = 10 * WINDOW_SECS;
        let read = tally(&[now - 300, now - 10], None);
        let Err(Error::RateLimited {
            limit,
            count: n,
            retry_after,
        }) = count(
            key(),
            Tallied::Read(Some(&read)),
            Limit::AccountCreations,
            2,
            now,
        )
        else {
            panic!("two events in the window fill a limit of two");
        };
        assert_eq!((limit, n), (Limit::AccountCreations, 2));
        assert_eq!(retry_after, (WINDOW_SECS - 300) as u64);
    }

    #[test]
    fn a_bounce_gives_way_to_the_override_and_a_complaint_never() {
        let bounced = tally(&[], Some(Suppression::Bounced));
        let complained = tally(&[], Some(Suppression::Complained));
        let send = |read: &TallyRecord, override_bounce| {
            recipient(key(), Tallied::Read(Some(read)), 5, override_bounce, 1)
        };
        assert!(matches!(
            send(&bounced, false),
            Err(Error::RecipientSuppressed {
                reason: Suppression::Bounced
            })
        ));
        assert!(send(&bounced, true).is_ok_and(|t| t.lift_bounce));
        for override_bounce in [false, true] {
            assert!(matches!(
                send(&complained, override_bounce),
                Err(Error::RecipientSuppressed {
                    reason: Suppression::Complained
                })
            ));
        }
        let clean = tally(&[], None);
        assert!(send(&clean, true).is_ok_and(|t| !t.lift_bounce));
    }

    proptest! {
        /// Invitations, accepts, revokes and time passing, applied as the
        /// store applies the planned changes: seats in use always equal the
        /// owner plus pending (not yet expired) and active users.
        #[test]
        fn seats_in_use_equal_owner_pending_and_active(
            steps in proptest::collection::vec((0usize..6, 0u8..3, 0i64..40), 0..80)
        ) {
            let mut account = sample::account();
            account.seat_limit = 4;
            let ids: Vec<Uuid> = (0..6).map(|_| Uuid::new_v4()).collect();
            let mut status: Vec<Option<(Status, i64)>> = vec![None; 6];
            let mut now = 0;
            for (who, what, wait) in steps {
                now += wait;
                let id = ids[who];
                let effective = |s: Option<(Status, i64)>| match s {
                    Some((Status::Pending, at)) if at <= now => Some(Status::Expired),
                    s => s.map(|(s, _)| s),
                };
                let change = match (what, effective(status[who])) {
                    // Invite a newcomer or an expired address: a seat, pending.
                    (0, None | Some(Status::Expired)) => {
                        let stored_pending = matches!(status[who], Some((Status::Pending, _)));
                        let seats = if stored_pending { 0 } else { 1 };
                        AccountChange {
                            seats,
                            set_pending: Some((id, pending(now + 30))),
                            ..AccountChange::default()
                        }
                    }
                    // Accept: the seat stays, no longer pending.
                    (1, Some(Status::Pending)) => AccountChange {
                        remove_pending: vec![id],
                        ..AccountChange::default()
                    },
                    // Deactivate an active user.
                    (2, Some(Status::Active)) => AccountChange {
                        seats: -1,
                        ..AccountChange::default()
                    },
                    _ => continue,
                };
                let Ok((change, extra)) = make_room(&account, change, id, now) else {
                    prop_assert!(account.seats_in_use(now) >= account.seat_limit);
                    continue;
                };
                // Apply what the writes do.
                for write in &extra {
                    if let Write::ExpireInvitation { user_id, .. } = write {
                        let i = ids.iter().position(|x| x == user_id).unwrap();
                        status[i] = Some((Status::Expired, 0));
                    }
                }
                account.seats_used = (account.seats_used as i64 + change.seats) as u32;
                prop_assert!(account.seats_used <= account.seat_limit);
                for gone in &change.remove_pending {
                    account.pending.remove(gone);
                }
                if let Some((pid, seat)) = change.set_pending.clone() {
                    status[who] = Some((Status::Pending, seat.expires_at));
                    account.pending.insert(pid, seat);
                } else if what == 1 {
                    status[who] = Some((Status::Active, 0));
                } else if what == 2 {
                    status[who] = Some((Status::Deactivated, 0));
                }
                let held = status
                    .iter()
                    .filter(|s| matches!(effective(**s), Some(Status::Pending | Status::Active)))
                    .count() as u32;
                prop_assert_eq!(account.seats_in_use(now), 1 + held);
            }
        }
    }
}
