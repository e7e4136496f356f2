//! `GET /accounts/{account_id}/users?status=&limit=&cursor=`: a page of the
//! account's users, `{users, next_cursor}`.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::users::{self, UsersList};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(list(deps, &req).await, http::ok)
}

async fn list(deps: &Deps, req: &Request) -> Result<UsersList> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    users::list(deps, &caller, account_id, requests::list_users(req)?).await
}
