//! The build's progress bar (indicatif), drawn on stderr only when stderr
//! is a terminal and `--quiet` is off. When the inputs are regular files
//! their total size is known: the bar counts input bytes read (the same
//! file bytes as the total, so it ends at 100%), with rate and ETA;
//! otherwise (standard input, pipes) it is a spinner with documents and
//! text bytes. Warnings printed meanwhile go above the bar
//! ([`super::notice::line`]).

use crate::ingest::input::{bytes_read, InputSpec};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// Progress of a run; see the module docs.
#[derive(Debug)]
pub struct Progress {
    bar: Option<ProgressBar>,
    total: Option<u64>,
    /// Input bytes already read when the run started (the counter is
    /// process-wide).
    base: u64,
    docs: u64,
    text: u64,
}

impl Progress {
    /// A display for inputs of `total` file bytes (if known); drawn only
    /// when `enabled` and stderr is a terminal.
    pub fn new(enabled: bool, total: Option<u64>) -> Progress {
        let total = total.filter(|&t| t > 0);
        let bar = (enabled && std::io::stderr().is_terminal()).then(|| {
            let (bar, template) = match total {
                Some(t) => (
                    ProgressBar::new(t),
                    "gazegraph: {bar:30} {percent:>3}%  {msg}, {binary_bytes}/{binary_total_bytes} \
                     at {binary_bytes_per_sec}, ETA {eta}",
                ),
                None => (
                    ProgressBar::new_spinner(),
                    "gazegraph: {spinner} {msg} in {elapsed}",
                ),
            };
            // The template is a constant known to parse; a bad one would
            // only lose the bar, never the run.
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
            bar.enable_steady_tick(Duration::from_millis(200));
            super::notice::set_bar(Some(bar.clone()));
            bar
        });
        Progress {
            bar,
            total,
            base: bytes_read(),
            docs: 0,
            text: 0,
        }
    }

    /// Counts one document of `text_bytes` bytes of text.
    pub fn tick(&mut self, text_bytes: u64) {
        self.docs += 1;
        self.text += text_bytes;
        if let Some(bar) = &self.bar {
            if self.total.is_some() {
                bar.set_position(self.position());
            }
            bar.set_message(self.message());
        }
    }

    /// Input bytes read since the start, capped at the total.
    fn position(&self) -> u64 {
        let read = bytes_read().saturating_sub(self.base);
        self.total.map_or(read, |t| read.min(t))
    }

    /// "N documents, X MB of text".
    pub fn message(&self) -> String {
        format!(
            "{} documents, {:.1} MB of text",
            self.docs,
            self.text as f64 / 1_048_576.0
        )
    }

    /// The fraction of the input read, when the total is known.
    pub fn fraction(&self) -> Option<f64> {
        self.total
            .map(|t| (self.position() as f64 / t as f64).min(1.0))
    }

    /// Ends the bar at the total and clears it (call before printing the
    /// summary).
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            if let Some(t) = self.total {
                bar.set_position(t);
            }
            bar.finish_and_clear();
            super::notice::set_bar(None);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
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
        for entry in walkdir::WalkDir::new(p).follow_links(true) {
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
    fn silent_when_disabled() {
        let mut p = Progress::new(false, None);
        p.tick(10);
        p.finish();
        assert!(p.bar.is_none());
        assert_eq!(p.message(), "1 documents, 0.0 MB of text");
    }

    /// Regression (issue 15): the percentage stopped at 87% because text
    /// bytes were compared with file bytes. The position now counts file
    /// bytes read, so reading every input file reaches 100%.
    #[test]
    fn percentage_reaches_100_on_file_bytes_not_text_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.jsonl");
        // JSON syntax makes the file much larger than its text.
        let line = "{\"id\": \"d\", \"title\": \"t\", \"text\": \"Jakarta.\"}\n";
        std::fs::write(&path, line.repeat(50)).unwrap();
        let inputs = [InputSpec::Path(path)];
        let total = input_bytes(&inputs);
        assert_eq!(total, Some(line.len() as u64 * 50));
        let mut p = Progress::new(false, total);
        let mut text = 0;
        crate::ingest::input::read_inputs(
            &inputs,
            |d| {
                text += d.text.len() as u64;
                p.tick(d.text.len() as u64);
                Ok(())
            },
            |_| {},
        )
        .unwrap();
        assert!(
            text * 2 < line.len() as u64 * 50,
            "text is the smaller part"
        );
        // Other tests may read files at the same time (the counter is
        // process-wide): at least every byte of this file was counted.
        assert_eq!(p.fraction(), Some(1.0));
    }
}
