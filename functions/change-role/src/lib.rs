//! `PATCH /accounts/{account_id}/users/{user_id}` `{role}`: an active user's
//! new role, effective at once.

use shared::http::{self, Body, Request, Response, requests};
use shared::{Deps, Result, ops::UserView, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(change_role(deps, &req).await, http::user)
}

async fn change_role(deps: &Deps, req: &Request) -> Result<UserView> {
    let caller = http::caller(req)?;
    let target = http::target(req)?;
    users::change_role(deps, &caller, &target, requests::role_change(req)?).await
}
