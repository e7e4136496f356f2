//! The audit trail: every change writes its event in the same transaction;
//! only the owner reads them, newest first.

use super::{Caller, authorized, cursor};
use crate::Deps;
use crate::domain::{AuditAction, Email, Permission};
use crate::error::Result;
use crate::store::records::{AuditRecord, Standing};
use crate::time::as_rfc3339;
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ActorView {
    User { sub: String, email: Option<Email> },
    System,
}

#[derive(Debug, Serialize)]
pub struct TargetView {
    pub user_id: Uuid,
    pub email: Option<Email>,
}

/// An audit event as the API shows it, and as its lifecycle event's
/// `detail` (`crate::ops::events`).
#[derive(Debug, Serialize)]
pub struct AuditEventView {
    pub id: Uuid,
    pub account_id: Uuid,
    pub action: AuditAction,
    pub actor: ActorView,
    pub target: Option<TargetView>,
    pub before: Option<Standing>,
    pub after: Option<Standing>,
    pub partner_account_id: Option<Uuid>,
    pub reason: Option<String>,
    #[serde(with = "as_rfc3339")]
    pub at: i64,
}

impl AuditEventView {
    pub fn of(event: AuditRecord) -> AuditEventView {
        AuditEventView {
            id: event.id,
            account_id: event.account_id,
            action: event.action,
            actor: match event.actor.sub {
                Some(sub) => ActorView::User {
                    sub,
                    email: event.actor.email,
                },
                None => ActorView::System,
            },
            target: event.target_user_id.map(|user_id| TargetView {
                user_id,
                email: event.target_email,
            }),
            before: event.before,
            after: event.after,
            partner_account_id: event.partner_account_id,
            reason: event.reason,
            at: event.at,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct AuditList {
    pub events: Vec<AuditEventView>,
    pub next_cursor: Option<String>,
}

pub async fn list(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    limit: usize,
    cursor: Option<&str>,
) -> Result<AuditList> {
    let before = cursor.map(cursor::decode).transpose()?;
    authorized(
        deps,
        caller,
        account_id,
        Some(Permission::UsersManage),
        false,
    )
    .await?;
    let page = deps.store.audit_page(account_id, before, limit).await?;
    Ok(AuditList {
        events: page.events.into_iter().map(AuditEventView::of).collect(),
        next_cursor: page.next.map(cursor::encode),
    })
}
