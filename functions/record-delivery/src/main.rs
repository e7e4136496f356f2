fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run_job(|deps, event| Box::pin(record_delivery::handle(deps, event)))
}
