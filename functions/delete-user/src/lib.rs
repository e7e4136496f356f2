//! `DELETE /accounts/{account_id}/users/{user_id}`: a deactivated, expired or
//! revoked user is gone; 204.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        users::delete(
            deps,
            &http::caller(&req, &deps.config)?,
            &http::target(&req)?,
        )
        .await
    };
    http::respond(outcome.await, |()| http::no_content())
}
