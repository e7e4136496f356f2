//! The deployment documents agree with the code: `infra/openapi.yaml` and
//! `infra/template.yaml` name exactly the routes the local API serves
//! (`local_api::routes::ROUTES`), with the authorizer on all but the open ones;
//! the template deploys every function crate; its table has the keys and
//! index that `shared::store` uses; and the document's audit actions are the
//! catalog's.

use e2e::infra::{template_functions, yaml};
use shared::store::keys;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The local API's routes, `METHOD /path`, and whether each needs a sign-in.
fn served() -> BTreeMap<String, bool> {
    local_api::routes::ROUTES
        .iter()
        .map(|r| (format!("{} {}", r.method, r.path), r.signed_in))
        .collect()
}

/// Asserts two sets of routes are equal, naming what only one side has.
#[track_caller]
fn assert_same_routes(documented: &BTreeSet<String>, document: &str, served: &BTreeSet<String>) {
    let only_documented: Vec<_> = documented.difference(served).collect();
    let only_served: Vec<_> = served.difference(documented).collect();
    assert!(
        only_documented.is_empty() && only_served.is_empty(),
        "{document} and the local API's routes differ\n  only in {document}: {only_documented:#?}\n  \
         only served by the local API: {only_served:#?}"
    );
}

/// The document's `AuditAction` (an event's `action`, the trail's filter)
/// names the detail-types of the event catalog, which
/// `events::the_catalog_holds_every_action_and_its_examples_fit` holds to
/// every action the code can write.
#[test]
fn openapi_audit_actions_are_the_catalog_s() {
    let doc = yaml("infra/openapi.yaml");
    let documented: BTreeSet<String> = doc["components"]["schemas"]["AuditAction"]["enum"]
        .as_array()
        .expect("AuditAction is an enum")
        .iter()
        .map(|a| a.as_str().unwrap().to_owned())
        .collect();
    let catalog: BTreeSet<String> = e2e::catalog::detail_types().into_iter().collect();
    assert_eq!(documented, catalog, "infra/openapi.yaml's AuditAction");
}

#[test]
fn openapi_routes_are_the_local_api_routes() {
    let doc = yaml("infra/openapi.yaml");
    let methods = [
        "get", "put", "post", "patch", "delete", "head", "options", "trace",
    ];
    let mut documented = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().expect("the document has paths") {
        for method in methods {
            if let Some(operation) = item.get(method) {
                // `security: []` opens an operation; otherwise the document's
                // default (the JWT) applies.
                let open = operation.get("security") == Some(&serde_json::json!([]));
                documented.insert(format!("{} {path}", method.to_uppercase()), !open);
            }
        }
    }
    let served = served();
    assert_same_routes(
        &documented.keys().cloned().collect(),
        "infra/openapi.yaml",
        &served.keys().cloned().collect(),
    );
    assert_eq!(doc["security"], serde_json::json!([{"jwt": []}]));
    for (route, signed_in) in &served {
        assert_eq!(
            documented[route], *signed_in,
            "{route}: the JWT must be required in infra/openapi.yaml exactly when the local API \
             requires a sign-in"
        );
    }
}

#[test]
fn template_routes_are_the_local_api_routes() {
    let template = yaml("infra/template.yaml");
    let functions = template_functions(&template);
    let mut deployed = BTreeMap::new();
    for (binary, properties) in &functions {
        for event in properties["Events"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|e| e.1)
        {
            if event["Type"] != "HttpApi" {
                continue;
            }
            let p = &event["Properties"];
            let route = format!(
                "{} {}",
                p["Method"].as_str().unwrap(),
                p["Path"].as_str().unwrap()
            );
            let open = p["Auth"]["Authorizer"] == "NONE";
            deployed.insert(route, (binary.clone(), !open));
        }
    }
    assert_same_routes(
        &deployed.keys().cloned().collect(),
        "infra/template.yaml",
        &served().keys().cloned().collect(),
    );
    for route in local_api::routes::ROUTES {
        let key = format!("{} {}", route.method, route.path);
        let (binary, signed_in) = &deployed[&key];
        assert_eq!(
            binary.replace('-', "_"),
            route.function,
            "{key}: served by another function"
        );
        assert_eq!(*signed_in, route.signed_in, "{key}: the authorizer differs");
    }
}

#[test]
fn template_deploys_every_function_crate() {
    let template = yaml("infra/template.yaml");
    let deployed: BTreeSet<String> = template_functions(&template).into_keys().collect();
    let crates: BTreeSet<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../functions"))
            .unwrap()
            .map(|d| d.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
    assert_eq!(
        deployed, crates,
        "infra/template.yaml deploys these binaries; functions/ has those"
    );
    for (binary, properties) in template_functions(&template) {
        assert!(
            properties["LoggingConfig"]["LogGroup"]["!Ref"].is_string(),
            "{binary} has no log group of its own (with a retention)"
        );
    }
}

#[test]
fn template_table_is_the_table_the_code_uses() {
    let template = yaml("infra/template.yaml");
    let table = &template["Resources"]["Table"]["Properties"];
    let key_schema = |schema: &serde_json::Value| -> Vec<(String, String)> {
        schema
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                (
                    k["AttributeName"].as_str().unwrap().to_owned(),
                    k["KeyType"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let pair = |name: &str, kind: &str| (name.to_owned(), kind.to_owned());
    assert_eq!(
        key_schema(&table["KeySchema"]),
        [pair(keys::PK, "HASH"), pair(keys::SK, "RANGE")]
    );
    let attributes: BTreeSet<(String, String)> = table["AttributeDefinitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["AttributeName"].as_str().unwrap().to_owned(),
                a["AttributeType"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        attributes,
        BTreeSet::from([
            pair(keys::PK, "S"),
            pair(keys::SK, "S"),
            pair(keys::PENDING_SHARD, "S"),
            pair(keys::EXPIRES_AT, "N"),
            pair(keys::DUE_SHARD, "S"),
            pair(keys::DUE_AT, "N"),
        ])
    );
    let indexes = table["GlobalSecondaryIndexes"].as_array().unwrap();
    assert_eq!(
        indexes.len(),
        2,
        "the sweep's two indexes are the only ones"
    );
    let due = &indexes[1];
    assert_eq!(due["IndexName"], keys::DUE_INDEX);
    assert_eq!(
        key_schema(&due["KeySchema"]),
        [pair(keys::DUE_SHARD, "HASH"), pair(keys::DUE_AT, "RANGE")]
    );
    // The sweep decides from the whole item it finds (`store::Due`).
    assert_eq!(
        due["Projection"],
        serde_json::json!({"ProjectionType": "ALL"})
    );
    let index = &indexes[0];
    assert_eq!(index["IndexName"], keys::PENDING_INDEX);
    assert_eq!(
        key_schema(&index["KeySchema"]),
        [
            pair(keys::PENDING_SHARD, "HASH"),
            pair(keys::EXPIRES_AT, "RANGE")
        ]
    );
    // What shared/src/store/table.rs projects, and what the sweep reads
    // (`store::Overdue`): the keys, email and role.
    assert_eq!(
        index["Projection"],
        serde_json::json!({"ProjectionType": "INCLUDE", "NonKeyAttributes": ["email", "role"]})
    );
    assert_eq!(
        table["TimeToLiveSpecification"],
        serde_json::json!({"AttributeName": shared::store::table::TTL_ATTRIBUTE, "Enabled": true})
    );
    assert_eq!(table["BillingMode"], "PAY_PER_REQUEST");
    assert_eq!(
        table["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"],
        true
    );
    assert_eq!(table["DeletionProtectionEnabled"], true);
}
