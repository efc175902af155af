//! The sweep chart as a PNG image: for each scenario, the household's net income per month (solid)
//! and its cash benefits (dashed) against the fact varied, the points where a benefit is lost marked
//! on the net-income line. Text in the user's language, drawn with the embedded CJK font.

use std::path::Path;
use std::sync::Once;

use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::pdf::FONT;
use crate::analysis::SweepResult;
use crate::i18n::{Lang, tr};

/// Size of the image in pixels: legible when printed on half an A4 page.
const SIZE: (u32, u32) = (1600, 1000);

/// One colour per scenario, the baseline first (distinct in grey print too).
const COLOURS: [RGBColor; 4] = [
    RGBColor(31, 78, 160),
    RGBColor(200, 82, 0),
    RGBColor(0, 128, 80),
    RGBColor(120, 60, 150),
];

/// Draws the chart of `results` (one per scenario, labelled) into the PNG file `path`; `x_label`
/// names the fact varied.
///
/// # Errors
/// The drawing or the file could not be written; the message says why.
pub fn write_sweep_chart(
    path: &Path,
    labels: &[String],
    results: &[SweepResult],
    x_label: &str,
    lang: Lang,
) -> Result<(), String> {
    static FONT_REGISTERED: Once = Once::new();
    FONT_REGISTERED.call_once(|| {
        // The font is compiled in and parses (the PDF uses it too): a failure here cannot happen.
        let _ = register_font("sans-serif", FontStyle::Normal, FONT);
    });
    let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
    let points = || results.iter().flat_map(|r| &r.points);
    let (x0, x1) = points().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(f(p.x)), hi.max(f(p.x)))
    });
    if x0 > x1 {
        return Err("no points".to_owned());
    }
    let top = points()
        .map(|p| f(p.net_monthly).max(f(p.benefits_monthly)))
        .fold(0.0_f64, f64::max)
        * 1.08;
    let root = BitMapBackend::new(path, SIZE).into_drawing_area();
    let e = |e: DrawingAreaErrorKind<_>| e.to_string();
    root.fill(&WHITE).map_err(e)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(tr(lang, "chart-sweep-title"), ("sans-serif", 40))
        .margin(30)
        .x_label_area_size(80)
        .y_label_area_size(130)
        .build_cartesian_2d(x0..x1.max(x0 + 1.0), 0.0..top.max(1.0))
        .map_err(e)?;
    chart
        .configure_mesh()
        .x_desc(x_label)
        .y_desc(tr(lang, "chart-sweep-y"))
        .label_style(("sans-serif", 24))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .axis_desc_style(("sans-serif", 28))
        .draw()
        .map_err(e)?;
    for (i, (label, r)) in labels.iter().zip(results).enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        chart
            .draw_series(LineSeries::new(
                r.points.iter().map(|p| (f(p.x), f(p.net_monthly))),
                colour.stroke_width(4),
            ))
            .map_err(e)?
            .label(format!("{} · {label}", tr(lang, "cli-sweep-net")))
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 40, y)], colour.stroke_width(4)));
        chart
            .draw_series(DashedLineSeries::new(
                r.points.iter().map(|p| (f(p.x), f(p.benefits_monthly))),
                12,
                8,
                colour.stroke_width(2),
            ))
            .map_err(e)?
            .label(format!("{} · {label}", tr(lang, "cli-sweep-benefits")))
            .legend(move |(x, y)| {
                // Two dashes, as the line.
                let style = colour.stroke_width(2);
                EmptyElement::at((x, y))
                    + PathElement::new([(0, 0), (14, 0)], style)
                    + PathElement::new([(24, 0), (38, 0)], style)
            });
        // A cliff: where the net income drops because a benefit is lost.
        let cliffs = r.cliffs.iter().filter_map(|c| {
            r.points
                .iter()
                .find(|p| p.x == c.to_x)
                .map(|p| (f(p.x), f(p.net_monthly)))
        });
        chart
            .draw_series(cliffs.map(|at| Cross::new(at, 10, RED.stroke_width(3))))
            .map_err(e)?;
    }
    chart
        .configure_series_labels()
        .label_font(("sans-serif", 24))
        .legend_area_size(60)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperLeft)
        .draw()
        .map_err(e)?;
    root.present().map_err(e)
}
