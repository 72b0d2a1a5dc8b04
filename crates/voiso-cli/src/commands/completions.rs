//! `voiso completions SHELL`: the shell's completion script, generated from
//! the same clap command that parses the arguments, so it can never lag
//! behind a new subcommand or flag.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell as Generator;

use crate::args::Cli;
use crate::exit::Failure;

#[derive(Args, Debug)]
#[command(after_help = "\
Install (then open a new shell):
  bash        voiso completions bash > ~/.local/share/bash-completion/completions/voiso
  zsh         voiso completions zsh > ~/.zfunc/_voiso   (with fpath+=~/.zfunc before compinit)
  fish        voiso completions fish > ~/.config/fish/completions/voiso.fish
  powershell  add to $PROFILE: voiso completions powershell | Out-String | Invoke-Expression")]
pub struct CompletionsArgs {
    /// The shell to write the script for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// The shells the issue promises; clap_complete knows more, but each one
/// offered here is one the README tells how to install.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl From<Shell> for Generator {
    fn from(shell: Shell) -> Self {
        match shell {
            Shell::Bash => Generator::Bash,
            Shell::Zsh => Generator::Zsh,
            Shell::Fish => Generator::Fish,
            Shell::Powershell => Generator::PowerShell,
        }
    }
}

pub fn print(args: &CompletionsArgs) -> Result<ExitCode, Failure> {
    // clap_complete panics when its writer fails; a buffer cannot, and the
    // write to stdout below turns a closed pipe into the usual quiet exit.
    let mut script = Vec::new();
    clap_complete::generate(
        Generator::from(args.shell),
        &mut Cli::command(),
        "voiso",
        &mut script,
    );
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script)?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}
