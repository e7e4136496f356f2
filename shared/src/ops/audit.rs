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

#[derive(Debug, Serialize)]
pub struct AuditEventView {
    pub id: Uuid,
    pub action: AuditAction,
    pub actor: ActorView,
    pub target: Option<TargetView>,
    pub before: Option<Standing>,
    pub after: Option<Standing>,
    #[serde(with = "as_rfc3339")]
    pub at: i64,
}

impl AuditEventView {
    fn of(event: AuditRecord) -> AuditEventView {
        AuditEventView {
            id: event.id,
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
