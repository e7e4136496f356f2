fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(env!("CARGO_CRATE_NAME"), |deps, req| {
        Box::pin(review_access::handle(deps, req))
    })
}
