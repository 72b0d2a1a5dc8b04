//! Connections a request can reset, for the lost reply that is a
//! connection reset: the client must see a TCP RST before any byte of an
//! answer, not an HTTP response.
//!
//! Each accepted stream shares a [`KillSwitch`] with the request's
//! [`axum::extract::ConnectInfo`]. Once it is tripped, every read and write
//! of the stream fails (so hyper writes nothing and drops the connection),
//! and dropping the stream closes it with `SO_LINGER` 0, which sends RST.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// Resets one connection when tripped.
#[derive(Debug, Clone, Default)]
pub(crate) struct KillSwitch(Arc<AtomicBool>);

impl KillSwitch {
    pub(crate) fn trip(&self) {
        self.0.store(true, Ordering::Release);
    }

    fn tripped(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// What a request knows of its connection (its `ConnectInfo`).
#[derive(Debug, Clone)]
pub(crate) struct Peer {
    pub(crate) addr: SocketAddr,
    pub(crate) kill: KillSwitch,
}

impl Connected<IncomingStream<'_, KillableListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, KillableListener>) -> Self {
        stream.remote_addr().clone()
    }
}

pub(crate) struct KillableListener(pub(crate) TcpListener);

impl Listener for KillableListener {
    type Io = KillableStream;
    type Addr = Peer;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        // axum's own accept loop: it logs and retries errors.
        let (inner, addr) = <TcpListener as Listener>::accept(&mut self.0).await;
        let kill = KillSwitch::default();
        let stream = KillableStream {
            inner,
            kill: kill.clone(),
        };
        (stream, Peer { addr, kill })
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        Ok(Peer {
            addr: self.0.local_addr()?,
            kill: KillSwitch::default(),
        })
    }
}

pub(crate) struct KillableStream {
    inner: TcpStream,
    kill: KillSwitch,
}

impl KillableStream {
    fn killed(&self) -> Option<io::Error> {
        self.kill
            .tripped()
            .then(|| io::Error::from(io::ErrorKind::ConnectionReset))
    }
}

impl Drop for KillableStream {
    fn drop(&mut self) {
        if self.kill.tripped() {
            // Zero linger: close() discards unsent data and sends RST, and
            // never blocks.
            if let Err(e) = self.inner.set_zero_linger() {
                tracing::debug!("cannot set SO_LINGER 0 for a reset: {e}");
            }
        }
    }
}

impl AsyncRead for KillableStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for KillableStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if let Some(e) = self.killed() {
            return Poll::Ready(Err(e));
        }
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
