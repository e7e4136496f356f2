//! Names people give accounts. They reach inboxes (the invitation's subject
//! and body), so characters that change how text around them is shown are
//! refused: control (Cc), format (Cf: bidi overrides and isolates, zero-width
//! characters) and line or paragraph separators (Zl, Zp). So is a name
//! holding a web or email address: mail clients make those links, and our
//! invitation would carry a stranger's link in our voice.

use serde::{Deserialize, Serialize};
use std::fmt;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// An account's name: 1 to 100 characters on one line, trimmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccountName(String);

impl AccountName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(raw: &str) -> Result<AccountName, &'static str> {
        // Judged before trimming, which would drop a trailing separator.
        if raw.chars().any(hides_text) {
            return Err(
                "must not contain control, format or line-separator characters (such as bidi \
                 overrides or zero-width characters)",
            );
        }
        let name = raw.trim();
        if name.is_empty() || name.chars().count() > Self::MAX_CHARS {
            return Err("must be 1 to 100 characters");
        }
        if holds_address(name) {
            return Err("must not contain a web or email address (the name is shown in emails)");
        }
        Ok(AccountName(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn hides_text(c: char) -> bool {
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    )
}

/// Whether `name` holds something a mail client would make a link of: a
/// URL, a bare domain (`evil.example`) or an email address, also when
/// written with the full stops that IDNA reads as dots.
fn holds_address(name: &str) -> bool {
    let dotted: String = name
        .chars()
        .map(|c| match c {
            '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => '.',
            c => c,
        })
        .collect();
    let mut finder = linkify::LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder.links(&dotted).next().is_some()
}

impl fmt::Display for AccountName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trims_and_keeps_ordinary_text() {
        let name = AccountName::parse("  Green Acres Realty \u{2014} S\u{e3}o Paulo ").unwrap();
        assert_eq!(name.as_str(), "Green Acres Realty \u{2014} S\u{e3}o Paulo");
    }

    #[test]
    fn refuses_characters_that_change_how_text_reads() {
        for bad in [
            "Acme\u{202e}moc.evil",
            "Acme\u{2067}x\u{2069}",
            "Ac\u{200b}me",
            "Acme\u{feff}",
            "Acme\u{2028}Bcc",
            "Acme\u{2029}",
            "a\nb",
            "a\u{85}b",
        ] {
            assert!(
                AccountName::parse(bad).is_err(),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn refuses_names_that_hold_an_address() {
        for bad in [
            "Urgent: verify your account at https://evil.example",
            "Visit evil.example now",
            "www.evil.com",
            "Write to help@evil.example",
            "evil\u{3002}example",
            "ftp://files",
        ] {
            assert!(
                AccountName::parse(bad).is_err(),
                "{bad:?} should be refused"
            );
        }
        for good in [
            "Green Acres Realty Inc.",
            "Dr. Smith & Sons",
            "Tom @ Home",
            "Acme 2.0",
            "S.A. de C.V.",
        ] {
            assert!(AccountName::parse(good).is_ok(), "{good:?} should be kept");
        }
    }

    #[test]
    fn refuses_empty_and_long_names() {
        assert!(AccountName::parse("   ").is_err());
        assert!(AccountName::parse(&"x".repeat(100)).is_ok());
        assert!(AccountName::parse(&"\u{e9}".repeat(101)).is_err());
    }

    proptest! {
        #[test]
        fn a_kept_name_has_no_hidden_characters(raw in "\\PC{0,120}") {
            if let Ok(name) = AccountName::parse(&raw) {
                prop_assert!(!name.as_str().chars().any(hides_text));
                prop_assert_eq!(AccountName::parse(name.as_str()), Ok(name.clone()));
            }
        }
    }
}
