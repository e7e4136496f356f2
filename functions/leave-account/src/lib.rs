//! `POST /accounts/{account_id}/leave`: the caller, any user but the owner,
//! leaves the account; its seat is freed; 204.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::accounts};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        accounts::leave(
            deps,
            &http::caller(&req, &deps.config)?,
            http::account_id(&req)?,
        )
        .await
    };
    http::respond(outcome.await, |()| http::no_content())
}
