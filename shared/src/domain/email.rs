use serde::{Deserialize, Serialize};
use std::fmt;

/// An email address as Roster keeps it: trimmed and lower-cased. `+tag`
/// sub-addresses are kept as they are, so they are addresses of their own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

/// The longest address SMTP can carry (RFC 5321 path limit less the brackets).
const MAX_LEN: usize = 254;

impl Email {
    pub fn parse(raw: &str) -> Result<Email, &'static str> {
        // Control characters (CR/LF above all) are refused before trimming, so
        // a header injection attempt never becomes a valid-looking address.
        if raw.chars().any(char::is_control) {
            return Err("must not contain control characters");
        }
        let address = raw.trim().to_lowercase();
        if address.is_empty() {
            return Err("must not be empty");
        }
        if address.len() > MAX_LEN {
            return Err("must be at most 254 characters");
        }
        let options = email_address::Options::default()
            .without_display_text()
            .without_domain_literal();
        let parsed = email_address::EmailAddress::parse_with_options(&address, options)
            .map_err(|_| "is not a valid email address")?;
        // A mailbox on the internet needs a dotted domain; `user@localhost`
        // parses but can never receive an invitation.
        let domain = parsed.domain();
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return Err("needs a domain such as example.com");
        }
        if parsed.local_part().starts_with('"') {
            return Err("quoted local parts are not accepted");
        }
        Ok(Email(address))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_lowercases() {
        let e = Email::parse("  Sue.Casa@GreenAcresRealty.com ").unwrap();
        assert_eq!(e.as_str(), "sue.casa@greenacresrealty.com");
    }

    #[test]
    fn plus_tags_are_distinct_addresses() {
        let a = Email::parse("sue.casa@greenacresrealty.com").unwrap();
        let b = Email::parse("sue.casa+1@greenacresrealty.com").unwrap();
        assert_ne!(a, b);
        assert_eq!(b.as_str(), "sue.casa+1@greenacresrealty.com");
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        for bad in [
            "",
            "   ",
            "plain",
            "a@b",
            "@example.com",
            "sue@",
            "two@@example.com",
            "sue@example.com\r\nBcc: all@example.com",
            "sue@exa\u{0}mple.com",
            "tab\t@example.com",
            "Sue <sue@example.com>",
            "sue@[127.0.0.1]",
            "\"quoted\"@example.com",
            "sue@example.com.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn refuses_more_than_254_characters() {
        let local = "a".repeat(64);
        let label = "b".repeat(60);
        let fits = format!("{local}@{label}.{label}.{label}.com");
        assert!(fits.len() <= 254);
        assert!(Email::parse(&fits).is_ok());
        let long = format!("{local}@{label}.{label}.{label}.{}.com", "c".repeat(10));
        assert!(long.len() > 254);
        assert!(Email::parse(&long).is_err());
    }
}
