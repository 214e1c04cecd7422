//! Start-up: read config, load and validate content, check the bundle, serve until SIGINT
//! or SIGTERM. Any problem stops start-up with a message saying what to fix.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use server::{app_with_pages, assets, pages_for, AppState, Config};

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse_or_exit();
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_target(false)
        // Colour codes only for a person at a terminal, not in a log collector's files.
        .with_ansi(std::io::stdout().is_terminal())
        .init();

    if let Err(msg) = config.check_dirs() {
        eprintln!("error: the server cannot start: {msg}.");
        return ExitCode::FAILURE;
    }
    let state = match AppState::load_with_archive(&config.content, &config.archive_dir(), &config.locales) {
        Ok(s) => s,
        Err(errors) => {
            eprintln!("error: the server cannot start.\n{errors}");
            return ExitCode::FAILURE;
        }
    };
    let index_path = config.dist.join(assets::INDEX);
    let index_html = match std::fs::read(&index_path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "error: the built front end is missing ({}: {e}).\n\
                 Build it with `cargo xtask build` (or start everything with `scripts/run.sh`);\n\
                 it is looked for in {}.",
                index_path.display(),
                config.dist_source()
            );
            return ExitCode::FAILURE;
        }
    };

    let state = Arc::new(state);
    let pages = match pages_for(&state, &config.dist, &index_html, config.session_key_or_random(), config.options()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "error: the built front end cannot be read to render pages ({e}).\n\
                 Build it again with `cargo xtask build`; it is looked for in {}.",
                config.dist_source()
            );
            return ExitCode::FAILURE;
        }
    };
    if config.session_key.is_none() {
        tracing::info!("SESSION_KEY is not set: journeys in progress cannot be read after a restart");
    }
    let router = app_with_pages(state, &config.dist, index_html.into(), config.options(), Some(pages));
    let addr = SocketAddr::new(config.host, config.port);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot listen on {addr}: {e}. Choose another with --port or PORT.");
            return ExitCode::FAILURE;
        }
    };
    // The real address, so `--port 0` (any free port) says which one it got.
    let addr = listener.local_addr().unwrap_or(addr);
    tracing::info!("listening on http://{addr}");
    server::serve::run(listener, router, server::serve::HEADER_READ_TIMEOUT, shutdown()).await;
    ExitCode::SUCCESS
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}
