//! `GET /accounts/{account_id}/users?status=&limit=&cursor=`: a page of the
//! account's users, `{users, next_cursor}`.

use shared::domain::Status;
use shared::error::Error;
use shared::http::{self, Body, Request, Response};
use shared::ops::users::{self, ListQuery, UsersList};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(list(deps, &req).await, http::ok)
}

fn query(req: &Request) -> Result<ListQuery> {
    let status = http::query(req, "status")
        .map(|s| {
            s.parse::<Status>().map_err(|()| {
                Error::invalid(
                    "invalid_query",
                    "status",
                    "must be one of pending, active, deactivated, expired, revoked",
                )
            })
        })
        .transpose()?;
    Ok(ListQuery {
        status,
        limit: http::limit(req)?,
        cursor: http::query(req, "cursor").map(str::to_owned),
    })
}

async fn list(deps: &Deps, req: &Request) -> Result<UsersList> {
    let caller = http::caller(req)?;
    let account_id = http::account_id(req)?;
    users::list(deps, &caller, account_id, query(req)?).await
}
