fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run_authorizer(|deps, authorizer, event| {
        Box::pin(authorize_request::handle(deps, authorizer, event))
    })
}
