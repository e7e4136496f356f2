//! SES's news of invitation emails, recorded on their users: SES publishes
//! each email's events through the configuration set to EventBridge, whose
//! rule invokes `record-delivery` with one event at a time.
//!
//! Events arrive out of order and more than once, and may be about an older
//! invitation of the user (before a resend or replace): the email's tags
//! name the invitation, the write is conditional on the user being as read
//! (so on its invitation id), and `Delivery::supersedes` decides which news
//! wins. An event that can never be recorded (not ours, malformed, about a
//! user since deleted) is reported and dropped, never failed: Lambda would
//! retry it for nothing. Its text from outside (a remote server's
//! diagnostic) is cut to `MAX_DETAIL_CHARS`, so no event is too large to
//! record.
//!
//! A hard bounce or a complaint also suppresses the address for every
//! account (its tally item), whichever invitation it was about: the address
//! asked for no more of our mail.

use super::changes::UserChange;
use super::plan::{Decision, Plan, Transaction, run};
use crate::Deps;
use crate::domain::UserRecord;
use crate::domain::{AuditAction, Delivery, DeliveryStatus, Email, Suppression, bounded};
use crate::error::Result;
use crate::mail::Tags;
use crate::store::Write;
use crate::store::keys::Key;
use crate::store::records::Actor;
use crate::time::now;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

/// What became of one event.
#[derive(Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The user's delivery status is now the event's.
    Recorded,
    /// Old news: about an older invitation, a repeat, or behind what is
    /// recorded (a `delivered` after a `bounced`).
    Unchanged,
    /// Never recordable: not SES's, untagged, malformed, or about a user
    /// no longer there.
    Ignored,
}

/// An SES event as EventBridge delivers it: SES's event record is `detail`.
#[derive(Debug, Deserialize)]
struct SesEvent {
    source: String,
    /// When EventBridge received it; the fallback for events without a time
    /// of their own (send, reject).
    time: Option<String>,
    detail: Detail,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Detail {
    event_type: String,
    mail: Mail,
    bounce: Option<Bounce>,
    complaint: Option<Complaint>,
    delivery: Option<Timestamped>,
    delivery_delay: Option<DeliveryDelay>,
    reject: Option<Reject>,
}

#[derive(Debug, Deserialize)]
struct Mail {
    #[serde(default)]
    tags: HashMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Bounce {
    bounce_type: Option<String>,
    bounce_sub_type: Option<String>,
    #[serde(default)]
    bounced_recipients: Vec<Recipient>,
    timestamp: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Complaint {
    complaint_feedback_type: Option<String>,
    #[serde(default)]
    complained_recipients: Vec<Recipient>,
    timestamp: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Timestamped {
    timestamp: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeliveryDelay {
    delay_type: Option<String>,
    #[serde(default)]
    delayed_recipients: Vec<Recipient>,
    timestamp: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Recipient {
    email_address: Option<String>,
    diagnostic_code: Option<String>,
}

/// What one event tells: which invitation's email, what became of it, and
/// whether the address now refuses our mail (and which addresses it names).
struct News {
    tags: Tags,
    delivery: Delivery,
    suppression: Option<Suppression>,
    recipients: Vec<Email>,
}

#[derive(Debug, Deserialize)]
struct Reject {
    reason: Option<String>,
}

/// The first recipient's diagnostic (an invitation has one recipient).
fn diagnostic(recipients: &[Recipient]) -> Option<String> {
    recipients.iter().find_map(|r| r.diagnostic_code.clone())
}

fn epoch(timestamp: Option<&str>) -> Option<i64> {
    let at = humantime::parse_rfc3339_weak(timestamp?).ok()?;
    Some(at.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64)
}

impl SesEvent {
    /// The news the event tells; `None` when it is none of ours or tells
    /// nothing we record.
    fn news(&self, now: i64) -> Option<News> {
        if self.source != "aws.ses" {
            return None;
        }
        let tags = Tags::of(&self.detail.mail.tags)?;
        let d = &self.detail;
        let (status, timestamp, detail) = match d.event_type.as_str() {
            "Send" => (DeliveryStatus::Sent, None, None),
            "Delivery" => (
                DeliveryStatus::Delivered,
                d.delivery.as_ref()?.timestamp.as_deref(),
                None,
            ),
            "DeliveryDelay" => {
                let delay = d.delivery_delay.as_ref()?;
                (
                    DeliveryStatus::Delayed,
                    delay.timestamp.as_deref(),
                    diagnostic(&delay.delayed_recipients).or(delay.delay_type.clone()),
                )
            }
            "Bounce" => {
                let bounce = d.bounce.as_ref()?;
                let kind = [&bounce.bounce_type, &bounce.bounce_sub_type]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                (
                    DeliveryStatus::Bounced,
                    bounce.timestamp.as_deref(),
                    diagnostic(&bounce.bounced_recipients)
                        .or_else(|| (!kind.is_empty()).then(|| format!("{kind} bounce"))),
                )
            }
            "Complaint" => {
                let complaint = d.complaint.as_ref()?;
                let detail = match &complaint.complaint_feedback_type {
                    Some(kind) => format!("marked as spam ({kind})"),
                    None => "marked as spam".to_owned(),
                };
                (
                    DeliveryStatus::Complained,
                    complaint.timestamp.as_deref(),
                    Some(detail),
                )
            }
            "Reject" => (
                DeliveryStatus::Rejected,
                None,
                d.reject.as_ref()?.reason.clone(),
            ),
            _ => return None,
        };
        let at = epoch(timestamp)
            .or_else(|| epoch(self.time.as_deref()))
            .unwrap_or(now);
        let (suppression, recipients) = match (&d.bounce, &d.complaint) {
            (Some(b), _) if status == DeliveryStatus::Bounced => (
                (b.bounce_type.as_deref() == Some("Permanent")).then_some(Suppression::Bounced),
                b.bounced_recipients.as_slice(),
            ),
            (_, Some(c)) if status == DeliveryStatus::Complained => (
                Some(Suppression::Complained),
                c.complained_recipients.as_slice(),
            ),
            _ => (None, [].as_slice()),
        };
        let recipients = recipients
            .iter()
            .filter_map(|r| Email::parse(r.email_address.as_deref()?).ok())
            .collect();
        let delivery = Delivery {
            status,
            at,
            detail: detail.as_deref().map(bounded),
        };
        Some(News {
            tags,
            delivery,
            suppression,
            recipients,
        })
    }
}

/// The audit event a status writes, if it is one: a bounce or complaint is
/// something the owner must act on.
fn audited(status: DeliveryStatus) -> Option<AuditAction> {
    match status {
        DeliveryStatus::Bounced => Some(AuditAction::InvitationBounced),
        DeliveryStatus::Complained => Some(AuditAction::InvitationComplained),
        _ => None,
    }
}

/// What the news changes: the user's delivery (when it is news of the
/// user's current invitation that moves its email along, with an audit event
/// for a bounce or complaint), and the address's suppression.
fn decide(news: &News, user: Option<&UserRecord>, now: i64) -> Decision<Outcome> {
    let system = Actor::system();
    let mut transaction = Transaction::default();
    let next = user.map(|u| u.next(now, |n| n.delivery = Some(news.delivery.clone())));
    let outcome = match (user, &next) {
        (Some(user), Some(next))
            if user.invitation_id == Some(news.tags.invitation_id)
                && news.delivery.supersedes(user.delivery.as_ref()) =>
        {
            transaction.user(match audited(news.delivery.status) {
                Some(action) => UserChange::new(&system, action, Some(user), Some(next), now)
                    .because(news.delivery.detail.clone()),
                None => UserChange::without_event(&system, user, next, now),
            });
            Outcome::Recorded
        }
        (Some(_), _) => Outcome::Unchanged,
        (None, _) => Outcome::Ignored,
    };
    // The user's own address when it is still there (the email went to it);
    // else the addresses the event names.
    let addresses = match user {
        Some(user) => std::slice::from_ref(&user.email),
        None => news.recipients.as_slice(),
    };
    if let Some(reason) = news.suppression {
        for address in addresses {
            transaction.write(Write::Suppress {
                key: Key::recipient(address),
                reason,
            });
        }
    }
    if transaction.is_empty() {
        return Decision::Answer(outcome);
    }
    Plan::one(transaction, outcome)
}

/// Records one SES event (EventBridge's JSON) on the user its email was for.
pub async fn record(deps: &Deps, event: Value) -> Result<Outcome> {
    let Some(news) = serde_json::from_value::<SesEvent>(event)
        .ok()
        .and_then(|e| e.news(now()))
    else {
        tracing::warn!("not an SES event about an invitation email; ignored");
        return Ok(Outcome::Ignored);
    };
    let tags = news.tags;
    let read = |_| deps.store.user(tags.account_id, tags.user_id);
    let outcome = run(deps, read, |user, now| {
        Ok(decide(&news, user.as_ref(), now))
    })
    .await?;
    tracing::info!(
        status = ?news.delivery.status,
        outcome = ?outcome,
        account_id = %tags.account_id,
        user_id = %tags.user_id,
        "SES event"
    );
    Ok(outcome)
}
