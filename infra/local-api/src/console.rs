//! The local API's log for a person at its terminal (`LOCAL_LOG=text`, as
//! `./scripts/dev` runs it): one short line per request, such as
//! `POST /accounts/a1/users  201  invite_user  2 DynamoDB  14 ms`, made from
//! the fields of the operation's span and of its "request done" line
//! (`shared::observe`); any other event as its message and fields. The
//! functions, and the local API otherwise, keep JSON. A line never shows a
//! query string, an invitation's token, or a path segment holding an `@`.

use axum::Router;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use std::fmt;
use std::io::Write as _;
use std::time::{Duration, Instant};
use tracing::field::{Field, Visit};
use tracing::{Event, Instrument, Level, Subscriber, span};
use tracing_subscriber::Layer;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::Context;
use tracing_subscriber::registry::LookupSpan;

/// Whether `LOCAL_LOG` asks for these lines (`text`) rather than JSON
/// (`json`, the default).
pub fn wanted() -> Result<bool, String> {
    match std::env::var("LOCAL_LOG").as_deref() {
        Err(_) | Ok("json") => Ok(false),
        Ok("text") => Ok(true),
        Ok(other) => Err(format!("LOCAL_LOG is `text` or `json`, not `{other}`")),
    }
}

/// `router` with each request in a span of this module, closed by its
/// "served" event, which the layer turns into the request's line.
pub fn observe(router: Router) -> Router {
    router.layer(axum::middleware::from_fn(served))
}

async fn served(req: Request, next: Next) -> Response {
    let path = shown_path(req.uri().path());
    let span = tracing::info_span!("request", method = %req.method(), path = %path);
    let res = next.run(req).instrument(span.clone()).await;
    let status = res.status().as_u16();
    if !quiet(&path, status) {
        span.in_scope(|| tracing::info!(status, "served"));
    }
    res
}

/// `path` as a line shows it: an invitation's token (`/invitations/{token}`,
/// `/app/invitations/{token}`) and any segment with an address's `@` are `…`.
pub fn shown_path(path: &str) -> String {
    let mut after_invitations = false;
    path.split('/')
        .map(|segment| {
            let token = after_invitations && !segment.is_empty() && segment != "accept";
            after_invitations = segment == "invitations";
            let address = segment.contains('@') || segment.to_ascii_lowercase().contains("%40");
            if token || address { "…" } else { segment }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The pages' scripts, styles and data, fetched by the dozen with each page:
/// answered fine, their lines would bury the API's.
fn quiet(path: &str, status: u16) -> bool {
    status < 400
        && path.strip_prefix("/app/").is_some_and(|file| {
            let name = file.rsplit('/').next().unwrap_or(file);
            name.contains('.') && !name.ends_with(".html")
        })
}

/// What one request did, as its line shows it.
#[derive(Debug, Default)]
pub struct Line {
    pub method: String,
    /// Already cut by `shown_path`.
    pub path: String,
    pub status: u16,
    /// The function that served it, for a route of the contract.
    pub operation: Option<String>,
    /// Its outcome code (`ok`, or the problem's code).
    pub outcome: Option<String>,
    pub dynamodb_requests: Option<u64>,
    pub elapsed: Duration,
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}  {}", self.method, self.path, self.status)?;
        if let Some(operation) = &self.operation {
            write!(f, "  {operation}")?;
        }
        if let Some(outcome) = self.outcome.as_deref().filter(|o| *o != "ok") {
            write!(f, " ({outcome})")?;
        }
        if let Some(requests) = self.dynamodb_requests {
            write!(f, "  {requests} DynamoDB")?;
        }
        write!(f, "  {} ms", self.elapsed.as_millis())
    }
}

/// A request's line as it fills, kept in its span.
struct Pending {
    line: Line,
    started: Instant,
}

/// The fields of a span or an event, as text.
#[derive(Default)]
struct Fields(Vec<(&'static str, String)>);

impl Fields {
    fn of(record: impl FnOnce(&mut Fields)) -> Fields {
        let mut fields = Fields::default();
        record(&mut fields);
        fields
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name(), value.to_owned()));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.push((field.name(), format!("{value:?}")));
    }
}

/// The layer writing these lines to `writer`.
pub struct Console<W> {
    writer: W,
}

impl<W> Console<W> {
    pub fn new(writer: W) -> Console<W> {
        Console { writer }
    }

    fn write(&self, line: impl fmt::Display)
    where
        W: for<'w> MakeWriter<'w>,
    {
        let _ = writeln!(self.writer.make_writer(), "{line}");
    }
}

/// Runs `change` on the line of the request that span `id` is part of;
/// false when it is part of none.
fn fill<S>(ctx: &Context<'_, S>, id: &span::Id, change: impl FnOnce(&mut Line)) -> bool
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    let Some(span) = ctx.span(id) else {
        return false;
    };
    for span in span.scope() {
        if let Some(pending) = span.extensions_mut().get_mut::<Pending>() {
            change(&mut pending.line);
            return true;
        }
    }
    false
}

impl<S, W> Layer<S> for Console<W>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    fn on_new_span(&self, attrs: &span::Attributes<'_>, id: &span::Id, ctx: Context<'_, S>) {
        let fields = Fields::of(|f| attrs.record(f));
        if attrs.metadata().target() == module_path!() {
            let line = Line {
                method: fields.get("method").unwrap_or_default().to_owned(),
                path: fields.get("path").unwrap_or_default().to_owned(),
                ..Line::default()
            };
            if let Some(span) = ctx.span(id) {
                let started = Instant::now();
                span.extensions_mut().insert(Pending { line, started });
            }
        } else if let Some(operation) = fields.get("operation") {
            fill(&ctx, id, |line| line.operation = Some(operation.to_owned()));
        }
    }

    fn on_record(&self, id: &span::Id, values: &span::Record<'_>, ctx: Context<'_, S>) {
        if let Some(outcome) = Fields::of(|f| values.record(f)).get("outcome") {
            fill(&ctx, id, |line| line.outcome = Some(outcome.to_owned()));
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let fields = Fields::of(|f| event.record(f));
        let span = ctx.event_span(event);
        if event.metadata().target() == module_path!() {
            let Some(span) = span else { return };
            let Some(Pending { mut line, started }) = span.extensions_mut().remove::<Pending>()
            else {
                return;
            };
            line.status = fields
                .get("status")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            line.elapsed = started.elapsed();
            return self.write(line);
        }
        // An operation's closing line: its count goes on the request's line.
        if let (Some(requests), Some(span)) = (fields.get("dynamodb_requests"), &span) {
            let requests = requests.parse().ok();
            if fill(&ctx, &span.id(), |line| line.dynamodb_requests = requests) {
                return;
            }
        }
        self.write(Other {
            level: *event.metadata().level(),
            fields,
        });
    }
}

/// Any other event: its level when not `INFO`, its message, its fields.
struct Other {
    level: Level,
    fields: Fields,
}

impl fmt::Display for Other {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.level != Level::INFO {
            write!(f, "{}: ", self.level.as_str().to_ascii_lowercase())?;
        }
        write!(f, "{}", self.fields.get("message").unwrap_or_default())?;
        for (name, value) in self.fields.0.iter().filter(|(n, _)| *n != "message") {
            write!(f, "  {name}={value}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};
    use tracing_subscriber::layer::SubscriberExt;

    const TOKEN: &str =
        "q3Jv8xZ0b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r7s8t9u0v1w2x3y4z5A6B7C8D9E0F1G2H3I4J5K6L7M8";

    #[test]
    fn a_line_says_method_path_status_operation_requests_and_time() {
        let line = Line {
            method: "POST".into(),
            path: "/accounts/a1/users".into(),
            status: 201,
            operation: Some("invite_user".into()),
            outcome: Some("ok".into()),
            dynamodb_requests: Some(2),
            elapsed: Duration::from_micros(14_300),
        };
        assert_eq!(
            line.to_string(),
            "POST /accounts/a1/users  201  invite_user  2 DynamoDB  14 ms"
        );
        let refused = Line {
            status: 409,
            outcome: Some("already_member".into()),
            dynamodb_requests: Some(1),
            ..line
        };
        assert_eq!(
            refused.to_string(),
            "POST /accounts/a1/users  409  invite_user (already_member)  1 DynamoDB  14 ms"
        );
    }

    #[test]
    fn tokens_and_addresses_are_cut_from_paths() {
        assert_eq!(
            shown_path(&format!("/invitations/{TOKEN}")),
            "/invitations/…"
        );
        assert_eq!(
            shown_path(&format!("/app/invitations/{TOKEN}")),
            "/app/invitations/…"
        );
        assert_eq!(shown_path("/invitations/accept"), "/invitations/accept");
        assert_eq!(shown_path("/accounts/a1/users/u1"), "/accounts/a1/users/u1");
        assert_eq!(shown_path("/users/ann@example.com"), "/users/…");
        assert_eq!(shown_path("/users/ann%40example.com/x"), "/users/…/x");
    }

    #[test]
    fn only_the_pages_files_answered_fine_are_quiet() {
        assert!(quiet("/app/elements/base.js", 200));
        assert!(quiet("/app/css/roster.css", 304));
        assert!(!quiet("/app/elements/missing.js", 404));
        assert!(!quiet("/app/users.html", 200));
        assert!(!quiet("/app/", 200));
        assert!(!quiet("/roles", 200));
    }

    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A local API with no AWS behind it, its requests logged to a buffer;
    /// the test's single thread runs both the server and the client, so the
    /// thread's subscriber sees every line.
    #[tokio::test]
    async fn each_request_is_one_short_line_without_its_token() {
        let captured = Captured::default();
        let sink = captured.clone();
        let subscriber = tracing_subscriber::registry().with(Console::new(move || sink.clone()));
        let _guard = tracing::subscriber::set_default(subscriber);

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let api = local_api::LocalApi::without_aws(&base);
        let router = observe(local_api::router(Arc::new(api)));
        tokio::spawn(async move { axum::serve(listener, router).await });

        let http = reqwest::Client::new();
        for path in [
            "/roles".to_owned(),
            format!("/invitations/{TOKEN}"),
            format!("/app/invitations/{TOKEN}?from=ann@example.com"),
            "/app/js/api.js".to_owned(),
        ] {
            http.get(format!("{base}{path}")).send().await.unwrap();
        }

        let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let shape = |line: &str, start: &str| {
            line.starts_with(start) && line.ends_with(" ms") && !line.contains('{')
        };
        assert!(
            lines
                .iter()
                .any(|l| shape(l, "GET /roles  200  list_roles  0 DynamoDB  ")),
            "{text}"
        );
        assert!(
            lines.iter().any(|l| shape(l, "GET /invitations/…  ")
                && l.contains("  preview_invitation")
                && l.contains(" DynamoDB  ")),
            "{text}"
        );
        assert!(
            lines
                .iter()
                .any(|l| shape(l, "GET /app/invitations/…  200  ")),
            "{text}"
        );
        assert!(!text.contains("api.js"), "{text}");
        assert!(!text.contains(TOKEN) && !text.contains('@'), "{text}");
    }
}
