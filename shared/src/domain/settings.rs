//! An account's settings: its language and time zone, and whether it
//! requires a second factor of everyone in it (with a grace period); and
//! what a token says of the caller's second factor.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language of the emails and pages.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    #[strum(serialize = "en")]
    En,
    #[serde(rename = "es")]
    #[strum(serialize = "es")]
    Es,
    #[serde(rename = "fr")]
    #[strum(serialize = "fr")]
    Fr,
    #[serde(rename = "de")]
    #[strum(serialize = "de")]
    De,
    #[serde(rename = "pt-BR")]
    #[strum(serialize = "pt-BR")]
    PtBr,
}

impl Locale {
    pub const ALL: &[Locale] = <Locale as strum::VariantArray>::VARIANTS;

    pub fn parse(name: &str) -> Result<Locale, &'static str> {
        name.parse()
            .map_err(|_| "must be one of en, es, fr, de, pt-BR")
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// An IANA time zone name (`Europe/Madrid`), as the tz database knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimeZone(String);

impl TimeZone {
    pub fn parse(name: &str) -> Result<TimeZone, &'static str> {
        let zone: chrono_tz::Tz = name
            .parse()
            .map_err(|_| "must be an IANA time zone name, such as Europe/Madrid")?;
        Ok(TimeZone(zone.name().to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for TimeZone {
    fn default() -> TimeZone {
        TimeZone("UTC".into())
    }
}

impl fmt::Display for TimeZone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The grace period an owner may give, in days, and the default.
pub const MAX_GRACE_DAYS: u32 = 30;
pub const DEFAULT_GRACE_DAYS: u32 = 7;
const DAY: i64 = 24 * 3600;

/// An account's requirement of a second factor, turned on at `since`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MfaRequirement {
    pub since: i64,
    pub grace_days: u32,
}

impl MfaRequirement {
    /// From when a user without a second factor holds nothing.
    pub fn enforced_from(&self) -> i64 {
        self.since + i64::from(self.grace_days) * DAY
    }
}

/// `days` as a grace period, or why not.
pub fn check_grace(days: i64) -> Result<u32, String> {
    u32::try_from(days)
        .ok()
        .filter(|d| *d <= MAX_GRACE_DAYS)
        .ok_or_else(|| format!("must be a whole number of days from 0 to {MAX_GRACE_DAYS}"))
}

/// Where a user stands with its account's requirement of a second factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecondFactor {
    /// The account requires none.
    NotRequired,
    /// Required, and this sign-in shows one.
    Shown,
    /// Required from a time still to come, and this sign-in shows none: a
    /// warning, nothing more.
    Grace,
    /// Required, and this sign-in shows none: it holds no permission.
    Missing,
}

impl SecondFactor {
    /// Where a sign-in that `shown` a second factor (or not) stands at
    /// `now` with a requirement enforced from `enforced_from`, if any.
    pub fn at(enforced_from: Option<i64>, shown: bool, now: i64) -> SecondFactor {
        match enforced_from {
            None => SecondFactor::NotRequired,
            Some(_) if shown => SecondFactor::Shown,
            Some(from) if now < from => SecondFactor::Grace,
            Some(_) => SecondFactor::Missing,
        }
    }
}

/// Whether a token's claims show a second factor: an RFC 8176 `amr` value
/// of `mfa` or `otp`, or the deployment's own claim (`MFA_CLAIM`) saying
/// `true` (Cognito lets no trigger set `amr`).
pub fn second_factor_shown<'a>(
    mut amr: impl Iterator<Item = &'a str>,
    own_claim: Option<&str>,
) -> bool {
    own_claim == Some("true") || amr.any(|v| v == "mfa" || v == "otp")
}

/// The values of an `amr` claim as API Gateway's JWT authorizer passes an
/// array claim: one string, `[pwd otp mfa]`.
pub fn amr_values(claim: &str) -> impl Iterator<Item = &str> {
    claim
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_the_contract_s_five() {
        let names: Vec<&str> = Locale::ALL.iter().map(|l| l.as_str()).collect();
        assert_eq!(names, ["en", "es", "fr", "de", "pt-BR"]);
        assert_eq!(Locale::parse("pt-BR"), Ok(Locale::PtBr));
        assert!(Locale::parse("pt").is_err());
        assert_eq!(serde_json::to_string(&Locale::PtBr).unwrap(), "\"pt-BR\"");
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(
            TimeZone::parse("Europe/Madrid").unwrap().as_str(),
            "Europe/Madrid"
        );
        assert_eq!(TimeZone::default().as_str(), "UTC");
        for bad in ["", "Mars/Olympus", "+02:00"] {
            assert!(TimeZone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_grace_period_is_0_to_30_days() {
        assert_eq!(check_grace(0), Ok(0));
        assert_eq!(check_grace(30), Ok(30));
        assert!(check_grace(31).is_err());
        assert!(check_grace(-1).is_err());
        let rule = MfaRequirement {
            since: 100,
            grace_days: 2,
        };
        assert_eq!(rule.enforced_from(), 100 + 2 * DAY);
    }

    #[test]
    fn a_missing_second_factor_warns_during_the_grace_period_then_holds_nothing() {
        let from = Some(1000);
        assert_eq!(
            SecondFactor::at(None, false, 5000),
            SecondFactor::NotRequired
        );
        assert_eq!(SecondFactor::at(from, true, 5000), SecondFactor::Shown);
        assert_eq!(SecondFactor::at(from, false, 999), SecondFactor::Grace);
        assert_eq!(SecondFactor::at(from, false, 1000), SecondFactor::Missing);
    }

    #[test]
    fn amr_or_the_deployment_s_claim_shows_a_second_factor() {
        let shown = |amr: &str, own: Option<&str>| second_factor_shown(amr_values(amr), own);
        assert!(shown("[pwd otp mfa]", None));
        assert!(shown("[otp]", None));
        assert!(!shown("[pwd]", None));
        assert!(!shown("", None));
        assert!(shown("", Some("true")));
        assert!(!shown("", Some("false")));
        assert!(!shown("[pwdmfa]", None));
    }
}
