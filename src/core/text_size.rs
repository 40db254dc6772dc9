//! The reader's text size (issue #20): the article and the cards, scaled in steps from 90 % to
//! 140 % by the header's 가− / 가+ buttons. Kept in this browser (`localStorage`, `STORAGE_KEY`)
//! as the percentage in decimal digits; a stored value that is not one of the steps reads as the
//! default. The app moves the value in and out of storage and sets the stylesheet's
//! `--text-scale` on the root element (through CSSOM, which the page's CSP allows).

/// Where the browser keeps the size.
pub const STORAGE_KEY: &str = "longjiang.textsize";

/// The sizes, in percent of the stylesheet's.
pub const STEPS: [u16; 6] = [90, 100, 110, 120, 130, 140];

/// The stylesheet's own size.
pub const DEFAULT: u16 = 100;

/// The smallest and the largest step.
pub const MIN: u16 = STEPS[0];
pub const MAX: u16 = STEPS[STEPS.len() - 1];

/// A stored size: one of the steps, else `None` (nothing stored, a damaged or an old value).
pub fn parse(stored: &str) -> Option<u16> {
    let v: u16 = stored.trim().parse().ok()?;
    STEPS.contains(&v).then_some(v)
}

/// The size as stored.
pub fn print(size: u16) -> String {
    size.to_string()
}

/// The next step up (`larger`) or down from `size`, held at the ends; a size between steps
/// goes to the nearest step in that direction.
pub fn step(size: u16, larger: bool) -> u16 {
    if larger {
        STEPS.into_iter().find(|s| *s > size).unwrap_or(MAX)
    } else {
        STEPS.into_iter().rev().find(|s| *s < size).unwrap_or(MIN)
    }
}

/// The value of the stylesheet's `--text-scale` for `size` ("1.2"), `None` for the default
/// (the stylesheet's own `1` then applies).
pub fn css_scale(size: u16) -> Option<String> {
    (size != DEFAULT).then(|| {
        let s = format!("{:.2}", f64::from(size) / 100.0);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_sizes_read_back_and_anything_else_is_dropped() {
        for s in STEPS {
            assert_eq!(parse(&print(s)), Some(s));
        }
        assert_eq!(parse(" 120\n"), Some(120));
        for bad in ["", "abc", "125", "0", "-110", "1000", "1.2", "120%"] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn steps_go_up_and_down_and_stop_at_the_ends() {
        assert_eq!(step(DEFAULT, true), 110);
        assert_eq!(step(110, true), 120);
        assert_eq!(step(DEFAULT, false), 90);
        assert_eq!(step(MAX, true), MAX);
        assert_eq!(step(MIN, false), MIN);
        assert_eq!(step(115, true), 120);
        assert_eq!(step(115, false), 110);
        let mut s = MIN;
        let mut seen = vec![s];
        while s < MAX {
            s = step(s, true);
            seen.push(s);
        }
        assert_eq!(seen, STEPS);
    }

    #[test]
    fn the_scale_is_a_plain_number() {
        assert_eq!(css_scale(DEFAULT), None);
        assert_eq!(css_scale(90).as_deref(), Some("0.9"));
        assert_eq!(css_scale(120).as_deref(), Some("1.2"));
        assert_eq!(css_scale(140).as_deref(), Some("1.4"));
    }
}
