//! Time as the store keeps it (epoch seconds) and as the API shows it (RFC 3339).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Epoch seconds of an RFC 3339 time (`2026-12-02T09:00:00Z`, an offset or
/// fractions of a second allowed); `None` when it is not one.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|at| at.timestamp())
}

pub fn rfc3339(epoch_seconds: i64) -> String {
    let at = UNIX_EPOCH + Duration::from_secs(epoch_seconds.max(0) as u64);
    humantime::format_rfc3339_seconds(at).to_string()
}

/// Serde helpers for optional timestamps in API bodies.
pub mod as_rfc3339 {
    use serde::Serializer;

    pub fn serialize<S: Serializer>(at: &i64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::rfc3339(*at))
    }

    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(at: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
            match at {
                Some(at) => s.serialize_str(&super::super::rfc3339(*at)),
                None => s.serialize_none(),
            }
        }

        /// For records that keep a time as the API shows it.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
            Option::<String>::deserialize(d)?
                .map(|text| {
                    super::super::parse_rfc3339(&text)
                        .ok_or_else(|| serde::de::Error::custom("not an RFC 3339 time"))
                })
                .transpose()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_utc_seconds() {
        assert_eq!(super::rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
    }
}
