//! The connection loop: accepts TCP connections and serves HTTP/1.1 on them with hyper, with
//! the bounds `axum::serve` does not offer. A request head must arrive whole within the
//! header timeout, counted from the connection's start or from the end of the previous
//! answer, so a client sending one byte every few seconds, or keeping an idle keep-alive
//! connection, is disconnected; a connection on which no byte moves either way for the idle
//! timeout (a client that stops reading its answer) is closed; at most `max_connections` are
//! open at once (the others wait in the kernel's backlog, costing no file descriptor).
//! Shutdown stops accepting, lets open connections finish their request, then closes them.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Semaphore};
use tokio::time::{Instant, Sleep};

/// The connection bounds (from [`crate::server::ServeConfig`]).
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Longest wait for a whole request head.
    pub header_timeout: Duration,
    /// Longest time without a byte moving either way.
    pub idle_timeout: Duration,
    /// Most connections open at once.
    pub max_connections: usize,
    /// Longest wait, at shutdown, for open connections to finish.
    pub drain_timeout: Duration,
}

/// Serves `app` on `listener` until `shutdown` resolves, then drains the connections.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    // Dropping `stop_tx` tells every connection to finish; every connection holds a
    // `done_rx`, so `done_tx.closed()` resolves when the last one is gone.
    let (stop_tx, stop_rx) = watch::channel(());
    let (done_tx, done_rx) = watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            accepted = accept(&listener, &slots) => accepted,
        };
        let Some((stream, permit)) = accepted else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let io = TokioIo::new(IdleTimeout::new(stream, limits.idle_timeout));
        let service = TowerToHyperService::new(app.clone());
        let mut stop_rx = stop_rx.clone();
        let done_rx = done_rx.clone();
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout)
                .keep_alive(true);
            let conn = builder.serve_connection(io, service);
            let mut conn = std::pin::pin!(conn);
            tokio::select! {
                result = conn.as_mut() => {
                    if let Err(err) = result {
                        tracing::debug!(error = %err, "connection closed");
                    }
                }
                _ = stop_rx.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
            drop(permit);
            drop(done_rx);
        });
    }
    drop(listener);
    drop(stop_tx);
    drop(done_rx);
    if tokio::time::timeout(limits.drain_timeout, done_tx.closed())
        .await
        .is_err()
    {
        tracing::warn!("connections still open at shutdown were closed");
    }
}

/// The next connection, once a slot is free. `None` after a failed accept (too many open
/// files, a connection reset before it was accepted): logged, and the loop goes on after a
/// short pause so a persistent error does not spin.
async fn accept(
    listener: &TcpListener,
    slots: &Arc<Semaphore>,
) -> Option<(TcpStream, tokio::sync::OwnedSemaphorePermit)> {
    let permit = Arc::clone(slots).acquire_owned().await.ok()?;
    match listener.accept().await {
        Ok((stream, _peer)) => Some((stream, permit)),
        Err(err) => {
            tracing::warn!(error = %err, "accepting a connection failed");
            tokio::time::sleep(Duration::from_millis(50)).await;
            None
        }
    }
}

/// A stream that fails with `TimedOut` when no byte has moved either way for `idle`.
struct IdleTimeout {
    stream: TcpStream,
    idle: Duration,
    timer: Pin<Box<Sleep>>,
}

impl IdleTimeout {
    fn new(stream: TcpStream, idle: Duration) -> Self {
        IdleTimeout {
            stream,
            idle,
            timer: Box::pin(tokio::time::sleep(idle)),
        }
    }

    /// Restarts the idle clock after progress.
    fn progressed(&mut self) {
        let deadline = Instant::now() + self.idle;
        self.timer.as_mut().reset(deadline);
    }

    /// On a pending operation: `TimedOut` once the idle clock has run out.
    fn check_idle(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Error> {
        match self.timer.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "connection idle too long",
            )),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl AsyncRead for IdleTimeout {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_read(cx, buf) {
            Poll::Ready(result) => {
                this.progressed();
                Poll::Ready(result)
            }
            Poll::Pending => this.check_idle(cx).map(Err),
        }
    }
}

impl AsyncWrite for IdleTimeout {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write(cx, buf) {
            Poll::Ready(result) => {
                this.progressed();
                Poll::Ready(result)
            }
            Poll::Pending => this.check_idle(cx).map(Err),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_flush(cx) {
            Poll::Pending => this.check_idle(cx).map(Err),
            ready => ready,
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.stream).poll_write_vectored(cx, bufs) {
            Poll::Ready(result) => {
                this.progressed();
                Poll::Ready(result)
            }
            Poll::Pending => this.check_idle(cx).map(Err),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }
}
