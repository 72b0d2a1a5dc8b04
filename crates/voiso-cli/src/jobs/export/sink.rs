//! Where the export's records go: stdout, or a partial file beside `--out`
//! that is renamed over it once every record is in (fsynced first, its
//! directory after), so that `--out` holds a whole export or what it held
//! before, never part of one.
//!
//! With `--checkpoint`, the partial file is named after the checkpoint and
//! is what a rerun resumes; it is fsynced before each checkpoint line.
//! Without, it is `<out>.partial`, locked while written (two runs to one
//! `--out` would write one file) and removed when the run fails.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::checkpoint::{Checkpoint, CheckpointLog};
use crate::durable::sync_parent;
use crate::exit::Failure;

pub struct Sink {
    file: Option<Output>,
    checkpoint: Option<CheckpointLog>,
    pub bytes: u64,
}

struct Output {
    file: File,
    partial: PathBuf,
    out: PathBuf,
    /// Removed unless renamed into place (no checkpoint resumes it).
    scratch: bool,
}

impl Sink {
    /// Stdout.
    pub fn stdout() -> Sink {
        Sink {
            file: None,
            checkpoint: None,
            bytes: 0,
        }
    }

    /// A new partial file for `out`, empty.
    pub fn create(out: &Path, checkpoint: Option<CheckpointLog>) -> Result<Sink, Failure> {
        let partial = partial_path(out, checkpoint.as_ref().map(CheckpointLog::path));
        let cannot = cannot_open(&partial);
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&partial)
            .map_err(cannot)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(Failure::Usage(format!(
                    "another export is writing {} (its partial file {} is locked); wait for it \
                     to finish, or write elsewhere",
                    out.display(),
                    partial.display()
                )));
            }
            Err(TryLockError::Error(e)) => return Err(cannot_open(&partial)(e)),
        }
        file.set_len(0).map_err(cannot_open(&partial))?;
        sync_parent(&partial).map_err(cannot_open(&partial))?;
        Ok(Sink {
            file: Some(Output {
                file,
                out: out.to_owned(),
                scratch: checkpoint.is_none(),
                partial,
            }),
            checkpoint,
            bytes: 0,
        })
    }

    /// The partial file `saved` names (a version 1 checkpoint wrote `out`
    /// itself, which becomes the partial file), cut to what it recorded.
    pub fn resume(
        out: &Path,
        checkpoint: CheckpointLog,
        saved: &Checkpoint,
    ) -> Result<Sink, Failure> {
        let partial = match &saved.partial {
            Some(partial) => partial.clone(),
            None => {
                let partial = partial_path(out, Some(checkpoint.path()));
                if !partial.exists() && out.exists() {
                    std::fs::rename(out, &partial)
                        .and_then(|()| sync_parent(&partial))
                        .map_err(|e| {
                            Failure::Failed(format!(
                                "cannot move {} (a version 1 checkpoint's output) to {}: {e}",
                                out.display(),
                                partial.display()
                            ))
                        })?;
                }
                partial
            }
        };
        let mut file =
            OpenOptions::new()
                .write(true)
                .open(&partial)
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::NotFound => Failure::Failed(format!(
                        "{} (the records the checkpoint {} counts) is gone: remove the checkpoint \
                     to export again from the start",
                        partial.display(),
                        checkpoint.path().display()
                    )),
                    _ => cannot_open(&partial)(e),
                })?;
        let len = file.metadata().map_err(cannot_open(&partial))?.len();
        if len < saved.bytes {
            return Err(Failure::Failed(format!(
                "{} holds {len} bytes but the checkpoint recorded {}: the file changed since; \
                 remove the checkpoint to export again from the start",
                partial.display(),
                saved.bytes
            )));
        }
        file.set_len(saved.bytes).map_err(cannot_open(&partial))?;
        file.seek(SeekFrom::End(0)).map_err(cannot_open(&partial))?;
        Ok(Sink {
            file: Some(Output {
                file,
                partial,
                out: out.to_owned(),
                scratch: false,
            }),
            checkpoint: Some(checkpoint),
            bytes: saved.bytes,
        })
    }

    /// Where the records are until the export completes.
    pub fn partial(&self) -> Option<&Path> {
        self.file.as_ref().map(|f| f.partial.as_path())
    }

    pub fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        match &mut self.file {
            Some(output) => output.file.write_all(bytes).map_err(Failure::from)?,
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(bytes)?;
                stdout.flush()?;
            }
        }
        self.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Makes what is written durable, then records it in the checkpoint.
    pub fn commit(&mut self, state: &Checkpoint) -> Result<(), Failure> {
        let (Some(output), Some(checkpoint)) = (&self.file, &mut self.checkpoint) else {
            return Ok(());
        };
        output.file.sync_data()?;
        checkpoint.record(state)
    }

    /// Every record is in: the partial file becomes `--out`.
    pub fn finish(mut self) -> Result<(), Failure> {
        let Some(output) = self.file.take() else {
            return Ok(());
        };
        put_in_place(&output.file, &output.partial, &output.out)
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        if let Some(output) = &self.file
            && output.scratch
        {
            let _ = std::fs::remove_file(&output.partial);
        }
    }
}

/// Renames `partial` (open as `file`) over `out`, durably.
pub fn put_in_place(file: &File, partial: &Path, out: &Path) -> Result<(), Failure> {
    let failed = |e: std::io::Error| {
        Failure::Failed(format!(
            "cannot move {} to {}: {e}",
            partial.display(),
            out.display()
        ))
    };
    file.sync_all().map_err(failed)?;
    std::fs::rename(partial, out).map_err(failed)?;
    sync_parent(out).map_err(failed)
}

/// The partial file of `out`: `<out>.partial`, or with a checkpoint,
/// `<out>.partial-<hash of the checkpoint's path>`, so that exports to one
/// `--out` under two checkpoints never resume each other's.
pub fn partial_path(out: &Path, checkpoint: Option<&Path>) -> PathBuf {
    let mut name = out.file_name().unwrap_or_default().to_owned();
    name.push(".partial");
    if let Some(checkpoint) = checkpoint {
        let path = std::path::absolute(checkpoint).unwrap_or_else(|_| checkpoint.to_owned());
        // FNV-1a: stable across builds, unlike std's hasher.
        let hash = path
            .as_os_str()
            .as_encoded_bytes()
            .iter()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        name.push(format!("-{:08x}", hash >> 32));
    }
    out.with_file_name(name)
}

fn cannot_open(path: &Path) -> impl Fn(std::io::Error) -> Failure + '_ {
    move |e| Failure::Failed(format!("cannot open {}: {e}", path.display()))
}
