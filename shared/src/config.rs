//! Configuration from the environment, read once per process.

use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    pub table_name: String,
    pub invite_from_address: String,
    /// Without a trailing slash; links are `{app_base_url}/invitations/{token}`.
    pub app_base_url: String,
    pub invite_ttl: Duration,
    pub default_seat_limit: u32,
    /// Invitation emails (invites and resends) an account may send in any 24 hours.
    pub invite_rate_limit: u32,
    /// Accounts one sign-in may create in any 24 hours.
    pub account_create_limit: u32,
    /// Invitation emails one address may receive in any 24 hours, from all
    /// accounts together.
    pub recipient_invite_limit: u32,
    /// How long before a user's or partner's access ends its owner is told.
    pub access_reminder_before: Duration,
    /// How long after an invitation is sent its invitee is reminded.
    pub invite_reminder_after: Duration,
    /// The nearest end of access an owner may set.
    pub min_access_duration: Duration,
    /// SES's configuration set invitation emails go through
    /// (`SES_CONFIGURATION_SET`, optional): it publishes their delivery events.
    pub ses_configuration_set: Option<String>,
    /// The claim that says `"true"` when a sign-in used a second factor
    /// (`MFA_CLAIM`, optional), beside RFC 8176 `amr` values, which every
    /// deployment honours: Cognito lets no trigger set `amr`.
    pub mfa_claim: Option<String>,
    /// How long audit events are kept (`AUDIT_RETENTION`; `None`, the
    /// default: for good). Older ones are left out of every read, and TTL
    /// removes them.
    pub audit_retention: Option<Duration>,
    /// How finely a user's last activity is kept (`LAST_ACTIVE_EVERY`,
    /// default 15 minutes): at most one write per user per such period.
    pub last_active_every: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{0} must be set")]
    Missing(&'static str),
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads through `lookup` so tests can give values without touching the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let required = |name: &'static str| {
            lookup(name)
                .filter(|v| !v.trim().is_empty())
                .ok_or(ConfigError::Missing(name))
        };
        let optional = |name: &'static str| {
            lookup(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let duration = |name: &'static str, default_secs: u64| match lookup(name) {
            Some(text) => parse_duration(name, &text),
            None => Ok(Duration::from_secs(default_secs)),
        };
        const DAY: u64 = 24 * 3600;
        let invite_ttl = duration("INVITE_TTL", 7 * DAY)?;
        let access_reminder_before = duration("ACCESS_REMINDER_BEFORE", 3 * DAY)?;
        let invite_reminder_after = duration("INVITE_REMINDER_AFTER", 3 * DAY)?;
        let min_access_duration = duration("MIN_ACCESS_DURATION", 3600)?;
        let last_active_every = duration("LAST_ACTIVE_EVERY", 15 * 60)?;
        let count = |name: &'static str, default: u32, max: u32| match lookup(name) {
            Some(text) => text
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| ConfigError::Invalid {
                    name,
                    reason: format!("{text:?} is not a whole number from 1 to {max}"),
                }),
            None => Ok(default),
        };
        let default_seat_limit = count("DEFAULT_SEAT_LIMIT", 10, 10_000)?;
        // Each counted email keeps a slot on the account item: a bound keeps
        // that item small.
        let invite_rate_limit = count("INVITE_RATE_LIMIT", 50, 1_000)?;
        // Likewise, each counted creation or email is kept on the sign-in's
        // or the address's item.
        let account_create_limit = count("ACCOUNT_CREATE_LIMIT", 5, 100)?;
        let recipient_invite_limit = count("RECIPIENT_INVITE_LIMIT", 5, 100)?;
        let app_base_url = required("APP_BASE_URL")?
            .trim()
            .trim_end_matches('/')
            .to_owned();
        if !(app_base_url.starts_with("https://") || app_base_url.starts_with("http://")) {
            return Err(ConfigError::Invalid {
                name: "APP_BASE_URL",
                reason: "must start with https:// or http://".into(),
            });
        }
        Ok(Config {
            table_name: required("TABLE_NAME")?,
            invite_from_address: required("INVITE_FROM_ADDRESS")?,
            app_base_url,
            invite_ttl,
            default_seat_limit,
            invite_rate_limit,
            account_create_limit,
            recipient_invite_limit,
            access_reminder_before,
            invite_reminder_after,
            min_access_duration,
            ses_configuration_set: optional("SES_CONFIGURATION_SET"),
            mfa_claim: optional("MFA_CLAIM"),
            last_active_every,
            audit_retention: optional("AUDIT_RETENTION")
                .map(|text| parse_duration("AUDIT_RETENTION", &text))
                .transpose()?,
        })
    }

    /// A configuration for unit tests: the required values, and `extra`.
    #[cfg(test)]
    pub(crate) fn for_tests(extra: &[(&str, &str)]) -> Config {
        let mut env = std::collections::HashMap::from([
            ("TABLE_NAME", "t"),
            ("INVITE_FROM_ADDRESS", "i@example.com"),
            ("APP_BASE_URL", "https://app.example.com"),
        ]);
        env.extend(extra.iter().copied());
        Config::from_lookup(|k| env.get(k).map(|v| v.to_string())).expect("a valid test config")
    }

    pub fn invite_url(&self, token: &str) -> String {
        format!("{}/invitations/{token}", self.app_base_url)
    }

    /// The page where the account's owner manages its users (and extends
    /// their access).
    pub fn users_url(&self, account_id: uuid::Uuid) -> String {
        format!("{}/users.html?account={account_id}", self.app_base_url)
    }

    /// The account's settings page, where an offer of ownership is taken.
    pub fn settings_url(&self, account_id: uuid::Uuid) -> String {
        format!("{}/settings.html?account={account_id}", self.app_base_url)
    }

    /// The page of the account's partner access.
    pub fn partner_access_url(&self, account_id: uuid::Uuid) -> String {
        format!(
            "{}/partner-access.html?account={account_id}",
            self.app_base_url
        )
    }
}

/// A duration in words (`168h`, `7d`, `90s`), of at least a second and at
/// most ten years.
fn parse_duration(name: &'static str, text: &str) -> Result<Duration, ConfigError> {
    let invalid = |reason: String| ConfigError::Invalid { name, reason };
    let duration = humantime::parse_duration(text.trim())
        .map_err(|e| invalid(format!("{text:?}: {e} (write it like 168h, 7d or 90s)")))?;
    if duration.as_secs() == 0 || duration.as_secs() > 10 * 365 * 24 * 3600 {
        return Err(invalid("must be from one second to ten years".into()));
    }
    Ok(duration)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let mut env: HashMap<&str, &str> = [
            ("TABLE_NAME", "roster"),
            ("INVITE_FROM_ADDRESS", "invites@example.com"),
            ("APP_BASE_URL", "https://app.example.com/"),
        ]
        .into();
        env.extend(pairs.iter().copied());
        Config::from_lookup(|k| env.get(k).filter(|v| !v.is_empty()).map(|v| v.to_string()))
    }

    #[test]
    fn defaults_are_seven_days_ten_seats_and_fifty_invitations_a_day() {
        let c = config(&[]).unwrap();
        assert_eq!(c.invite_ttl, Duration::from_secs(604_800));
        assert_eq!(c.default_seat_limit, 10);
        assert_eq!(c.invite_rate_limit, 50);
        assert_eq!((c.account_create_limit, c.recipient_invite_limit), (5, 5));
        assert!(config(&[("RECIPIENT_INVITE_LIMIT", "0")]).is_err());
        assert_eq!(
            config(&[("INVITE_RATE_LIMIT", "3")])
                .unwrap()
                .invite_rate_limit,
            3
        );
        assert_eq!(c.invite_url("t"), "https://app.example.com/invitations/t");
    }

    #[test]
    fn ttl_takes_durations_in_words() {
        assert_eq!(
            config(&[("INVITE_TTL", "168h")])
                .unwrap()
                .invite_ttl
                .as_secs(),
            604_800
        );
        assert_eq!(
            config(&[("INVITE_TTL", "90s")])
                .unwrap()
                .invite_ttl
                .as_secs(),
            90
        );
        assert_eq!(
            config(&[("INVITE_TTL", "7d")])
                .unwrap()
                .invite_ttl
                .as_secs(),
            604_800
        );
        assert!(config(&[("INVITE_TTL", "soon")]).is_err());
        assert!(config(&[("INVITE_TTL", "0s")]).is_err());
    }

    #[test]
    fn access_ends_no_sooner_than_an_hour_and_is_reminded_three_days_ahead() {
        let c = config(&[]).unwrap();
        assert_eq!(c.min_access_duration.as_secs(), 3600);
        assert_eq!(c.access_reminder_before.as_secs(), 259_200);
        assert_eq!(c.invite_reminder_after.as_secs(), 259_200);
        let short = config(&[
            ("MIN_ACCESS_DURATION", "2s"),
            ("INVITE_REMINDER_AFTER", "3s"),
        ])
        .unwrap();
        assert_eq!(
            (
                short.min_access_duration.as_secs(),
                short.invite_reminder_after.as_secs()
            ),
            (2, 3)
        );
        assert!(config(&[("ACCESS_REMINDER_BEFORE", "later")]).is_err());
    }

    #[test]
    fn refuses_missing_or_bad_values() {
        assert!(matches!(
            config(&[("TABLE_NAME", "")]),
            Err(ConfigError::Missing("TABLE_NAME"))
        ));
        assert!(config(&[("DEFAULT_SEAT_LIMIT", "0")]).is_err());
        assert!(config(&[("DEFAULT_SEAT_LIMIT", "ten")]).is_err());
        assert!(config(&[("INVITE_RATE_LIMIT", "0")]).is_err());
        assert!(config(&[("INVITE_RATE_LIMIT", "1001")]).is_err());
        assert!(config(&[("APP_BASE_URL", "app.example.com")]).is_err());
    }
}
