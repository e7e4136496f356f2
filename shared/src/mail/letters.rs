//! What each email says, in the reader's language, laid out by the one pair
//! of templates (`shared/templates/email.{html,txt}`): the invitation (and
//! its reminder), the owner's notice that access ends, and the offer of
//! ownership.

use super::words::Words;
use super::{Letter, Tags};
use crate::domain::{Locale, Role, TimeZone, UserRecord};
use askama::Template;

/// An email's words, as the templates lay them out: a heading, paragraphs,
/// one button with its link (also given as text), notes in smaller type.
struct Email {
    lang: &'static str,
    subject: String,
    /// What an inbox shows beside the subject.
    preview: String,
    heading: String,
    paragraphs: Vec<String>,
    button: String,
    url: String,
    link_as_text: String,
    notes: Vec<String>,
    footer: String,
}

#[derive(Template)]
#[template(path = "email.html")]
struct HtmlPart<'a> {
    email: &'a Email,
}

#[derive(Template)]
#[template(path = "email.txt")]
struct TextPart<'a> {
    email: &'a Email,
}

impl Email {
    /// The email, from `from_name` (the display name beside
    /// `INVITE_FROM_ADDRESS`), replies going to `reply_to`.
    fn letter(self, from_name: String, reply_to: Option<String>) -> Letter {
        let html = HtmlPart { email: &self }
            .render()
            .expect("the template renders");
        let text = TextPart { email: &self }
            .render()
            .expect("the template renders");
        Letter {
            from_name,
            reply_to,
            subject: self.subject,
            text,
            html,
        }
    }
}

/// The invitation email.
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
    /// The invitee's language, as the invitation named it.
    pub locale: Locale,
    /// The account's time zone, the expiry's.
    pub zone: &'a TimeZone,
}

impl<'a> Invitation<'a> {
    /// The email of `user`'s pending invitation, whose link is `url` (a
    /// reminder's own link when `reminder`), its times told in `zone`.
    pub fn of(
        user: &'a UserRecord,
        url: &'a str,
        reminder: bool,
        zone: &'a TimeZone,
    ) -> Invitation<'a> {
        Invitation {
            to: user.email.as_str(),
            account_name: user.account_name.as_str(),
            // Every invitation names its inviter (`UserRecord::invite`).
            inviter: user.invited_by.as_ref().map_or("", |e| e.as_str()),
            role: user.role,
            expires_at: user.expires_at.unwrap_or_default(),
            url,
            tags: Tags {
                account_id: user.account_id,
                user_id: user.id,
                invitation_id: user.invitation_id.expect("an invitation has its id"),
            },
            reminder,
            locale: user.locale,
            zone,
        }
    }

    pub fn letter(&self) -> Letter {
        let words = Words::of(self.locale);
        let role_id = format!("role-{}", self.role.as_str());
        let role = words.say(&role_id, &[]);
        let description = words.say(&format!("{role_id}-description"), &[]);
        let when = words.when(self.expires_at, self.zone);
        let names = [("inviter", self.inviter), ("account", self.account_name)];
        let subject = if self.reminder {
            "email-reminder-subject"
        } else {
            "email-invitation-subject"
        };
        let with_role = [names[0], names[1], ("role", role.as_str())];
        Email {
            lang: self.locale.as_str(),
            subject: words.say(subject, &names),
            preview: words.say("email-invitation-preview", &with_role),
            heading: words.say("email-invitation-heading", &names),
            paragraphs: vec![
                words.say("email-invitation-intro", &with_role),
                words.say(
                    "email-invitation-role",
                    &[("role", &role), ("description", &description)],
                ),
                words.say(
                    "email-invitation-how",
                    &[("email", self.to), ("when", &when)],
                ),
            ],
            button: words.say("email-invitation-button", &[]),
            url: self.url.to_owned(),
            link_as_text: words.say("email-link-as-text", &[]),
            notes: vec![words.say("email-invitation-unexpected", &names)],
            footer: words.say("email-footer", &names),
        }
        .letter(
            words.say("email-from", &names),
            Some(self.inviter.to_owned()),
        )
    }
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
    /// The account's language and time zone.
    pub locale: Locale,
    pub zone: &'a TimeZone,
}

impl EndingNotice<'_> {
    pub fn letter(&self) -> Letter {
        let words = Words::of(self.locale);
        let when = words.when(self.ends_at, self.zone);
        let args = [
            ("account", self.account_name),
            ("whose", self.whose),
            ("when", when.as_str()),
        ];
        let what = if self.partner {
            "email-ending-partner"
        } else {
            "email-ending-user"
        };
        Email {
            lang: self.locale.as_str(),
            subject: words.say("email-ending-subject", &args),
            preview: words.say("email-ending-preview", &args),
            heading: words.say("email-ending-heading", &args),
            paragraphs: vec![words.say(what, &args)],
            button: words.say("email-ending-button", &[]),
            url: self.url.to_owned(),
            link_as_text: words.say("email-link-as-text", &[]),
            notes: vec![words.say("email-ending-unexpected", &args)],
            footer: words.say("email-footer", &args),
        }
        // To the owner, from Roster: nobody else to reply to.
        .letter(words.say("email-from-roster", &args), None)
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
    /// The account's language and time zone.
    pub locale: Locale,
    pub zone: &'a TimeZone,
}

impl OwnershipNotice<'_> {
    pub fn letter(&self) -> Letter {
        let words = Words::of(self.locale);
        let when = words.when(self.expires_at, self.zone);
        let args = [
            ("owner", self.owner),
            ("account", self.account_name),
            ("when", when.as_str()),
        ];
        Email {
            lang: self.locale.as_str(),
            subject: words.say("email-ownership-subject", &args),
            preview: words.say("email-ownership-preview", &args),
            heading: words.say("email-ownership-heading", &args),
            paragraphs: vec![
                words.say("email-ownership-intro", &args),
                words.say("email-ownership-until", &args),
            ],
            button: words.say("email-ownership-button", &[]),
            url: self.url.to_owned(),
            link_as_text: words.say("email-link-as-text", &[]),
            notes: vec![words.say("email-ownership-unexpected", &args)],
            footer: words.say("email-footer", &args),
        }
        .letter(
            words.say(
                "email-from",
                &[("inviter", self.owner), ("account", self.account_name)],
            ),
            Some(self.owner.to_owned()),
        )
    }
}
