fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run_job(env!("CARGO_CRATE_NAME"), |deps, _| {
        Box::pin(expire_invitations::handle(deps))
    })
}
