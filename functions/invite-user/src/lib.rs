//! `POST /accounts/{account_id}/users` `{email, role, replace_pending?}`:
//! invites an address; answers 201 `{user, invite_url, email}`.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::users::{self, Issued};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(invite(deps, &req).await, http::created)
}

async fn invite(deps: &Deps, req: &Request) -> Result<Issued> {
    let caller = http::caller(req, &deps.config)?;
    let account_id = http::account_id(req)?;
    users::invite(deps, &caller, account_id, requests::new_invitation(req)?).await
}
