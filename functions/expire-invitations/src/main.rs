fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run_job(|deps, _| Box::pin(expire_invitations::handle(deps)))
}
