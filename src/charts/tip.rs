//! Where a chart's tooltip goes: beside, above or below its point, always inside the chart.

/// Where a tooltip of `tip` size (width, height) goes for a point occupying `p` (left, top,
/// right, bottom) in a chart of `frame` size, all in CSS pixels: beside the point (right, then
/// left), else above or below it, else on the roomier side overlapping it — always inside the
/// chart, so it never covers what lies outside (the buttons under the chart). Returns its
/// top-left corner.
pub fn place_tip(p: (f64, f64, f64, f64), frame: (f64, f64), tip: (f64, f64)) -> (f64, f64) {
    let (l, t, r, b) = p;
    let (fw, fh) = frame;
    let (tw, th) = tip;
    let gap = 8.0;
    let clamp_x = |x: f64| x.clamp(0.0, (fw - tw).max(0.0));
    let clamp_y = |y: f64| y.clamp(0.0, (fh - th).max(0.0));
    let cx = (l + r) / 2.0;
    if r + gap + tw <= fw {
        (r + gap, clamp_y(t - gap))
    } else if l - gap - tw >= 0.0 {
        (l - gap - tw, clamp_y(t - gap))
    } else if t - gap - th >= 0.0 {
        (clamp_x(cx - tw / 2.0), t - gap - th)
    } else if b + gap + th <= fh {
        (clamp_x(cx - tw / 2.0), b + gap)
    } else if t > fh - b {
        (clamp_x(cx - tw / 2.0), clamp_y(t - gap - th))
    } else {
        (clamp_x(cx - tw / 2.0), clamp_y(b + gap))
    }
}
