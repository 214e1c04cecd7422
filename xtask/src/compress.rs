//! Pre-compressed siblings at maximum quality: compressed once at build time, served many times.

use std::io::Write;
use std::path::Path;

pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn write_siblings(path: &Path) -> std::io::Result<Sizes> {
    let data = std::fs::read(path)?;

    let mut br = Vec::new();
    {
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
        brotli::BrotliCompress(&mut &data[..], &mut br, &params)?;
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&data)?;
    let gz = gz.finish()?;

    std::fs::write(with_suffix(path, "br"), &br)?;
    std::fs::write(with_suffix(path, "gz"), &gz)?;
    Ok(Sizes { raw: data.len(), gzip: gz.len(), brotli: br.len() })
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(suffix);
    s.into()
}
