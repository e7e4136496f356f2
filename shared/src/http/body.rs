//! JSON request bodies, read field by field so every invalid field is named,
//! and unknown fields are refused (a misspelt `replacePending` must not pass
//! silently as `false`).

use super::MAX_BODY;
use crate::Result;
use crate::domain::{Email, Role};
use crate::error::{Error, FieldError};
use lambda_http::Request;
use serde_json::{Map, Value};
use uuid::Uuid;

pub struct Fields {
    map: Map<String, Value>,
    errors: Vec<(&'static str, FieldError)>,
}

impl Fields {
    /// The request's body as a JSON object.
    pub fn of(req: &Request) -> Result<Fields> {
        let bytes: &[u8] = req.body().as_ref();
        if bytes.len() > MAX_BODY {
            return Err(Error::PayloadTooLarge);
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::InvalidJson(
                "the body is empty; send a JSON object".into(),
            ));
        }
        match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(map)) => Ok(Fields {
                map,
                errors: Vec::new(),
            }),
            Ok(_) => Err(Error::InvalidJson("the body must be a JSON object".into())),
            Err(e) => Err(Error::InvalidJson(e.to_string())),
        }
    }

    fn fail(&mut self, code: &'static str, field: &str, message: impl Into<String>) {
        self.errors.push((code, FieldError::new(field, message)));
    }

    fn take_string(&mut self, name: &str, required: bool) -> Option<String> {
        match self.map.remove(name) {
            Some(Value::String(s)) => Some(s),
            None | Some(Value::Null) if !required => None,
            None | Some(Value::Null) => {
                self.fail("invalid_field", name, "is required");
                None
            }
            Some(_) => {
                self.fail("invalid_field", name, "must be a string");
                None
            }
        }
    }

    pub fn string(&mut self, name: &str) -> Option<String> {
        self.take_string(name, true)
    }

    pub fn optional_string(&mut self, name: &str) -> Option<String> {
        self.take_string(name, false)
    }

    pub fn bool(&mut self, name: &str) -> Option<bool> {
        if !self.map.contains_key(name) {
            self.fail("invalid_field", name, "is required");
            return None;
        }
        self.optional_bool(name)
    }

    pub fn uuid(&mut self, name: &str) -> Option<Uuid> {
        let raw = self.string(name)?;
        self.parse_uuid(name, &raw)
    }

    pub fn optional_uuid(&mut self, name: &str) -> Option<Uuid> {
        let raw = self.optional_string(name)?;
        self.parse_uuid(name, &raw)
    }

    fn parse_uuid(&mut self, name: &str, raw: &str) -> Option<Uuid> {
        Uuid::try_parse(raw)
            .map_err(|_| self.fail("invalid_field", name, "must be an account id (a UUID)"))
            .ok()
    }

    /// `None` when absent; a non-boolean value is an error.
    pub fn optional_bool(&mut self, name: &str) -> Option<bool> {
        match self.map.remove(name) {
            Some(Value::Bool(b)) => Some(b),
            None | Some(Value::Null) => None,
            Some(_) => {
                self.fail("invalid_field", name, "must be true or false");
                None
            }
        }
    }

    pub fn email(&mut self, name: &str) -> Option<Email> {
        let raw = self.string(name)?;
        Email::parse(&raw)
            .map_err(|why| self.fail("invalid_email", name, why))
            .ok()
    }

    /// A role an owner may give: any but `owner`.
    pub fn role(&mut self, name: &str) -> Option<Role> {
        let raw = self.string(name)?;
        match raw.parse::<Role>() {
            Ok(role) if role != Role::Owner => Some(role),
            Ok(_) => {
                self.fail(
                    "invalid_role",
                    name,
                    "an account has exactly one owner; give another role",
                );
                None
            }
            Err(()) => {
                self.fail(
                    "invalid_role",
                    name,
                    "must be one of account_manager, campaign_creator, partner_manager",
                );
                None
            }
        }
    }

    /// Any single-line text of 1 to `max` characters, trimmed.
    pub fn text(&mut self, name: &str, max: usize) -> Option<String> {
        let raw = self.string(name)?;
        let text = raw.trim();
        if text.is_empty() || text.chars().count() > max || text.chars().any(char::is_control) {
            self.fail(
                "invalid_field",
                name,
                format!("must be 1 to {max} characters on one line"),
            );
            return None;
        }
        Some(text.to_owned())
    }

    /// Notes an error found by the caller for `name` (e.g. a value outside a set).
    pub fn refuse(&mut self, name: &str, message: &str) {
        self.fail("invalid_field", name, message);
    }

    /// Builds the request from the fields read by `build`. Every field is read
    /// before judging, so all invalid ones are named at once; unknown fields
    /// are errors too. The first error's code is the problem's `code`.
    pub fn parse<T>(mut self, build: impl FnOnce(&mut Fields) -> Option<T>) -> Result<T> {
        let built = build(&mut self);
        let unknown: Vec<String> = self.map.keys().cloned().collect();
        for name in unknown {
            self.fail("invalid_field", &name, "is not a field of this request");
        }
        match (built, self.errors.first()) {
            (Some(value), None) => Ok(value),
            (_, Some((code, _))) => Err(Error::Invalid {
                code,
                errors: self.errors.into_iter().map(|(_, e)| e).collect(),
            }),
            (None, None) => Err(Error::Internal(
                "a field was missing without an error".into(),
            )),
        }
    }
}
