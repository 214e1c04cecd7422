//! The accept loop. Like `axum::serve`, plus what it leaves out: hyper's header-read timeout
//! needs a timer, which `axum::serve` does not give it, so there a client that sends its
//! headers slowly (or an idle keep-alive connection) would hold a connection for ever.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::pin;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::Request;
use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// Time a client has to send a request's headers, and how long an idle connection stays open.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long shutdown waits for requests in flight before closing anyway.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// Serves `router` until `shutdown` completes, then lets requests in flight finish (up to
/// [`DRAIN_TIMEOUT`]). Each request carries its peer's [`ConnectInfo`], for the rate limit.
pub async fn run(listener: TcpListener, router: Router, header_timeout: Duration, shutdown: impl Future<Output = ()>) {
    // HTTP/1.1 only: browsers never speak cleartext HTTP/2 and a TLS proxy speaks HTTP/1.1
    // to us; sniffing for HTTP/2 would wait for a first byte with no timeout at all.
    let mut builder = Builder::new(TokioExecutor::new()).http1_only();
    builder.http1().timer(TokioTimer::new()).header_read_timeout(header_timeout);
    let graceful = GracefulShutdown::new();
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(connection) => connection,
                // E.g. out of file descriptors: pause rather than spin, as axum::serve does.
                Err(e) => {
                    tracing::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Without TCP_NODELAY a response written in two parts (ServeDir sends the headers,
        // then the file) waits for the client's delayed ACK: ~25-40 ms a static file on one
        // connection (measured with wrk -c1: 60 requests/s before, see BENCHMARKS.md).
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!("cannot set TCP_NODELAY: {e}");
        }
        let service = TowerToHyperService::new(router.clone().map_request(with_peer(peer)));
        let connection = builder.serve_connection(TokioIo::new(stream), service).into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // A client that vanishes or times out is routine, not worth a log line.
            let _ = connection.await;
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN_TIMEOUT) => tracing::warn!("closed with requests still in flight"),
    }
}

fn with_peer<B>(peer: SocketAddr) -> impl Fn(Request<B>) -> Request<B> + Clone {
    move |mut req| {
        req.extensions_mut().insert(ConnectInfo(peer));
        req
    }
}
