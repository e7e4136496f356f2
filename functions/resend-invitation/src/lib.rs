//! `POST /accounts/{account_id}/users/{user_id}/resend`: a new link with a new
//! expiry; every earlier link stops working. Answers `{user, invite_url, email}`.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::users};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        users::resend(
            deps,
            &http::caller(&req, &deps.config)?,
            &http::target(&req)?,
        )
        .await
    };
    http::respond(outcome.await, http::ok)
}
