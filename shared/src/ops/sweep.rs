//! The sweep, run on a schedule, as `system`: it writes down what time has
//! already decided, and sends the reminders that fall due. Pending
//! invitations past their expiry become `expired`; users whose access ended
//! become `deactivated` (`access_ended`), and a partner whose access ended is
//! switched off; invitees and owners are reminded. Reads see expiry and ends
//! at once without it; the sweep makes the table say so too. What it reads
//! grows with what is due (two sparse indexes), never with the table.

use super::{partners, reminders};
use crate::Deps;
use crate::domain::{AuditAction, Email, Role, Standing, Status};
use crate::error::Result;
use crate::store::keys::PENDING_SHARDS;
use crate::store::records::{Actor, AuditRecord, EndingSeat};
use crate::store::{AccountChange, Due, Write};
use crate::time::now;
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Default, Serialize)]
pub struct SweepReport {
    /// Invitations this run marked expired.
    pub expired: usize,
    /// Users whose access this run recorded as ended.
    pub ended: usize,
    /// Partners whose access this run switched off at its end.
    pub partners_ended: usize,
    /// Reminders this run sent (to invitees and to owners).
    pub reminded: usize,
    /// Found due but changed meanwhile (accepted, resent, extended, or
    /// handled by another sweep), or a reminder that was not to be sent:
    /// left as they are.
    pub skipped: usize,
    /// Read capacity units the index queries consumed: it grows with what
    /// is due, not with the size of the table.
    pub read_units: f64,
}

/// The writes that expire one pending invitation, conditional on it still
/// being pending and overdue; the caller adds the account's change
/// (`AccountChange::expiry`).
pub(crate) fn expiry(
    account_id: Uuid,
    user_id: Uuid,
    email: &Email,
    role: Role,
    now: i64,
) -> [Write; 2] {
    let standing = |status| Standing {
        role,
        status,
        limits: None,
        access_until: None,
    };
    [
        Write::ExpireInvitation {
            account_id,
            user_id,
            now,
        },
        Write::Audit(
            AuditRecord::new(
                account_id,
                AuditAction::InvitationExpired,
                &Actor::system(),
                now,
            )
            .about(
                user_id,
                email,
                Some(standing(Status::Pending)),
                Some(standing(Status::Expired)),
            ),
        ),
    ]
}

/// The writes that record the end of one user's access (its item, its
/// membership, its event), conditional on it still being active and its end
/// passed; the caller adds the account's change (`AccountChange::end`).
pub(crate) fn ending(account_id: Uuid, user_id: Uuid, seat: &EndingSeat, now: i64) -> Vec<Write> {
    let standing = |status| Standing {
        role: seat.role,
        status,
        limits: None,
        access_until: Some(seat.ends_at),
    };
    let mut writes = vec![Write::EndAccess {
        account_id,
        user_id,
        now,
    }];
    if let Some(sub) = &seat.sub {
        writes.push(Write::EndMembership {
            sub: sub.clone(),
            account_id,
        });
    }
    writes.push(Write::Audit(
        AuditRecord::new(
            account_id,
            AuditAction::UserAccessEnded,
            &Actor::system(),
            now,
        )
        .about(
            user_id,
            &seat.email,
            Some(standing(Status::Active)),
            Some(standing(Status::Deactivated)),
        )
        .of_partner(seat.partner),
    ));
    writes
}

/// What became of one item found due.
pub(crate) enum Swept {
    Expired,
    Ended,
    PartnerEnded,
    Reminded,
    Skipped,
}

impl SweepReport {
    fn count(&mut self, swept: Swept) {
        let counter = match swept {
            Swept::Expired => &mut self.expired,
            Swept::Ended => &mut self.ended,
            Swept::PartnerEnded => &mut self.partners_ended,
            Swept::Reminded => &mut self.reminded,
            Swept::Skipped => &mut self.skipped,
        };
        *counter += 1;
    }
}

/// One run. Idempotent and safe beside every operation and another sweep:
/// each change is a transaction whose condition is that the item is still
/// as found (pending and overdue, active and past its end, its reminder
/// still due), so a concurrent change simply makes it skip, and a reminder
/// is marked sent by the transaction before its email goes.
pub async fn sweep(deps: &Deps) -> Result<SweepReport> {
    let now = now();
    let mut report = SweepReport::default();
    for shard in 0..PENDING_SHARDS {
        let (overdue_list, units) = deps.store.overdue_invitations(shard, now).await?;
        report.read_units += units;
        for overdue in overdue_list {
            let mut writes: Vec<Write> = expiry(
                overdue.account_id,
                overdue.user_id,
                &overdue.email,
                overdue.role,
                now,
            )
            .into();
            writes.push(Write::Account {
                account_id: overdue.account_id,
                change: AccountChange::expiry(overdue.user_id),
            });
            report.count(if deps.store.commit(writes).await? {
                Swept::Expired
            } else {
                Swept::Skipped
            });
        }
        let (due, units) = deps.store.due(shard, now).await?;
        report.read_units += units;
        for item in due {
            match settle(deps, item, now).await {
                Ok(swept) => report.count(swept),
                // One item's trouble leaves the rest to be swept; the next
                // run finds it again.
                Err(error) => {
                    tracing::error!(%error, "a due item could not be swept");
                    report.count(Swept::Skipped);
                }
            }
        }
    }
    tracing::info!(
        expired = report.expired,
        ended = report.ended,
        partners_ended = report.partners_ended,
        reminded = report.reminded,
        skipped = report.skipped,
        "sweep done"
    );
    Ok(report)
}

/// Does what is due of one item found in the due index.
async fn settle(deps: &Deps, item: Due, now: i64) -> Result<Swept> {
    match item {
        Due::User(user) if user.ended_unwritten(now) => {
            let seat = EndingSeat::of(&user).expect("an ended user was written active");
            let mut writes = ending(user.account_id, user.id, &seat, now);
            writes.push(Write::Account {
                account_id: user.account_id,
                change: AccountChange::end(user.id, user.partner_account_id),
            });
            Ok(if deps.store.commit(writes).await? {
                Swept::Ended
            } else {
                Swept::Skipped
            })
        }
        Due::User(user) => reminders::remind(deps, &user).await,
        Due::Account(account) if account.partner_ended(now) => {
            partners::end(deps, account.id).await
        }
        Due::Account(account) => reminders::remind_of_partner(deps, &account).await,
    }
}
