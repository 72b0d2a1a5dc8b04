//! The page glue of offset lists: every component schema shaped
//! `{<items>: [<Item>], metadata: ListMetadata}` that an operation answers
//! with implements `voiso_api::pages::OffsetPage`, so a hand-written
//! list needs only its request and filters, not how to read a page.

use openapiv3::{OpenAPI, ReferenceOr, SchemaKind, Type};

fn ref_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// Schema names some operation's 2xx response refers to.
fn answered(api: &OpenAPI) -> Vec<String> {
    let mut names = Vec::new();
    for (_, item) in &api.paths.paths {
        let Some(item) = item.as_item() else { continue };
        for (_, op) in item.iter() {
            for (status, response) in &op.responses.responses {
                if !status.to_string().starts_with('2') {
                    continue;
                }
                let ReferenceOr::Item(response) = response else {
                    continue;
                };
                for media in response.content.values() {
                    if let Some(ReferenceOr::Reference { reference }) = &media.schema
                        && let Some(name) = ref_name(reference)
                    {
                        names.push(name.to_string());
                    }
                }
            }
        }
    }
    names
}

/// `(list schema, items property, item schema)` for each list response.
fn lists(api: &OpenAPI) -> Vec<(String, String, String)> {
    let answered = answered(api);
    let mut out = Vec::new();
    let Some(components) = &api.components else {
        return out;
    };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        if !answered.contains(name) {
            continue;
        }
        let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind else {
            continue;
        };
        if object.properties.len() != 2 || object.required.len() != 2 {
            continue;
        }
        let metadata = object.properties.get("metadata");
        let is_list_metadata = matches!(metadata, Some(ReferenceOr::Reference { reference })
            if ref_name(reference) == Some("ListMetadata"));
        if !is_list_metadata {
            continue;
        }
        for (property, value) in &object.properties {
            if property == "metadata" {
                continue;
            }
            let ReferenceOr::Item(array) = value else {
                continue;
            };
            let SchemaKind::Type(Type::Array(array)) = &array.schema_kind else {
                continue;
            };
            if let Some(ReferenceOr::Reference { reference }) = &array.items
                && let Some(item) = ref_name(reference)
            {
                out.push((name.clone(), property.clone(), item.to_string()));
            }
        }
    }
    out
}

/// The `pages` module.
pub fn source(api: &OpenAPI) -> String {
    let mut out = String::from(
        "#[doc = \" How an offset list's response reads as a page: its items and\"]\n\
         #[doc = \" `metadata.total`, for every list response of the spec.\"]\n\
         pub mod pages {\n\
         #[doc = \" A list response: one array of items and `metadata.total`.\"]\n\
         pub trait OffsetPage {\n\
         #[doc = \" One item of the list.\"]\n\
         type Item;\n\
         #[doc = \" The page's items and the count of all items matching the filters.\"]\n\
         fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64);\n\
         }\n",
    );
    for (list, property, item) in lists(api) {
        out.push_str(&format!(
            "impl OffsetPage for crate::types::{list} {{\n\
             type Item = crate::types::{item};\n\
             fn into_page(self) -> (::std::vec::Vec<Self::Item>, i64) {{ (self.{property}, self.metadata.total) }}\n\
             }}\n"
        ));
    }
    out + "}\n"
}
