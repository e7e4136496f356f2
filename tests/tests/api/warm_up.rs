//! Without moto: init opens SES's connection (`shared::lambda::SENDS_MAIL`)
//! in exactly the functions `infra/template.yaml` lets send mail, and the
//! template lets each of them make the warm-up's request. Otherwise a
//! function that sends mail pays SES's handshake on its first request, or
//! one that sends none opens SES for nothing and is refused doing it.

use e2e::infra::{allowed_actions, template_functions, yaml};
use serde_json::Value;
use std::collections::BTreeSet;

/// The functions (by crate name) whose policies allow `action`.
fn allowed(template: &Value, action: &str) -> BTreeSet<String> {
    template_functions(template)
        .into_iter()
        .filter(|(_, properties)| allowed_actions(properties).contains(action))
        .map(|(binary, _)| binary.replace('-', "_"))
        .collect()
}

#[test]
fn init_opens_ses_in_exactly_the_functions_that_may_send_mail() {
    let template = yaml("infra/template.yaml");
    let warmed: BTreeSet<String> = shared::lambda::SENDS_MAIL
        .iter()
        .map(|f| f.to_string())
        .collect();
    assert_eq!(
        warmed,
        allowed(&template, "ses:SendEmail"),
        "SENDS_MAIL (shared/src/lambda.rs), and the functions infra/template.yaml lets send mail"
    );
    assert_eq!(
        warmed,
        allowed(&template, "ses:GetConfigurationSet"),
        "SENDS_MAIL, and the functions infra/template.yaml lets make the SES warm-up's request"
    );
}
