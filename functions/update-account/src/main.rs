fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(env!("CARGO_CRATE_NAME"), |deps, req| {
        Box::pin(update_account::handle(deps, req))
    })
}
