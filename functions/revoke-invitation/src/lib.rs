//! `POST /accounts/{account_id}/users/{user_id}/revoke`: the invitation's links stop working; the user becomes `revoked`.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        users::revoke(
            deps,
            &http::caller(&req, &deps.config)?,
            &http::target(&req)?,
        )
        .await
    };
    http::respond(outcome.await, http::user)
}
