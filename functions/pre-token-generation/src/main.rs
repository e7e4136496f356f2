fn main() -> Result<(), shared::lambda::Error> {
    shared::second_factor::run(|cognito, event| {
        Box::pin(pre_token_generation::handle(cognito, event))
    })
}
