use serde::{Deserialize, Serialize};
use std::fmt;

/// An email address as Roster keeps and compares it, normalized once, here:
/// ASCII spaces trimmed, the part before the `@` ASCII and lower-cased in
/// ASCII only, the domain in its IDNA (punycode) form. `+tag` sub-addresses
/// are kept as they are, so they are addresses of their own.
///
/// Case folding is ASCII-only on purpose: Unicode lower-casing turns
/// `\u{212A}ate` (KELVIN SIGN) into `kate`, so a different sign-in would pass
/// for the invited address. Non-ASCII local parts are refused (SES cannot
/// deliver to them); domains are compared in their one IDNA form, so
/// `münchen.de` and `xn--mnchen-3ya.de` are one mailbox.
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
        if raw.chars().count() > MAX_LEN {
            return Err("must be at most 254 characters");
        }
        let raw = raw.trim_matches(|c: char| c.is_ascii_whitespace());
        if raw.is_empty() {
            return Err("must not be empty");
        }
        let (local, domain) = raw.rsplit_once('@').ok_or("is not a valid email address")?;
        if !local.is_ascii() {
            return Err("must be ASCII before the @: our mail service cannot deliver to it");
        }
        let domain = ascii_domain(domain)?;
        let address = format!("{}@{domain}", local.to_ascii_lowercase());
        if address.len() > MAX_LEN {
            return Err("must be at most 254 characters");
        }
        let options = email_address::Options::default()
            .without_display_text()
            .without_domain_literal();
        let parsed = email_address::EmailAddress::parse_with_options(&address, options)
            .map_err(|_| "is not a valid email address")?;
        if parsed.local_part().starts_with('"') {
            return Err("quoted local parts are not accepted");
        }
        Ok(Email(address))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The domain in its IDNA form. A mailbox on the internet needs a dotted
/// host name: `user@localhost` and IP addresses (bracketed or not) are
/// refused, since no invitation should go to a bare address.
fn ascii_domain(domain: &str) -> Result<String, &'static str> {
    if domain.starts_with('[') || domain.parse::<std::net::Ipv4Addr>().is_ok() {
        return Err("needs a domain name, not an IP address");
    }
    if domain.ends_with('.') {
        return Err("must not end with a dot");
    }
    let ascii = idna::domain_to_ascii_strict(domain).map_err(|_| "has an invalid domain")?;
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return Err("needs a domain such as example.com");
    }
    // A top-level domain is never all digits: `a@1.2.3.4` and its shorter
    // spellings (`a@127.1`) are IP addresses.
    if labels
        .last()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err("needs a domain name, not an IP address");
    }
    Ok(ascii)
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
    fn case_is_folded_in_ascii_only() {
        // KELVIN SIGN lower-cases to `k` in Unicode: never the same address.
        assert!(Email::parse("\u{212A}ate@example.com").is_err());
        assert!(Email::parse("kate@example.com\u{a0}").is_err());
        assert!(Email::parse("\u{a0}kate@example.com").is_err());
        assert!(Email::parse("jos\u{e9}@example.com").is_err());
    }

    #[test]
    fn domains_are_compared_in_their_idna_form() {
        let unicode = Email::parse("hans@M\u{fc}nchen.de").unwrap();
        let puny = Email::parse("hans@xn--mnchen-3ya.de").unwrap();
        assert_eq!(unicode, puny);
        assert_eq!(unicode.as_str(), "hans@xn--mnchen-3ya.de");
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
            "sue@127.0.0.1",
            "sue@127.1",
            "sue@[IPv6:::1]",
            "\"quoted\"@example.com",
            "sue@example.com.",
            "sue@exa_mple.com",
            "sue@-example.com",
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

    proptest! {
        /// Normalizing is idempotent: a kept address parses to itself.
        #[test]
        fn a_normalized_address_is_a_fixed_point(raw in "\\PC{0,40}") {
            if let Ok(email) = Email::parse(&raw) {
                prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
                prop_assert!(email.as_str().is_ascii());
                prop_assert!(email.as_str().len() <= MAX_LEN);
                prop_assert_eq!(email.as_str(), email.as_str().to_ascii_lowercase());
            }
        }

        /// Only ASCII case and outer ASCII spaces are ignored.
        #[test]
        fn ascii_case_and_spaces_do_not_make_another_address(
            local in "[a-zA-Z0-9._+-]{1,20}",
            domain in "[a-zA-Z]{1,10}\\.[a-zA-Z]{2,5}",
            pad in " {0,3}",
        ) {
            let plain = Email::parse(&format!("{local}@{domain}"));
            let varied = Email::parse(&format!("{pad}{}@{}{pad}", local.to_uppercase(), domain.to_uppercase()));
            prop_assert_eq!(plain, varied);
        }
    }
}
