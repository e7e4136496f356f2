//! What a handler needs, built once per process (outside the handler): the
//! configuration, the store and the mailer. Endpoints and credentials come from
//! the AWS SDK's own configuration chain.

use crate::config::Config;
use crate::mail::Mailer;
use crate::store::Store;
use std::sync::OnceLock;
use std::time::Duration;

/// An invite or resend waits at most this long for SES; past it the answer
/// says the email failed and resend retries it later.
const SES_TIMEOUT: Duration = Duration::from_secs(5);

pub struct Deps {
    pub config: Config,
    pub store: Store,
    sdk: aws_config::SdkConfig,
    mailer: OnceLock<Mailer>,
}

impl Deps {
    pub fn new(config: Config, sdk: &aws_config::SdkConfig) -> Deps {
        Deps {
            store: Store::new(dynamodb_client(sdk), config.table_name.clone()),
            sdk: sdk.clone(),
            mailer: OnceLock::new(),
            config,
        }
    }

    /// Configuration and the AWS SDK's configuration, both from the
    /// environment (`crate::aws`).
    pub async fn from_env() -> Result<Deps, crate::config::ConfigError> {
        let config = Config::from_env()?;
        let sdk = crate::aws::sdk_config().await;
        Ok(Deps::new(config, &sdk))
    }

    /// The mailer, whose SES client is built when first used: only invite and
    /// resend send mail, and building a client (its endpoint rules) is about a
    /// quarter of a cold start's work.
    pub fn mailer(&self) -> &Mailer {
        self.mailer.get_or_init(|| {
            Mailer::new(
                ses_client(&self.sdk),
                self.config.invite_from_address.clone(),
                self.config.ses_configuration_set.clone(),
            )
        })
    }

    /// Sends mail through `ses` instead (tests: recorded or failing).
    pub fn with_ses(self, ses: aws_sdk_sesv2::Client) -> Deps {
        let mailer = Mailer::new(
            ses,
            self.config.invite_from_address.clone(),
            self.config.ses_configuration_set.clone(),
        );
        Deps {
            mailer: OnceLock::from(mailer),
            ..self
        }
    }
}

/// DynamoDB, with each request counted for the request being served
/// (`crate::observe`).
pub fn dynamodb_client(sdk: &aws_config::SdkConfig) -> aws_sdk_dynamodb::Client {
    aws_sdk_dynamodb::Client::from_conf(dynamodb_config(sdk).build())
}

/// The configuration `dynamodb_client` builds from (tests add to it).
pub fn dynamodb_config(sdk: &aws_config::SdkConfig) -> aws_sdk_dynamodb::config::Builder {
    aws_sdk_dynamodb::config::Builder::from(sdk).interceptor(crate::observe::CountRequests)
}

/// SES with a bounded wait: two attempts within `SES_TIMEOUT` in all.
pub fn ses_client(sdk: &aws_config::SdkConfig) -> aws_sdk_sesv2::Client {
    aws_sdk_sesv2::Client::from_conf(ses_limits(aws_sdk_sesv2::config::Builder::from(sdk)).build())
}

/// The limits `ses_client` puts on a client configuration.
pub fn ses_limits(config: aws_sdk_sesv2::config::Builder) -> aws_sdk_sesv2::config::Builder {
    config
        .retry_config(aws_sdk_sesv2::config::retry::RetryConfig::standard().with_max_attempts(2))
        .timeout_config(
            aws_sdk_sesv2::config::timeout::TimeoutConfig::builder()
                .operation_timeout(SES_TIMEOUT)
                .build(),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mailer_gets_the_bounded_ses_client_when_first_used() {
        let sdk = aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .build();
        let config = Config::from_lookup(|name| match name {
            "TABLE_NAME" => Some("t".into()),
            "INVITE_FROM_ADDRESS" => Some("a@example.com".into()),
            "APP_BASE_URL" => Some("https://app.example.com".into()),
            _ => None,
        })
        .unwrap();
        let deps = Deps::new(config, &sdk);
        assert!(
            deps.mailer.get().is_none(),
            "no SES client until mail is sent"
        );
        let ses = deps.mailer().ses().config();
        assert_eq!(ses.retry_config().map(|r| r.max_attempts()), Some(2));
        assert_eq!(
            ses.timeout_config().and_then(|t| t.operation_timeout()),
            Some(SES_TIMEOUT)
        );
    }
}
