//! Everything the commands say on stderr besides their results: warnings
//! (counted, and silenced by `--quiet`), notes, and the progress bar they
//! must not tear. Every such line goes through the small functions here, so
//! the way stderr is written can change in one place.
//!
//! The state is process-wide (one command runs per process): whether
//! `--quiet` is on, how many warnings were reported, and the progress bar
//! being drawn, if any.

use indicatif::ProgressBar;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

static QUIET: AtomicBool = AtomicBool::new(false);
static WARNINGS: AtomicU64 = AtomicU64::new(0);
static BAR: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Silences warnings and notes (they are still counted).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `--quiet` is on.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Warnings reported so far (shown or not).
pub fn warnings() -> u64 {
    WARNINGS.load(Ordering::Relaxed)
}

/// Reports one warning: `gazegraph: warning: LOCATION: MESSAGE`, counted,
/// and shown unless `--quiet`.
pub fn warn(location: &str, message: &str) {
    WARNINGS.fetch_add(1, Ordering::Relaxed);
    if !quiet() {
        line(&format!("gazegraph: warning: {location}: {message}"));
    }
}

/// Reports a warning without a location; counted like [`warn`].
pub fn warn_plain(message: &str) {
    WARNINGS.fetch_add(1, Ordering::Relaxed);
    if !quiet() {
        line(&format!("gazegraph: warning: {message}"));
    }
}

/// A note (summary, files written): `gazegraph: MESSAGE`, unless `--quiet`.
pub fn note(message: &str) {
    if !quiet() {
        line(&format!("gazegraph: {message}"));
    }
}

/// Writes one line to stderr ([`crate::base::diag::line`]: a failed write
/// is ignored), around the progress bar if one is drawn.
pub fn line(text: &str) {
    let write = || crate::base::diag::line(format_args!("{text}"));
    let bar = BAR.lock().ok().and_then(|b| b.clone());
    match bar {
        Some(bar) => bar.suspend(write),
        None => write(),
    }
}

/// Registers the progress bar being drawn (or none), so that warnings are
/// written above it rather than through it.
pub fn set_bar(bar: Option<ProgressBar>) {
    if let Ok(mut b) = BAR.lock() {
        *b = bar;
    }
}

/// The one line `--quiet` leaves when warnings were silenced.
pub fn quiet_summary() -> Option<String> {
    let n = warnings();
    (quiet() && n > 0).then(|| format!("gazegraph: {n} warning(s) not shown (--quiet)"))
}
