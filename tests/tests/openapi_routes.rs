//! The OpenAPI document and the local API serve the same routes.

use std::collections::BTreeSet;

#[test]
fn openapi_routes_are_the_local_api_routes() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../infra/openapi.yaml"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_norway::from_str(&text).unwrap();
    let methods = ["get", "put", "post", "patch", "delete"];
    let documented: BTreeSet<String> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            methods
                .iter()
                .filter(|m| item.get(**m).is_some())
                .map(move |m| format!("{} {path}", m.to_uppercase()))
        })
        .collect();
    let served: BTreeSet<String> = local_api::routes::ROUTES
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        documented,
        served,
        "only documented: {:?}; only served: {:?}",
        documented.difference(&served).collect::<Vec<_>>(),
        served.difference(&documented).collect::<Vec<_>>()
    );
    // The preview alone is open; everything else needs the JWT.
    let open: Vec<_> = local_api::routes::ROUTES
        .iter()
        .filter(|r| !r.signed_in)
        .map(|r| r.path)
        .collect();
    assert_eq!(open, ["/invitations/{token}"]);
    assert_eq!(
        doc["paths"]["/invitations/{token}"]["get"]["security"],
        serde_json::json!([])
    );
}
