//! Figures the article implies but does not state, computed from the stated ones. Nothing here is
//! typed into `data/`: change a stated figure and every derived value and formula follows.

use super::model::{Derived, Figure, Text, Tri, Unit};

/// Writes an integer with thousands separators: 2346757679 → "2,346,757,679".
pub fn group_thousands(n: f64) -> String {
    let neg = n < 0.0;
    let digits = format!("{:.0}", n.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn leak_list<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Computes the derived figures. `Err` names the stated figure that is missing or unusable.
pub fn derive(figures: &[Figure]) -> Result<Vec<Derived>, String> {
    let get = |id: &str| -> Result<(u32, f64), String> {
        figures
            .iter()
            .position(|f| f.id == id)
            .map(|i| (i as u32, figures[i].value))
            .ok_or_else(|| format!("derived figures need the stated figure `{id}`"))
    };
    let (i17, t17) = get("trade_2017")?;
    let (i22, t22) = get("trade_2022")?;
    let (ig22, g22) = get("growth_2022")?;
    let (ih23, h23) = get("trade_h1_2023")?;
    let (igh, gh) = get("growth_h1_2023")?;
    if t17 <= 0.0 {
        return Err("`trade_2017` must be positive to compute a growth multiple".into());
    }

    let t21 = t22 / (1.0 + g22 / 100.0);
    let h22 = h23 / (1.0 + gh / 100.0);
    let multiple = t22 / t17;
    let cagr = (multiple.powf(1.0 / 5.0) - 1.0) * 100.0;

    Ok(vec![
        Derived {
            id: "trade_2021",
            value: t21,
            unit: Unit::Cny,
            period: "2021",
            formula: leak(format!(
                "{} ÷ (1 + {}%) = {}",
                group_thousands(t22),
                g22,
                group_thousands(t21)
            )),
            inputs: leak_list(vec![i22, ig22]),
            label: Tri::new(
                "흑룡강성–한국 무역액 (2022년 증가율로 역산)",
                "黑龙江省对韩贸易额（由2022年增长率推算）",
                "Heilongjiang–Korea trade (implied by the 2022 growth rate)",
            )
            .map(Text::new),
        },
        Derived {
            id: "trade_h1_2022",
            value: h22,
            unit: Unit::Cny,
            period: "2022-H1",
            formula: leak(format!(
                "{} ÷ (1 + {}%) = {}",
                group_thousands(h23),
                gh,
                group_thousands(h22)
            )),
            inputs: leak_list(vec![ih23, igh]),
            label: Tri::new(
                "상반기 무역액 (2023년 상반기 증가율로 역산)",
                "上半年贸易额（由2023年上半年增长率推算）",
                "First-half trade (implied by the 2023 first-half growth)",
            )
            .map(Text::new),
        },
        Derived {
            id: "multiple_2017_2022",
            value: multiple,
            unit: Unit::None,
            period: "2017–2022",
            formula: leak(format!(
                "{} ÷ {} = {:.2}",
                group_thousands(t22),
                group_thousands(t17),
                multiple
            )),
            inputs: leak_list(vec![i17, i22]),
            label: Tri::new(
                "2017→2022 무역액 배수",
                "2017—2022年贸易额倍数",
                "Trade multiple, 2017→2022",
            )
            .map(Text::new),
        },
        Derived {
            id: "cagr_2017_2022",
            value: cagr,
            unit: Unit::Percent,
            period: "2017–2022",
            formula: leak(format!(
                "({} ÷ {})^(1/5) − 1 = {:.1}%",
                group_thousands(t22),
                group_thousands(t17),
                cagr
            )),
            inputs: leak_list(vec![i17, i22]),
            label: Tri::new(
                "2017→2022 연평균 증가율",
                "2017—2022年年均增长率",
                "Compound annual growth, 2017→2022",
            )
            .map(Text::new),
        },
    ])
}
