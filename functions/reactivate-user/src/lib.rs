//! `POST /accounts/{account_id}/users/{user_id}/reactivate`: a deactivated user is active again, if a seat is free.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome =
        async { users::reactivate(deps, &http::caller(&req)?, &http::target(&req)?).await };
    http::respond(outcome.await, http::user)
}
