//! The export's driver: each request the plan asks for on its own task
//! (pages parse and format in parallel), each answer handed back to the
//! plan, and what it has ready written in order, with the checkpoint and
//! the progress kept up. What the pages are written to is an [`Output`]:
//! the export's file, or a `cdrs sync` destination.

use chrono::{DateTime, Utc};
use futures::StreamExt;
use futures::stream::FuturesUnordered;

use super::block::{PROBE, Page};
use super::checkpoint::Checkpoint;
use super::lines::{Format, Lines};
use super::plan::{PAGE_LIMIT, Plan};
use super::progress::Progress;
use super::requests::{Fetch, Got, Key, Resume, Stop};
use super::sink::Sink;
use crate::exit::Failure;
use crate::output::warn;

/// Where the driver writes pages, in order.
pub trait Output {
    /// Takes a page's lines.
    async fn write(&mut self, lines: Vec<u8>, records: u64) -> Result<(), Failure>;
    /// Bytes taken so far (the checkpoint's length).
    fn bytes(&self) -> u64;
    /// Makes what is written durable, with `state` (where a rerun goes on).
    async fn commit(&mut self, state: &Checkpoint) -> Result<(), Failure>;
}

impl Output for Sink {
    async fn write(&mut self, lines: Vec<u8>, _records: u64) -> Result<(), Failure> {
        Sink::write(self, &lines)
    }
    fn bytes(&self) -> u64 {
        self.bytes
    }
    async fn commit(&mut self, state: &Checkpoint) -> Result<(), Failure> {
        Sink::commit(self, state)
    }
}

pub enum Ended {
    Done,
    Interrupted,
}

type Task = tokio::task::JoinHandle<(Key, Option<Result<Got, voiso::Error>>)>;

pub struct Driver {
    client: voiso::Client,
    since: DateTime<Utc>,
    /// The one type asked for, which the API filters by.
    kind: Option<String>,
    format: Format,
    in_flight: FuturesUnordered<Task>,
}

impl Driver {
    pub fn new(
        client: voiso::Client,
        since: DateTime<Utc>,
        kind: Option<String>,
        format: Format,
    ) -> Driver {
        Driver {
            client,
            since,
            kind,
            format,
            in_flight: FuturesUnordered::new(),
        }
    }

    /// Runs `plan` to its end, an error, or Ctrl-C.
    pub async fn drive(
        &mut self,
        plan: &mut Plan,
        sink: &mut impl Output,
        state: &mut Checkpoint,
        progress: &mut Progress,
    ) -> Result<Ended, Stop> {
        let mut ctrl_c = std::pin::pin!(tokio::signal::ctrl_c());
        loop {
            let written = self.write_ready(plan, sink, state, progress).await;
            for note in plan.notes() {
                warn(format_args!("{note}"));
            }
            written?;
            if let Some(total) = plan.learned_total() {
                progress.expect(total);
            }
            if plan.is_done() {
                return Ok(Ended::Done);
            }
            self.start(plan);
            tokio::select! {
                biased;
                _ = &mut ctrl_c => return Ok(Ended::Interrupted),
                next = self.in_flight.next() => match next {
                    Some(Ok((key, got))) => match got.transpose() {
                        Ok(got) => plan.arrived(key, got)?,
                        Err(error) => plan.refused(key, error)?,
                    },
                    Some(Err(e)) => {
                        return Err(Stop::Local(Failure::Failed(format!("a request task failed: {e}"))));
                    }
                    // Something unwritten always has a request to make.
                    None => {
                        return Err(Stop::Local(Failure::Failed(
                            "cdrs export stalled with records left and none being read".into(),
                        )));
                    }
                },
            }
        }
    }

    /// Writes what is ready, in order, each page freeing room for another
    /// request once it is written.
    async fn write_ready(
        &mut self,
        plan: &mut Plan,
        sink: &mut impl Output,
        state: &mut Checkpoint,
        progress: &mut Progress,
    ) -> Result<(), Failure> {
        while let Some(ready) = plan.next_ready()? {
            sink.write(ready.bytes, ready.records).await?;
            state.bytes = sink.bytes();
            state.records += ready.records;
            progress.page(ready.records);
            state.current = match ready.resume {
                Resume::At(current) => Some(current),
                Resume::End => None,
                Resume::Unknown => {
                    self.start(plan);
                    continue;
                }
            };
            state.rest_until = ready.rest_until;
            sink.commit(state).await?;
            self.start(plan);
        }
        Ok(())
    }

    fn start(&mut self, plan: &mut Plan) {
        for fetch in plan.fetches() {
            self.spawn(fetch);
        }
    }

    fn list(&self, since: DateTime<Utc>, until: DateTime<Utc>) -> voiso::ListCdrs {
        let mut list = self
            .client
            .cdrs()
            .list()
            .started_since(since)
            .started_before(until)
            .limit(PAGE_LIMIT);
        if let Some(kind) = &self.kind {
            list = list.kind(kind.clone());
        }
        list
    }

    /// Runs `fetch` on its own task: a block's page is stamped and
    /// formatted there, a probe stamped, and a window's page handed back
    /// whole.
    fn spawn(&mut self, fetch: Fetch) {
        let key = fetch.key();
        let list = match fetch {
            Fetch::Probe { top, offset, .. } => self
                .list(self.since, top)
                .offset(offset as u32)
                .limit(PROBE as u32),
            Fetch::Page { top, index, .. } => {
                self.list(self.since, top).offset(index as u32 * PAGE_LIMIT)
            }
            Fetch::Window {
                query_since,
                query_until,
                cursor,
                ..
            } => {
                let list = self.list(query_since, query_until);
                match cursor {
                    Some(cursor) => list.cursor(cursor),
                    None => list,
                }
            }
        };
        let format = self.format.clone();
        self.in_flight.push(tokio::spawn(async move {
            let page = list.pages().next().await.map(|p| {
                p.map(|p| match key {
                    Key::Window(_) => Got::Whole(p),
                    Key::Page(..) => Got::Stamped(Page::of(&p), Lines::of(&p.items, &format)),
                    Key::Probe(_) => Got::Stamped(Page::of(&p), Lines::default()),
                })
            });
            (key, page)
        }));
    }
}
