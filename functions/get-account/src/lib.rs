//! `GET /accounts/{account_id}`: the account, for any of its active users.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::accounts};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        accounts::get(
            deps,
            &http::caller(&req, &deps.config)?,
            http::account_id(&req)?,
        )
        .await
    };
    http::respond(outcome.await, http::ok)
}
