//! The physical bound of scripts/bench.sh: the time to read the corpus
//! bytes (from the page cache, as every tool of the run does after the
//! first) and count its newlines with memchr. No tool that reads every
//! byte can be faster; the benchmark reports each tool's distance from it.
//!
//! Usage: `bandwidth FILE`. Prints one JSON line in the benchmark's shape.

use std::io::Read;
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bandwidth FILE");
        std::process::exit(2);
    };
    let t0 = Instant::now();
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("bandwidth: {path}: {e}");
            std::process::exit(2);
        }
    };
    // One reused buffer, the size the other tools read with.
    let mut buf = vec![0u8; 1 << 20];
    let (mut bytes, mut lines) = (0u64, 0u64);
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) => {
                eprintln!("bandwidth: {path}: {e}");
                std::process::exit(2);
            }
        };
        bytes += n as u64;
        lines += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{{\"tool\": \"bandwidth\", \"file_bytes\": {bytes}, \"lines\": {lines}, \"load_s\": 0.0, \"process_s\": {secs:.6}}}"
    );
}
