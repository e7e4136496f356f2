//! What a handler needs, built once per process (outside the handler): the
//! configuration, the store and the mailer. Endpoints and credentials come from
//! the AWS SDK's own configuration chain.

use crate::config::Config;
use crate::mail::Mailer;
use crate::store::Store;

pub struct Deps {
    pub config: Config,
    pub store: Store,
    pub mailer: Mailer,
}

impl Deps {
    pub fn new(config: Config, sdk: &aws_config::SdkConfig) -> Deps {
        Deps {
            store: Store::new(
                aws_sdk_dynamodb::Client::new(sdk),
                config.table_name.clone(),
            ),
            mailer: Mailer::new(
                aws_sdk_sesv2::Client::new(sdk),
                config.invite_from_address.clone(),
            ),
            config,
        }
    }

    /// Configuration from the environment and the SDK's default chain.
    pub async fn from_env() -> Result<Deps, crate::config::ConfigError> {
        let config = Config::from_env()?;
        let sdk = aws_config::load_from_env().await;
        Ok(Deps::new(config, &sdk))
    }
}
