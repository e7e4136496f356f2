//! Each operation's input, read from its request: bodies field by field
//! (`Fields`), and query parameters. The rules of what a valid input is live
//! here and in the domain, so the function crates only call these.

use super::{Fields, query};
use crate::Result;
use crate::domain::{AuditAction, Email, ListId, Permission};
use crate::domain::{Limits, Status};
use crate::error::Error;
use crate::ops::access::Question;
use crate::ops::accounts::NewAccount;
use crate::ops::audit::{ActorFilter, AuditFilter, AuditQuery};
use crate::ops::partners::SwitchRequest;
use crate::ops::review::ReviewQuery;
use crate::ops::settings::SettingsUpdate;
use crate::ops::users::{ListQuery, NewInvitation, Target, UserUpdate};
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

/// `GET .../audit-events?limit=&cursor=&user_id=&actor=&action=&since=&until=`:
/// `actor` is `system`, an address or a sign-in's `sub`; times are RFC 3339.
pub fn audit_query(req: &Request) -> Result<AuditQuery> {
    let refuse = |name: &str, why: &str| Error::invalid("invalid_query", name, why);
    let user_id = query(req, "user_id")
        .map(|id| Uuid::try_parse(id).map_err(|_| refuse("user_id", "must be a user id (a UUID)")))
        .transpose()?;
    let actor = query(req, "actor")
        .map(|actor| match actor {
            "" => Err(refuse(
                "actor",
                "must be system, an email address or a sign-in's sub",
            )),
            a if a.chars().count() > 256 => Err(refuse("actor", "must be at most 256 characters")),
            "system" => Ok(ActorFilter::System),
            a => {
                Ok(Email::parse(a)
                    .map_or_else(|_| ActorFilter::Sub(a.to_owned()), ActorFilter::Email))
            }
        })
        .transpose()?;
    let action = query(req, "action")
        .map(|a| {
            serde_json::from_value::<AuditAction>(serde_json::Value::from(a)).map_err(|_| {
                refuse(
                    "action",
                    "must be an audit action, such as user.deactivated",
                )
            })
        })
        .transpose()?;
    let time = |name: &str| {
        query(req, name)
            .map(|t| {
                crate::time::parse_rfc3339(t).ok_or_else(|| {
                    refuse(
                        name,
                        "must be a time in RFC 3339, such as 2026-12-02T09:00:00Z",
                    )
                })
            })
            .transpose()
    };
    // A span that ends before it starts holds no event: an empty page.
    let (since, until) = (time("since")?, time("until")?);
    Ok(AuditQuery {
        limit: limit(req)?,
        cursor: query(req, "cursor").map(str::to_owned),
        filter: AuditFilter {
            user_id,
            actor,
            action,
            since,
            until,
        },
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

/// `GET .../access?permission=&list_id=`.
pub fn review_query(req: &Request) -> Result<ReviewQuery> {
    let refuse = |name: &str, why: &str| Error::invalid("invalid_query", name, why);
    let permission = query(req, "permission")
        .map(|p| {
            p.parse::<Permission>().map_err(|_| {
                refuse(
                    "permission",
                    "must be a permission, such as contacts:export",
                )
            })
        })
        .transpose()?;
    let list_id = query(req, "list_id")
        .map(|l| ListId::parse(l).map_err(|why| refuse("list_id", why)))
        .transpose()?;
    Ok(ReviewQuery {
        permission,
        list_id,
    })
}

/// `POST .../users` `{email, role, replace_pending?, list_ids?,
/// withheld_permissions?, override_bounce?, access_until?, locale?}`: limits
/// are checked against the role.
pub fn new_invitation(req: &Request) -> Result<NewInvitation> {
    let (email, role, flags, list_ids, withheld, access_until, locale) =
        Fields::of(req)?.parse(|f| {
            let email = f.email("email");
            let role = f.role("role");
            let flags = (
                f.optional_bool("replace_pending"),
                f.optional_bool("override_bounce"),
            );
            let list_ids = f.list_ids("list_ids");
            let withheld = f.permissions("withheld_permissions");
            let dated = f.has("access_until");
            let access_until = f.end_time("access_until");
            if dated && access_until.is_none() {
                return None;
            }
            // Absent: the account's; not a language offered: refused (noted).
            let locale = f.locale("locale");
            Some((
                email?,
                role?,
                flags,
                list_ids,
                withheld,
                access_until,
                locale,
            ))
        })?;
    let (replace_pending, override_bounce) = flags;
    let limits = Limits::new(
        role.role(),
        list_ids.flatten(),
        withheld.unwrap_or_default(),
    )
    .map_err(|e| Error::not_in_role(e, role.role()))?;
    Ok(NewInvitation {
        email,
        role,
        limits,
        replace_pending: replace_pending.unwrap_or(false),
        override_bounce: override_bounce.unwrap_or(false),
        access_until: access_until.flatten(),
        locale,
    })
}

/// `PATCH .../users/{user_id}` `{role?, list_ids?, withheld_permissions?,
/// access_until?}`: at least one of them.
pub fn user_update(req: &Request) -> Result<UserUpdate> {
    Fields::of(req)?.parse(|f| {
        const FIELDS: [&str; 4] = ["role", "list_ids", "withheld_permissions", "access_until"];
        if !FIELDS.iter().any(|n| f.has(n)) {
            f.refuse(
                "role",
                "send role, list_ids, withheld_permissions or access_until (any of them)",
            );
            return None;
        }
        let role = f.has("role").then(|| f.role("role")).flatten();
        Some(UserUpdate {
            role,
            list_ids: f.list_ids("list_ids"),
            withheld_permissions: f.permissions("withheld_permissions"),
            access_until: f.end_time("access_until"),
        })
    })
}

/// `PATCH /accounts/{account_id}` `{name?, locale?, time_zone?,
/// require_mfa?, mfa_grace_days?}`: at least one of them.
pub fn settings_update(req: &Request) -> Result<SettingsUpdate> {
    Fields::of(req)?.parse(|f| {
        const FIELDS: [&str; 5] = [
            "name",
            "locale",
            "time_zone",
            "require_mfa",
            "mfa_grace_days",
        ];
        if !FIELDS.iter().any(|n| f.has(n)) {
            f.refuse(
                "name",
                "send name, locale, time_zone, require_mfa or mfa_grace_days (any of them)",
            );
            return None;
        }
        // A field named but invalid is noted, and refuses the body.
        Some(SettingsUpdate {
            name: f.has("name").then(|| f.account_name("name")).flatten(),
            locale: f.locale("locale"),
            time_zone: f.time_zone("time_zone"),
            require_mfa: f.optional_bool("require_mfa"),
            mfa_grace_days: f.grace_days("mfa_grace_days"),
        })
    })
}

/// `POST .../users/{user_id}/reactivate`, with no body or `{access_until?}`:
/// the end of the access given back, if it ends.
pub fn reactivation(req: &Request) -> Result<Option<i64>> {
    if req.body().as_ref().iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    Fields::of(req)?.parse(|f| {
        let dated = f.has("access_until");
        match f.end_time("access_until") {
            None if dated => None,
            until => Some(until.flatten()),
        }
    })
}

/// `POST /authorize` `{account_id, permission, list_id?}`.
pub fn question(req: &Request) -> Result<Question> {
    Fields::of(req)?.parse(|f| {
        let account_id = f.uuid("account_id");
        let permission = f.permission("permission");
        let named = f.has("list_id");
        let list_id = f.optional_list_id("list_id");
        if named && list_id.is_none() {
            return None;
        }
        Some(Question {
            account_id: account_id?,
            permission: permission?,
            list_id,
        })
    })
}

/// `PUT .../partner-access`: the partner to enable (and until when), or off.
pub fn partner_switch(req: &Request) -> Result<SwitchRequest> {
    Fields::of(req)?.parse(Fields::partner_switch)
}

/// `{partner_account_id}` of the partner routes.
pub fn partner_account(req: &Request) -> Result<Uuid> {
    Fields::of(req)?.parse(|f| f.uuid("partner_account_id"))
}

/// `POST /accounts/{account_id}/ownership` `{user_id}`: the user offered it.
pub fn ownership_offer(req: &Request, account_id: Uuid) -> Result<Target> {
    let user_id = Fields::of(req)?.parse(|f| f.uuid("user_id"))?;
    Ok(Target {
        account_id,
        user_id: Some(user_id),
        if_match: None,
    })
}

/// `POST /invitations/accept` `{token}`.
pub fn invitation_token(req: &Request) -> Result<String> {
    Fields::of(req)?.parse(|f| f.string("token"))
}
