//! The expiry sweep: marks pending invitations whose expiry has passed as
//! `expired`, frees their seats and audits it, as `system`. Reads see expiry
//! at once without it; the sweep makes the table say so too.

use crate::Deps;
use crate::domain::Standing;
use crate::domain::{AuditAction, Email, Role, Status};
use crate::error::Result;
use crate::store::keys::PENDING_SHARDS;
use crate::store::records::{Actor, AuditRecord};
use crate::store::{AccountChange, Write};
use crate::time::now;
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Default, Serialize)]
pub struct SweepReport {
    /// Invitations this run marked expired.
    pub expired: usize,
    /// Found overdue but changed meanwhile (accepted, resent, revoked or
    /// expired by another writer): left as they are.
    pub skipped: usize,
    /// Read capacity units the index queries consumed: it grows with the
    /// invitations that expired, not with the size of the table.
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
                Some(Standing {
                    role,
                    status: Status::Pending,
                    limits: None,
                }),
                Some(Standing {
                    role,
                    status: Status::Expired,
                    limits: None,
                }),
            ),
        ),
    ]
}

/// One run. Idempotent and safe beside resend, revoke and accept: each
/// invitation is expired by a transaction whose condition is that it is still
/// pending and overdue, so a concurrent change simply makes it skip.
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
            if deps.store.commit(writes).await? {
                report.expired += 1;
            } else {
                report.skipped += 1;
            }
        }
    }
    tracing::info!(
        expired = report.expired,
        skipped = report.skipped,
        "expiry sweep done"
    );
    Ok(report)
}
