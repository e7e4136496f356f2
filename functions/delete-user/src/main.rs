fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(|deps, req| Box::pin(delete_user::handle(deps, req)))
}
