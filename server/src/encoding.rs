//! Bodies built once at start-up (the questionnaire JSON, the HTML shell for deep links),
//! compressed once at the quality `cargo xtask build` uses for dist/, and picked per request
//! by `Accept-Encoding`.

use std::io::Write;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue};

/// One body in three forms.
#[derive(Clone)]
pub struct Precompressed {
    pub identity: Bytes,
    pub br: Bytes,
    pub gzip: Bytes,
}

impl Precompressed {
    pub fn new(body: Bytes) -> Precompressed {
        Precompressed { br: Bytes::from(brotli(&body)), gzip: Bytes::from(gzip(&body)), identity: body }
    }

    /// The body to send for these request headers, and its `Content-Encoding` (none for identity).
    pub fn pick(&self, request: &HeaderMap) -> (Bytes, Option<HeaderValue>) {
        let accept = request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok());
        match Encoding::choose(accept) {
            Encoding::Brotli => (self.br.clone(), Some(HeaderValue::from_static("br"))),
            Encoding::Gzip => (self.gzip.clone(), Some(HeaderValue::from_static("gzip"))),
            Encoding::Identity => (self.identity.clone(), None),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// Brotli if accepted, else gzip, else none. A coding with `q=0` is refused; `*` stands
    /// for any coding not named. (Brotli is always the smaller, so client weights only
    /// decide what is acceptable, not the order.)
    pub fn choose<'a>(accept_encoding: impl IntoIterator<Item = &'a str>) -> Encoding {
        let (mut br, mut gzip, mut star) = (None, None, None);
        for item in accept_encoding.into_iter().flat_map(|v| v.split(',')) {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let accepted = Some(q > 0.0);
            if coding.eq_ignore_ascii_case("br") {
                br = accepted;
            } else if coding.eq_ignore_ascii_case("gzip") || coding.eq_ignore_ascii_case("x-gzip") {
                gzip = accepted;
            } else if coding == "*" {
                star = accepted;
            }
        }
        if br.or(star) == Some(true) {
            Encoding::Brotli
        } else if gzip.or(star) == Some(true) {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }
}

pub fn brotli(data: &[u8]) -> Vec<u8> {
    // Quality 11, window 2^22: what xtask's size check assumes (xtask/src/compress.rs).
    brotli_at(data, 11, 22)
}

fn brotli_at(data: &[u8], quality: i32, lgwin: i32) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams { quality, lgwin, ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("writing to memory cannot fail");
    out
}

/// A page rendered for one request: compressed fast (brotli quality 4, gzip level 1), since it
/// is made anew each time; a 30 KB results page still shrinks to about a fifth.
pub fn compress_page(body: String, request: &HeaderMap) -> (Bytes, Option<HeaderValue>) {
    let accept = request.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok());
    match Encoding::choose(accept) {
        Encoding::Brotli => (Bytes::from(brotli_at(body.as_bytes(), 4, 20)), Some(HeaderValue::from_static("br"))),
        Encoding::Gzip => {
            (Bytes::from(gzip_at(body.as_bytes(), flate2::Compression::fast())), Some(HeaderValue::from_static("gzip")))
        }
        Encoding::Identity => (Bytes::from(body), None),
    }
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    gzip_at(data, flate2::Compression::best())
}

fn gzip_at(data: &[u8], level: flate2::Compression) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), level);
    gz.write_all(data).expect("writing to memory cannot fail");
    gz.finish().expect("writing to memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::Encoding::{self, *};
    use super::*;

    fn choose(header: &str) -> Encoding {
        Encoding::choose([header])
    }

    #[test]
    fn brotli_then_gzip_then_none() {
        assert_eq!(choose("gzip, deflate, br, zstd"), Brotli);
        assert_eq!(choose("gzip, deflate"), Gzip);
        assert_eq!(choose("identity"), Identity);
        assert_eq!(choose(""), Identity);
        assert_eq!(Encoding::choose([]), Identity);
    }

    #[test]
    fn zero_weight_refuses_and_star_covers_the_rest() {
        assert_eq!(choose("br;q=0, gzip;q=0.5"), Gzip);
        assert_eq!(choose("BR;Q=0.1"), Brotli);
        assert_eq!(choose("*"), Brotli);
        assert_eq!(choose("br;q=0, *"), Gzip);
        assert_eq!(choose("*;q=0, gzip"), Gzip);
        assert_eq!(choose("br;q=0, gzip;q=0"), Identity);
    }

    #[test]
    fn several_header_lines_are_one_list() {
        assert_eq!(Encoding::choose(["gzip", "br"]), Brotli);
    }

    #[test]
    fn compressed_forms_decode_to_the_body() {
        use std::io::Read;
        let body = Bytes::from("{\"questions\":[]}".repeat(50));
        let p = Precompressed::new(body.clone());
        let mut out = Vec::new();
        brotli::Decompressor::new(&p.br[..], 4096).read_to_end(&mut out).unwrap();
        assert_eq!(out, body);
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&p.gzip[..]).read_to_end(&mut out).unwrap();
        assert_eq!(out, body);
        assert!(p.br.len() < body.len() / 10);
    }
}
