//! Diagnostics on stderr that never fail the run.
//!
//! `eprintln!` panics when stderr cannot be written (`2>/dev/full`, a
//! closed pipe), which would turn a warning into exit 101. Every message
//! gazegraph shows on stderr goes through [`line`] (or the [`diag!`]
//! macro) instead, which ignores a write error: a lost warning must not
//! stop a build or change its exit code. Stage code should hand its
//! warnings to the `cmd` layer rather than print; the few that print use
//! this too.

use std::fmt;
use std::io::{self, Write};

/// Writes one line to stderr (the newline is added), ignoring any error.
pub fn line(args: fmt::Arguments<'_>) {
    // One write call per line, so lines from several threads do not mix.
    let mut text = args.to_string();
    text.push('\n');
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// `eprintln!` that ignores write errors: `diag!("gazegraph: warning: {x}")`.
macro_rules! diag {
    ($($arg:tt)*) => {
        $crate::base::diag::line(format_args!($($arg)*))
    };
}
pub(crate) use diag;
