//! The emails, sent through SES v2: the invitation (and its reminder), the
//! owner's notice that access is about to end, and the offer of ownership,
//! each in its reader's language (`letters`, `words`). A failed send never
//! undoes the invitation: the caller gets the link and the failure, and
//! resend retries. An invitation's SES message tags name it, so SES's events about
//! the email (through the configuration set, to EventBridge) find their way
//! back to it.

mod letters;
mod words;

pub use letters::{EndingNotice, Invitation, OwnershipNotice};
pub use words::Words;

use aws_sdk_sesv2::Client;
use aws_sdk_sesv2::error::ProvideErrorMetadata;
use aws_sdk_sesv2::types::{Body, Content, Destination, EmailContent, Message, MessageTag};
use mail_builder::headers::Header;
use mail_builder::headers::address::EmailAddress;
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

/// One email, ready to send: the display name it is from (beside
/// `INVITE_FROM_ADDRESS`), where replies go, and its words.
pub struct Letter {
    pub from_name: String,
    pub reply_to: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// `address` with the display name `name`, as SES takes a From address:
/// the name quoted or in RFC 2047 encoded words as it needs (an account's
/// name may hold quotes, commas or letters beyond ASCII; never a line
/// break), on one line.
fn mailbox(name: &str, address: &str) -> String {
    let mut header = Vec::new();
    EmailAddress {
        name: Some(name.into()),
        email: address.into(),
    }
    .write_header(&mut header, "From: ".len());
    // Unfolded: a fold is a CRLF before a space, which stays.
    String::from_utf8_lossy(&header).replace("\r\n", "")
}

/// What became of the email, as the API reports it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Delivery {
    Sent { message_id: String },
    Failed { reason: String },
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
        let letter = invitation.letter();
        self.send(invitation.to, letter, Some(invitation.tags))
            .await
    }

    pub async fn send_ending(&self, notice: &EndingNotice<'_>) -> Delivery {
        self.send(notice.to, notice.letter(), None).await
    }

    pub async fn send_ownership(&self, notice: &OwnershipNotice<'_>) -> Delivery {
        self.send(notice.to, notice.letter(), None).await
    }

    /// Sends `letter` to `to`, tagged with the invitation it is for, if any.
    async fn send(&self, to: &str, letter: Letter, tags: Option<Tags>) -> Delivery {
        let message = Message::builder()
            .subject(content(letter.subject))
            .body(
                Body::builder()
                    .text(content(letter.text))
                    .html(content(letter.html))
                    .build(),
            )
            .build();
        let sent = self
            .ses
            .send_email()
            .from_email_address(mailbox(&letter.from_name, &self.from))
            .set_reply_to_addresses(letter.reply_to.map(|r| vec![r]))
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
    use crate::domain::{Locale, Role, TimeZone};

    fn invitation<'a>(account: &'a str, url: &'a str, zone: &'a TimeZone) -> Invitation<'a> {
        Invitation {
            to: "sue@example.com",
            account_name: account,
            inviter: "owner@example.com",
            role: Role::CampaignCreator,
            // Tuesday 8 December 2026, 9:29 PM in New York.
            expires_at: 1_796_783_340,
            url,
            tags: Tags {
                account_id: Uuid::from_u128(1),
                user_id: Uuid::from_u128(2),
                invitation_id: Uuid::from_u128(3),
            },
            reminder: false,
            locale: Locale::En,
            zone,
        }
    }

    fn new_york() -> TimeZone {
        TimeZone::parse("America/New_York").unwrap()
    }

    #[test]
    fn says_account_inviter_role_and_its_description_expiry_in_words_and_link() {
        let zone = new_york();
        let inv = invitation(
            "Green Acres",
            "https://app.example.com/invitations/abc",
            &zone,
        );
        let letter = inv.letter();
        for body in [&letter.text, &letter.html] {
            assert!(body.contains("Green Acres"));
            assert!(body.contains("owner@example.com"));
            assert!(body.contains("Campaign Creator"));
            assert!(body.contains("Creates and edits campaigns"));
            assert!(body.contains("Tuesday 8 December, 9:29 PM (New York)"));
            assert!(body.contains("https://app.example.com/invitations/abc"));
            assert!(body.contains("Not expecting this?"));
        }
        assert_eq!(
            letter.subject,
            "owner@example.com invited you to Green Acres on Roster"
        );
        assert_eq!(letter.from_name, "owner@example.com via Green Acres");
        assert_eq!(letter.reply_to.as_deref(), Some("owner@example.com"));
        let reminder = Invitation {
            reminder: true,
            ..inv
        };
        assert!(reminder.letter().subject.starts_with("Reminder: "));
    }

    #[test]
    fn an_invitation_speaks_its_language() {
        let zone = new_york();
        let inv = Invitation {
            locale: Locale::Fr,
            ..invitation("Green Acres", "https://x/invitations/a", &zone)
        };
        let letter = inv.letter();
        assert_eq!(
            letter.subject,
            "owner@example.com vous invite à rejoindre Green Acres sur Roster"
        );
        assert!(letter.html.contains("<html lang=\"fr\">"));
        assert!(letter.text.contains("Créateur de campagnes"));
        assert!(letter.text.contains("mardi 8 décembre à 21:29 (New York)"));
    }

    #[test]
    fn an_ending_notice_says_whose_access_ends_when_and_where_to_extend_it() {
        let zone = new_york();
        let notice = EndingNotice {
            to: "owner@example.com",
            account_name: "Green <Acres>",
            whose: "sue@example.com",
            partner: false,
            ends_at: 1_796_783_340,
            url: "https://app.example.com/users.html?account=1",
            locale: Locale::En,
            zone: &zone,
        };
        let letter = notice.letter();
        for body in [&letter.text, &letter.html] {
            assert!(body.contains("sue@example.com"));
            assert!(body.contains("Tuesday 8 December, 9:29 PM (New York)"));
            assert!(body.contains("users.html?account=1"));
        }
        assert!(
            letter.html.contains("Green &#60;Acres&#62;")
                || letter.html.contains("Green &lt;Acres&gt;")
        );
        assert_eq!(letter.reply_to, None);
    }

    #[test]
    fn the_display_name_reads_back_as_written_whatever_it_holds() {
        let long =
            "jo@x.com via Société Générale d'Équipement Électrique et Hydraulique du Sud-Ouest";
        for name in [
            "jo@x.com via Green Acres",
            "jo@x.com via Smith, \"Jones\" & Co (Ltd) <x>",
            "jo@x.com via Ça Café; São Paulo",
            long,
        ] {
            let from = mailbox(name, "invitations@roster.test");
            assert!(!from.contains(['\r', '\n']), "{from}");
            let header = format!("From: {from}\r\n\r\n");
            let parsed = mail_parser::MessageParser::default()
                .parse(header.as_bytes())
                .unwrap();
            let sender = parsed.from().and_then(|a| a.first()).unwrap();
            assert_eq!(sender.name(), Some(name), "{from}");
            assert_eq!(sender.address(), Some("invitations@roster.test"));
        }
    }

    #[test]
    fn tags_name_the_invitation_in_ses_characters() {
        let zone = TimeZone::default();
        let inv = invitation("Green Acres", "https://x", &zone);
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
        let zone = TimeZone::default();
        let inv = invitation("Green Acres", "https://x", &zone);
        let tags = inv.tags.message_tags();
        let send = |set: Option<&'static str>| {
            let tags = tags.clone();
            mock!(Client::send_email)
                .match_requests(move |req| {
                    req.email_tags() == tags.as_slice()
                        && req.configuration_set_name() == set
                        && req.reply_to_addresses() == ["owner@example.com"]
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
        let zone = TimeZone::default();
        let inv = invitation(
            "<script>alert(1)</script>",
            "https://x/invitations/a\"b",
            &zone,
        );
        let html = inv.letter().html;
        assert!(!html.contains("<script>"));
        assert!(!html.contains("a\"b"));
        assert!(
            !html.contains("<img") && !html.contains("src="),
            "no remote content"
        );
    }
}
