//! Pre-compressed siblings at maximum quality: compressed once at build time, served many times.

use std::io::Write;
use std::path::Path;

/// Brotli window for the files in dist/ (the largest: the wasm is ~1 MB).
pub const DIST_LGWIN: i32 = 24;
/// Brotli window `server/src/state.rs` uses for the questionnaire JSON it compresses at start-up.
pub const SERVER_LGWIN: i32 = 22;

pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn write_siblings(path: &Path) -> std::io::Result<Sizes> {
    let data = std::fs::read(path)?;
    let br = brotli(&data, DIST_LGWIN);
    let gz = gzip(&data);
    std::fs::write(with_suffix(path, "br"), &br)?;
    std::fs::write(with_suffix(path, "gz"), &gz)?;
    Ok(Sizes { raw: data.len(), gzip: gz.len(), brotli: br.len() })
}

pub fn brotli(data: &[u8], lgwin: i32) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin, ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("writing to memory cannot fail");
    out
}

pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(data).expect("writing to memory cannot fail");
    gz.finish().expect("writing to memory cannot fail")
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(suffix);
    s.into()
}
