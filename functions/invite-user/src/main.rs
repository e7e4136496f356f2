fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(|deps, req| Box::pin(invite_user::handle(deps, req)))
}
