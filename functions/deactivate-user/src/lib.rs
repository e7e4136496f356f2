//! `POST /accounts/{account_id}/users/{user_id}/deactivate`: an active user loses every permission at once and frees a seat.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        users::deactivate(
            deps,
            &http::caller(&req, &deps.config)?,
            &http::target(&req)?,
        )
        .await
    };
    http::respond(outcome.await, http::user)
}
