// @generated from openapi/voiso.yaml by `cargo xtask generate`. Do not edit by hand:
// change the spec's `Cdr` schema (or xtask/src/ddl.rs) and regenerate.
// spec sha256: 01177ebe481bd2fe40bd97f0527f666f05f721ba29182a67da48c362d166bbac

/// The CDR table's name.
pub const TABLE: &str = "voiso_cdrs";

/// The columns, in table order.
pub const COLUMNS: &[Column] = &[
    Column {
        name: "id",
        field: "id",
        kind: Kind::Id,
        required: true,
        sqlite: "TEXT",
        postgres: "TEXT",
    },
    Column {
        name: "type",
        field: "type",
        kind: Kind::Text,
        required: true,
        sqlite: "TEXT",
        postgres: "TEXT",
    },
    Column {
        name: "started_at",
        field: "started_at",
        kind: Kind::Timestamp,
        required: true,
        sqlite: "TEXT",
        postgres: "TIMESTAMPTZ",
    },
    Column {
        name: "ended_at",
        field: "ended_at",
        kind: Kind::Timestamp,
        required: false,
        sqlite: "TEXT",
        postgres: "TIMESTAMPTZ",
    },
    Column {
        name: "data",
        field: "data",
        kind: Kind::Json,
        required: false,
        sqlite: "TEXT",
        postgres: "JSONB",
    },
    Column {
        name: "extra",
        field: "extra",
        kind: Kind::Json,
        required: false,
        sqlite: "TEXT",
        postgres: "JSONB",
    },
];

/// The table and its index, for SQLite.
pub const SQLITE_DDL: &str = "CREATE TABLE IF NOT EXISTS voiso_cdrs (\n    id TEXT NOT NULL PRIMARY KEY,\n    type TEXT NOT NULL,\n    started_at TEXT NOT NULL,\n    ended_at TEXT,\n    data TEXT,\n    extra TEXT\n);\nCREATE INDEX IF NOT EXISTS voiso_cdrs_started_at ON voiso_cdrs (started_at);\n";

/// The table and its index, for PostgreSQL.
pub const POSTGRES_DDL: &str = "CREATE TABLE IF NOT EXISTS voiso_cdrs (\n    id TEXT NOT NULL PRIMARY KEY,\n    type TEXT NOT NULL,\n    started_at TIMESTAMPTZ NOT NULL,\n    ended_at TIMESTAMPTZ,\n    data JSONB,\n    extra JSONB\n);\nCREATE INDEX IF NOT EXISTS voiso_cdrs_started_at ON voiso_cdrs (started_at);\n";
