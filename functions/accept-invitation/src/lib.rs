//! `POST /invitations/accept` `{token}`: the signed-in invitee, whose verified
//! email is the invited address, becomes an active user.

use shared::http::{self, Body, Fields, Request, Response};
use shared::ops::invitations::{self, Accepted};
use shared::{Deps, Result};

pub async fn handle(deps: &Deps, req: Request) -> Response<Body> {
    http::respond(accept(deps, &req).await, http::ok)
}

async fn accept(deps: &Deps, req: &Request) -> Result<Accepted> {
    let caller = http::caller(req)?;
    let token = Fields::of(req)?.parse(|f| f.string("token"))?;
    invitations::accept(deps, &caller, &token).await
}
