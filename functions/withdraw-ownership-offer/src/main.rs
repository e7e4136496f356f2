fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(env!("CARGO_CRATE_NAME"), |deps, req| {
        Box::pin(withdraw_ownership_offer::handle(deps, req))
    })
}
