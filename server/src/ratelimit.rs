//! Per-client rate limit on the API (`tower_governor`), answered with a 429 problem document
//! and `Retry-After`. Generous by default: a contact centre's staff share one public address.
//!
//! A client is its peer address, except that a whole IPv6 /64 counts as one client: a home
//! or phone is handed a /64 and could otherwise rotate addresses past the limit.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderValue, Request, Response};
use axum::response::IntoResponse;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};

use crate::problem::Problem;

/// How often clients that have been quiet long enough to be back at a full quota are
/// forgotten, so many distinct addresses cannot grow the limiter's table without bound.
const FORGET_EVERY: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Sustained requests per minute from one client.
    pub per_minute: NonZeroU32,
    /// Requests one client may make at once before the sustained rate applies.
    pub burst: NonZeroU32,
}

type Middleware = governor::middleware::NoOpMiddleware;
pub type RateLimitLayer = GovernorLayer<ClientKey, Middleware, Body>;

/// The layer for the API routes. Must be called inside a Tokio runtime to forget idle
/// clients (outside one, e.g. in a synchronous unit test, the table is simply never pruned).
pub fn layer(limit: RateLimit) -> RateLimitLayer {
    let period = Duration::from_secs(60) / limit.per_minute.get();
    let config = GovernorConfigBuilder::default()
        .key_extractor(ClientKey)
        .period(period)
        .burst_size(limit.burst.get())
        .finish()
        .expect("period and burst are non-zero");
    forget_idle_clients(&config);
    GovernorLayer::new(config).error_handler(refuse)
}

/// The peer address from `ConnectInfo`, which `main` provides with
/// `into_make_service_with_connect_info`. Never a forwarded header: those are forgeable.
#[derive(Debug, Clone, Copy)]
pub struct ClientKey;

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        req.extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| client(addr.ip()))
            .ok_or(GovernorError::UnableToExtractKey)
    }
}

/// The key one client is counted under.
pub fn client(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

fn refuse(error: GovernorError) -> Response<Body> {
    match error {
        GovernorError::TooManyRequests { wait_time, .. } => {
            // governor rounds the wait down to whole seconds; one more never invites a
            // retry that is refused again.
            let secs = wait_time + 1;
            let mut res = Problem::too_many_requests(secs).into_response();
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
            res
        }
        // No peer address means `main` serves without connect info: our fault, so say so
        // loudly rather than silently putting every client in one bucket.
        _ => {
            tracing::error!("rate limit: the request has no peer address (serve with connect info)");
            Problem::internal().into_response()
        }
    }
}

fn forget_idle_clients(config: &GovernorConfig<ClientKey, Middleware>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    // Weak, so the task ends once the app (and its limiter) is dropped.
    let limiter = Arc::downgrade(config.limiter());
    runtime.spawn(async move {
        let mut tick = tokio::time::interval(FORGET_EVERY);
        loop {
            tick.tick().await;
            let Some(limiter) = limiter.upgrade() else {
                break;
            };
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::client;
    use std::net::IpAddr;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn an_ipv6_slash_64_is_one_client() {
        assert_eq!(client(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(client(ip("2001:db8:1:2:bbbb::9")), client(ip("2001:db8:1:2:aaaa::1")));
        assert_ne!(client(ip("2001:db8:1:3::1")), client(ip("2001:db8:1:2::1")));
    }

    #[test]
    fn ipv4_is_kept_whole_even_when_mapped() {
        assert_eq!(client(ip("203.0.113.7")), ip("203.0.113.7"));
        assert_eq!(client(ip("::ffff:203.0.113.7")), ip("203.0.113.7"));
    }
}
