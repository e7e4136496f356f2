//! `GET /accounts/{account_id}/access?permission=&list_id=`: every user of
//! the account with what they hold and why not; 200 `{users}`.

use shared::http::{self, Body, Request, Response, requests};
use shared::{Deps, ops::review};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = async {
        let caller = http::caller(&req, &deps.config)?;
        let account_id = http::account_id(&req)?;
        let query = requests::review_query(&req)?;
        review::review(deps, &caller, account_id, &query).await
    };
    http::respond(outcome.await, http::ok)
}
