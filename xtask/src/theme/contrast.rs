//! WCAG 2.2 contrast: relative luminance of an sRGB colour and the ratio of two.
//! <https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio>

/// Text (1.4.3) needs 4.5:1.
pub const TEXT: f64 = 4.5;
/// User-interface components, focus indicators and meaningful borders (1.4.11) need 3:1.
pub const UI: f64 = 3.0;

/// `#rrggbb` (or `#rgb`) → its three channels. Anything else is `None`.
pub fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let hex = s.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize, len: usize| u8::from_str_radix(&hex[i * len..i * len + len], 16).ok();
    match hex.len() {
        6 => Some([channel(0, 2)?, channel(1, 2)?, channel(2, 2)?]),
        3 => {
            let [r, g, b] = [channel(0, 1)?, channel(1, 1)?, channel(2, 1)?];
            Some([r * 17, g * 17, b * 17])
        }
        _ => None,
    }
}

/// Relative luminance: 0 for black, 1 for white.
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// The contrast ratio of two colours, from 1 (the same) to 21 (black on white), in either order.
pub fn ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A ratio as people read it, rounded down so that a failing 4.497 never shows as "4.50".
pub fn shown(ratio: f64) -> String {
    format!("{:.2}", (ratio * 100.0).floor() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn black_on_white_is_21_and_order_does_not_matter() {
        let (black, white) = ([0, 0, 0], [255, 255, 255]);
        assert!((ratio(black, white) - 21.0).abs() < 1e-9);
        assert!((ratio(white, black) - 21.0).abs() < 1e-9);
        assert!((ratio(white, white) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn luminance_ends_and_middle() {
        assert_eq!(luminance([0, 0, 0]), 0.0);
        assert!((luminance([255, 255, 255]) - 1.0).abs() < 1e-9);
        // Mid grey #777777 is the classic "just under 4.5:1 on white".
        let grey = parse_hex("#777777").unwrap();
        assert!(ratio(grey, [255, 255, 255]) < TEXT);
        assert!(ratio(parse_hex("#767676").unwrap(), [255, 255, 255]) >= TEXT);
    }

    #[test]
    fn govuk_palette_figures() {
        let white = [255, 255, 255];
        // GOV.UK link blue is "5.2:1" on white (5.17 rounded, 5.16 rounded down); yellow fails alone.
        assert_eq!(shown(ratio(parse_hex("#1d70b8").unwrap(), white)), "5.16");
        assert!(ratio(parse_hex("#0b0c0c").unwrap(), white) > 19.0);
        assert!(ratio(parse_hex("#ffdd00").unwrap(), white) < UI);
    }

    #[test]
    fn hex_forms() {
        assert_eq!(parse_hex("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_hex("#1D70B8"), Some([0x1d, 0x70, 0xb8]));
        for bad in ["1d70b8", "#1d70b", "#gggggg", "#1d70b8ff", "red", "#"] {
            assert_eq!(parse_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn shown_rounds_down() {
        assert_eq!(shown(4.499), "4.49");
        assert_eq!(shown(4.5), "4.50");
        assert_eq!(shown(21.0), "21.00");
    }
}
