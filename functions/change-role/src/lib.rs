//! `PATCH /accounts/{account_id}/users/{user_id}` `{role?, list_ids?,
//! withheld_permissions?, access_until?}`: an active user's role, limits and
//! end of access (the `change_role` action), effective on the very next
//! request.

use shared::http::{self, Body, Request, Response, requests};
use shared::{Deps, Result, ops::UserView, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(update(deps, &req).await, http::user)
}

async fn update(deps: &Deps, req: &Request) -> Result<UserView> {
    let caller = http::caller(req, &deps.config)?;
    let target = http::target(req)?;
    users::update(deps, &caller, &target, requests::user_update(req)?).await
}
