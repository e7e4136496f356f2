//! `POST /accounts/{account_id}/ownership` `{user_id}`: the owner offers
//! ownership to an active user of the account; an email tells them; 201.

use shared::http::{self, Body, Request, Response, requests};
use shared::{Deps, ops::ownership};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        let caller = http::caller(&req, &deps.config)?;
        let target = requests::ownership_offer(&req, http::account_id(&req)?)?;
        ownership::offer(deps, &caller, &target).await
    };
    http::respond(outcome.await, http::created)
}
