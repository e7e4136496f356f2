fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(|deps, req| Box::pin(list_users::handle(deps, req)))
}
