//! The audit trail: every change writes its event in the same transaction;
//! only the owner reads them, newest first.

use super::reads::permitted;
use super::sheet::Sheet;
use super::{AuditEventView, Caller, cursor};
use crate::Deps;
use crate::domain::{AuditAction, Email, Permission};
use crate::error::Result;
use crate::store::records::AuditRecord;
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Serialize)]
pub struct AuditList {
    pub events: Vec<AuditEventView>,
    pub next_cursor: Option<String>,
    /// How long events are kept (`AUDIT_RETENTION`), in seconds; `null`:
    /// for good.
    pub retention_seconds: Option<u64>,
}

/// `GET .../audit-events`: a page of the trail, newest first, of the events
/// that `filter` keeps.
pub struct AuditQuery {
    pub limit: usize,
    pub cursor: Option<String>,
    pub filter: AuditFilter,
}

/// Which events a page shows; every part given must hold.
#[derive(Debug, Default)]
pub struct AuditFilter {
    /// About this user.
    pub user_id: Option<Uuid>,
    pub actor: Option<ActorFilter>,
    pub action: Option<AuditAction>,
    /// From this time on, and up to this time (epoch seconds, included).
    pub since: Option<i64>,
    pub until: Option<i64>,
}

/// Who acted: the system, or a person by sign-in or address.
#[derive(Debug, PartialEq)]
pub enum ActorFilter {
    System,
    Sub(String),
    Email(Email),
}

impl AuditFilter {
    pub fn keeps(&self, event: &AuditRecord) -> bool {
        let actor = match &self.actor {
            None => true,
            Some(ActorFilter::System) => event.actor.sub.is_none(),
            Some(ActorFilter::Sub(sub)) => event.actor.sub.as_ref() == Some(sub),
            Some(ActorFilter::Email(email)) => event.actor.email.as_ref() == Some(email),
        };
        actor
            && self
                .user_id
                .is_none_or(|id| event.target_user_id == Some(id))
            && self.action.is_none_or(|a| event.action == a)
            && self.since.is_none_or(|t| event.at >= t)
            && self.until.is_none_or(|t| event.at <= t)
    }

    /// The span of time the events may come from.
    fn span(&self) -> (i64, i64) {
        (
            self.since.unwrap_or(0),
            self.until.unwrap_or(i64::MAX / 1000 - 1),
        )
    }
}

pub async fn list(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    query: AuditQuery,
) -> Result<AuditList> {
    let before = query.cursor.as_deref().map(cursor::decode).transpose()?;
    permitted(deps, caller, account_id, Some(Permission::UsersManage)).await?;
    let filter = &retained(deps, query.filter);
    let page = deps
        .store
        .audit_page(account_id, before, query.limit, filter.span(), |e| {
            filter.keeps(e)
        })
        .await?;
    Ok(AuditList {
        events: page.events.into_iter().map(AuditEventView::of).collect(),
        next_cursor: page.next.map(cursor::encode),
        retention_seconds: deps.config.audit_retention.map(|kept| kept.as_secs()),
    })
}

/// `filter`, leaving out the events older than `AUDIT_RETENTION`: they
/// are gone for every read at once, whether or not TTL has removed them.
fn retained(deps: &Deps, mut filter: AuditFilter) -> AuditFilter {
    if let Some(kept) = deps.config.audit_retention {
        let oldest = crate::time::now() - kept.as_secs() as i64;
        filter.since = Some(filter.since.map_or(oldest, |t| t.max(oldest)));
    }
    filter
}

/// The most bytes of CSV one export answers: well under Lambda's 6 MB
/// response; the rest follows from `next_cursor`.
const EXPORT_BYTES: usize = 4 * 1024 * 1024;
/// Events read per request while exporting: memory holds one page and the
/// CSV written so far, whatever the trail's length.
const EXPORT_PAGE: usize = 100;

/// The trail (or the part `filter` keeps) as CSV, newest first.
pub struct Export {
    pub csv: Vec<u8>,
    pub next_cursor: Option<String>,
}

const COLUMNS: [&str; 15] = [
    "id",
    "at",
    "action",
    "actor",
    "actor_sub",
    "actor_email",
    "user_id",
    "user_email",
    "role_before",
    "status_before",
    "role_after",
    "status_after",
    "partner_account_id",
    "until",
    "reason",
];

/// `GET .../audit-events` with `Accept: text/csv`: the events as a sheet's
/// rows, written page by page as they are read.
pub async fn export(
    deps: &Deps,
    caller: &Caller,
    account_id: Uuid,
    query: AuditQuery,
) -> Result<Export> {
    let mut before = query.cursor.as_deref().map(cursor::decode).transpose()?;
    permitted(deps, caller, account_id, Some(Permission::UsersManage)).await?;
    let filter = &retained(deps, query.filter);
    let mut sheet = Sheet::new(&COLUMNS)?;
    loop {
        let page = deps
            .store
            .audit_page(account_id, before, EXPORT_PAGE, filter.span(), |e| {
                filter.keeps(e)
            })
            .await?;
        for event in &page.events {
            sheet.row(&row(event))?;
        }
        before = page.next;
        if before.is_none() || sheet.size()? >= EXPORT_BYTES {
            break;
        }
    }
    let csv = sheet.into_bytes()?;
    Ok(Export {
        csv,
        next_cursor: before.map(cursor::encode),
    })
}

/// One event's cells, in `COLUMNS`' order.
fn row(event: &AuditRecord) -> [String; 15] {
    let text = |v: Option<&str>| v.unwrap_or_default().to_owned();
    let standing = |s: Option<&crate::domain::Standing>| {
        (
            text(s.map(|s| s.role.as_str())),
            text(s.map(|s| s.status.as_str())),
        )
    };
    let (role_before, status_before) = standing(event.before.as_ref());
    let (role_after, status_after) = standing(event.after.as_ref());
    [
        event.id.to_string(),
        crate::time::rfc3339(event.at),
        crate::domain::wire_name(event.action),
        if event.actor.sub.is_some() {
            "user"
        } else {
            "system"
        }
        .into(),
        text(event.actor.sub.as_deref()),
        text(event.actor.email.as_ref().map(Email::as_str)),
        event
            .target_user_id
            .map(|u| u.to_string())
            .unwrap_or_default(),
        text(event.target_email.as_ref().map(Email::as_str)),
        role_before,
        status_before,
        role_after,
        status_after,
        event
            .partner_account_id
            .map(|u| u.to_string())
            .unwrap_or_default(),
        event.until.map(crate::time::rfc3339).unwrap_or_default(),
        text(event.reason.as_deref()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_a_row_of_its_columns() {
        let mut event = event(AuditAction::UserDeactivated, Some("jo"), 7);
        event.reason = Some("typo".into());
        let row = row(&event);
        assert_eq!(row.len(), COLUMNS.len());
        assert_eq!(row[2], "user.deactivated");
        assert_eq!((row[3].as_str(), row[4].as_str()), ("user", "jo"));
        assert_eq!(row[14], "typo");
    }
    use crate::store::records::Actor;

    fn event(action: AuditAction, sub: Option<&str>, at: i64) -> AuditRecord {
        let actor = Actor {
            sub: sub.map(str::to_owned),
            email: sub.map(|s| Email::parse(&format!("{s}@example.com")).unwrap()),
        };
        AuditRecord::new(Uuid::from_u128(1), action, &actor, at)
    }

    #[test]
    fn every_part_of_a_filter_must_hold() {
        let jo = event(AuditAction::UserDeactivated, Some("jo"), 100);
        let sweep = event(AuditAction::InvitationExpired, None, 200);
        let by = |actor| AuditFilter {
            actor: Some(actor),
            ..AuditFilter::default()
        };
        assert!(AuditFilter::default().keeps(&jo));
        assert!(by(ActorFilter::System).keeps(&sweep) && !by(ActorFilter::System).keeps(&jo));
        assert!(by(ActorFilter::Sub("jo".into())).keeps(&jo));
        let email = Email::parse("jo@example.com").unwrap();
        assert!(by(ActorFilter::Email(email)).keeps(&jo));
        let deactivations_since_150 = AuditFilter {
            action: Some(AuditAction::UserDeactivated),
            since: Some(150),
            ..AuditFilter::default()
        };
        assert!(!deactivations_since_150.keeps(&jo) && !deactivations_since_150.keeps(&sweep));
        let until_100 = AuditFilter {
            until: Some(100),
            ..AuditFilter::default()
        };
        assert!(until_100.keeps(&jo) && !until_100.keeps(&sweep));
    }
}
