//! `local-api`: serves the contract on `LOCAL_API_ADDR` (default
//! 127.0.0.1:3000) against the DynamoDB and SES of the AWS SDK's configuration
//! chain (a moto server when run by `./scripts/dev`). It logs JSON lines, as
//! the functions do, or with `LOCAL_LOG=text` one short line per request.

mod console;

use local_api::LocalApi;
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = console::wanted()?;
    if text {
        shared::lambda::init_tracing_with(console::Console::new(std::io::stdout));
    } else {
        shared::lambda::init_tracing();
    }
    let addr = std::env::var("LOCAL_API_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let config = shared::Config::from_env()?;
    let sdk = shared::aws::sdk_config().await;
    let moto_url = sdk.endpoint_url().map(str::to_owned);
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    // The issuer of its tokens is the address it answers on.
    let base_url = format!("http://{}", listener.local_addr()?);
    let api = LocalApi::new(shared::Deps::new(config, &sdk), &base_url, moto_url);
    api.prepare(&sdk).await?;
    let pages = format!("{base_url}{}/", local_api::pages::PREFIX);
    let router = local_api::router(Arc::new(api));
    if text {
        // The same "==>" as the scripts' own lines: the one a person waits for.
        eprintln!("==> Roster is ready: open {pages}");
        axum::serve(listener, console::observe(router)).await?;
    } else {
        tracing::info!(%base_url, %pages, "local API listening");
        axum::serve(listener, router).await?;
    }
    Ok(())
}
