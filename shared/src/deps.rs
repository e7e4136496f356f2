//! What a handler needs, built once per process (outside the handler): the
//! configuration, the store and the mailer. Endpoints and credentials come from
//! the AWS SDK's own configuration chain.

use crate::config::Config;
use crate::mail::Mailer;
use crate::store::Store;
// The SDK's one error type, under the name each service crate gives it.
use aws_sdk_dynamodb::error::SdkError;
use std::future::Future;
use std::sync::OnceLock;
use std::time::Duration;

/// An invite or resend waits at most this long for SES; past it the answer
/// says the email failed and resend retries it later.
const SES_TIMEOUT: Duration = Duration::from_secs(5);

/// The longest init waits for what it opens ahead of the first request
/// (`warm_up`): on AWS a connection takes a few milliseconds at init's CPU,
/// and past this the first request connects as it would have anyway.
pub const WARM_UP_LIMIT: Duration = Duration::from_secs(1);

pub struct Deps {
    pub config: Config,
    pub store: Store,
    sdk: aws_config::SdkConfig,
    /// The store's client, for the warm-up's request.
    dynamodb: aws_sdk_dynamodb::Client,
    mailer: OnceLock<Mailing>,
}

/// The mailer and its SES client, whose connection the warm-up opens.
struct Mailing {
    mailer: Mailer,
    ses: aws_sdk_sesv2::Client,
}

impl Mailing {
    fn new(ses: aws_sdk_sesv2::Client, config: &Config) -> Mailing {
        Mailing {
            mailer: Mailer::new(
                ses.clone(),
                config.invite_from_address.clone(),
                config.ses_configuration_set.clone(),
            ),
            ses,
        }
    }
}

impl Deps {
    pub fn new(config: Config, sdk: &aws_config::SdkConfig) -> Deps {
        let dynamodb = dynamodb_client(sdk);
        Deps {
            store: Store::new(dynamodb.clone(), config.table_name.clone())
                .keeping_audit_for(config.audit_retention),
            dynamodb,
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
        &self.mailing().mailer
    }

    fn mailing(&self) -> &Mailing {
        self.mailer
            .get_or_init(|| Mailing::new(ses_client(&self.sdk), &self.config))
    }

    /// Sends mail through `ses` instead (tests: recorded or failing).
    pub fn with_ses(self, ses: aws_sdk_sesv2::Client) -> Deps {
        let mailing = Mailing::new(ses, &self.config);
        Deps {
            mailer: OnceLock::from(mailing),
            ..self
        }
    }

    /// Opens, during init, the connections the first request will use: to
    /// DynamoDB, and to SES if `mail` (the functions that send it). A TLS
    /// handshake costs a 128 MB function's first request most of a second at
    /// its share of the CPU, and init runs with more. Each is bounded by
    /// `WARM_UP_LIMIT` and never fails init: one that is not opened is
    /// logged, and the first request opens it as it would have.
    pub async fn warm_up(&self, mail: bool) -> WarmUp {
        let dynamodb = bounded("DynamoDB", async {
            // DynamoDB answers DescribeEndpoints without checking any
            // permission: signed as every request is, it reads nothing.
            answered(self.dynamodb.describe_endpoints().send().await)
        });
        let ses = async {
            if !mail {
                return None;
            }
            // Reading the configuration set its mail goes through is the
            // function's one SES request besides sending (its permission is
            // in infra/template.yaml). Without a set (a local run), the
            // first email opens the connection.
            let set = self.config.ses_configuration_set.as_deref()?;
            let ses = &self.mailing().ses;
            let request = ses.get_configuration_set().configuration_set_name(set);
            Some(bounded("SES", async { answered(request.send().await) }).await)
        };
        let (dynamodb, ses) = tokio::join!(dynamodb, ses);
        WarmUp { dynamodb, ses }
    }
}

/// What `Deps::warm_up` opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WarmUp {
    pub dynamodb: Opened,
    /// `None` when SES was not asked: a function that sends no mail, or
    /// mail without a configuration set.
    pub ses: Option<Opened>,
}

/// Whether a connection was opened during init, or why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    Yes,
    TimedOut,
    Failed(&'static str),
}

/// `open` within `WARM_UP_LIMIT`; what is not opened is logged under `what`
/// with a reason that names no address.
pub async fn bounded(
    what: &'static str,
    open: impl Future<Output = Result<(), &'static str>>,
) -> Opened {
    let opened = match tokio::time::timeout(WARM_UP_LIMIT, open).await {
        Ok(Ok(())) => Opened::Yes,
        Ok(Err(reason)) => Opened::Failed(reason),
        Err(_) => Opened::TimedOut,
    };
    match opened {
        Opened::Yes => {}
        Opened::TimedOut => tracing::warn!(
            connection = what,
            "not opened within the warm-up's limit; the first request opens it"
        ),
        Opened::Failed(reason) => tracing::warn!(
            connection = what,
            reason,
            "not opened during init; the first request opens it"
        ),
    }
    opened
}

/// Whether the service answered, however it answered: an error it sends
/// back came over the connection the warm-up is for.
pub fn answered<T, E, R>(result: Result<T, SdkError<E, R>>) -> Result<(), &'static str> {
    match result {
        Ok(_) | Err(SdkError::ServiceError(_)) | Err(SdkError::ResponseError(_)) => Ok(()),
        Err(SdkError::TimeoutError(_)) => Err("timed out"),
        Err(SdkError::DispatchFailure(_)) => Err("could not connect"),
        Err(_) => Err("the request could not be made"),
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
pub(crate) mod tests {
    use super::*;
    use aws_config::Region;
    use aws_sdk_dynamodb::config::{Credentials, SharedCredentialsProvider};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    /// A deployed function's configuration: its mail goes through a
    /// configuration set.
    fn config() -> Config {
        config_with_set(Some("invitations"))
    }

    fn config_with_set(set: Option<&str>) -> Config {
        Config::from_lookup(|name| match name {
            "TABLE_NAME" => Some("t".into()),
            "INVITE_FROM_ADDRESS" => Some("a@example.com".into()),
            "APP_BASE_URL" => Some("https://app.example.com".into()),
            "SES_CONFIGURATION_SET" => set.map(str::to_owned),
            _ => None,
        })
        .unwrap()
    }

    /// Dependencies whose AWS endpoint is `endpoint`.
    fn deps_at(endpoint: &str) -> Deps {
        deps_at_with(endpoint, config())
    }

    fn deps_at_with(endpoint: &str, config: Config) -> Deps {
        Deps::new(config, &sdk_at(endpoint))
    }

    /// The AWS SDK's configuration with `endpoint` for every service, over
    /// the product's HTTPS client.
    pub(crate) fn sdk_at(endpoint: &str) -> aws_config::SdkConfig {
        aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(Region::new("us-east-1"))
            .credentials_provider(SharedCredentialsProvider::new(Credentials::for_tests()))
            .endpoint_url(endpoint)
            .http_client(crate::aws::https_client())
            .build()
    }

    /// A server that accepts connections and never answers.
    async fn silent() -> (TcpListener, String) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        (listener, url)
    }

    /// A server that answers every request with a 400 and sends back the
    /// head of each request it read.
    pub(crate) async fn refusing() -> (String, tokio::sync::mpsc::UnboundedReceiver<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let (heads, received) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let heads = heads.clone();
                tokio::spawn(async move {
                    let mut read = Vec::new();
                    let mut buffer = [0; 4096];
                    while !read.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => read.extend_from_slice(&buffer[..n]),
                        }
                    }
                    let _ = heads.send(String::from_utf8_lossy(&read).to_lowercase());
                    let body = r#"{"__type":"ValidationException","message":"refused"}"#;
                    let answer = format!(
                        "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n\
                         x-amzn-errortype: ValidationException\r\n\
                         content-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = socket.write_all(answer.as_bytes()).await;
                    // Until the client closes: a socket closed with a body
                    // unread resets the connection, answer and all.
                    while let Ok(1..) = socket.read(&mut buffer).await {}
                });
            }
        });
        (url, received)
    }

    #[tokio::test]
    async fn a_warm_up_that_gets_no_answer_gives_up_at_its_limit() {
        let (_listener, url) = silent().await;
        let deps = deps_at(&url);
        // Any wait of the SDK's own (connect, read, retries) is longer than
        // the limit: only the bound ends this warm-up.
        let warm = deps.warm_up(true).await;
        assert_eq!(
            warm,
            WarmUp {
                dynamodb: Opened::TimedOut,
                ses: Some(Opened::TimedOut)
            }
        );
    }

    #[tokio::test]
    async fn a_warm_up_that_cannot_connect_says_so_and_init_goes_on() {
        let (listener, url) = silent().await;
        drop(listener);
        let deps = deps_at(&url);
        let warm = deps.warm_up(false).await;
        assert_eq!(warm.ses, None, "no SES for a function that sends no mail");
        assert!(deps.mailer.get().is_none(), "nor an SES client");
        assert!(
            matches!(warm.dynamodb, Opened::Failed(_) | Opened::TimedOut),
            "{warm:?}"
        );
    }

    #[tokio::test]
    async fn an_answer_refusing_the_warm_up_request_still_opened_the_connection() {
        let (url, mut heads) = refusing().await;
        let deps = deps_at(&url);
        let warm = deps.warm_up(true).await;
        assert_eq!(
            warm,
            WarmUp {
                dynamodb: Opened::Yes,
                ses: Some(Opened::Yes)
            }
        );
        let mut seen = Vec::new();
        while let Ok(head) = heads.try_recv() {
            seen.push(head);
        }
        let dynamodb = seen
            .iter()
            .find(|h| h.contains("dynamodb_20120810.describeendpoints"))
            .expect("DescribeEndpoints was asked");
        assert!(dynamodb.contains("\r\nauthorization: aws4-hmac-sha256"));
        let ses = seen
            .iter()
            .find(|h| h.starts_with("get /v2/email/configuration-sets/invitations "))
            .expect("SES was asked for the configuration set");
        assert!(ses.contains("\r\nauthorization: aws4-hmac-sha256"));
    }

    #[tokio::test]
    async fn mail_without_a_configuration_set_leaves_ses_to_the_first_email() {
        let (url, mut heads) = refusing().await;
        let deps = deps_at_with(&url, config_with_set(None));
        let warm = deps.warm_up(true).await;
        assert_eq!(warm.ses, None);
        while let Ok(head) = heads.try_recv() {
            assert!(!head.contains("/v2/email/"), "SES was asked: {head}");
        }
    }

    #[test]
    fn the_mailer_gets_the_bounded_ses_client_when_first_used() {
        let sdk = aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .build();
        let deps = Deps::new(config(), &sdk);
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
