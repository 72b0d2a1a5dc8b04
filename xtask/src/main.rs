//! Maintainer tasks for the Voiso SDK workspace.
//!
//! `cargo xtask generate` turns `openapi/voiso.yaml` into the checked-in
//! client module of `crates/voiso-api`; `--check` only compares.
//!
//! Exit codes: 0 done (or fresh), 1 checked-in output is stale,
//! 2 bad input (usage, spec, generator).

mod generate;
mod output;
mod settings;
mod spec;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask generate [--check] [--spec PATH] [--out PATH]

  generate     regenerate crates/voiso-api/src/generated.rs from openapi/voiso.yaml
  --check      do not write; exit 1 with a unified diff if the checked-in file is stale
  --spec PATH  read another spec (default: openapi/voiso.yaml)
  --out PATH   compare or write another file (default: crates/voiso-api/src/generated.rs)

exit codes: 0 ok, 1 stale output (--check), 2 bad input";

struct Args {
    check: bool,
    spec: PathBuf,
    out: PathBuf,
}

fn workspace_root() -> PathBuf {
    // xtask lives one level below the workspace root.
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("generate") => {}
        Some("-h" | "--help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown task `{other}`")),
    }
    let root = workspace_root();
    let mut parsed = Args {
        check: false,
        spec: root.join(settings::SPEC_PATH),
        out: root.join(settings::OUTPUT_PATH),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => parsed.check = true,
            "--spec" => parsed.spec = args.next().ok_or("--spec needs a path")?.into(),
            "--out" => parsed.out = args.next().ok_or("--out needs a path")?.into(),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
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

    let generated = spec::load(&args.spec)
        .map_err(|e| e.to_string())
        .and_then(|spec| generate::render(&spec).map_err(|e| e.to_string()));
    let generated = match generated {
        Ok(text) => text,
        Err(msg) => {
            eprintln!(
                "error: {msg}\n\nnothing was written; {} is unchanged.",
                args.out.display()
            );
            return ExitCode::from(2);
        }
    };

    if args.check {
        match output::compare(&args.out, &generated) {
            Ok(()) => {
                println!("{} is up to date", args.out.display());
                ExitCode::SUCCESS
            }
            Err(output::Stale { diff }) => {
                print!("{diff}");
                eprintln!(
                    "error: {} is stale: run `cargo xtask generate` and commit the result",
                    args.out.display()
                );
                ExitCode::from(1)
            }
        }
    } else {
        match output::write_atomic(&args.out, &generated) {
            Ok(true) => {
                println!("wrote {}", args.out.display());
                ExitCode::SUCCESS
            }
            Ok(false) => {
                println!("{} is already up to date", args.out.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", args.out.display());
                ExitCode::from(2)
            }
        }
    }
}
