//! Errors as RFC 9457 problem+json: `type`, `title`, `status`, `detail`,
//! `code`, and `errors` for invalid fields.

use crate::error::{Error, FieldError};
use lambda_http::http::{HeaderValue, StatusCode, header};
use lambda_http::{Body, Response};
use serde::Serialize;

#[derive(Serialize)]
struct Problem<'a> {
    #[serde(rename = "type")]
    kind: String,
    title: &'a str,
    status: u16,
    detail: String,
    code: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    errors: &'a [FieldError],
    /// With `recipient_suppressed`: `bounced` or `complained`, so a page can
    /// offer the override a bounce allows.
    #[serde(skip_serializing_if = "Option::is_none")]
    suppression: Option<&'static str>,
}

fn classify(err: &Error) -> (StatusCode, &'static str, &'static str) {
    use Error::*;
    match err {
        Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated", "Not signed in"),
        AccountNotFound => (
            StatusCode::NOT_FOUND,
            "account_not_found",
            "Account not found",
        ),
        Forbidden => (StatusCode::FORBIDDEN, "forbidden", "Not allowed"),
        MfaRequired => (
            StatusCode::FORBIDDEN,
            "mfa_required",
            "Two-step verification required",
        ),
        UserNotFound => (StatusCode::NOT_FOUND, "user_not_found", "User not found"),
        InvalidTransition { .. } => (
            StatusCode::CONFLICT,
            "invalid_transition",
            "Not possible in this status",
        ),
        AccessEnded => (StatusCode::CONFLICT, "access_ended", "Access ended"),
        SeatLimitReached => (StatusCode::CONFLICT, "seat_limit_reached", "No free seat"),
        InvitationPending => (
            StatusCode::CONFLICT,
            "invitation_pending",
            "Invitation already pending",
        ),
        UserExists => (StatusCode::CONFLICT, "user_exists", "Already a user"),
        InvitationNotFound => (
            StatusCode::NOT_FOUND,
            "invitation_not_found",
            "Invitation not found",
        ),
        InvitationExpired => (StatusCode::GONE, "invitation_expired", "Invitation expired"),
        EmailMismatch => (
            StatusCode::FORBIDDEN,
            "email_mismatch",
            "Invitation is for another address",
        ),
        AlreadyMember => (StatusCode::CONFLICT, "already_member", "Already a member"),
        OwnerCannotLeave => (
            StatusCode::CONFLICT,
            "owner_cannot_leave",
            "The owner cannot leave",
        ),
        CannotOfferOwnership => (
            StatusCode::CONFLICT,
            "cannot_offer_ownership",
            "Ownership cannot go to this user",
        ),
        OwnershipOfferPending => (
            StatusCode::CONFLICT,
            "ownership_offer_pending",
            "Ownership is already offered",
        ),
        NoOwnershipOffer => (
            StatusCode::CONFLICT,
            "no_ownership_offer",
            "No offer of ownership",
        ),
        OwnershipOfferLapsed => (
            StatusCode::CONFLICT,
            "ownership_offer_lapsed",
            "The offer of ownership lapsed",
        ),
        PartnerRequestMissing => (
            StatusCode::CONFLICT,
            "partner_request_missing",
            "No request from that partner",
        ),
        PartnerAccessDisabled => (
            StatusCode::FORBIDDEN,
            "partner_access_disabled",
            "Partner access not enabled",
        ),
        PreconditionFailed => (
            StatusCode::PRECONDITION_FAILED,
            "precondition_failed",
            "Changed meanwhile",
        ),
        RateLimited { .. } => (
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "Daily limit reached",
        ),
        RecipientSuppressed { .. } => (
            StatusCode::CONFLICT,
            "recipient_suppressed",
            "Address takes no invitations",
        ),
        EmailUnverified => (
            StatusCode::FORBIDDEN,
            "email_unverified",
            "Email address not verified",
        ),
        UnsupportedMediaType => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Not JSON",
        ),
        InvalidJson(_) => (StatusCode::BAD_REQUEST, "invalid_json", "Malformed JSON"),
        PayloadTooLarge => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
            "Body too large",
        ),
        Invalid { code, .. } => (StatusCode::UNPROCESSABLE_ENTITY, code, "Invalid request"),
        Busy => (
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            "Busy, retry shortly",
        ),
        Unavailable(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Service unavailable",
        ),
        Internal(_) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "Internal error",
        ),
    }
}

/// A problem answer with any status, code and detail (for routes that have no
/// operation error, such as an unknown path).
pub fn problem(
    status: StatusCode,
    code: &str,
    title: &str,
    detail: &str,
    errors: &[FieldError],
) -> Response<Body> {
    answer(&Problem {
        kind: format!("urn:roster:problem:{code}"),
        title,
        status: status.as_u16(),
        detail: detail.to_owned(),
        code,
        errors,
        suppression: None,
    })
}

fn answer(body: &Problem<'_>) -> Response<Body> {
    let status = StatusCode::from_u16(body.status).expect("problems carry a valid status");
    let mut res = Response::new(Body::Binary(
        serde_json::to_vec(&body).expect("problems serialize"),
    ));
    *res.status_mut() = status;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    res
}

pub fn problem_response(err: &Error) -> Response<Body> {
    let (status, code, title) = classify(err);
    crate::observe::record("outcome", code);
    if status.is_server_error() {
        tracing::error!(error = %err, source = ?std::error::Error::source(err), "request failed");
    }
    let errors: &[FieldError] = match err {
        Error::Invalid { errors, .. } => errors,
        _ => &[],
    };
    // Internal details stay in the log; the caller gets the plain sentence.
    let detail = match err {
        Error::Internal(_) => "something went wrong on our side; it has been logged".to_owned(),
        other => other.to_string(),
    };
    let mut res = answer(&Problem {
        kind: format!("urn:roster:problem:{code}"),
        title,
        status: status.as_u16(),
        detail,
        code,
        errors,
        suppression: match err {
            Error::RecipientSuppressed { reason } => Some(reason.as_str()),
            _ => None,
        },
    });
    if let Error::RateLimited { retry_after, .. } = err {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(res: &Response<Body>) -> serde_json::Value {
        serde_json::from_slice(res.body().as_ref()).unwrap()
    }

    #[test]
    fn problems_carry_type_title_status_detail_and_code() {
        let res = problem_response(&Error::SeatLimitReached);
        assert_eq!(res.status(), 409);
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
        let b = body(&res);
        assert_eq!(b["code"], "seat_limit_reached");
        assert_eq!(b["status"], 409);
        assert_eq!(b["type"], "urn:roster:problem:seat_limit_reached");
        assert!(b["title"].is_string() && b["detail"].is_string());
        assert!(b.get("errors").is_none());
    }

    #[test]
    fn invalid_fields_are_listed() {
        let res = problem_response(&Error::invalid("invalid_email", "email", "is not valid"));
        assert_eq!(res.status(), 422);
        let b = body(&res);
        assert_eq!(b["code"], "invalid_email");
        assert_eq!(b["errors"][0]["field"], "email");
    }

    #[test]
    fn rate_limits_say_when_to_come_back() {
        let res = problem_response(&Error::RateLimited {
            limit: crate::error::Limit::AccountInvitations,
            count: 50,
            retry_after: 12_000,
        });
        assert_eq!(res.status(), 429);
        assert_eq!(res.headers()[header::RETRY_AFTER], "12000");
        let b = body(&res);
        assert_eq!(b["code"], "rate_limited");
        assert!(b["detail"].as_str().unwrap().contains("3h 20m"), "{b}");
    }

    #[test]
    fn internal_details_are_not_shown() {
        let b = body(&problem_response(&Error::Internal(
            "table xyz broke".into(),
        )));
        assert!(!b["detail"].as_str().unwrap().contains("xyz"));
    }
}
