//! `GET /accounts/{account_id}/audit-events?limit=&cursor=`: the account's
//! audit trail, newest first, `{events, next_cursor}`; owner only.

use shared::http::{self, Body, Request, Response};
use shared::ops::audit::{self, AuditList};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(list(deps, &req).await, http::ok)
}

async fn list(deps: &Deps, req: &Request) -> Result<AuditList> {
    let caller = http::caller(req)?;
    let account_id = http::account_id(req)?;
    let limit = shared::http::requests::limit(req)?;
    audit::list(deps, &caller, account_id, limit, http::query(req, "cursor")).await
}
