//! `POST /accounts/{account_id}/ownership/accept`: the offered user takes
//! the account; 200 account.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::ownership};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        let caller = http::caller(&req, &deps.config)?;
        ownership::accept(deps, &caller, http::account_id(&req)?).await
    };
    http::respond(outcome.await, http::ok)
}
