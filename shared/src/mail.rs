//! The invitation email, sent through SES v2. A failed send never undoes the
//! invitation: the caller gets the link and the failure, and resend retries.

use crate::domain::Role;
use crate::time::rfc3339;
use aws_sdk_sesv2::Client;
use aws_sdk_sesv2::error::ProvideErrorMetadata;
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message};
use html_escape::encode_text as html;
use serde::Serialize;

pub struct Mailer {
    ses: Client,
    from: String,
}

/// Everything the invitation email says.
pub struct Invitation<'a> {
    pub to: &'a str,
    pub account_name: &'a str,
    pub inviter: &'a str,
    pub role: Role,
    pub expires_at: i64,
    pub url: &'a str,
}

/// What became of the email, as the API reports it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Delivery {
    Sent { message_id: String },
    Failed { reason: String },
}

impl Invitation<'_> {
    pub fn subject(&self) -> String {
        format!(
            "{} invited you to {} on Roster",
            self.inviter, self.account_name
        )
    }

    pub fn text(&self) -> String {
        format!(
            "{inviter} invited you to join {account} as {role}.\n\n\
             Accept the invitation: {url}\n\n\
             Sign in (or sign up) with {to} to accept. The link works once and \
             expires at {expires}.\n",
            inviter = self.inviter,
            account = self.account_name,
            role = self.role.title(),
            url = self.url,
            to = self.to,
            expires = rfc3339(self.expires_at),
        )
    }

    pub fn html(&self) -> String {
        format!(
            "<!doctype html><html><body>\
             <p>{inviter} invited you to join <strong>{account}</strong> as {role}.</p>\
             <p><a href=\"{url}\">Accept the invitation</a></p>\
             <p>Sign in (or sign up) with {to} to accept. The link works once and \
             expires at {expires}.</p>\
             </body></html>",
            inviter = html(self.inviter),
            account = html(self.account_name),
            role = self.role.title(),
            url = html_escape::encode_double_quoted_attribute(self.url),
            to = html(self.to),
            expires = rfc3339(self.expires_at),
        )
    }
}

fn content(text: String) -> Content {
    Content::builder()
        .data(text)
        .charset("UTF-8")
        .build()
        .expect("content has data")
}

impl Mailer {
    pub fn new(ses: Client, from: String) -> Mailer {
        Mailer { ses, from }
    }

    #[cfg(test)]
    pub(crate) fn ses(&self) -> &Client {
        &self.ses
    }

    pub async fn send_invitation(&self, invitation: &Invitation<'_>) -> Delivery {
        let message = Message::builder()
            .subject(content(invitation.subject()))
            .body(
                Body::builder()
                    .text(content(invitation.text()))
                    .html(content(invitation.html()))
                    .build(),
            )
            .build();
        let sent = self
            .ses
            .send_email()
            .from_email_address(&self.from)
            .destination(Destination::builder().to_addresses(invitation.to).build())
            .content(EmailContent::builder().simple(message).build())
            .send()
            .await;
        match sent {
            Ok(out) => Delivery::Sent {
                message_id: out.message_id.unwrap_or_default(),
            },
            Err(err) => {
                // The error's code only: SES's messages can name the address.
                let code = err
                    .as_service_error()
                    .and_then(ProvideErrorMetadata::code)
                    .unwrap_or("no answer");
                tracing::warn!(code, "SES did not send the invitation");
                Delivery::Failed {
                    reason: "the email service did not accept the message; send it again later"
                        .into(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invitation<'a>(account: &'a str, url: &'a str) -> Invitation<'a> {
        Invitation {
            to: "sue@example.com",
            account_name: account,
            inviter: "owner@example.com",
            role: Role::CampaignCreator,
            expires_at: 1_700_000_000,
            url,
        }
    }

    #[test]
    fn says_account_inviter_role_expiry_and_link() {
        let inv = invitation("Green Acres", "https://app.example.com/invitations/abc");
        for body in [inv.text(), inv.html()] {
            assert!(body.contains("Green Acres"));
            assert!(body.contains("owner@example.com"));
            assert!(body.contains("Campaign Creator"));
            assert!(body.contains("2023-11-14T22:13:20Z"));
            assert!(body.contains("https://app.example.com/invitations/abc"));
        }
        assert_eq!(
            inv.subject(),
            "owner@example.com invited you to Green Acres on Roster"
        );
    }

    #[test]
    fn html_escapes_what_users_typed() {
        let inv = invitation("<script>alert(1)</script>", "https://x/invitations/a\"b");
        let html = inv.html();
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("a\"b"));
    }
}
