//! The embedded CJK font (Noto Sans SC, GBK subset, OFL), added after egui's Latin fonts so that
//! Chinese names render on any laptop; and the light theme.

use std::sync::Arc;

const NOTO_SANS_SC: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Regular-GBK.ttf");

/// Installs the CJK font as a fallback of both font families.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans-sc".into(),
        Arc::new(egui::FontData::from_static(NOTO_SANS_SC)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto-sans-sc".into());
    }
    ctx.set_fonts(fonts);
    // A light theme reads like the paper forms officers know, and prints on screenshots.
    ctx.set_visuals(egui::Visuals::light());
}
