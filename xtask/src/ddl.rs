//! The CDR table layout of `voiso cdrs sync` and `voiso cdrs export
//! --columns`, from the spec's `Cdr` schema: its documented scalar fields
//! as typed columns (those of `data` flattened as `data_<name>`), `data`
//! kept whole as JSON so that fields Voiso adds never break a load, and
//! the unknown top-level fields (`additionalProperties`) in `extra`.
//! Written as a Rust module the CLI includes: the columns, and the CREATE
//! TABLE of each dialect.

use openapiv3::{
    OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};

use crate::settings::SPEC_PATH;

/// The table the CLI creates.
pub const TABLE: &str = "voiso_cdrs";

/// What a column holds, and so its type in each dialect.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A CDR ID: a string or an integer, kept as text.
    Id,
    Text,
    Timestamp,
    Integer,
    Number,
    Boolean,
    /// An object kept whole.
    Json,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Id => "Id",
            Kind::Text => "Text",
            Kind::Timestamp => "Timestamp",
            Kind::Integer => "Integer",
            Kind::Number => "Number",
            Kind::Boolean => "Boolean",
            Kind::Json => "Json",
        }
    }
    fn sqlite(self) -> &'static str {
        match self {
            // RFC 3339 in UTC sorts as it compares.
            Kind::Id | Kind::Text | Kind::Timestamp | Kind::Json => "TEXT",
            Kind::Integer | Kind::Boolean => "INTEGER",
            Kind::Number => "REAL",
        }
    }
    fn postgres(self) -> &'static str {
        match self {
            Kind::Id | Kind::Text => "TEXT",
            Kind::Timestamp => "TIMESTAMPTZ",
            Kind::Integer => "BIGINT",
            Kind::Number => "DOUBLE PRECISION",
            Kind::Boolean => "BOOLEAN",
            Kind::Json => "JSONB",
        }
    }
}

#[derive(Debug)]
struct Column {
    /// The SQL name (`data_direction`).
    name: String,
    /// Where it is in a record, as `--columns` names it (`data.direction`).
    field: String,
    kind: Kind,
    required: bool,
}

fn by_reference<'a>(api: &'a OpenAPI, reference: &str) -> Option<&'a Schema> {
    let name = reference.strip_prefix("#/components/schemas/")?;
    match api.components.as_ref()?.schemas.get(name)? {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { .. } => None,
    }
}

fn resolve<'a>(api: &'a OpenAPI, schema: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { reference } => by_reference(api, reference),
    }
}

fn resolve_boxed<'a>(api: &'a OpenAPI, schema: &'a ReferenceOr<Box<Schema>>) -> Option<&'a Schema> {
    match schema {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { reference } => by_reference(api, reference),
    }
}

/// A scalar's column kind; `None` for what is not a scalar column.
fn scalar(schema: &Schema) -> Option<Kind> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => Some(match &s.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Kind::Timestamp,
            _ => Kind::Text,
        }),
        SchemaKind::Type(Type::Integer(_)) => Some(Kind::Integer),
        SchemaKind::Type(Type::Number(_)) => Some(Kind::Number),
        SchemaKind::Type(Type::Boolean(_)) => Some(Kind::Boolean),
        // A string or an integer (an ID whose type is not documented).
        SchemaKind::OneOf { one_of } | SchemaKind::AnyOf { any_of: one_of }
            if !one_of.is_empty() =>
        {
            Some(Kind::Id)
        }
        _ => None,
    }
}

fn object_properties(schema: &Schema) -> Option<(&openapiv3::ObjectType, &[String])> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => Some((object, &object.required)),
        _ => None,
    }
}

/// Required properties in the order `required` lists them, then the rest
/// by name: the order never depends on how the spec file was read.
fn ordered(object: &openapiv3::ObjectType) -> Vec<(&String, &ReferenceOr<Box<Schema>>)> {
    let mut props: Vec<_> = object.properties.iter().collect();
    props.sort_by_key(|(name, _)| {
        (
            object
                .required
                .iter()
                .position(|r| r == *name)
                .unwrap_or(usize::MAX),
            (*name).clone(),
        )
    });
    props
}

fn columns(api: &OpenAPI) -> Result<Vec<Column>, String> {
    let cdr = api
        .components
        .as_ref()
        .and_then(|c| c.schemas.get("Cdr"))
        .and_then(|s| resolve(api, s))
        .ok_or("the spec has no `Cdr` schema: the CDR table layout comes from it")?;
    let (object, required) = object_properties(cdr).ok_or("the `Cdr` schema is not an object")?;
    let mut scalars = Vec::new();
    let mut flattened = Vec::new();
    let mut objects = Vec::new();
    for (name, prop) in ordered(object) {
        let schema = resolve_boxed(api, prop)
            .ok_or_else(|| format!("`Cdr.{name}` refers to a schema that is not there"))?;
        if let Some(kind) = scalar(schema) {
            scalars.push(Column {
                name: name.clone(),
                field: name.clone(),
                kind,
                required: required.contains(name),
            });
        } else if let Some((inner, _)) = object_properties(schema) {
            for (field, inner_prop) in ordered(inner) {
                let inner_schema = resolve_boxed(api, inner_prop).ok_or_else(|| {
                    format!("`Cdr.{name}.{field}` refers to a schema that is not there")
                })?;
                if let Some(kind) = scalar(inner_schema) {
                    flattened.push(Column {
                        name: format!("{name}_{field}"),
                        field: format!("{name}.{field}"),
                        kind,
                        required: false,
                    });
                }
            }
            objects.push(Column {
                name: name.clone(),
                field: name.clone(),
                kind: Kind::Json,
                required: false,
            });
        } else {
            return Err(format!(
                "`Cdr.{name}` is neither a scalar nor an object: give it a column type in xtask/src/ddl.rs"
            ));
        }
    }
    if !scalars.iter().any(|c| c.name == "id" && c.required) {
        return Err("`Cdr` has no required `id`: sync keys rows by it".into());
    }
    if !scalars
        .iter()
        .any(|c| c.name == "started_at" && c.kind == Kind::Timestamp && c.required)
    {
        return Err("`Cdr` has no required date-time `started_at`: sync reads by it".into());
    }
    let mut all = scalars;
    all.extend(flattened);
    all.extend(objects);
    if !matches!(object_additional(cdr), Some(false)) {
        all.push(Column {
            name: "extra".into(),
            field: "extra".into(),
            kind: Kind::Json,
            required: false,
        });
    }
    Ok(all)
}

/// `Some(false)` when `additionalProperties: false`.
fn object_additional(schema: &Schema) -> Option<bool> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => match &object.additional_properties {
            Some(openapiv3::AdditionalProperties::Any(any)) => Some(*any),
            Some(openapiv3::AdditionalProperties::Schema(_)) => Some(true),
            None => None,
        },
        _ => None,
    }
}

fn create(columns: &[Column], dialect: impl Fn(Kind) -> &'static str) -> String {
    let mut out = format!("CREATE TABLE IF NOT EXISTS {TABLE} (\n");
    for (i, c) in columns.iter().enumerate() {
        let mut line = format!("    {} {}", c.name, dialect(c.kind));
        if c.required {
            line.push_str(" NOT NULL");
        }
        if c.name == "id" {
            line.push_str(" PRIMARY KEY");
        }
        out.push_str(&line);
        out.push_str(if i + 1 < columns.len() { ",\n" } else { "\n" });
    }
    out.push_str(");\n");
    // Verify counts by day and sync reads by started_at.
    out.push_str(&format!(
        "CREATE INDEX IF NOT EXISTS {TABLE}_started_at ON {TABLE} (started_at);\n"
    ));
    out
}

/// The generated module's text.
pub fn render(api: &OpenAPI, sha256: &str) -> Result<String, String> {
    let columns = columns(api)?;
    let mut out = format!(
        "// @generated from {SPEC_PATH} by `cargo xtask generate`. Do not edit by hand:\n\
         // change the spec's `Cdr` schema (or xtask/src/ddl.rs) and regenerate.\n\
         // spec sha256: {sha256}\n\n\
         /// The CDR table's name.\n\
         pub const TABLE: &str = {TABLE:?};\n\n\
         /// The columns, in table order.\n\
         pub const COLUMNS: &[Column] = &[\n"
    );
    for c in &columns {
        out.push_str(&format!(
            "    Column {{\n        name: {:?},\n        field: {:?},\n        kind: Kind::{},\n        required: {},\n        sqlite: {:?},\n        postgres: {:?},\n    }},\n",
            c.name,
            c.field,
            c.kind.name(),
            c.required,
            c.kind.sqlite(),
            c.kind.postgres(),
        ));
    }
    out.push_str("];\n\n");
    out.push_str(&format!(
        "/// The table and its index, for SQLite.\npub const SQLITE_DDL: &str = {:?};\n\n",
        create(&columns, Kind::sqlite)
    ));
    out.push_str(&format!(
        "/// The table and its index, for PostgreSQL.\npub const POSTGRES_DDL: &str = {:?};\n",
        create(&columns, Kind::postgres)
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(data: &str) -> OpenAPI {
        let yaml = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Cdr:\n      type: object\n      required: [id, type, started_at]\n      additionalProperties: {{}}\n      properties:\n        id: {{oneOf: [{{type: string}}, {{type: integer}}]}}\n        type: {{type: string}}\n        started_at: {{type: string, format: date-time}}\n        ended_at: {{type: string, format: date-time, nullable: true}}\n        data:\n          type: object\n          additionalProperties: {{}}\n{data}"
        );
        serde_yaml_ng::from_str(&yaml).unwrap()
    }

    #[test]
    fn documented_data_fields_become_typed_columns_and_data_stays_whole() {
        let api = api(
            "          properties:\n            duration: {type: integer}\n            direction: {type: string}\n            tags: {type: array, items: {type: string}}\n",
        );
        let names: Vec<(String, String, Kind)> = columns(&api)
            .unwrap()
            .into_iter()
            .map(|c| (c.name, c.field, c.kind))
            .collect();
        let expect = |n: &str, f: &str, k| (n.to_string(), f.to_string(), k);
        assert_eq!(
            names,
            vec![
                expect("id", "id", Kind::Id),
                expect("type", "type", Kind::Text),
                expect("started_at", "started_at", Kind::Timestamp),
                expect("ended_at", "ended_at", Kind::Timestamp),
                expect("data_direction", "data.direction", Kind::Text),
                expect("data_duration", "data.duration", Kind::Integer),
                expect("data", "data", Kind::Json),
                expect("extra", "extra", Kind::Json),
            ]
        );
        let ddl = create(&columns(&api).unwrap(), Kind::postgres);
        assert!(ddl.contains("    id TEXT NOT NULL PRIMARY KEY,\n"), "{ddl}");
        assert!(ddl.contains("    data_duration BIGINT,\n"), "{ddl}");
        assert!(ddl.contains("    data JSONB,\n"), "{ddl}");
    }

    #[test]
    fn a_cdr_without_id_or_started_at_is_refused() {
        let mut api = api("");
        if let Some(ReferenceOr::Item(cdr)) = api
            .components
            .as_mut()
            .and_then(|c| c.schemas.get_mut("Cdr"))
            && let SchemaKind::Type(Type::Object(object)) = &mut cdr.schema_kind
        {
            object.required.retain(|r| r != "started_at");
        }
        assert!(columns(&api).unwrap_err().contains("started_at"));
    }
}
