fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(|deps, req| Box::pin(revoke_invitation::handle(deps, req)))
}
