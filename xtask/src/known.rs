//! The open string enums of the spec: every component property with an
//! `x-voiso-known-values` list becomes an enum in the operation table's
//! `known` module, one variant per listed value plus `Unknown(String)`, so
//! a value Voiso adds later still decodes and a value the spec gains only
//! adds a variant. `x-voiso-value-docs` (value → text) documents variants;
//! `x-voiso-value-groups` (name → values) becomes an `is_<name>()` test.

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use crate::table::lit;

/// `UpperCamel` of a value or name (`auto_paused` → `AutoPaused`).
fn camel(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

fn doc(out: &mut String, text: &str) {
    for line in text.lines() {
        let line = line.trim_end();
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        out.push_str(&format!("#[doc = {}]\n", lit(&line)));
    }
}

/// One enum's source, or why the spec cannot make it.
fn open_enum(name: &str, shown: &str, schema: &Schema) -> Result<Option<String>, String> {
    let extensions = &schema.schema_data.extensions;
    let values = strings(extensions.get("x-voiso-known-values"));
    if values.is_empty() {
        return Ok(None);
    }
    let value_docs = extensions.get("x-voiso-value-docs");
    let mut variants = Vec::new();
    for value in &values {
        let variant = camel(value);
        if variant.is_empty() || !variant.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Err(format!(
                "{shown}: known value `{value}` cannot name a variant"
            ));
        }
        if variant == "Unknown" || variants.iter().any(|(v, _)| *v == variant) {
            return Err(format!(
                "{shown}: known value `{value}` makes a variant name twice"
            ));
        }
        variants.push((variant, value.clone()));
    }
    let mut out = String::new();
    let heading = schema
        .schema_data
        .description
        .as_deref()
        .and_then(|d| d.split(". ").next())
        .map(|d| d.trim_end_matches('.').to_string())
        .unwrap_or_else(|| format!("`{shown}`"));
    doc(
        &mut out,
        &format!(
            "{heading}: `{shown}`, an open string. The values the spec knows are\n\
             variants; any other decodes as `Unknown` and is sent back unchanged."
        ),
    );
    out.push_str(&format!(
        "#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n#[non_exhaustive]\npub enum {name} {{\n"
    ));
    for (variant, value) in &variants {
        let text = value_docs
            .and_then(|d| d.get(value))
            .and_then(Value::as_str)
            .map_or_else(|| format!("`{value}`"), |d| format!("`{value}`: {d}"));
        doc(&mut out, &text);
        out.push_str(&format!("{variant},\n"));
    }
    doc(
        &mut out,
        "A value the spec does not know (yet), kept verbatim.",
    );
    out.push_str("Unknown(::std::string::String),\n}\n");

    out.push_str(&format!("impl {name} {{\n"));
    doc(&mut out, "The values the spec knows, as sent on the wire.");
    let known: Vec<String> = values.iter().map(|v| lit(v)).collect();
    out.push_str(&format!(
        "pub const KNOWN: &'static [&'static str] = &[{}];\n",
        known.join(", ")
    ));
    doc(&mut out, "The wire value.");
    out.push_str("pub fn as_str(&self) -> &str { match self {\n");
    for (variant, value) in &variants {
        out.push_str(&format!("{name}::{variant} => {},\n", lit(value)));
    }
    out.push_str(&format!("{name}::Unknown(other) => other,\n}} }}\n"));
    if let Some(groups) = extensions
        .get("x-voiso-value-groups")
        .and_then(Value::as_object)
    {
        for (group, members) in groups {
            let members = strings(Some(members));
            let mut arms = Vec::new();
            for member in &members {
                let (variant, _) = variants.iter().find(|(_, v)| v == member).ok_or_else(|| {
                    format!("{shown}: group `{group}` names `{member}`, not a known value")
                })?;
                arms.push(format!("{name}::{variant}"));
            }
            doc(
                &mut out,
                &format!(
                    "Whether the value is one of {}.",
                    members
                        .iter()
                        .map(|m| format!("`{m}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            let test = if arms.is_empty() {
                "false".to_string()
            } else {
                format!("matches!(self, {})", arms.join(" | "))
            };
            out.push_str(&format!("pub fn is_{group}(&self) -> bool {{ {test} }}\n"));
        }
    }
    out.push_str("}\n");
    out.push_str(&format!(
        "impl ::std::convert::From<::std::string::String> for {name} {{\n\
         fn from(value: ::std::string::String) -> Self {{ match value.as_str() {{\n"
    ));
    for (variant, value) in &variants {
        out.push_str(&format!("{} => {name}::{variant},\n", lit(value)));
    }
    out.push_str(&format!("_ => {name}::Unknown(value),\n}} }}\n}}\n"));
    out.push_str(&format!(
        "impl ::std::convert::From<&str> for {name} {{\n\
         fn from(value: &str) -> Self {{ {name}::from(value.to_string()) }}\n}}\n\
         impl ::std::str::FromStr for {name} {{\n\
         type Err = ::std::convert::Infallible;\n\
         fn from_str(value: &str) -> Result<Self, Self::Err> {{ Ok(value.into()) }}\n}}\n\
         impl ::std::fmt::Display for {name} {{\n\
         fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {{ f.write_str(self.as_str()) }}\n}}\n\
         impl ::serde::Serialize for {name} {{\n\
         fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{ serializer.serialize_str(self.as_str()) }}\n}}\n\
         impl<'de> ::serde::Deserialize<'de> for {name} {{\n\
         fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{\n\
         <::std::string::String as ::serde::Deserialize>::deserialize(deserializer).map(Into::into) }}\n}}\n"
    ));
    Ok(Some(out))
}

/// The `known` module.
pub fn source(api: &OpenAPI) -> Result<String, String> {
    let mut out = String::from(
        "#[doc = \" The spec's open string values (`x-voiso-known-values`), one enum per\"]\n\
         #[doc = \" property: `{Schema}{Property}`.\"]\n\
         pub mod known {\n",
    );
    let Some(components) = &api.components else {
        return Ok(out + "}\n");
    };
    for (schema_name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        if let Some(code) = open_enum(&camel(schema_name), schema_name, schema)? {
            out.push_str(&code);
        }
        if let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind {
            for (property, property_schema) in &object.properties {
                if let ReferenceOr::Item(property_schema) = property_schema {
                    let name = format!("{}{}", camel(schema_name), camel(property));
                    let shown = format!("{schema_name}.{property}");
                    if let Some(code) = open_enum(&name, &shown, property_schema)? {
                        out.push_str(&code);
                    }
                }
            }
        }
    }
    Ok(out + "}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_become_upper_camel_variants() {
        assert_eq!(camel("auto_paused"), "AutoPaused");
        assert_eq!(camel("hlr_lookup"), "HlrLookup");
        assert_eq!(camel("follow_up_mode"), "FollowUpMode");
    }

    #[test]
    fn a_known_value_list_makes_an_open_enum() {
        let schema: Schema = serde_json::from_value(serde_json::json!({
            "type": "string",
            "description": "A state. More words.",
            "x-voiso-known-values": ["on", "auto_off"],
            "x-voiso-value-docs": {"on": "Running."},
            "x-voiso-value-groups": {"running": ["on"]}
        }))
        .unwrap();
        let code = open_enum("ThingState", "Thing.state", &schema)
            .unwrap()
            .unwrap();
        let file = syn::parse_file(&code).unwrap();
        let text = prettyplease::unparse(&file);
        assert!(text.contains("AutoOff,"), "{text}");
        assert!(text.contains("Unknown(::std::string::String)"), "{text}");
        assert!(
            text.contains("pub const KNOWN: &'static [&'static str] = &[\"on\", \"auto_off\"]"),
            "{text}"
        );
        assert!(text.contains("pub fn is_running(&self) -> bool"), "{text}");
        assert!(text.contains("/// `on`: Running."), "{text}");
        let bad: Schema = serde_json::from_value(serde_json::json!({
            "type": "string", "x-voiso-known-values": ["unknown"]
        }))
        .unwrap();
        assert!(open_enum("X", "X.y", &bad).is_err());
    }
}
