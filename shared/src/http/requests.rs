//! Each operation's input, read from its request: bodies field by field
//! (`Fields`), and query parameters. The rules of what a valid input is live
//! here and in the domain, so the function crates only call these.

use super::{Fields, query};
use crate::Result;
use crate::domain::Status;
use crate::error::Error;
use crate::ops::accounts::NewAccount;
use crate::ops::users::{ListQuery, NewInvitation};
use lambda_http::Request;
use uuid::Uuid;

/// Page size of a list: `limit`, 1 to 100, 50 when absent.
pub fn limit(req: &Request) -> Result<usize> {
    const DEFAULT: usize = 50;
    const MAX: usize = 100;
    match query(req, "limit") {
        None => Ok(DEFAULT),
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX).contains(n))
            .ok_or_else(|| {
                Error::invalid(
                    "invalid_query",
                    "limit",
                    format!("must be a whole number from 1 to {MAX}"),
                )
            }),
    }
}

/// `GET .../users?status=&limit=&cursor=`.
pub fn list_users(req: &Request) -> Result<ListQuery> {
    let status = query(req, "status")
        .map(|s| {
            s.parse::<Status>().map_err(|()| {
                Error::invalid(
                    "invalid_query",
                    "status",
                    "must be one of pending, active, deactivated, expired, revoked",
                )
            })
        })
        .transpose()?;
    Ok(ListQuery {
        status,
        limit: limit(req)?,
        cursor: query(req, "cursor").map(str::to_owned),
    })
}

/// `POST /accounts` `{name, kind?}`.
pub fn new_account(req: &Request) -> Result<NewAccount> {
    Fields::of(req)?.parse(|f| {
        let name = f.account_name("name");
        let kind = f.account_kind("kind");
        Some(NewAccount {
            name: name?,
            kind: kind?,
        })
    })
}

/// `POST .../users` `{email, role, replace_pending?}`.
pub fn new_invitation(req: &Request) -> Result<NewInvitation> {
    Fields::of(req)?.parse(|f| {
        let email = f.email("email");
        let role = f.role("role");
        let replace_pending = f.optional_bool("replace_pending");
        Some(NewInvitation {
            email: email?,
            role: role?,
            replace_pending: replace_pending.unwrap_or(false),
        })
    })
}

/// `PATCH .../users/{user_id}` `{role}`.
pub fn role_change(req: &Request) -> Result<crate::domain::Grantable> {
    Fields::of(req)?.parse(|f| f.role("role"))
}

/// `PUT .../partner-access`: the partner to enable, or `None` for off.
pub fn partner_switch(req: &Request) -> Result<Option<Uuid>> {
    Fields::of(req)?.parse(Fields::partner_switch)
}

/// `{partner_account_id}` of the partner routes.
pub fn partner_account(req: &Request) -> Result<Uuid> {
    Fields::of(req)?.parse(|f| f.uuid("partner_account_id"))
}

/// `POST /invitations/accept` `{token}`.
pub fn invitation_token(req: &Request) -> Result<String> {
    Fields::of(req)?.parse(|f| f.string("token"))
}
