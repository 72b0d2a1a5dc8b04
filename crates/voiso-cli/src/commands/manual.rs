//! `voiso man`: the roff manual page, generated from the clap command, to
//! stdout or, with `--out-dir`, one file per command for a MANPATH.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_mangen::Man;

use crate::args::Cli;
use crate::exit::Failure;

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Write voiso.1 and one page per subcommand (voiso-failures.1,
    /// voiso-failures-retrigger.1, ...) into this directory, created if
    /// missing, instead of printing voiso.1.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

pub fn run(args: &ManArgs) -> Result<ExitCode, Failure> {
    let mut command = without_help_subcommands(Cli::command());
    // Building gives each subcommand its display name (voiso-failures-list),
    // which names its page and its title.
    command.build();
    match &args.out_dir {
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&render(&command)?)?;
            stdout.flush()?;
        }
        Some(dir) => {
            let written = write_pages(&command, dir)?;
            let mut stdout = std::io::stdout().lock();
            for path in &written {
                writeln!(stdout, "{}", path.display())?;
            }
            stdout.flush()?;
            // man(1) looks for pages in a man1 directory under each MANPATH
            // entry, so the install hint names one rather than DIR itself.
            crate::output::warn(format_args!(
                "wrote {} manual pages to {}; read one with `man {}`, or install them \
                 with `voiso man --out-dir ~/.local/share/man/man1`",
                written.len(),
                dir.display(),
                dir.join("voiso.1").display(),
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `voiso help` is the same as `voiso --help`: a page for it (and for each
/// `voiso failures help`) would only repeat its parent's page.
fn without_help_subcommands(command: clap::Command) -> clap::Command {
    command
        .disable_help_subcommand(true)
        .mut_subcommands(without_help_subcommands)
}

/// Renders into memory first, so a failed file write never leaves half a page
/// behind an error about something else.
fn render(command: &clap::Command) -> std::io::Result<Vec<u8>> {
    let mut page = Vec::new();
    Man::new(command.clone()).render(&mut page)?;
    Ok(page)
}

/// Writes the page of `command` and of every visible subcommand below it,
/// parents first, and returns the paths written.
fn write_pages(command: &clap::Command, dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::Failed(format!(
            "cannot create the directory {} for --out-dir: {e}",
            dir.display()
        ))
    })?;
    let mut written = Vec::new();
    let mut pending = vec![command];
    while let Some(command) = pending.pop() {
        let path = dir.join(Man::new(command.clone()).get_filename());
        std::fs::write(&path, render(command)?).map_err(|e| {
            Failure::Failed(format!(
                "cannot write the manual page {}: {e}; check that --out-dir is writable",
                path.display()
            ))
        })?;
        written.push(path);
        let mut children: Vec<_> = command
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .collect();
        children.reverse();
        pending.extend(children);
    }
    Ok(written)
}
