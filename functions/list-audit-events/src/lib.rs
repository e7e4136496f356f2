//! `GET /accounts/{account_id}/audit-events?limit=&cursor=&user_id=&actor=&action=&since=&until=`:
//! the account's audit trail, newest first, filtered, `{events, next_cursor}`;
//! with `Accept: text/csv`, the same events as a CSV download (a `Link`
//! header names the rest when one answer cannot hold them); owner only.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::audit;
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    if http::wants_csv(&req) {
        return http::respond(export(deps, &req).await, |(account_id, export)| {
            let next = export
                .next_cursor
                .map(|c| http::with_query(&req, "cursor", &c));
            http::csv(export.csv, &format!("audit-{account_id}.csv"), next)
        });
    }
    http::respond(list(deps, &req).await, http::ok)
}

async fn list(deps: &Deps, req: &Request) -> Result<audit::AuditList> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    audit::list(deps, &caller, account_id, requests::audit_query(req)?).await
}

async fn export(deps: &Deps, req: &Request) -> Result<(String, audit::Export)> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    let export = audit::export(deps, &caller, account_id, requests::audit_query(req)?).await?;
    Ok((account_id.to_string(), export))
}
