//! `GET /accounts/{account_id}/audit-events?limit=&cursor=&user_id=&actor=&action=&since=&until=`:
//! the account's audit trail, newest first, filtered, `{events, next_cursor}`;
//! owner only.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::audit::{self, AuditList};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(list(deps, &req).await, http::ok)
}

async fn list(deps: &Deps, req: &Request) -> Result<AuditList> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    audit::list(deps, &caller, account_id, requests::audit_query(req)?).await
}
