//! The web pages (the files of `web/`), served under `/app/` on the API's own
//! origin, so the emailed link `{APP_BASE_URL}/invitations/{token}` (with
//! `APP_BASE_URL` ending in `/app`) opens the invitation page, while the API's
//! own `GET /invitations/{token}` stays the JSON preview. Every page carries a
//! strict Content-Security-Policy: scripts, styles and connections from this
//! origin only, no inline script or style.

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

/// Where the pages are mounted; `./scripts/dev` sets `APP_BASE_URL` to it.
pub const PREFIX: &str = "/app";
const HOME: &str = "/app/";

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; \
     base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

/// The `web/` folder of this repository.
pub fn default_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web")
}

/// The headers of every page: the policy, no sniffing, no referrer (an
/// invitation page's address holds its secret), and always revalidated.
pub fn with_page_headers(mut res: Response) -> Response {
    let headers: [(HeaderName, &'static str); 4] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-cache"),
    ];
    for (name, value) in headers {
        res.headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    res
}

/// `/app` is the folder `/app/`: the pages' relative links need the slash.
async fn add_slash(req: Request, next: Next) -> Response {
    if req.uri().path() == PREFIX {
        return Redirect::to(HOME).into_response();
    }
    next.run(req).await
}

/// `/` and `/app` lead to the pages; `/app/invitations/{token}` is the
/// invitation page; everything else under `/app/` is a file of `dir`.
pub fn router<S: Clone + Send + Sync + 'static>(dir: &Path) -> Router<S> {
    Router::new()
        .route("/", get(|| async { Redirect::to(HOME) }))
        .route_service(
            &format!("{PREFIX}/invitations/{{token}}"),
            ServeFile::new(dir.join("invitation.html")),
        )
        .nest_service(PREFIX, ServeDir::new(dir))
        .layer(axum::middleware::from_fn(add_slash))
        .layer(axum::middleware::map_response(|res: Response| async move {
            with_page_headers(res)
        }))
}
