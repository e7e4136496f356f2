//! `PATCH /accounts/{account_id}`: the owner changes the account's name,
//! language, time zone or requirement of a second factor; 200 account.

use shared::http::{self, Body, Request, Response, requests};
use shared::{Deps, ops::settings};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        let caller = http::caller(&req, &deps.config)?;
        let account_id = http::account_id(&req)?;
        let update = requests::settings_update(&req)?;
        settings::update(deps, &caller, account_id, update).await
    };
    http::respond(outcome.await, http::ok)
}
