//! Counting the bytes read from input files, process-wide, for a progress
//! bar that compares file bytes with file sizes.

use std::fs::File;
use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};

/// Bytes read from input files so far.
static BYTES_READ: AtomicU64 = AtomicU64::new(0);

/// Bytes read from input files by this process so far.
pub fn bytes_read() -> u64 {
    BYTES_READ.load(Ordering::Relaxed)
}

/// A file that adds what it reads to the count.
pub(super) struct Counted(pub(super) File);

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.0.read(buf)?;
        BYTES_READ.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}
