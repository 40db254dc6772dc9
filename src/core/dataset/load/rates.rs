//! `data/exchange_rates.csv`: annual average rates, one row per year, and the check that every
//! money figure's year has one.

use super::super::model::*;
use super::check::{leak, Check};
use super::{DataError, RATES};

const RATES_HEADER: &str = "year,usd_cny,usd_krw,source_usd_cny,source_usd_krw";

pub(super) fn load(text: &str, errors: &mut Vec<DataError>) -> Vec<Rate> {
    let mut c = Check {
        file: RATES,
        errors,
    };
    let mut lines = text.lines();
    if lines.next().map(str::trim) != Some(RATES_HEADER) {
        c.err("line 1", "", format!("the header must be `{RATES_HEADER}`"));
        return Vec::new();
    }
    let mut out: Vec<Rate> = Vec::new();
    for (n, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let label = format!("line {}", n + 2);
        let f = csv_fields(line);
        if f.len() != 5 {
            c.err(&label, "", format!("expected 5 fields, found {}", f.len()));
            continue;
        }
        let year = f[0].parse::<u16>();
        let cny = f[1].parse::<f64>();
        let krw = f[2].parse::<f64>();
        match (year, cny, krw) {
            (Ok(year), Ok(cny), Ok(krw)) if cny > 0.0 && krw > 0.0 => {
                if out.iter().any(|r| r.year == year) {
                    c.err(&label, "year", format!("duplicate year {year}"));
                }
                for (field, v) in [("source_usd_cny", &f[3]), ("source_usd_krw", &f[4])] {
                    c.non_empty(&label, field, v);
                }
                out.push(Rate {
                    year,
                    usd_cny: cny,
                    usd_krw: krw,
                    source_usd_cny: leak(f[3].clone()),
                    source_usd_krw: leak(f[4].clone()),
                });
            }
            (Err(_), _, _) => c.err(&label, "year", format!("\"{}\" is not a year", f[0])),
            _ => c.err(&label, "usd_cny/usd_krw", "rates must be positive numbers"),
        }
    }
    out
}

/// Every money figure's year needs a rate: the app converts at it.
pub(super) fn check_money_years(figures: &[Figure], rates: &[Rate], errors: &mut Vec<DataError>) {
    let mut c = Check {
        file: RATES,
        errors,
    };
    for f in figures.iter().filter(|f| f.kind == FigureKind::Money) {
        let year: u16 = f.period.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        if !rates.iter().any(|r| r.year == year) {
            c.err(
                "",
                "year",
                format!("no rate for {year}, needed by figure \"{}\"", f.id),
            );
        }
    }
}

/// Splits one CSV line with RFC 4180 quoting.
pub(super) fn csv_fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out
}
