//! The deployment documents of `infra/`, read as JSON, for the tests that
//! hold them to the code.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A file of the repository, by its path from the root.
pub fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// YAML as JSON; a CloudFormation tag such as `!Ref Table` becomes
/// `{"!Ref": "Table"}`.
pub fn yaml(relative: &str) -> Value {
    fn json(value: serde_norway::Value) -> Value {
        use serde_norway::Value as Y;
        match value {
            Y::Null => Value::Null,
            Y::Bool(b) => b.into(),
            Y::Number(n) => serde_json::from_str(&n.to_string()).unwrap(),
            Y::String(s) => s.into(),
            Y::Sequence(items) => items.into_iter().map(json).collect(),
            Y::Mapping(map) => map
                .into_iter()
                .map(|(k, v)| (k.as_str().expect("keys are strings").to_owned(), json(v)))
                .collect::<serde_json::Map<_, _>>()
                .into(),
            Y::Tagged(tagged) => {
                serde_json::json!({ tagged.tag.to_string(): json(tagged.value) })
            }
        }
    }
    let text = read(relative);
    json(serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{relative}: {e}")))
}

/// The template's functions: their properties, by binary name.
pub fn template_functions(template: &Value) -> BTreeMap<String, Value> {
    template["Resources"]
        .as_object()
        .unwrap()
        .values()
        .filter(|r| r["Type"] == "AWS::Serverless::Function")
        .map(|r| {
            assert_eq!(r["Metadata"]["BuildMethod"], "rust-cargolambda");
            assert_eq!(
                r["Properties"]["CodeUri"], "..",
                "one CodeUri, the workspace, for every function: dependencies build once"
            );
            let binary = r["Metadata"]["BuildProperties"]["Binary"]
                .as_str()
                .expect("each function names its binary")
                .to_owned();
            (binary, r["Properties"].clone())
        })
        .collect()
}

/// The actions a function's policies allow (`dynamodb:Query`,
/// `ses:SendEmail`, ...).
pub fn allowed_actions(function: &Value) -> BTreeSet<String> {
    function["Policies"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|policy| policy["Statement"].as_array().into_iter().flatten())
        .filter(|statement| statement["Effect"] == "Allow")
        .flat_map(|statement| statement["Action"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// The DynamoDB actions a function's policies allow (`dynamodb:Query`, ...).
pub fn dynamodb_actions(function: &Value) -> BTreeSet<String> {
    allowed_actions(function)
        .into_iter()
        .filter(|action| action.starts_with("dynamodb:"))
        .collect()
}
