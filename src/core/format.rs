//! Numbers, money, periods and dates as each interface language writes them: 억/만 in Korean,
//! 亿/万 in Chinese, billions in English. Also currency conversion at annual average rates.

use super::dataset::model::{Bound, Dataset, Date, Figure, FigureKind, ParagraphKind, Unit};
use super::i18n::{Lang, K};

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

/// Converts a money value of `period` ("2022", "2023-H1", "2017–2022") from `from` to `to` at
/// the average rates of the period's year (`period_year`): the rate year and the value. `None`
/// when the period names no year, or when the currencies differ and that year has no rates.
/// The charts' bars, the figures CSV and a yuan figure's amount convert through here.
pub fn convert_for_period(
    ds: &Dataset,
    value: f64,
    from: Currency,
    to: Currency,
    period: &str,
) -> Option<(u16, f64)> {
    let year = period_year(period)?;
    Some((year, convert(ds, value, from, to, year)?))
}

/// A money figure of the text in another currency than `to`, converted at the rate of its
/// period's year and said as a reader says it, its qualifier in place: what a key-figure tile
/// shows under the figure (in the app and on the built pages). None for a figure already in
/// `to`, or not money.
pub fn figure_converted(ds: &Dataset, f: &Figure, to: Currency, lang: Lang) -> Option<String> {
    let from = Currency::from_unit(f.unit).filter(|from| *from != to)?;
    let (_, v) = convert_for_period(ds, f.value, from, to, f.period)?;
    Some(qualify(
        &money_approx(v, to, lang, Width::Long),
        f.bound,
        lang,
    ))
}

fn trim_zeros(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Groups the integer part of a decimal string by thousands: "6603.71" → "6,603.71".
fn group_str(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(a, b)| (a, Some(b)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Groups an integer's digits by thousands.
pub fn grouped(n: f64) -> String {
    super::dataset::derive::group_thousands(n)
}

/// How a number is written: as stated (to `decimals`, trailing zeros dropped) or as an
/// approximation (three significant figures, whole units once the integer part has three digits
/// or more: 6603.71 → "6,604", 660.37 → "660", 5.1114 → "5.11").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Exact,
    Approx,
}

/// Whether English scale words are spelled out ("billion") or abbreviated ("bn") — charts use
/// the short form where space is tight. Korean and Chinese scale words are one character anyway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    Long,
    Short,
}

fn digits(x: f64, precision: Precision, decimals: usize) -> String {
    let s = match precision {
        Precision::Exact => trim_zeros(format!("{x:.decimals$}")),
        Precision::Approx => {
            let a = x.abs();
            let int_digits = if a > 0.0 {
                a.log10().floor() as i32 + 1
            } else {
                1
            };
            let d = (3 - int_digits).max(0) as usize;
            trim_zeros(format!("{x:.d$}"))
        }
    };
    group_str(&s)
}

/// A short number in words: 3 438 000 000 → "34.38억" (ko), "34.38亿" (zh), "3.438 billion" (en);
/// 660 371 000 000 approximated → "6,604억", "6,604亿", "660 billion" ("660bn" short, as
/// English newsrooms write "US$511m").
pub fn number(value: f64, lang: Lang, precision: Precision, width: Width) -> String {
    let a = value.abs();
    match lang {
        Lang::Ko | Lang::Zh => {
            let (big, mid, small) = if lang == Lang::Ko {
                ("조", "억", "만")
            } else {
                ("万亿", "亿", "万")
            };
            let (div, word) = if a >= 1e12 {
                (1e12, big)
            } else if a >= 1e8 {
                (1e8, mid)
            } else if a >= 1e4 {
                (1e4, small)
            } else {
                (1.0, "")
            };
            format!("{}{word}", digits(value / div, precision, 2))
        }
        Lang::En => {
            let (div, long, short) = if a >= 1e12 {
                (1e12, "trillion", "tn")
            } else if a >= 1e9 {
                (1e9, "billion", "bn")
            } else if a >= 1e6 {
                (1e6, "million", "m")
            } else {
                return digits(value, precision, 2);
            };
            let n = digits(value / div, precision, 3);
            match width {
                Width::Long => format!("{n} {long}"),
                Width::Short => format!("{n}{short}"),
            }
        }
    }
}

/// A short exact number: 3 438 000 000 → "34.38억" (ko), "34.38亿" (zh), "3.438 billion" (en).
pub fn compact(value: f64, lang: Lang) -> String {
    number(value, lang, Precision::Exact, Width::Long)
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

/// A number in words with its currency, where and as the language writes it: after the number
/// in Korean and Chinese ("34.38억 위안", "34.38亿元"), before it in English, as a symbol for the
/// dollar and an ISO code otherwise ("US$511m", "CNY 3.438 billion", "KRW 660bn").
pub fn with_currency(n: String, cur: Currency, lang: Lang) -> String {
    match (lang, cur) {
        (Lang::Zh, _) => format!("{n}{}", cur.word(lang)),
        (Lang::Ko, _) => format!("{n} {}", cur.word(lang)),
        (Lang::En, Currency::Usd) => format!("US${n}"),
        (Lang::En, _) => format!("{} {n}", cur.iso()),
    }
}

/// An amount with its currency word: "34.38억 위안", "34.38亿元", "CNY 3.438 billion".
pub fn money(value: f64, cur: Currency, lang: Lang) -> String {
    with_currency(compact(value, lang), cur, lang)
}

/// A converted amount, rounded as an approximation and marked so: "≈ 6,604억 원",
/// "≈ 6,604亿韩元", "≈ KRW 660 billion" ("≈ KRW 660bn" short).
pub fn money_approx(value: f64, cur: Currency, lang: Lang, width: Width) -> String {
    let n = number(value, lang, Precision::Approx, width);
    format!("≈ {}", with_currency(n, cur, lang))
}

/// What the article's "원" is, said at the amount (issue #20: a skimmer reads won): for a yuan
/// figure, the word yuan and the amount in the reader's currency — "위안 · ≈ 2,496억 원",
/// "yuan · ≈ US$365m"; for a Chinese reader, "人民币". `None` for any other figure.
pub fn yuan_at_amount(ds: &Dataset, fig: &Figure, lang: Lang) -> Option<String> {
    if fig.unit != Unit::Cny {
        return None;
    }
    let to = match lang {
        Lang::Zh => return Some("人民币".into()),
        Lang::Ko => Currency::Krw,
        Lang::En => Currency::Usd,
    };
    let (_, v) = convert_for_period(ds, fig.value, Currency::Cny, to, fig.period)?;
    let word = lang.pick("위안", "", "yuan");
    Some(format!(
        "{word} · {}",
        money_approx(v, to, lang, Width::Short)
    ))
}

/// An amount as a reader says it, in full: "34억 3,800만 위안" (ko, as the article writes
/// amounts), "34.38亿元" (zh), "CNY 3.438 billion" (en).
pub fn money_words(value: f64, cur: Currency, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{} {}", korean_full(value), cur.word(lang)),
        _ => money(value, cur, lang),
    }
}

/// Puts a qualifier where the language puts it: "약 X" / "X 이상", "约X" / "X以上",
/// "about X" / "more than X". (Counted things take 여/余, "more than", between number and
/// counter instead: see `quantity_with`.)
pub fn qualify(text: &str, bound: Bound, lang: Lang) -> String {
    match (bound, lang) {
        (Bound::Exact, _) => text.to_string(),
        (Bound::About, Lang::Ko) => format!("약 {text}"),
        (Bound::About, Lang::Zh) => format!("约{text}"),
        (Bound::About, Lang::En) => format!("about {text}"),
        (Bound::Over, Lang::Ko) => format!("{text} 이상"),
        (Bound::Over, Lang::Zh) => format!("{text}以上"),
        (Bound::Over, Lang::En) => format!("more than {text}"),
    }
}

fn parse_date(s: &str) -> Option<Date> {
    let mut it = s.split('-');
    let year = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = match it.next() {
        Some(m) => m.parse().ok().filter(|m| (1..=12).contains(m))?,
        None => 0,
    };
    let day = match it.next() {
        Some(d) => d.parse().ok().filter(|d| (1..=31).contains(d))?,
        None => 0,
    };
    it.next().is_none().then_some(Date { year, month, day })
}

/// A period label: "2023-H1" → "2023년 상반기" / "2023年上半年" / "H1 2023"; also years,
/// months ("2023-08" → "Aug 2023"), days, month ranges ("2023-05/08" → "2023년 5–8월" /
/// "2023年5月至8月" / "May–Aug 2023"), year ranges ("2017–2022") and the words the data uses
/// ("monthly", "recent"). Anything else is shown as written.
pub fn period(p: &str, lang: Lang) -> String {
    match p {
        "monthly" => return lang.pick("매달", "每月", "monthly").to_string(),
        "recent" => return lang.pick("최근", "近期", "recent").to_string(),
        _ => {}
    }
    let year = |y: &str| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit());
    // A range of years: "2017–2022" (en dash, as derived figures write it) or "2017/2022".
    if let Some((a, b)) = p.split_once(['–', '/']).filter(|(a, b)| year(a) && year(b)) {
        return match lang {
            Lang::Ko => format!("{a}–{b}년"),
            Lang::Zh => format!("{a}年至{b}年"),
            Lang::En => format!("{a}–{b}"),
        };
    }
    // Halves.
    if let Some((y, h)) = p.split_once("-H").filter(|(y, _)| year(y)) {
        return match (h, lang) {
            ("1", Lang::Ko) => format!("{y}년 상반기"),
            ("2", Lang::Ko) => format!("{y}년 하반기"),
            ("1", Lang::Zh) => format!("{y}年上半年"),
            ("2", Lang::Zh) => format!("{y}年下半年"),
            ("1" | "2", Lang::En) => format!("H{h} {y}"),
            _ => p.to_string(),
        };
    }
    // A range of months in one year: "2023-02/03".
    if let Some((a, m2)) = p.split_once('/') {
        if let (Some(d), Ok(m2)) = (parse_date(a), m2.parse::<u8>()) {
            if d.month > 0 && d.day == 0 && (d.month + 1..=12).contains(&m2) {
                let y = d.year;
                let m1 = d.month;
                return match lang {
                    Lang::Ko => format!("{y}년 {m1}–{m2}월"),
                    Lang::Zh => format!("{y}年{m1}月至{m2}月"),
                    Lang::En => format!(
                        "{}–{} {y}",
                        MONTHS_EN[m1 as usize - 1],
                        MONTHS_EN[m2 as usize - 1]
                    ),
                };
            }
        }
        return p.to_string();
    }
    match parse_date(p) {
        Some(d) => date(d, lang),
        None => p.to_string(),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_en(m: u8) -> &'static str {
    MONTHS_EN[m.clamp(1, 12) as usize - 1]
}

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
            (m, 0) => format!("{} {}", month_en(m), d.year),
            (m, day) => format!("{day} {} {}", month_en(m), d.year),
        },
    }
}

/// A date range, shortened when both ends share the year (and month): "2023년 8월 7일 – 11일",
/// "2023年8月7日至11日", "7–11 Aug 2023", "23 Feb – 2 Mar 2023".
pub fn date_range(a: Date, b: Option<Date>, lang: Lang) -> String {
    match b {
        Some(b) if b != a && a.year == b.year && a.day > 0 && b.day > 0 => {
            format!(
                "{}{}",
                year_prefix(a.year, lang),
                date_range_no_year(a, Some(b), lang)
            ) + &year_suffix(a.year, lang)
        }
        Some(b) if b != a => {
            let sep = if lang == Lang::Zh { "至" } else { " – " };
            format!("{}{sep}{}", date(a, lang), date(b, lang))
        }
        _ => date(a, lang),
    }
}

fn year_prefix(y: u16, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("{y}년 "),
        Lang::Zh => format!("{y}年"),
        Lang::En => String::new(),
    }
}

fn year_suffix(y: u16, lang: Lang) -> String {
    match lang {
        Lang::En => format!(" {y}"),
        _ => String::new(),
    }
}

/// A date range without the year, for axes that show one year: "8월 7일 – 11일", "8月7日至11日",
/// "7–11 Aug", "23 Feb – 2 Mar".
pub fn date_range_no_year(a: Date, b: Option<Date>, lang: Lang) -> String {
    let md = |d: Date| match (lang, d.day) {
        (Lang::Ko, 0) => format!("{}월", d.month),
        (Lang::Ko, day) => format!("{}월 {day}일", d.month),
        (Lang::Zh, 0) => format!("{}月", d.month),
        (Lang::Zh, day) => format!("{}月{day}日", d.month),
        (Lang::En, 0) => month_en(d.month).to_string(),
        (Lang::En, day) => format!("{day} {}", month_en(d.month)),
    };
    match b {
        Some(b) if b != a => {
            let same_month = a.month == b.month && a.day > 0 && b.day > 0;
            match lang {
                Lang::Ko if same_month => format!("{} – {}일", md(a), b.day),
                Lang::Zh if same_month => format!("{}至{}日", md(a), b.day),
                Lang::En if same_month => format!("{}–{} {}", a.day, b.day, month_en(a.month)),
                Lang::Zh => format!("{}至{}", md(a), md(b)),
                _ => format!("{} – {}", md(a), md(b)),
            }
        }
        _ => md(a),
    }
}

/// The counter word after a count, in the right number for English.
fn counter(unit: Unit, lang: Lang, one: bool) -> &'static str {
    let en = |sg: &'static str, pl: &'static str| if one { sg } else { pl };
    match unit {
        Unit::Firms => lang.pick("개 기업", "家企业", en("firm", "firms")),
        Unit::Bodies => lang.pick(
            "개 기관단체",
            "个机构团体",
            en("institution", "institutions"),
        ),
        Unit::Visits => lang.pick("번", "次", en("time", "times")),
        Unit::Agreements => lang.pick("개항 협정", "项协议", en("agreement", "agreements")),
        Unit::Areas => lang.pick("개 분야", "个领域", en("field", "fields")),
        Unit::People => lang.pick("명", "人", en("person", "people")),
        Unit::Years => lang.pick("년", "年", en("year", "years")),
        Unit::Months => lang.pick("개월", "个月", en("month", "months")),
        Unit::Days => lang.pick("일", "天", en("day", "days")),
        Unit::Cny | Unit::Usd | Unit::Percent | Unit::SquareMetres | Unit::None => "",
    }
}

/// A plain value with its unit word, for non-money figures ("46.5%", "120개 기업", "100,000 m²").
pub fn quantity(value: f64, unit: Unit, lang: Lang) -> String {
    quantity_with(value, unit, lang, Bound::Exact)
}

/// A non-money value with its qualifier where the language puts it: "120여 개 기업",
/// "120余家企业", "more than 120 firms"; "20년 이상", "20年以上", "more than 20 years".
///
/// Korean 여 (餘) and Chinese 余 between a number and its counter say "more than": 120여 개 is
/// "more than 120", not "about 120". Counted things take them, as the article writes
/// "120여 개"; lengths of time take 이상/以上 after the unit, as it writes "20년 이상".
pub fn quantity_with(value: f64, unit: Unit, lang: Lang, bound: Bound) -> String {
    let n = digits(value, Precision::Exact, 2);
    let body = match unit {
        Unit::Percent => format!("{n}%"),
        Unit::SquareMetres => format!("{n} m²"),
        Unit::None => format!("{n}×"),
        Unit::Cny | Unit::Usd => {
            let cur = Currency::from_unit(unit).unwrap_or_default();
            return qualify(&money_words(value, cur, lang), bound, lang);
        }
        _ => {
            let w = counter(unit, lang, value == 1.0);
            let time = matches!(unit, Unit::Years | Unit::Months | Unit::Days);
            match (bound, lang) {
                (Bound::Over, Lang::Ko) if !time => return format!("{n}여 {w}"),
                (Bound::Over, Lang::Zh) if !time => return format!("{n}余{w}"),
                (_, Lang::En) => format!("{n} {w}"),
                _ => format!("{n}{w}"),
            }
        }
    };
    qualify(&body, bound, lang)
}

/// A stated figure as a reader says it, qualifier included: dates as dates, money in words
/// ("20억 달러 이상", "20亿美元以上", "more than US$2 billion"), counts with their counter.
pub fn figure_value(f: &Figure, lang: Lang) -> String {
    match (f.kind, f.date) {
        (FigureKind::Date, Some(d)) => date_range(d, f.date_end, lang),
        (FigureKind::Date, None) => period(f.period, lang),
        _ => quantity_with(f.value, f.unit, lang, f.bound),
    }
}

/// The machine key of a qualifier, as in `data/figures.toml` and the figures CSV.
pub fn bound_key(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::About => "about",
        Bound::Over => "over",
    }
}

/// The year the article reports on: the latest year among its events. The article's own date is
/// not in the data; it speaks of "올해" (this year) for these 2023 events, so it appeared that year.
pub fn article_year(ds: &Dataset) -> Option<u16> {
    ds.events
        .iter()
        .map(|e| e.end.unwrap_or(e.start).year)
        .max()
}

/// The newspaper's name as the article's source line prints it ("출처: 흑룡강일보" → "흑룡강일보").
pub fn source_name(ds: &Dataset) -> Option<&'static str> {
    let p = ds
        .article
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Source)?;
    let s = ds.article.sentences.get(p.first as usize)?.text.as_str();
    Some(s.split_once(':').map_or(s, |(_, name)| name).trim())
}

/// The credit line under a published chart: the newspaper (its Korean name in every language),
/// the year, and the chart's maker. "출처: 흑룡강일보, 2023년 · 차트: 롱장 리더".
pub fn source_credit(ds: &Dataset, lang: Lang) -> String {
    let name = source_name(ds).unwrap_or("흑룡강일보");
    let year = article_year(ds).map(|y| y.to_string()).unwrap_or_default();
    let source = match lang {
        Lang::Ko => format!("{}: {name}, {year}년", K::Source.get(lang)),
        Lang::Zh => format!(
            "{}：{name}（{}），{year}年",
            K::Source.get(lang),
            K::SourcePaper.get(lang)
        ),
        // In English, in English (issue #24): the paper's English name, not its Hangul one.
        Lang::En => format!(
            "{}: {}, {year}",
            K::Source.get(lang),
            K::SourcePaper.get(lang)
        ),
    };
    format!("{source} · {}", K::ChartBy.get(lang))
}

/// A currency's name in a sentence: "원화(KRW)", "韩元", "won (KRW)".
pub fn currency_name(cur: Currency, lang: Lang) -> &'static str {
    match cur {
        Currency::Cny => lang.pick("위안화(CNY)", "人民币（元）", "Chinese yuan (CNY)"),
        Currency::Krw => lang.pick("원화(KRW)", "韩元（KRW）", "Korean won (KRW)"),
        Currency::Usd => lang.pick("미국 달러(USD)", "美元（USD）", "US dollars (USD)"),
    }
}

/// The note under converted values, one whole sentence: "원화(KRW) 금액은 …근삿값입니다." `None` in
/// yuan, the article's own currency.
pub fn converted_note(cur: Currency, lang: Lang) -> Option<String> {
    (cur != Currency::Cny).then(|| {
        K::ConvertedNote
            .get(lang)
            .replace("{cur}", currency_name(cur, lang))
    })
}

/// Where the rates behind a conversion to `cur` in `years` come from, each publisher once with
/// all its years, in the interface language (`describe::rate_source`): "중국 국가통계국
/// 2017·2021·2022년 통계공보: …; 한국은행: …". USD needs only the yuan rate; KRW both.
pub fn rate_sources(ds: &Dataset, years: &[u16], cur: Currency, lang: Lang) -> String {
    let mut groups: Vec<(&'static str, Vec<u16>)> = Vec::new();
    for r in years.iter().filter_map(|&y| ds.rate(y)) {
        let used: &[&'static str] = match cur {
            Currency::Cny => &[],
            Currency::Usd => &[r.source_usd_cny],
            Currency::Krw => &[r.source_usd_cny, r.source_usd_krw],
        };
        for &src in used {
            let publisher = src.split(',').next().unwrap_or(src);
            match groups
                .iter_mut()
                .find(|(s, _)| s.split(',').next() == Some(publisher))
            {
                Some((_, ys)) if !ys.contains(&r.year) => ys.push(r.year),
                Some(_) => {}
                None => groups.push((src, vec![r.year])),
            }
        }
    }
    let sep = lang.pick("·", "、", ", ");
    let names: Vec<String> = groups
        .into_iter()
        .map(|(src, ys)| {
            let (text, _) = super::describe::rate_source(src, ys[0], lang);
            let all: Vec<String> = ys.iter().map(u16::to_string).collect();
            if lang == Lang::En {
                // The data's own wording names one year: name them all.
                let publisher = src.split(',').next().unwrap_or(src);
                let ys = if text.contains(&ys[0].to_string()) {
                    format!(" ({})", all.join(sep))
                } else {
                    String::new()
                };
                format!("{publisher}{ys}")
            } else {
                text.replacen(&ys[0].to_string(), &all.join(sep), 1)
            }
        })
        .collect();
    names.join(lang.pick("; ", "；", "; "))
}

/// A rate as the card shows it: "US$1 = CNY 6.7261 = KRW 1,291.95".
pub fn rate_line(usd_cny: f64, usd_krw: f64) -> String {
    format!(
        "US$1 = CNY {} = KRW {}",
        digits(usd_cny, Precision::Exact, 4),
        digits(usd_krw, Precision::Exact, 2)
    )
}

/// The sentence under a converted amount, with the year and the rate in it: "Approximate, at
/// the 2017 average rate: US$1 = CNY 6.7518 = KRW 1,130.84." (ko, zh likewise). `None` when
/// the dataset has no rate for the year.
pub fn rate_note(ds: &Dataset, year: u16, lang: Lang) -> Option<String> {
    let r = ds.rate(year)?;
    let head = K::ApproxAtYearRate
        .get(lang)
        .replace("{year}", &year.to_string());
    let colon = lang.pick(": ", "：", ": ");
    let stop = lang.pick(".", "。", ".");
    Some(format!(
        "{head}{colon}{}{stop}",
        rate_line(r.usd_cny, r.usd_krw)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::dataset::DATASET;

    fn fig(id: &str) -> &'static Figure {
        &DATASET.figures[DATASET.figure_index(id).unwrap()]
    }

    #[test]
    fn the_articles_yuan_is_said_at_the_amount_in_the_readers_currency() {
        let t = fig("trade_2022"); // 34억 3,800만원, 2022
        let ko = yuan_at_amount(&DATASET, t, Lang::Ko).unwrap();
        let en = yuan_at_amount(&DATASET, t, Lang::En).unwrap();
        assert!(ko.starts_with("위안 · ≈ ") && ko.ends_with('원'), "{ko}");
        assert!(
            ko.contains("6,60"),
            "{ko}: CNY 3.438bn is about KRW 660bn at the 2022 rate"
        );
        assert!(en.starts_with("yuan · ≈ US$"), "{en}");
        assert_eq!(
            yuan_at_amount(&DATASET, t, Lang::Zh).as_deref(),
            Some("人民币")
        );
        // Not a money figure: nothing to say.
        let count = DATASET
            .figures
            .iter()
            .find(|f| f.unit != Unit::Cny)
            .unwrap();
        assert_eq!(yuan_at_amount(&DATASET, count, Lang::Ko), None);
    }

    #[test]
    fn compact_numbers_in_three_languages() {
        assert_eq!(compact(3_438_000_000.0, Lang::Ko), "34.38억");
        assert_eq!(compact(1_310_000_000.0, Lang::Ko), "13.1억");
        assert_eq!(compact(3_438_000_000.0, Lang::Zh), "34.38亿");
        assert_eq!(compact(3_438_000_000.0, Lang::En), "3.438 billion");
        assert_eq!(compact(100_000.0, Lang::Ko), "10만");
        assert_eq!(compact(4_488_000_000_000.0, Lang::Ko), "4.49조");
        // Thousands separators inside the scale word too.
        assert_eq!(compact(660_371_000_000.0, Lang::Ko), "6,603.71억");
        assert_eq!(compact(12_345.0, Lang::En), "12,345");
    }

    #[test]
    fn approximations_are_rounded_to_three_significant_figures_and_grouped() {
        let krw = 660_370_965_466.0;
        assert_eq!(
            money_approx(krw, Currency::Krw, Lang::Ko, Width::Long),
            "≈ 6,604억 원"
        );
        assert_eq!(
            money_approx(krw, Currency::Krw, Lang::Zh, Width::Long),
            "≈ 6,604亿韩元"
        );
        assert_eq!(
            money_approx(krw, Currency::Krw, Lang::En, Width::Short),
            "≈ KRW 660bn"
        );
        assert_eq!(
            money_approx(krw, Currency::Krw, Lang::En, Width::Long),
            "≈ KRW 660 billion"
        );
        assert_eq!(
            money_approx(511_143_158.7, Currency::Usd, Lang::En, Width::Long),
            "≈ US$511 million"
        );
        assert_eq!(
            money_approx(511_143_158.7, Currency::Usd, Lang::En, Width::Short),
            "≈ US$511m"
        );
        assert_eq!(
            money_approx(511_143_158.7, Currency::Usd, Lang::Ko, Width::Long),
            "≈ 5.11억 달러"
        );
        assert_eq!(
            money_approx(2.61082e12, Currency::Krw, Lang::Ko, Width::Long),
            "≈ 2.61조 원"
        );
        assert_eq!(
            number(1_310_000_000.0, Lang::En, Precision::Approx, Width::Short),
            "1.31bn"
        );
        assert_eq!(number(0.0, Lang::Ko, Precision::Approx, Width::Long), "0");
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
        // A period converts at its year's rates, and says which year that was.
        assert_eq!(
            convert_for_period(&DATASET, 3.438e9, Currency::Cny, Currency::Usd, "2022"),
            Some((2022, usd))
        );
        let h1 = convert_for_period(&DATASET, 1.0, Currency::Cny, Currency::Krw, "2023-H1");
        assert_eq!(
            h1,
            Some((
                2023,
                convert(&DATASET, 1.0, Currency::Cny, Currency::Krw, 2023).unwrap()
            ))
        );
        let none = convert_for_period(&DATASET, 1.0, Currency::Cny, Currency::Cny, "monthly");
        assert_eq!(none, None);
    }

    /// Every period the data uses reads as words in every language: none is shown raw.
    #[test]
    fn periods_read_as_words() {
        let cases = [
            ("2023-H1", ["2023년 상반기", "2023年上半年", "H1 2023"]),
            ("2017", ["2017년", "2017年", "2017"]),
            ("2023-08", ["2023년 8월", "2023年8月", "Aug 2023"]),
            (
                "2023-08-08",
                ["2023년 8월 8일", "2023年8月8日", "8 Aug 2023"],
            ),
            (
                "2023-05/08",
                ["2023년 5–8월", "2023年5月至8月", "May–Aug 2023"],
            ),
            (
                "2023-02/03",
                ["2023년 2–3월", "2023年2月至3月", "Feb–Mar 2023"],
            ),
            ("2017–2022", ["2017–2022년", "2017年至2022年", "2017–2022"]),
            ("monthly", ["매달", "每月", "monthly"]),
            ("recent", ["최근", "近期", "recent"]),
        ];
        for (p, want) in cases {
            for (lang, w) in Lang::ALL.into_iter().zip(want) {
                assert_eq!(period(p, lang), w, "{p} in {lang:?}");
            }
        }
        assert_eq!(
            period("someday", Lang::Ko),
            "someday",
            "unknown: as written"
        );
        let looks_raw = |s: &str| {
            s.contains('/')
                || s.chars().filter(|c| c.is_ascii_digit()).count() >= 6 && s.contains('-')
        };
        for p in DATASET
            .figures
            .iter()
            .map(|f| f.period)
            .chain(DATASET.derived.iter().map(|d| d.period))
        {
            for lang in Lang::ALL {
                let s = period(p, lang);
                assert!(!looks_raw(&s), "{p} in {lang:?} reads {s}");
                if lang != Lang::En {
                    assert!(
                        !s.chars().any(|c| c.is_ascii_alphabetic()),
                        "{p} in {lang:?}: {s}"
                    );
                }
            }
        }
    }

    #[test]
    fn dates_and_ranges() {
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
        let feb = Date {
            year: 2023,
            month: 2,
            day: 23,
        };
        let mar = Date {
            year: 2023,
            month: 3,
            day: 2,
        };
        assert_eq!(date_range(d, Some(e), Lang::Ko), "2023년 8월 7일 – 11일");
        assert_eq!(date_range(d, Some(e), Lang::Zh), "2023年8月7日至11日");
        assert_eq!(date_range(d, Some(e), Lang::En), "7–11 Aug 2023");
        assert_eq!(date_range(feb, Some(mar), Lang::En), "23 Feb – 2 Mar 2023");
        assert_eq!(
            date_range(feb, Some(mar), Lang::Ko),
            "2023년 2월 23일 – 3월 2일"
        );
        assert_eq!(date_range(d, None, Lang::En), "7 Aug 2023");
        assert_eq!(date_range_no_year(d, Some(e), Lang::Ko), "8월 7일 – 11일");
        assert_eq!(date_range_no_year(d, Some(e), Lang::En), "7–11 Aug");
        assert_eq!(
            date_range_no_year(feb, Some(mar), Lang::Ko),
            "2월 23일 – 3월 2일"
        );
        assert_eq!(
            date_range_no_year(feb, Some(mar), Lang::Zh),
            "2月23日至3月2日"
        );
        let may = Date {
            year: 2023,
            month: 5,
            day: 0,
        };
        assert_eq!(date_range_no_year(may, None, Lang::Zh), "5月");
    }

    #[test]
    fn quantities_with_their_counters() {
        assert_eq!(quantity(46.5, Unit::Percent, Lang::Ko), "46.5%");
        assert_eq!(
            quantity(100_000.0, Unit::SquareMetres, Lang::En),
            "100,000 m²"
        );
        assert_eq!(quantity(46.0, Unit::Firms, Lang::Ko), "46개 기업");
        assert_eq!(quantity(1.0, Unit::People, Lang::En), "1 person");
        assert_eq!(quantity(2.0, Unit::Years, Lang::En), "2 years");
        assert_eq!(quantity(1.0, Unit::Years, Lang::En), "1 year");
        assert_eq!(money(3.438e9, Currency::Cny, Lang::Ko), "34.38억 위안");
        assert_eq!(money(3.438e9, Currency::Cny, Lang::Zh), "34.38亿元");
    }

    /// The qualifier sits where each language puts it, never tacked on after the value.
    #[test]
    fn figures_read_with_their_qualifier_in_place() {
        let firms = fig("korean_firms_invested");
        assert_eq!(figure_value(firms, Lang::Ko), "120여 개 기업");
        assert_eq!(figure_value(firms, Lang::Zh), "120余家企业");
        assert_eq!(figure_value(firms, Lang::En), "more than 120 firms");
        let age = fig("firm_age");
        assert_eq!(figure_value(age, Lang::Ko), "20년 이상");
        assert_eq!(figure_value(age, Lang::Zh), "20年以上");
        assert_eq!(figure_value(age, Lang::En), "more than 20 years");
        let inv = fig("investment_total");
        assert_eq!(figure_value(inv, Lang::Ko), "20억 달러 이상");
        assert_eq!(figure_value(inv, Lang::Zh), "20亿美元以上");
        assert_eq!(figure_value(inv, Lang::En), "more than US$2 billion");
        let t = fig("trade_2022");
        assert_eq!(figure_value(t, Lang::Ko), "34억 3,800만 위안");
        assert_eq!(figure_value(t, Lang::En), "CNY 3.438 billion");
        let week = fig("date_event_week");
        assert_eq!(figure_value(week, Lang::En), "7–11 Aug 2023");
        assert_eq!(figure_value(fig("skilled_per_month"), Lang::En), "1 person");
        for f in DATASET.figures {
            for lang in Lang::ALL {
                let v = figure_value(f, lang);
                assert!(!v.is_empty(), "{}", f.id);
                for tail in [" about", " just over", " more than", "+"] {
                    assert!(!v.ends_with(tail), "{}: {v}", f.id);
                }
            }
        }
    }

    #[test]
    fn source_credit_names_the_paper_and_year() {
        assert_eq!(source_name(&DATASET), Some("흑룡강일보"));
        assert_eq!(article_year(&DATASET), Some(2023));
        let ko = source_credit(&DATASET, Lang::Ko);
        assert_eq!(ko, "출처: 흑룡강일보, 2023년 · 차트: 롱장 리더");
        let en = source_credit(&DATASET, Lang::En);
        // In English, in English (issue #24).
        assert_eq!(
            en,
            "Source: Heilongjiang Daily, Korean edition, 2023 · Chart: Longjiang Reader"
        );
        assert!(source_credit(&DATASET, Lang::Zh).contains("흑룡강일보"));
    }

    #[test]
    fn notes_are_whole_sentences() {
        assert_eq!(converted_note(Currency::Cny, Lang::En), None);
        for lang in Lang::ALL {
            let n = converted_note(Currency::Krw, lang).unwrap();
            assert!(n.ends_with('.') || n.ends_with('。'), "{n}");
            assert!(!n.contains("{cur}"));
        }
        assert!(converted_note(Currency::Usd, Lang::En)
            .unwrap()
            .starts_with("Amounts in US dollars (USD) are approximations"));
        assert_eq!(
            rate_line(6.7261, 1291.95),
            "US$1 = CNY 6.7261 = KRW 1,291.95"
        );
        assert_eq!(
            rate_note(&DATASET, 2017, Lang::En).unwrap(),
            "Approximate, at the 2017 average rate: US$1 = CNY 6.7518 = KRW 1,130.84."
        );
        assert_eq!(
            rate_note(&DATASET, 2017, Lang::Zh).unwrap(),
            "按2017年平均汇率折算的近似值：US$1 = CNY 6.7518 = KRW 1,130.84。"
        );
        assert_eq!(rate_note(&DATASET, 1999, Lang::Ko), None);
        let years = [2017, 2021, 2022];
        assert_eq!(
            rate_sources(&DATASET, &years, Currency::Krw, Lang::En),
            "National Bureau of Statistics of China (2017, 2021, 2022); Bank of Korea"
        );
        assert_eq!(
            rate_sources(&DATASET, &years, Currency::Usd, Lang::En),
            "National Bureau of Statistics of China (2017, 2021, 2022)",
            "no won rate behind dollars"
        );
        let ko = rate_sources(&DATASET, &years, Currency::Krw, Lang::Ko);
        assert!(
            ko.starts_with("중국 국가통계국 2017·2021·2022년 통계공보"),
            "{ko}"
        );
        assert!(ko.contains("; 한국은행"), "{ko}");
        let zh = rate_sources(&DATASET, &years, Currency::Krw, Lang::Zh);
        assert!(
            zh.starts_with("国家统计局2017、2021、2022年《国民经济和社会发展统计公报》"),
            "{zh}"
        );
        assert_eq!(rate_sources(&DATASET, &years, Currency::Cny, Lang::Ko), "");
    }
}
