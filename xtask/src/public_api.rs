//! `cargo xtask public-api`: one line per public item of each library
//! crate, read from rustdoc's JSON output, so that a review sees what a
//! change does to users (a removed or changed line is a breaking change).
//!
//! rustdoc's JSON output is unstable; `RUSTC_BOOTSTRAP=1` lets the stable
//! toolchain produce it, and the JSON is read as plain values (not through
//! a `rustdoc-types` version tied to one format), so only the parts read
//! here must keep their shape.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The crates listed, with their listing's path under the workspace root.
pub const CRATES: [(&str, &str); 2] = [
    ("voiso-api", "crates/voiso-api/public-api.txt"),
    ("voiso", "crates/voiso/public-api.txt"),
];

/// Builds `package`'s rustdoc JSON and returns its listing.
pub fn listing(root: &Path, package: &str) -> Result<String, String> {
    let json = rustdoc_json(root, package)?;
    let doc: Value = serde_json::from_slice(&json)
        .map_err(|e| format!("rustdoc's JSON for {package} does not parse: {e}"))?;
    render(&doc)
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"))
}

fn rustdoc_json(root: &Path, package: &str) -> Result<Vec<u8>, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["rustdoc", "--quiet", "--locked", "--lib", "-p", package])
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .args(["-A", "rustdoc::all"])
        .status()
        .map_err(|e| format!("cannot run cargo rustdoc: {e}"))?;
    if !status.success() {
        return Err(format!("cargo rustdoc -p {package} failed ({status})"));
    }
    let file = target_dir(root)
        .join("doc")
        .join(format!("{}.json", package.replace('-', "_")));
    std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))
}

thread_local! {
    /// The JSON's `paths` table while a listing is rendered: types are
    /// written by their defining path (`core::option::Option`), which an
    /// import's spelling in the source does not change.
    static PATHS: std::cell::RefCell<Value> = const { std::cell::RefCell::new(Value::Null) };
    /// This crate's items by their public path (`voiso::Lead`, not the
    /// private module that defines it), so moving code between private
    /// modules does not change the listing.
    static PUBLIC: std::cell::RefCell<std::collections::HashMap<String, String>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The listing of one crate's JSON: one item a line, sorted by path.
pub fn render(doc: &Value) -> Result<String, String> {
    PATHS.with(|paths| *paths.borrow_mut() = doc["paths"].clone());
    let mut rendered = BTreeSet::new();
    let root = doc["root"].to_string();
    let crate_name = doc["index"][&root]["name"]
        .as_str()
        .ok_or("rustdoc's JSON has no root module")?
        .to_string();
    // The first walk finds each item's public path, the second renders.
    PUBLIC.with(|public| public.borrow_mut().clear());
    for _ in 0..2 {
        let mut lister = Lister {
            doc,
            lines: BTreeSet::new(),
            seen: HashSet::new(),
        };
        lister.module(&root, &crate_name);
        let found = lister.seen;
        PUBLIC.with(|public| {
            let mut public = public.borrow_mut();
            for (id, path) in found {
                let shorter = public.get(&id).is_none_or(|p| path.len() < p.len());
                if shorter {
                    public.insert(id, path);
                }
            }
        });
        if lister.lines.is_empty() {
            break;
        }
        rendered = lister.lines;
    }
    PATHS.with(|paths| *paths.borrow_mut() = Value::Null);
    let lister = Lister {
        doc,
        lines: rendered,
        seen: HashSet::new(),
    };
    // Sorted by what follows the attributes, so an item's attributes do
    // not move it away from its members.
    let mut lines: Vec<String> = lister.lines.into_iter().collect();
    lines.sort_by(|a, b| sort_key(a).cmp(&sort_key(b)).then(a.cmp(b)));
    let mut out = String::new();
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

fn sort_key(line: &str) -> String {
    // A trait impl sorts with the type it is for.
    if let Some((head, ty)) = line.split_once(" for ")
        && head.starts_with("impl")
    {
        return format!("{ty} ~ {head}");
    }
    let mut rest = line;
    while rest.starts_with("#[") {
        match rest.find("] ") {
            Some(end) => rest = &rest[end + 2..],
            None => break,
        }
    }
    for word in [
        "pub ", "unsafe ", "const ", "async ", "fn ", "struct ", "enum ", "trait ", "type ",
        "mod ", "use ", "static ",
    ] {
        rest = rest.strip_prefix(word).unwrap_or(rest);
    }
    rest.to_string()
}

struct Lister<'a> {
    doc: &'a Value,
    lines: BTreeSet<String>,
    /// `(id, path)` pairs already listed: a glob and a named re-export of
    /// one item list it once per path.
    seen: HashSet<(String, String)>,
}

impl<'a> Lister<'a> {
    fn item(&self, id: &str) -> Option<&'a Value> {
        self.doc["index"].get(id)
    }

    fn module(&mut self, id: &str, path: &str) {
        let Some(items) = self
            .item(id)
            .and_then(|m| m["inner"]["module"]["items"].as_array())
        else {
            return;
        };
        for child in items {
            let child = child.to_string();
            let Some(item) = self.item(&child) else {
                continue;
            };
            if item["visibility"] != "public" {
                continue;
            }
            if let Some(import) = item["inner"].get("use") {
                self.reexport(import, path);
            } else if let Some(name) = item["name"].as_str() {
                self.listed(&child, &format!("{path}::{name}"));
            }
        }
    }

    fn reexport(&mut self, import: &Value, path: &str) {
        let target = import["id"].to_string();
        let name = import["name"].as_str().unwrap_or_default();
        let glob = import["is_glob"].as_bool().unwrap_or(false);
        match self.item(&target) {
            Some(item) if glob && item["inner"].get("module").is_some() => {
                self.module(&target, path);
            }
            Some(_) if !glob => self.listed(&target, &format!("{path}::{name}")),
            // An item of another crate: its own listing covers its shape.
            _ => {
                let source = import["source"].as_str().unwrap_or_default();
                let star = if glob { "::*" } else { "" };
                self.lines
                    .insert(format!("pub use {path}::{name}{star} = {source}{star}"));
            }
        }
    }

    fn listed(&mut self, id: &str, path: &str) {
        if !self.seen.insert((id.to_string(), path.to_string())) {
            return;
        }
        let Some(item) = self.item(id) else { return };
        let attrs = attrs(item);
        let inner = &item["inner"];
        let Some((kind, body)) = inner.as_object().and_then(|o| o.iter().next()) else {
            return;
        };
        match kind.as_str() {
            "module" => {
                self.lines.insert(format!("{attrs}pub mod {path}"));
                self.module(id, path);
            }
            "struct" => {
                let generics = generics(&body["generics"]);
                self.lines
                    .insert(format!("{attrs}pub struct {path}{generics}"));
                let kind = &body["kind"];
                if let Some(fields) = kind["plain"]["fields"].as_array() {
                    for field in fields {
                        self.field(&field.to_string(), path);
                    }
                } else if let Some(fields) = kind["tuple"].as_array() {
                    for (n, field) in fields.iter().enumerate() {
                        if !field.is_null() {
                            let ty = self
                                .item(&field.to_string())
                                .map(|f| ty(&f["inner"]["struct_field"]));
                            self.lines
                                .insert(format!("pub {path}::{n}: {}", ty.unwrap_or_default()));
                        }
                    }
                }
                self.impls(&body["impls"], path);
            }
            "enum" => {
                let generics = generics(&body["generics"]);
                self.lines
                    .insert(format!("{attrs}pub enum {path}{generics}"));
                for variant in body["variants"].as_array().into_iter().flatten() {
                    self.variant(&variant.to_string(), path);
                }
                self.impls(&body["impls"], path);
            }
            "union" => {
                self.lines.insert(format!("{attrs}pub union {path}"));
                self.impls(&body["impls"], path);
            }
            "function" => {
                self.lines
                    .insert(format!("{attrs}{}", function(path, body)));
            }
            "trait" => {
                let generics = generics(&body["generics"]);
                let unsafety = if body["is_unsafe"] == true {
                    "unsafe "
                } else {
                    ""
                };
                self.lines
                    .insert(format!("{attrs}pub {unsafety}trait {path}{generics}"));
                for member in body["items"].as_array().into_iter().flatten() {
                    self.member(&member.to_string(), path, true);
                }
                for implementor in body["implementations"].as_array().into_iter().flatten() {
                    if let Some(line) = self.impl_line(&implementor.to_string()) {
                        self.lines.insert(line);
                    }
                }
            }
            "type_alias" => {
                let generics = generics(&body["generics"]);
                self.lines.insert(format!(
                    "{attrs}pub type {path}{generics} = {}",
                    ty(&body["type"])
                ));
            }
            "constant" => {
                self.lines.insert(format!(
                    "{attrs}pub const {path}: {} = {}",
                    ty(&body["type"]),
                    body["const"]["expr"].as_str().unwrap_or("_")
                ));
            }
            "static" => {
                self.lines
                    .insert(format!("{attrs}pub static {path}: {}", ty(&body["type"])));
            }
            "macro" | "proc_macro" => {
                self.lines.insert(format!("{attrs}pub macro {path}!"));
            }
            other => {
                self.lines.insert(format!("{attrs}pub {other} {path}"));
            }
        }
    }

    fn field(&mut self, id: &str, owner: &str) {
        let Some(field) = self.item(id) else { return };
        if field["visibility"] != "public" {
            return;
        }
        let name = field["name"].as_str().unwrap_or_default();
        self.lines.insert(format!(
            "{}pub {owner}::{name}: {}",
            attrs(field),
            ty(&field["inner"]["struct_field"])
        ));
    }

    fn variant(&mut self, id: &str, owner: &str) {
        let Some(variant) = self.item(id) else { return };
        let name = variant["name"].as_str().unwrap_or_default();
        let kind = &variant["inner"]["variant"]["kind"];
        let path = format!("{owner}::{name}");
        let shape = if let Some(fields) = kind["tuple"].as_array() {
            let types: Vec<String> = fields
                .iter()
                .map(|f| {
                    self.item(&f.to_string())
                        .map(|f| ty(&f["inner"]["struct_field"]))
                        .unwrap_or_else(|| "_".into())
                })
                .collect();
            format!("({})", types.join(", "))
        } else if let Some(fields) = kind["struct"]["fields"].as_array() {
            for field in fields {
                self.field(&field.to_string(), &path);
            }
            " { .. }".to_string()
        } else {
            String::new()
        };
        self.lines
            .insert(format!("{}pub {path}{shape}", attrs(variant)));
    }

    /// An associated item: of a trait (`in_trait`) or an inherent impl.
    fn member(&mut self, id: &str, owner: &str, in_trait: bool) {
        let Some(item) = self.item(id) else { return };
        if !in_trait && item["visibility"] != "public" {
            return;
        }
        let name = item["name"].as_str().unwrap_or_default();
        let path = format!("{owner}::{name}");
        let attrs = attrs(item);
        let inner = &item["inner"];
        let line = if let Some(body) = inner.get("function") {
            function(&path, body)
        } else if let Some(body) = inner.get("assoc_const") {
            format!("pub const {path}: {}", ty(&body["type"]))
        } else if let Some(body) = inner.get("assoc_type") {
            let bounds = bounds(&body["bounds"]);
            let bounds = if bounds.is_empty() {
                String::new()
            } else {
                format!(": {bounds}")
            };
            match body.get("type").filter(|t| !t.is_null()) {
                Some(t) => format!("pub type {path}{bounds} = {}", ty(t)),
                None => format!("pub type {path}{bounds}"),
            }
        } else {
            format!("pub {path}")
        };
        self.lines.insert(format!("{attrs}{line}"));
    }

    fn impls(&mut self, impls: &Value, owner: &str) {
        for id in impls.as_array().into_iter().flatten() {
            let id = id.to_string();
            let Some(item) = self.item(&id) else { continue };
            let body = &item["inner"]["impl"];
            // Blanket impls (`impl<T> From<T> for T`...) say nothing about
            // this crate's API.
            if !body["blanket_impl"].is_null() {
                continue;
            }
            if body["trait"].is_null() {
                for member in body["items"].as_array().into_iter().flatten() {
                    self.member(&member.to_string(), owner, false);
                }
            } else if let Some(line) = self.impl_line(&id) {
                self.lines.insert(line);
            }
        }
    }

    fn impl_line(&self, id: &str) -> Option<String> {
        let body = &self.item(id)?["inner"]["impl"];
        if body["trait"].is_null() || !body["blanket_impl"].is_null() {
            return None;
        }
        // Compiler-internal marker traits are not part of anyone's API.
        let name = body["trait"]["path"].as_str().unwrap_or_default();
        if ["Freeze", "StructuralPartialEq", "UnsafeUnpin"]
            .iter()
            .any(|internal| name.ends_with(internal))
        {
            return None;
        }
        let negative = if body["is_negative"] == true { "!" } else { "" };
        let unsafety = if body["is_unsafe"] == true {
            "unsafe "
        } else {
            ""
        };
        Some(format!(
            "{unsafety}impl{} {negative}{} for {}",
            generics(&body["generics"]),
            path_type(&body["trait"]),
            ty(&body["for"])
        ))
    }
}

fn attrs(item: &Value) -> String {
    let mut out = String::new();
    for attr in item["attrs"].as_array().into_iter().flatten() {
        let text = match attr {
            Value::String(s) if !s.starts_with("#[") => format!("#[{s}]"),
            Value::String(s) => s.clone(),
            Value::Object(o) => match o.iter().next() {
                Some((key, _)) if key == "must_use" => "#[must_use]".into(),
                Some((key, value)) if key == "repr" => format!("#[repr({value})]"),
                // Compiler hints (`inline`, ...) are not part of the API.
                _ => continue,
            },
            _ => continue,
        };
        out.push_str(&text);
        out.push(' ');
    }
    if !item["deprecation"].is_null() {
        out.push_str("#[deprecated] ");
    }
    out
}

fn function(path: &str, body: &Value) -> String {
    let header = &body["header"];
    let mut quals = String::new();
    for (flag, word) in [
        ("is_const", "const "),
        ("is_async", "async "),
        ("is_unsafe", "unsafe "),
    ] {
        if header[flag] == true {
            quals.push_str(word);
        }
    }
    let sig = signature(body);
    let inputs: Vec<String> = sig["inputs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|pair| {
            let name = pair[0].as_str().unwrap_or("_");
            let t = ty(&pair[1]);
            match name {
                "self" => match t.as_str() {
                    "Self" => "self".to_string(),
                    "&Self" => "&self".to_string(),
                    "&mut Self" => "&mut self".to_string(),
                    _ => format!("self: {t}"),
                },
                _ => format!("{name}: {t}"),
            }
        })
        .collect();
    let output = match sig.get("output") {
        Some(out) if !out.is_null() => format!(" -> {}", ty(out)),
        _ => String::new(),
    };
    format!(
        "pub {quals}fn {path}{}({}){output}{}",
        generics(&body["generics"]),
        inputs.join(", "),
        where_clause(&body["generics"])
    )
}

/// A function's signature: `sig` in today's format, `decl` in older ones.
fn signature(body: &Value) -> &Value {
    if body["sig"].is_null() {
        &body["decl"]
    } else {
        &body["sig"]
    }
}

fn generics(generics: &Value) -> String {
    let params: Vec<String> = generics["params"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let name = p["name"].as_str().unwrap_or_default();
            let kind = &p["kind"];
            if let Some(lifetime) = kind.get("lifetime") {
                let outlives: Vec<&str> = lifetime["outlives"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                Some(if outlives.is_empty() {
                    name.to_string()
                } else {
                    format!("{name}: {}", outlives.join(" + "))
                })
            } else if let Some(t) = kind.get("type") {
                // `impl Trait` arguments appear as synthetic parameters.
                if t["is_synthetic"] == true {
                    return None;
                }
                let bounds = bounds(&t["bounds"]);
                Some(if bounds.is_empty() {
                    name.to_string()
                } else {
                    format!("{name}: {bounds}")
                })
            } else if let Some(c) = kind.get("const") {
                Some(format!("const {name}: {}", ty(&c["type"])))
            } else {
                Some(name.to_string())
            }
        })
        .collect();
    if params.is_empty() {
        String::new()
    } else {
        format!("<{}>", params.join(", "))
    }
}

fn where_clause(generics: &Value) -> String {
    let predicates: Vec<String> = generics["where_predicates"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let bound = p.get("bound_predicate")?;
            Some(format!(
                "{}: {}",
                ty(&bound["type"]),
                bounds(&bound["bounds"])
            ))
        })
        .collect();
    if predicates.is_empty() {
        String::new()
    } else {
        format!(" where {}", predicates.join(", "))
    }
}

fn bounds(bounds: &Value) -> String {
    bounds
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| {
            if let Some(t) = b.get("trait_bound") {
                let modifier = if t["modifier"] == "maybe" { "?" } else { "" };
                Some(format!("{modifier}{}", path_type(&t["trait"])))
            } else {
                b.get("outlives")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// A path with its generic arguments (`Option<String>`, `Fn(u8) -> u8`),
/// by its defining path when the JSON knows it.
fn path_type(path: &Value) -> String {
    let written = path["path"].as_str().unwrap_or("_");
    let id = path["id"].to_string();
    let canonical = PATHS.with(|paths| {
        paths.borrow()[&id]["path"].as_array().map(|parts| {
            parts
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("::")
        })
    });
    let public = PUBLIC.with(|public| public.borrow().get(&id).cloned());
    let name = public.or(canonical).unwrap_or_else(|| written.to_string());
    format!("{name}{}", args(&path["args"]))
}

fn args(args: &Value) -> String {
    if let Some(angle) = args.get("angle_bracketed") {
        let mut parts: Vec<String> = angle["args"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                if let Some(t) = a.get("type") {
                    ty(t)
                } else if let Some(l) = a.get("lifetime").and_then(Value::as_str) {
                    l.to_string()
                } else if let Some(c) = a.get("const") {
                    c["expr"].as_str().unwrap_or("_").to_string()
                } else {
                    "_".to_string()
                }
            })
            .collect();
        for constraint in angle["constraints"].as_array().into_iter().flatten() {
            let name = constraint["name"].as_str().unwrap_or("_");
            let binding = &constraint["binding"];
            if let Some(t) = binding.get("equality").and_then(|e| e.get("type")) {
                parts.push(format!("{name} = {}", ty(t)));
            } else if let Some(b) = binding.get("constraint") {
                parts.push(format!("{name}: {}", bounds(b)));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("<{}>", parts.join(", "))
        }
    } else if let Some(paren) = args.get("parenthesized") {
        let inputs: Vec<String> = paren["inputs"]
            .as_array()
            .into_iter()
            .flatten()
            .map(ty)
            .collect();
        let output = match paren.get("output") {
            Some(o) if !o.is_null() => format!(" -> {}", ty(o)),
            _ => String::new(),
        };
        format!("({}){output}", inputs.join(", "))
    } else {
        String::new()
    }
}

fn ty(t: &Value) -> String {
    let Some((kind, body)) = t.as_object().and_then(|o| o.iter().next()) else {
        return "_".into();
    };
    match kind.as_str() {
        "resolved_path" => path_type(body),
        "generic" | "primitive" => body.as_str().unwrap_or("_").to_string(),
        "borrowed_ref" => {
            let lifetime = body["lifetime"]
                .as_str()
                .map(|l| format!("{l} "))
                .unwrap_or_default();
            let mutability = if body["is_mutable"] == true {
                "mut "
            } else {
                ""
            };
            format!("&{lifetime}{mutability}{}", ty(&body["type"]))
        }
        "raw_pointer" => {
            let mutability = if body["is_mutable"] == true {
                "mut"
            } else {
                "const"
            };
            format!("*{mutability} {}", ty(&body["type"]))
        }
        "slice" => format!("[{}]", ty(body)),
        "array" => format!(
            "[{}; {}]",
            ty(&body["type"]),
            body["len"].as_str().unwrap_or("_")
        ),
        "tuple" => {
            let items: Vec<String> = body.as_array().into_iter().flatten().map(ty).collect();
            format!("({})", items.join(", "))
        }
        "impl_trait" => format!("impl {}", bounds(body)),
        "dyn_trait" => {
            let traits: Vec<String> = body["traits"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| path_type(&p["trait"]))
                .collect();
            let lifetime = body["lifetime"]
                .as_str()
                .map(|l| format!(" + {l}"))
                .unwrap_or_default();
            format!("dyn {}{lifetime}", traits.join(" + "))
        }
        "qualified_path" => {
            let trait_ = if body["trait"].is_null() {
                String::new()
            } else {
                format!(" as {}", path_type(&body["trait"]))
            };
            format!(
                "<{}{trait_}>::{}",
                ty(&body["self_type"]),
                body["name"].as_str().unwrap_or("_")
            )
        }
        "function_pointer" => {
            let sig = signature(body);
            let inputs: Vec<String> = sig["inputs"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|pair| ty(&pair[1]))
                .collect();
            let output = match sig.get("output") {
                Some(o) if !o.is_null() => format!(" -> {}", ty(o)),
                _ => String::new(),
            };
            format!("fn({}){output}", inputs.join(", "))
        }
        "infer" => "_".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_render_as_rust() {
        let t: Value = serde_json::json!({"resolved_path": {"path": "Option", "id": 1, "args":
            {"angle_bracketed": {"args": [{"type": {"borrowed_ref": {"lifetime": null,
            "is_mutable": false, "type": {"primitive": "str"}}}}], "constraints": []}}}});
        assert_eq!(ty(&t), "Option<&str>");
        let t: Value = serde_json::json!({"impl_trait": [{"trait_bound": {"trait":
            {"path": "Into", "id": 2, "args": {"angle_bracketed": {"args": [{"type":
            {"resolved_path": {"path": "String", "id": 3, "args": null}}}],
            "constraints": []}}}, "generic_params": [], "modifier": "none"}}]});
        assert_eq!(ty(&t), "impl Into<String>");
    }
}
