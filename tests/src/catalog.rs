//! The catalog of lifecycle events (`docs/events/`): a JSON Schema per
//! detail-type, each narrowing the common `audit-event.json`, and an example
//! event per detail-type.

use crate::infra::read;
use jsonschema::{Resource, Validator};
use serde_json::Value;

const SCHEMAS: &str = "docs/events/schemas";
/// Where the schemas are taken to live: their references to
/// `audit-event.json` resolve against it, with nothing fetched.
const BASE: &str = "file:///roster/docs/events/schemas";

/// The file of the catalog for `detail_type` under `folder`, as JSON.
pub fn file(folder: &str, detail_type: &str) -> Value {
    let text = read(&format!("docs/events/{folder}/{detail_type}.json"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{folder}/{detail_type}.json: {e}"))
}

/// The detail-types the catalog has a schema for.
pub fn detail_types() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(SCHEMAS);
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|f| f.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .filter(|name| name != "audit-event")
        .collect();
    found.sort();
    found
}

/// The validator of `detail_type`'s events' `detail`, formats included.
pub fn validator(detail_type: &str) -> Validator {
    let common = Resource::from_contents(file("schemas", "audit-event")).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .with_base_uri(format!("{BASE}/{detail_type}.json"))
        .with_resource(format!("{BASE}/audit-event.json"), common)
        .build(&file("schemas", detail_type))
        .unwrap_or_else(|e| panic!("{detail_type}'s schema: {e}"))
}

/// Panics, saying why, unless `event` is a lifecycle event the catalog
/// describes: source `roster`, and a detail its detail-type's schema takes.
pub fn assert_described(event: &Value) {
    assert_eq!(event["source"], "roster", "{event:#}");
    let detail_type = event["detail-type"].as_str().expect("a detail-type");
    assert_eq!(event["detail"]["action"], detail_type, "{event:#}");
    let errors: Vec<String> = validator(detail_type)
        .iter_errors(&event["detail"])
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{detail_type}: {errors:#?}\n{:#}",
        event["detail"]
    );
}
