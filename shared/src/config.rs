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
    /// SES's configuration set invitation emails go through
    /// (`SES_CONFIGURATION_SET`, optional): it publishes their delivery events.
    pub ses_configuration_set: Option<String>,
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
        let invite_ttl = match lookup("INVITE_TTL") {
            Some(text) => parse_ttl(&text)?,
            None => Duration::from_secs(7 * 24 * 3600),
        };
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
            ses_configuration_set: lookup("SES_CONFIGURATION_SET")
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty()),
        })
    }

    pub fn invite_url(&self, token: &str) -> String {
        format!("{}/invitations/{token}", self.app_base_url)
    }
}

fn parse_ttl(text: &str) -> Result<Duration, ConfigError> {
    let ttl = humantime::parse_duration(text.trim()).map_err(|e| ConfigError::Invalid {
        name: "INVITE_TTL",
        reason: format!("{text:?}: {e} (write it like 168h, 7d or 90s)"),
    })?;
    if ttl.as_secs() == 0 {
        return Err(ConfigError::Invalid {
            name: "INVITE_TTL",
            reason: "must be at least one second".into(),
        });
    }
    Ok(ttl)
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
