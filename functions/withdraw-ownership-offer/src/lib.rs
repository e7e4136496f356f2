//! `DELETE /accounts/{account_id}/ownership`: the owner withdraws the offer
//! of ownership, or the offered user declines it; 204.

use shared::http::{self, Body, Request, Response};
use shared::{Deps, ops::ownership};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        let caller = http::caller(&req, &deps.config)?;
        ownership::withdraw(deps, &caller, http::account_id(&req)?).await
    };
    http::respond(outcome.await, |()| http::no_content())
}
