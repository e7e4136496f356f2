//! `GET /accounts/{account_id}/users/{user_id}`: one user, with its `ETag`.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        users::get(
            deps,
            &http::caller(&req, &deps.config)?,
            &http::target(&req)?,
        )
        .await
    };
    http::respond(outcome.await, http::user)
}
