//! `GET /accounts/{account_id}/access?permission=&list_id=`: every user of
//! the account with what they hold and why not; 200 `{users}`; with
//! `Accept: text/csv`, the same review as a CSV download, a row per user.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::review::{self, Review, ReviewQuery};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    let outcome = review(deps, &req).await;
    if http::wants_csv(&req) {
        let sheet =
            outcome.and_then(|(account_id, query, review)| Ok((account_id, review.csv(&query)?)));
        return http::respond(sheet, |(account_id, csv)| {
            http::csv(csv, &format!("access-{account_id}.csv"), None)
        });
    }
    http::respond(outcome.map(|(_, _, review)| review), http::ok)
}

async fn review(deps: &Deps, req: &Request) -> Result<(String, ReviewQuery, Review)> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    let query = requests::review_query(req)?;
    let review = review::review(deps, &caller, account_id, &query).await?;
    Ok((account_id.to_string(), query, review))
}
