//! The audit trail: every change writes its event in the same transaction;
//! only the owner reads them, newest first.

use super::reads::permitted;
use super::{AuditEventView, Caller, cursor};
use crate::Deps;
use crate::domain::Permission;
use crate::error::Result;
use serde::Serialize;
use uuid::Uuid;

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
    permitted(deps, caller, account_id, Some(Permission::UsersManage)).await?;
    let page = deps.store.audit_page(account_id, before, limit).await?;
    Ok(AuditList {
        events: page.events.into_iter().map(AuditEventView::of).collect(),
        next_cursor: page.next.map(cursor::encode),
    })
}
