//! The officer's desktop application (egui/eframe): a wizard through the household's facts, the
//! results with their reasons, in zh-CN or en. An edge: it calls the engine and never the reverse.

mod app;
mod caseload;
mod cases;
mod dialogs;
mod fonts;
mod form;
mod office;
mod pages;
mod records;
mod results;
mod standards;
mod trainer;
mod updates;
mod welcome;
mod widgets;

pub use app::{AssessApp, Page};
pub use dialogs::{FileDialog, NoDialog, OfficeFile, RfdDialog};
pub use fonts::install_fonts;
pub use welcome::Settings;

/// Opens the window and runs until it is closed.
///
/// # Errors
/// If no renderer can start (wgpu first, then OpenGL).
pub fn run() -> eframe::Result {
    let started = std::time::Instant::now();
    let viewport = egui::ViewportBuilder::default()
        .with_title("温州困难群众帮扶政策评估")
        .with_inner_size([1200.0, 800.0])
        .with_icon(
            eframe::icon_data::from_png_bytes(include_bytes!("../assets/icons/wenzhou-assess.png"))
                .unwrap_or_default(),
        );
    let start = |renderer| eframe::NativeOptions {
        viewport: viewport.clone(),
        renderer,
        ..Default::default()
    };
    let make = |cc: &eframe::CreationContext<'_>| -> Result<Box<dyn eframe::App>, Box<dyn std::error::Error + Send + Sync>> {
        install_fonts(&cc.egui_ctx);
        let app = AssessApp::new(Box::new(RfdDialog)).with_data_dir_settings();
        Ok(Box::new(FirstFrameLogged { app, started: Some(started) }))
    };
    // wgpu first; old Windows GPUs and remote sessions may only start OpenGL, or the reverse.
    match eframe::run_native(
        "wenzhou-assess",
        start(eframe::Renderer::Wgpu),
        Box::new(make),
    ) {
        Ok(()) => Ok(()),
        Err(_) => eframe::run_native(
            "wenzhou-assess",
            start(eframe::Renderer::Glow),
            Box::new(make),
        ),
    }
}

/// The window's application, logging once how long the first frame took from the start of [`run`]
/// (the start-up figure support asks for, and the one the speed target is measured on).
struct FirstFrameLogged {
    app: AssessApp,
    started: Option<std::time::Instant>,
}

impl eframe::App for FirstFrameLogged {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.app, ui, frame);
        if let Some(started) = self.started.take() {
            log::info!(
                "first frame laid out {} ms after start",
                started.elapsed().as_millis()
            );
        }
    }
}
