//! Numbers, money, periods and dates as each interface language writes them: 억/만 in Korean,
//! 亿/万 in Chinese, billions in English. Also currency conversion at annual average rates.

use super::dataset::model::{Bound, Dataset, Date, Figure, Unit};
use super::i18n::Lang;

/// Display currency for money values. The article's amounts are CNY (and one USD figure).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Currency {
    #[default]
    Cny,
    Krw,
    Usd,
}

impl Currency {
    pub const ALL: [Currency; 3] = [Currency::Cny, Currency::Krw, Currency::Usd];
    pub fn code(self) -> &'static str {
        match self {
            Currency::Cny => "cny",
            Currency::Krw => "krw",
            Currency::Usd => "usd",
        }
    }
    pub fn iso(self) -> &'static str {
        match self {
            Currency::Cny => "CNY",
            Currency::Krw => "KRW",
            Currency::Usd => "USD",
        }
    }
    pub fn from_code(s: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code() == s.to_ascii_lowercase())
    }
    pub fn from_unit(u: Unit) -> Option<Currency> {
        match u {
            Unit::Cny => Some(Currency::Cny),
            Unit::Usd => Some(Currency::Usd),
            _ => None,
        }
    }
    /// The currency's name after a number.
    pub fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Currency::Cny, Lang::Ko) => "위안",
            (Currency::Krw, Lang::Ko) => "원",
            (Currency::Usd, Lang::Ko) => "달러",
            (Currency::Cny, Lang::Zh) => "元",
            (Currency::Krw, Lang::Zh) => "韩元",
            (Currency::Usd, Lang::Zh) => "美元",
            (c, Lang::En) => c.iso(),
        }
    }
}

/// The year whose average rate converts a value of `period` ("2022", "2023-H1", "2017–2022").
pub fn period_year(period: &str) -> Option<u16> {
    period.get(..4)?.parse().ok()
}

/// Converts `value` in `from` to `to` at the annual average rates of `year`.
pub fn convert(ds: &Dataset, value: f64, from: Currency, to: Currency, year: u16) -> Option<f64> {
    if from == to {
        return Some(value);
    }
    let r = ds.rate(year)?;
    let usd = match from {
        Currency::Usd => value,
        Currency::Cny => value / r.usd_cny,
        Currency::Krw => value / r.usd_krw,
    };
    Some(match to {
        Currency::Usd => usd,
        Currency::Cny => usd * r.usd_cny,
        Currency::Krw => usd * r.usd_krw,
    })
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Groups an integer's digits by thousands.
pub fn grouped(n: f64) -> String {
    super::dataset::derive::group_thousands(n)
}

/// A short number: 3 438 000 000 → "34.38억" (ko), "34.38亿" (zh), "3.438 billion" (en).
pub fn compact(value: f64, lang: Lang) -> String {
    let a = value.abs();
    match lang {
        Lang::Ko | Lang::Zh => {
            let (big, mid, small) = if lang == Lang::Ko {
                ("조", "억", "만")
            } else {
                ("万亿", "亿", "万")
            };
            if a >= 1e12 {
                format!("{}{big}", trim_zeros(format!("{:.2}", value / 1e12)))
            } else if a >= 1e8 {
                format!("{}{mid}", trim_zeros(format!("{:.2}", value / 1e8)))
            } else if a >= 1e4 {
                format!("{}{small}", trim_zeros(format!("{:.2}", value / 1e4)))
            } else {
                trim_zeros(format!("{value:.2}"))
            }
        }
        Lang::En => {
            if a >= 1e12 {
                format!("{} trillion", trim_zeros(format!("{:.3}", value / 1e12)))
            } else if a >= 1e9 {
                format!("{} billion", trim_zeros(format!("{:.3}", value / 1e9)))
            } else if a >= 1e6 {
                format!("{} million", trim_zeros(format!("{:.3}", value / 1e6)))
            } else {
                grouped(value)
            }
        }
    }
}

/// A full Korean amount in the article's style: 3 438 000 000 → "34억 3,800만".
pub fn korean_full(value: f64) -> String {
    let n = value.round() as u64;
    let (eok, man, rest) = (n / 100_000_000, (n / 10_000) % 10_000, n % 10_000);
    let mut parts = Vec::new();
    if eok > 0 {
        parts.push(format!("{}억", grouped(eok as f64)));
    }
    if man > 0 {
        parts.push(format!("{}만", grouped(man as f64)));
    }
    if rest > 0 || parts.is_empty() {
        parts.push(grouped(rest as f64));
    }
    parts.join(" ")
}

/// An amount with its currency word: "34.38억 위안", "34.38亿元", "3.438 billion CNY".
pub fn money(value: f64, cur: Currency, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{} {}", compact(value, lang), cur.word(lang)),
        Lang::Zh => format!("{}{}", compact(value, lang), cur.word(lang)),
        Lang::En => format!("{} {}", compact(value, lang), cur.word(lang)),
    }
}

/// A period label: "2023-H1" → "2023년 상반기" / "2023年上半年" / "H1 2023".
pub fn period(p: &str, lang: Lang) -> String {
    let year = p.get(..4).unwrap_or(p);
    let rest = p.get(4..).unwrap_or("");
    match (rest, lang) {
        ("", Lang::Ko) if year.chars().all(|c| c.is_ascii_digit()) => format!("{year}년"),
        ("", Lang::Zh) if year.chars().all(|c| c.is_ascii_digit()) => format!("{year}年"),
        ("-H1", Lang::Ko) => format!("{year}년 상반기"),
        ("-H1", Lang::Zh) => format!("{year}年上半年"),
        ("-H1", Lang::En) => format!("H1 {year}"),
        _ => p.to_string(),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date: "2023년 8월 7일" / "2023年8月7日" / "7 Aug 2023" (month or day may be absent).
pub fn date(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Ko => match (d.month, d.day) {
            (0, _) => format!("{}년", d.year),
            (m, 0) => format!("{}년 {m}월", d.year),
            (m, day) => format!("{}년 {m}월 {day}일", d.year),
        },
        Lang::Zh => match (d.month, d.day) {
            (0, _) => format!("{}年", d.year),
            (m, 0) => format!("{}年{m}月", d.year),
            (m, day) => format!("{}年{m}月{day}日", d.year),
        },
        Lang::En => match (d.month, d.day) {
            (0, _) => d.year.to_string(),
            (m, 0) => format!("{} {}", MONTHS_EN[m as usize - 1], d.year),
            (m, day) => format!("{day} {} {}", MONTHS_EN[m as usize - 1], d.year),
        },
    }
}

/// A date range, shortened when both ends share the year (and month).
pub fn date_range(a: Date, b: Option<Date>, lang: Lang) -> String {
    match b {
        None => date(a, lang),
        Some(b) if b == a => date(a, lang),
        Some(b) => {
            let end = match lang {
                Lang::Ko if a.year == b.year && a.month == b.month => format!("{}일", b.day),
                Lang::Ko if a.year == b.year => format!("{}월 {}일", b.month, b.day),
                Lang::Zh if a.year == b.year && a.month == b.month => format!("{}日", b.day),
                Lang::Zh if a.year == b.year => format!("{}月{}日", b.month, b.day),
                _ => date(b, lang),
            };
            format!("{} – {end}", date(a, lang))
        }
    }
}

/// A date range without the year, for axes that show one year: "8월 7일 – 11일", "7–11 Aug".
pub fn date_range_no_year(a: Date, b: Option<Date>, lang: Lang) -> String {
    let md = |d: Date| match (lang, d.day) {
        (Lang::Ko, 0) => format!("{}월", d.month),
        (Lang::Ko, day) => format!("{}월 {day}일", d.month),
        (Lang::Zh, 0) => format!("{}月", d.month),
        (Lang::Zh, day) => format!("{}月{day}日", d.month),
        (Lang::En, 0) => MONTHS_EN[d.month.max(1) as usize - 1].to_string(),
        (Lang::En, day) => format!("{day} {}", MONTHS_EN[d.month.max(1) as usize - 1]),
    };
    match b {
        Some(b) if b != a => {
            let end = match lang {
                Lang::Ko if a.month == b.month => format!("{}일", b.day),
                Lang::Zh if a.month == b.month => format!("{}日", b.day),
                _ => md(b),
            };
            format!("{} – {end}", md(a))
        }
        _ => md(a),
    }
}

/// A plain value with its unit word, for non-money figures ("46.5%", "120개 이상", "100,000 m²").
pub fn quantity(value: f64, unit: Unit, lang: Lang) -> String {
    let n = trim_zeros(format!("{value:.2}"));
    let n = if value.abs() >= 1000.0 {
        grouped(value)
    } else {
        n
    };
    let word = match (unit, lang) {
        (Unit::Percent, _) => return format!("{n}%"),
        (Unit::SquareMetres, _) => return format!("{n} m²"),
        (Unit::None, _) => return format!("{n}×"),
        (Unit::Firms, Lang::Ko) => "개 기업",
        (Unit::Firms, Lang::Zh) => "家企业",
        (Unit::Firms, Lang::En) => "firms",
        (Unit::Bodies, Lang::Ko) => "개 기관단체",
        (Unit::Bodies, Lang::Zh) => "个机构团体",
        (Unit::Bodies, Lang::En) => "institutions",
        (Unit::Visits, Lang::Ko) => "번",
        (Unit::Visits, Lang::Zh) => "次",
        (Unit::Visits, Lang::En) => "times",
        (Unit::Agreements, Lang::Ko) => "개항 협정",
        (Unit::Agreements, Lang::Zh) => "项协议",
        (Unit::Agreements, Lang::En) => "agreements",
        (Unit::Areas, Lang::Ko) => "개 분야",
        (Unit::Areas, Lang::Zh) => "个领域",
        (Unit::Areas, Lang::En) => "fields",
        (Unit::People, Lang::Ko) => "명",
        (Unit::People, Lang::Zh) => "人",
        (Unit::People, Lang::En) => "person",
        (Unit::Years, Lang::Ko) => "년",
        (Unit::Years, Lang::Zh) => "年",
        (Unit::Years, Lang::En) => "years",
        (Unit::Months, Lang::Ko) => "개월",
        (Unit::Months, Lang::Zh) => "个月",
        (Unit::Months, Lang::En) => "months",
        (Unit::Days, Lang::Ko) => "일",
        (Unit::Days, Lang::Zh) => "天",
        (Unit::Days, Lang::En) => "days",
        (Unit::Cny | Unit::Usd, _) => "",
    };
    match lang {
        Lang::En => format!("{n} {word}"),
        _ => format!("{n}{word}"),
    }
}

/// A stated figure as a key-figure tile shows it: money in its own currency, other numbers with
/// their unit, qualified as the article qualifies it (`bound`).
pub fn stated(f: &Figure, lang: Lang) -> String {
    let n = match Currency::from_unit(f.unit) {
        Some(c) => money(f.value, c, lang),
        None => quantity(f.value, f.unit, lang),
    };
    bounded(n, f.bound, lang)
}

/// A number with the article's qualifier: "over" (넘어섰고, 이상) as "+" — 20억 달러+ —, "about"
/// (120여 개) as the language's word — 약 120개 기업, 约120家企业, about 120 firms —, exact as is.
pub fn bounded(text: String, bound: Bound, lang: Lang) -> String {
    match (bound, lang) {
        (Bound::Exact, _) => text,
        (Bound::Over, _) => format!("{text}+"),
        (Bound::About, Lang::Ko) => format!("약 {text}"),
        (Bound::About, Lang::Zh) => format!("约{text}"),
        (Bound::About, Lang::En) => format!("about {text}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    #[test]
    fn compact_numbers_in_three_languages() {
        assert_eq!(compact(3_438_000_000.0, Lang::Ko), "34.38억");
        assert_eq!(compact(1_310_000_000.0, Lang::Ko), "13.1억");
        assert_eq!(compact(3_438_000_000.0, Lang::Zh), "34.38亿");
        assert_eq!(compact(3_438_000_000.0, Lang::En), "3.438 billion");
        assert_eq!(compact(100_000.0, Lang::Ko), "10만");
        assert_eq!(compact(4_488_000_000_000.0, Lang::Ko), "4.49조");
    }

    #[test]
    fn korean_full_amounts_read_like_the_article() {
        assert_eq!(korean_full(3_438_000_000.0), "34억 3,800만");
        assert_eq!(korean_full(1_310_000_000.0), "13억 1,000만");
        assert_eq!(korean_full(2_000_000_000.0), "20억");
    }

    #[test]
    fn conversion_uses_the_year_average() {
        // 3.438 bn CNY / 6.7261 CNY per USD = 511.143 m USD; × 1291.95 KRW per USD = 660.37 bn KRW.
        let usd = convert(&DATASET, 3.438e9, Currency::Cny, Currency::Usd, 2022).unwrap();
        assert!((usd - 511_143_158.7).abs() < 1.0, "{usd}");
        let krw = convert(&DATASET, 3.438e9, Currency::Cny, Currency::Krw, 2022).unwrap();
        assert!((krw / 1e8 - 6603.7).abs() < 0.5, "{krw}");
        assert_eq!(
            convert(&DATASET, 1.0, Currency::Cny, Currency::Usd, 1999),
            None
        );
        assert_eq!(
            convert(&DATASET, 5.0, Currency::Usd, Currency::Usd, 1999),
            Some(5.0)
        );
    }

    #[test]
    fn periods_dates_and_quantities() {
        assert_eq!(period("2023-H1", Lang::Ko), "2023년 상반기");
        assert_eq!(period("2023-H1", Lang::En), "H1 2023");
        assert_eq!(period("2017", Lang::Zh), "2017年");
        let d = Date {
            year: 2023,
            month: 8,
            day: 7,
        };
        let e = Date {
            year: 2023,
            month: 8,
            day: 11,
        };
        assert_eq!(date_range(d, Some(e), Lang::Ko), "2023년 8월 7일 – 11일");
        assert_eq!(date_range(d, Some(e), Lang::En), "7 Aug 2023 – 11 Aug 2023");
        assert_eq!(date_range_no_year(d, Some(e), Lang::Ko), "8월 7일 – 11일");
        assert_eq!(date_range_no_year(d, Some(e), Lang::En), "7 Aug – 11 Aug");
        let may = Date {
            year: 2023,
            month: 5,
            day: 0,
        };
        assert_eq!(date_range_no_year(may, None, Lang::Zh), "5月");
        assert_eq!(quantity(46.5, Unit::Percent, Lang::Ko), "46.5%");
        assert_eq!(
            quantity(100_000.0, Unit::SquareMetres, Lang::En),
            "100,000 m²"
        );
        assert_eq!(quantity(46.0, Unit::Firms, Lang::Ko), "46개 기업");
        assert_eq!(money(3.438e9, Currency::Cny, Lang::Ko), "34.38억 위안");
        assert_eq!(money(3.438e9, Currency::Cny, Lang::Zh), "34.38亿元");
    }

    #[test]
    fn stated_figures_carry_their_bound() {
        let fig = |id: &str| &DATASET.figures[DATASET.figure_index(id).unwrap()];
        let over = fig("investment_total");
        assert_eq!(over.bound, Bound::Over);
        assert_eq!(stated(over, Lang::Ko), "20억 달러+");
        assert_eq!(stated(over, Lang::En), "2 billion USD+");
        let about = fig("korean_firms_invested");
        assert_eq!(about.bound, Bound::About);
        assert_eq!(stated(about, Lang::Ko), "약 120개 기업");
        assert_eq!(stated(about, Lang::Zh), "约120家企业");
        assert_eq!(stated(about, Lang::En), "about 120 firms");
        let exact = fig("delegation_firms");
        assert_eq!(stated(exact, Lang::Ko), "46개 기업");
    }
}
