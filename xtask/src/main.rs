//! Maintainer tasks for the Voiso SDK workspace.
//!
//! `cargo xtask generate` turns `openapi/voiso.yaml` into the checked-in
//! modules of `crates/voiso-api`: the progenitor client (`generated.rs`) and
//! the operation table (`operations.rs`); `--check` only compares.
//!
//! Exit codes: 0 done (or fresh), 1 checked-in output is stale,
//! 2 bad input (usage, spec, generator).

mod changes;
mod generate;
mod limits;
mod msrv;
mod non_exhaustive;
mod optional_derives;
mod output;
mod public_api;
mod settings;
mod spec;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask generate [--check] [--spec PATH] [--out PATH] [--operations PATH]
       cargo xtask public-api [--check]
       cargo xtask msrv
       cargo xtask changes --base REV [--format text|json] [--markdown] [--spec-only] [--check-version]

  generate           regenerate, from openapi/voiso.yaml, the client
                     crates/voiso-api/src/generated.rs and the operation table
                     crates/voiso-api/src/operations.rs
  --check            do not write; exit 1 with a unified diff if a checked-in file is stale
  --spec PATH        read another spec (default: openapi/voiso.yaml)
  --out PATH         compare or write another client file
                     (default: crates/voiso-api/src/generated.rs)
  --operations PATH  compare or write another operation table
                     (default: operations.rs beside the client file)

  public-api         write crates/voiso-api/public-api.txt and crates/voiso/public-api.txt,
                     every public item, from rustdoc's JSON (--check: exit 1 with a diff
                     when a listing is stale)
  msrv               check that rust-version covers what the published crates'
                     dependencies declare (exit 1 naming the crate that needs more)
  changes            what the spec change since REV does to users: each change classified
                     breaking, additive or docs, the public-API lines added and removed, and
                     the version bump the rule requires (`cargo xtask changes --help`)

exit codes: 0 ok, 1 stale output (--check), 2 bad input (nothing is written)";

struct Args {
    check: bool,
    spec: PathBuf,
    out: PathBuf,
    operations: Option<PathBuf>,
}

impl Args {
    /// The operation table's path: `--operations`, else beside the client.
    fn operations(&self) -> PathBuf {
        self.operations
            .clone()
            .unwrap_or_else(|| self.out.with_file_name(settings::OPERATIONS_FILE))
    }
}

pub(crate) fn workspace_root() -> PathBuf {
    // xtask lives one level below the workspace root.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let root = workspace_root();
    let mut parsed = Args {
        check: false,
        spec: root.join(settings::SPEC_PATH),
        out: root.join(settings::OUTPUT_PATH),
        operations: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => parsed.check = true,
            "--spec" => parsed.spec = args.next().ok_or("--spec needs a path")?.into(),
            "--out" => parsed.out = args.next().ok_or("--out needs a path")?.into(),
            "--operations" => {
                parsed.operations = Some(args.next().ok_or("--operations needs a path")?.into());
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    if parsed.operations() == parsed.out {
        return Err(format!(
            "the client and the operation table would both go to {}",
            parsed.out.display()
        ));
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("generate") => generate_main(args),
        Some("public-api") => public_api_main(args),
        Some("changes") => changes::main(args),
        Some("msrv") => msrv::main(),
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("error: unknown task `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `cargo xtask public-api [--check]`.
fn public_api_main(args: impl Iterator<Item = String>) -> ExitCode {
    let mut check = false;
    for arg in args {
        match arg.as_str() {
            "--check" => check = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("error: unknown argument `{other}`\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let root = workspace_root();
    let mut stale = false;
    for (package, listing_path) in public_api::CRATES {
        let listing = match public_api::listing(&root, package) {
            Ok(listing) => listing,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        };
        let path = root.join(listing_path);
        if check {
            match output::compare(&path, &listing) {
                Ok(()) => println!("{listing_path} is up to date"),
                Err(output::Stale { diff }) => {
                    print!("{diff}");
                    eprintln!(
                        "error: {listing_path} is stale: the public API of {package} changed; \
                         run `cargo xtask public-api`, review the diff (a removed or changed \
                         line is a breaking change) and commit it"
                    );
                    stale = true;
                }
            }
        } else {
            match output::write_atomic(&[(path.as_path(), listing.as_str())]) {
                Ok(changed) if changed.first() == Some(&true) => println!("wrote {listing_path}"),
                Ok(_) => println!("{listing_path} is already up to date"),
                Err((path, e)) => {
                    eprintln!("error: cannot write {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            }
        }
    }
    if stale {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn generate_main(args: impl Iterator<Item = String>) -> ExitCode {
    let args = match parse_args(args) {
        Ok(args) => args,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("error: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    let outputs = [args.out.clone(), args.operations()];

    // Both files are rendered before either is written: bad input touches
    // neither, and the two never disagree about the spec they come from.
    let rendered = spec::load(&args.spec)
        .map_err(|e| e.to_string())
        .and_then(|spec| {
            let client = generate::render(&spec).map_err(|e| e.to_string())?;
            let table = table::render(&spec)?;
            Ok([client, table])
        });
    let rendered = match rendered {
        Ok(texts) => texts,
        Err(msg) => {
            eprintln!(
                "error: {msg}\n\nnothing was written; {} and {} are unchanged.",
                outputs[0].display(),
                outputs[1].display()
            );
            return ExitCode::from(2);
        }
    };

    if args.check {
        let mut stale = false;
        for (path, text) in outputs.iter().zip(&rendered) {
            match output::compare(path, text) {
                Ok(()) => println!("{} is up to date", path.display()),
                Err(output::Stale { diff }) => {
                    print!("{diff}");
                    eprintln!(
                        "error: {} is stale: run `cargo xtask generate` and commit the result",
                        path.display()
                    );
                    stale = true;
                }
            }
        }
        if stale {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    } else {
        let files: Vec<(&std::path::Path, &str)> = outputs
            .iter()
            .map(PathBuf::as_path)
            .zip(rendered.iter().map(String::as_str))
            .collect();
        match output::write_atomic(&files) {
            Ok(changed) => {
                for (path, changed) in outputs.iter().zip(changed) {
                    if changed {
                        println!("wrote {}", path.display());
                    } else {
                        println!("{} is already up to date", path.display());
                    }
                }
                ExitCode::SUCCESS
            }
            Err((path, e)) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                ExitCode::from(2)
            }
        }
    }
}
