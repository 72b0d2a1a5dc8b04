//! The limits the spec's component schemas state (`minItems`, `maxItems`,
//! `pattern`, `minimum`, `maximum`), as constants in the operation table's
//! `limits` module, so that the client's checks and the mock's refusals
//! follow the spec instead of restating it.

use openapiv3::{OpenAPI, ReferenceOr, Schema, SchemaKind, Type};

/// `SHOUTY_SNAKE` of a schema or property name (`LeadsImportRequest` →
/// `LEADS_IMPORT_REQUEST`, `phone_number` → `PHONE_NUMBER`).
fn shouty(name: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(if c.is_ascii_alphanumeric() {
            c.to_ascii_uppercase()
        } else {
            '_'
        });
    }
    out
}

/// One schema's constraints as `(suffix, type, value)` constants.
fn constraints(schema: &Schema) -> Vec<(&'static str, &'static str, String)> {
    // The suffix is the keyword in SHOUTY_SNAKE: `maxItems` is `MAX_ITEMS`.
    let mut out = Vec::new();
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(array)) => {
            if let Some(n) = array.min_items {
                out.push(("MIN_ITEMS", "usize", n.to_string()));
            }
            if let Some(n) = array.max_items {
                out.push(("MAX_ITEMS", "usize", n.to_string()));
            }
        }
        SchemaKind::Type(Type::String(string)) => {
            if let Some(pattern) = &string.pattern {
                out.push(("PATTERN", "&str", crate::table::lit(pattern)));
            }
            if let Some(n) = string.max_length {
                out.push(("MAX_LENGTH", "usize", n.to_string()));
            }
        }
        SchemaKind::Type(Type::Integer(integer)) => {
            if let Some(n) = integer.minimum {
                out.push(("MINIMUM", "i64", n.to_string()));
            }
            if let Some(n) = integer.maximum {
                out.push(("MAXIMUM", "i64", n.to_string()));
            }
        }
        _ => {}
    }
    out
}

/// The spec's keyword for a constant's suffix.
fn keyword(suffix: &str) -> &'static str {
    match suffix {
        "MIN_ITEMS" => "minItems",
        "MAX_ITEMS" => "maxItems",
        "PATTERN" => "pattern",
        "MAX_LENGTH" => "maxLength",
        "MINIMUM" => "minimum",
        _ => "maximum",
    }
}

/// The `limits` module: one constant per constraint of a component schema
/// or of one of its inline properties, in the spec's order.
pub fn source(api: &OpenAPI) -> String {
    let mut out = String::from(
        "#[doc = \" What the spec's schemas constrain, by schema and property: checked by\"]\n\
         #[doc = \" clients before sending, enforced by the mock.\"]\n\
         pub mod limits {\n",
    );
    let Some(components) = &api.components else {
        return out + "}\n";
    };
    let mut push = |name: String, shown: &str, schema: &Schema| {
        for (suffix, ty, value) in constraints(schema) {
            let doc = format!(" The spec's `{}` for `{shown}`.", keyword(suffix));
            out.push_str(&format!(
                "#[doc = {}]\npub const {name}_{suffix}: {ty} = {value};\n",
                crate::table::lit(&doc)
            ));
        }
    };
    for (name, schema) in &components.schemas {
        let ReferenceOr::Item(schema) = schema else {
            continue;
        };
        push(shouty(name), name, schema);
        if let SchemaKind::Type(Type::Object(object)) = &schema.schema_kind {
            for (property, property_schema) in &object.properties {
                if let ReferenceOr::Item(property_schema) = property_schema {
                    push(
                        format!("{}_{}", shouty(name), shouty(property)),
                        &format!("{name}.{property}"),
                        property_schema,
                    );
                }
            }
        }
    }
    out + "}\n"
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_shouty_snake() {
        assert_eq!(super::shouty("LeadsImportRequest"), "LEADS_IMPORT_REQUEST");
        assert_eq!(super::shouty("phone_number"), "PHONE_NUMBER");
        assert_eq!(super::shouty("CdrListMetadata"), "CDR_LIST_METADATA");
    }
}
