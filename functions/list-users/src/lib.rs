//! `GET /accounts/{account_id}/users?status=&limit=&cursor=`: a page of the
//! account's users, `{users, next_cursor}`.

use shared::domain::Status;
use shared::error::{Error, FieldError};
use shared::http::{self, Body, Request, Response};
use shared::ops::users::{self, ListQuery, UsersList};
use shared::{Deps, Result};

const DEFAULT_LIMIT: usize = 50;
const MAX_LIMIT: usize = 100;

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(list(deps, &req).await, http::ok)
}

fn query(req: &Request) -> Result<ListQuery> {
    let mut errors = Vec::new();
    let status = http::query(req, "status").and_then(|s| {
        s.parse::<Status>()
            .map_err(|()| {
                errors.push(FieldError::new(
                    "status",
                    "must be one of pending, active, deactivated, expired, revoked",
                ))
            })
            .ok()
    });
    let limit = match http::query(req, "limit") {
        None => DEFAULT_LIMIT,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .unwrap_or_else(|| {
                errors.push(FieldError::new(
                    "limit",
                    format!("must be a whole number from 1 to {MAX_LIMIT}"),
                ));
                DEFAULT_LIMIT
            }),
    };
    if !errors.is_empty() {
        return Err(Error::Invalid {
            code: "invalid_query",
            errors,
        });
    }
    Ok(ListQuery {
        status,
        limit,
        cursor: http::query(req, "cursor").map(str::to_owned),
    })
}

async fn list(deps: &Deps, req: &Request) -> Result<UsersList> {
    let caller = http::caller(req)?;
    let account_id = http::account_id(req)?;
    users::list(deps, &caller, account_id, query(req)?).await
}
