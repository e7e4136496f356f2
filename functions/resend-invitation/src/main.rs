fn main() -> Result<(), shared::lambda::Error> {
    shared::lambda::run(|deps, req| Box::pin(resend_invitation::handle(deps, req)))
}
