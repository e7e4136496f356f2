fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run_job(env!("CARGO_CRATE_NAME"), |deps, event| {
        Box::pin(record_delivery::handle(deps, event))
    })
}
