//! `POST /invitations/accept` `{token}`: the signed-in invitee, whose verified
//! email is the invited address, becomes an active user.

use shared::http::{self, Body, Request, Response, requests};
use shared::ops::invitations::{self, Accepted};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(accept(deps, &req).await, http::ok)
}

async fn accept(deps: &Deps, req: &Request) -> Result<Accepted> {
    let caller = http::caller(req, &deps.config)?;
    invitations::accept(deps, &caller, &requests::invitation_token(req)?).await
}
