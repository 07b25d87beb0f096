//! A one-line progress display for long runs: documents, MB, MB/s and,
//! when the input size is known, percent and ETA. Drawn on stderr only
//! when stderr is a terminal; redrawn at most ten times a second, so
//! calling [`Progress::tick`] once per document costs one clock read.

use crate::ingest::input::InputSpec;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// Time between redraws.
const EVERY: Duration = Duration::from_millis(100);

/// Progress of a run; see the module docs.
#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    total: Option<u64>,
    start: Instant,
    last: Instant,
    docs: u64,
    bytes: u64,
    drawn: bool,
}

impl Progress {
    /// A display for inputs of `total` bytes (if known); drawn only when
    /// `enabled` and stderr is a terminal.
    pub fn new(enabled: bool, total: Option<u64>) -> Progress {
        let now = Instant::now();
        Progress {
            enabled: enabled && std::io::stderr().is_terminal(),
            total: total.filter(|&t| t > 0),
            start: now,
            last: now,
            docs: 0,
            bytes: 0,
            drawn: false,
        }
    }

    /// Counts one document of `bytes` text bytes; redraws if due.
    pub fn tick(&mut self, bytes: u64) {
        self.docs += 1;
        self.bytes += bytes;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.last) >= EVERY {
            self.last = now;
            let line = self.line(now.duration_since(self.start));
            let mut err = std::io::stderr().lock();
            // Progress is best effort: a failed write must not stop the run.
            let _ = write!(err, "\r{line}\x1b[K");
            let _ = err.flush();
            self.drawn = true;
        }
    }

    /// Clears the line (call before printing the summary).
    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
            self.drawn = false;
        }
    }

    /// The text of the progress line after `elapsed`.
    pub fn line(&self, elapsed: Duration) -> String {
        let mb = self.bytes as f64 / 1_048_576.0;
        let secs = elapsed.as_secs_f64().max(1e-3);
        let mut s = format!(
            "gazegraph: {} documents, {:.1} MB, {:.1} MB/s",
            self.docs,
            mb,
            mb / secs
        );
        if let Some(total) = self.total {
            // Text bytes are a little fewer than file bytes (JSON syntax,
            // markup): the estimate errs on the long side.
            let frac = (self.bytes as f64 / total as f64).min(1.0);
            if frac > 0.0 {
                let eta = secs * (1.0 - frac) / frac;
                s.push_str(&format!(
                    ", {:.0}%, ETA {}",
                    frac * 100.0,
                    clock(eta.round() as u64)
                ));
            }
        }
        s
    }
}

fn clock(secs: u64) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

/// Total size of the inputs when every one is a regular file (folders are
/// walked; standard input makes it unknown).
pub fn input_bytes(inputs: &[InputSpec]) -> Option<u64> {
    let mut total = 0u64;
    for spec in inputs {
        let InputSpec::Path(p) = spec else {
            return None;
        };
        for entry in walkdir::WalkDir::new(p) {
            let meta = entry.ok()?.metadata().ok()?;
            if meta.is_file() {
                total += meta.len();
            }
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_shows_rate_percent_and_eta() {
        let mut p = Progress::new(false, Some(4 * 1_048_576));
        p.tick(1_048_576);
        p.tick(1_048_576);
        assert_eq!(
            p.line(Duration::from_secs(10)),
            "gazegraph: 2 documents, 2.0 MB, 0.2 MB/s, 50%, ETA 0:10"
        );
        let q = Progress::new(false, None);
        assert_eq!(
            q.line(Duration::from_secs(1)),
            "gazegraph: 0 documents, 0.0 MB, 0.0 MB/s"
        );
        assert_eq!(clock(3725), "1:02:05");
    }

    #[test]
    fn silent_when_disabled() {
        let mut p = Progress::new(false, None);
        p.tick(10);
        p.finish();
        assert!(!p.enabled && !p.drawn);
    }
}
