//! The emails, sent through SES v2: the invitation (and its reminder), the
//! owner's notice that access is about to end, and the offer of ownership. A failed send never undoes
//! the invitation: the caller gets the link and the failure, and resend
//! retries. An invitation's SES message tags name it, so SES's events about
//! the email (through the configuration set, to EventBridge) find their way
//! back to it.

use crate::domain::{Role, UserRecord};
use crate::time::rfc3339;
use aws_sdk_sesv2::Client;
use aws_sdk_sesv2::error::ProvideErrorMetadata;
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message, MessageTag};
use html_escape::encode_text as html;
use serde::Serialize;
use uuid::Uuid;

/// The message tags an invitation email carries (SES allows letters,
/// digits, `_` and `-` in tag names and values; a UUID's text is all that).
pub const ACCOUNT_TAG: &str = "roster-account";
pub const USER_TAG: &str = "roster-user";
pub const INVITATION_TAG: &str = "roster-invitation";

pub struct Mailer {
    ses: Client,
    from: String,
    /// SES's configuration set that publishes the email's events, if any.
    configuration_set: Option<String>,
}

/// Which invitation an email is for, as its tags say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tags {
    pub account_id: Uuid,
    pub user_id: Uuid,
    pub invitation_id: Uuid,
}

impl Tags {
    fn message_tags(&self) -> Vec<MessageTag> {
        [
            (ACCOUNT_TAG, self.account_id),
            (USER_TAG, self.user_id),
            (INVITATION_TAG, self.invitation_id),
        ]
        .into_iter()
        .map(|(name, value)| {
            MessageTag::builder()
                .name(name)
                .value(value.to_string())
                .build()
                .expect("a tag has a name and a value")
        })
        .collect()
    }

    /// The tags an SES event reports, each tag's values as a list.
    pub fn of(tags: &std::collections::HashMap<String, Vec<String>>) -> Option<Tags> {
        let tag = |name: &str| {
            tags.get(name)
                .and_then(|values| values.first())
                .and_then(|v| Uuid::parse_str(v).ok())
        };
        Some(Tags {
            account_id: tag(ACCOUNT_TAG)?,
            user_id: tag(USER_TAG)?,
            invitation_id: tag(INVITATION_TAG)?,
        })
    }
}

/// Everything the invitation email says.
pub struct Invitation<'a> {
    pub to: &'a str,
    pub account_name: &'a str,
    pub inviter: &'a str,
    pub role: Role,
    pub expires_at: i64,
    pub url: &'a str,
    pub tags: Tags,
    /// A reminder of an invitation sent earlier, with a link of its own.
    pub reminder: bool,
}

/// The owner's notice that a user's (or a partner's) access ends soon.
pub struct EndingNotice<'a> {
    pub to: &'a str,
    pub account_name: &'a str,
    /// Whose access ends: a user's address, or the partner's name.
    pub whose: &'a str,
    pub partner: bool,
    pub ends_at: i64,
    /// Manage users (or Partner access), where it is extended.
    pub url: &'a str,
}

impl EndingNotice<'_> {
    pub fn subject(&self) -> String {
        format!("Access to {} ends soon: {}", self.account_name, self.whose)
    }

    fn what(&self) -> &'static str {
        if self.partner {
            "The partner agency"
        } else {
            "The user"
        }
    }

    pub fn text(&self) -> String {
        format!(
            "{what} {whose} can use {account} until {ends}; then their access ends.\n\n\
             To keep it, extend it: {url}\n",
            what = self.what(),
            whose = self.whose,
            account = self.account_name,
            ends = rfc3339(self.ends_at),
            url = self.url,
        )
    }

    pub fn html(&self) -> String {
        format!(
            "<!doctype html><html><body>\
             <p>{what} {whose} can use <strong>{account}</strong> until {ends}; then \
             their access ends.</p>\
             <p><a href=\"{url}\">Extend it</a></p>\
             </body></html>",
            what = self.what(),
            whose = html(self.whose),
            account = html(self.account_name),
            ends = rfc3339(self.ends_at),
            url = html_escape::encode_double_quoted_attribute(self.url),
        )
    }
}

/// The email that offers a user ownership of an account.
pub struct OwnershipNotice<'a> {
    pub to: &'a str,
    pub account_name: &'a str,
    /// The owner who offers it.
    pub owner: &'a str,
    pub expires_at: i64,
    /// The account's settings, where it is accepted or declined.
    pub url: &'a str,
}

impl OwnershipNotice<'_> {
    pub fn subject(&self) -> String {
        format!(
            "{} offers you ownership of {}",
            self.owner, self.account_name
        )
    }

    pub fn text(&self) -> String {
        format!(
            "{owner} offers to hand {account} over to you: you would become its owner, \
             and {owner} an account manager.\n\n\
             Accept or decline by {ends}: {url}\n",
            owner = self.owner,
            account = self.account_name,
            ends = rfc3339(self.expires_at),
            url = self.url,
        )
    }

    pub fn html(&self) -> String {
        format!(
            "<!doctype html><html><body>\
             <p>{owner} offers to hand <strong>{account}</strong> over to you: you would \
             become its owner, and {owner} an account manager.</p>\
             <p><a href=\"{url}\">Accept or decline</a> by {ends}.</p>\
             </body></html>",
            owner = html(self.owner),
            account = html(self.account_name),
            ends = rfc3339(self.expires_at),
            url = html_escape::encode_double_quoted_attribute(self.url),
        )
    }
}

/// What became of the email, as the API reports it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Delivery {
    Sent { message_id: String },
    Failed { reason: String },
}

impl<'a> Invitation<'a> {
    /// The email of `user`'s pending invitation, whose link is `url` (a
    /// reminder's own link when `reminder`).
    pub fn of(user: &'a UserRecord, url: &'a str, reminder: bool) -> Invitation<'a> {
        Invitation {
            to: user.email.as_str(),
            account_name: user.account_name.as_str(),
            inviter: user
                .invited_by
                .as_ref()
                .map_or("The account owner", |e| e.as_str()),
            role: user.role,
            expires_at: user.expires_at.unwrap_or_default(),
            url,
            tags: Tags {
                account_id: user.account_id,
                user_id: user.id,
                invitation_id: user.invitation_id.expect("an invitation has its id"),
            },
            reminder,
        }
    }

    pub fn subject(&self) -> String {
        let reminder = if self.reminder { "Reminder: " } else { "" };
        format!(
            "{reminder}{} invited you to {} on Roster",
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
    pub fn new(ses: Client, from: String, configuration_set: Option<String>) -> Mailer {
        Mailer {
            ses,
            from,
            configuration_set,
        }
    }

    #[cfg(test)]
    pub(crate) fn ses(&self) -> &Client {
        &self.ses
    }

    pub async fn send_invitation(&self, invitation: &Invitation<'_>) -> Delivery {
        let words = [invitation.subject(), invitation.text(), invitation.html()];
        self.send(invitation.to, words, Some(invitation.tags)).await
    }

    pub async fn send_ending(&self, notice: &EndingNotice<'_>) -> Delivery {
        let words = [notice.subject(), notice.text(), notice.html()];
        self.send(notice.to, words, None).await
    }

    pub async fn send_ownership(&self, notice: &OwnershipNotice<'_>) -> Delivery {
        let words = [notice.subject(), notice.text(), notice.html()];
        self.send(notice.to, words, None).await
    }

    /// Sends the subject, text and HTML `words` to `to`, tagged with the
    /// invitation it is for, if any.
    async fn send(&self, to: &str, words: [String; 3], tags: Option<Tags>) -> Delivery {
        let [subject, text, html] = words;
        let message = Message::builder()
            .subject(content(subject))
            .body(
                Body::builder()
                    .text(content(text))
                    .html(content(html))
                    .build(),
            )
            .build();
        let sent = self
            .ses
            .send_email()
            .from_email_address(&self.from)
            .destination(Destination::builder().to_addresses(to).build())
            .content(EmailContent::builder().simple(message).build())
            .set_email_tags(tags.map(|t| t.message_tags()))
            .set_configuration_set_name(self.configuration_set.clone())
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
                tracing::warn!(code, "SES did not send the email");
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
            tags: Tags {
                account_id: Uuid::from_u128(1),
                user_id: Uuid::from_u128(2),
                invitation_id: Uuid::from_u128(3),
            },
            reminder: false,
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
        let reminder = Invitation {
            reminder: true,
            ..inv
        };
        assert!(reminder.subject().starts_with("Reminder: "));
    }

    #[test]
    fn an_ending_notice_says_whose_access_ends_when_and_where_to_extend_it() {
        let notice = EndingNotice {
            to: "owner@example.com",
            account_name: "Green <Acres>",
            whose: "sue@example.com",
            partner: false,
            ends_at: 1_700_000_000,
            url: "https://app.example.com/users.html?account=1",
        };
        for body in [notice.text(), notice.html()] {
            assert!(body.contains("sue@example.com"));
            assert!(body.contains("2023-11-14T22:13:20Z"));
        }
        assert!(notice.html().contains("Green &lt;Acres&gt;"));
        assert!(notice.html().contains("users.html?account=1"));
    }

    #[test]
    fn tags_name_the_invitation_in_ses_characters() {
        let inv = invitation("Green Acres", "https://x");
        let tags = inv.tags.message_tags();
        let allowed = |s: &str| {
            !s.is_empty()
                && s.len() <= 256
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        };
        assert_eq!(tags.len(), 3);
        for tag in &tags {
            assert!(allowed(tag.name()) && allowed(tag.value()), "{tag:?}");
        }
        // As an SES event reports them, they read back the same.
        let reported = tags
            .iter()
            .map(|t| (t.name().to_owned(), vec![t.value().to_owned()]))
            .collect();
        assert_eq!(Tags::of(&reported), Some(inv.tags));
    }

    /// moto keeps no tags, so the request itself is checked here.
    #[tokio::test]
    async fn sends_with_its_tags_through_the_configuration_set() {
        use aws_sdk_sesv2::operation::send_email::SendEmailOutput;
        use aws_smithy_mocks::{RuleMode, mock, mock_client};
        let inv = invitation("Green Acres", "https://x");
        let tags = inv.tags.message_tags();
        let send = |set: Option<&'static str>| {
            let tags = tags.clone();
            mock!(Client::send_email)
                .match_requests(move |req| {
                    req.email_tags() == tags.as_slice() && req.configuration_set_name() == set
                })
                .then_output(|| SendEmailOutput::builder().message_id("m-1").build())
        };
        for set in [Some("roster-invitations"), None] {
            let rule = send(set);
            let mailer = Mailer::new(
                mock_client!(aws_sdk_sesv2, RuleMode::MatchAny, [&rule]),
                "invitations@example.com".into(),
                set.map(str::to_owned),
            );
            assert_eq!(
                mailer.send_invitation(&inv).await,
                Delivery::Sent {
                    message_id: "m-1".into()
                },
                "{set:?}"
            );
            assert_eq!(rule.num_calls(), 1);
        }
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
