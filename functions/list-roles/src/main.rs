fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(env!("CARGO_CRATE_NAME"), |deps, req| {
        Box::pin(list_roles::handle(deps, req))
    })
}
