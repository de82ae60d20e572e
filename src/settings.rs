//! What a host chose for a widget, as plain values every view can read (provided as context
//! by the host layer, which reads them from the element's attributes in
//! [`crate::host::attributes`]): the life areas, the crisis lines, kiosk mode and quick exit. Views
//! import these types, never the attribute reader.

use recovery_core::crisis::CrisisLine;

/// The life domains the host chose, in order: provided to every widget as context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LifeDomains {
    /// The domain ids.
    pub domains: Vec<String>,
}

/// The crisis lines to show: the host's, or the defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostCrisisLines(pub Vec<CrisisLine>);

/// Seconds without a touch or key press before the prompt, unless the host sets
/// `idle-timeout`.
pub const DEFAULT_IDLE_SECONDS: u32 = 180;
/// Seconds the prompt counts down before wiping, unless the host sets `idle-countdown`.
pub const DEFAULT_COUNTDOWN_SECONDS: u32 = 30;

/// What the host asked for, read from the widget's attributes (or, for a whole page, from
/// the same attributes with a `data-recovery-` prefix on `<html>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSettings {
    /// Kiosk mode: memory only, the finish button, the idle prompt.
    pub kiosk: bool,
    /// Seconds without activity before the prompt.
    pub idle_seconds: u32,
    /// Seconds the prompt counts down.
    pub countdown_seconds: u32,
    /// Where quick exit goes (an http or https address), if the host asked for it.
    pub quick_exit: Option<String>,
    /// The page a take-home code links to, as the host wrote it (resolved against this page
    /// when the code is made); this page when unset. A kiosk page should name the service's
    /// everyday page, since a phone opening the kiosk page would keep nothing.
    pub take_home_url: Option<String>,
}
