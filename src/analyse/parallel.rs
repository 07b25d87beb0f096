//! A bounded, ordered, parallel document pipeline.
//!
//! One thread reads documents (the caller's, through [`read_inputs_excluding`] or
//! any other [`DocumentSource`]) and
//! groups them into batches; `threads` workers analyse batches; results are
//! handed to `on_output` strictly in input order, so whatever folds them is
//! deterministic for any thread count. At most `2 × threads` batches are in
//! flight, which bounds memory whatever the corpus size.

use crate::analyse::pipeline::{condense, DocOutput, Options, Scratch, Tagger};
use crate::ingest::document::Document;
use crate::ingest::input::{
    read_inputs_excluding, Exclude, InputError, InputSpec, InputSummary, InputWarning,
};
use std::collections::BTreeMap;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Mutex};

/// Documents per batch.
const BATCH_DOCS: usize = 64;
/// Text bytes per batch (a batch closes at whichever limit comes first).
const BATCH_BYTES: usize = 1 << 20;

/// Analyses every document of `inputs` on `threads` threads and passes each
/// [`DocOutput`] to `on_output`, in input order. The files `exclude`
/// names (gazegraph's own outputs) are never read.
///
/// # Errors
/// Returns the input error that stopped reading, or the first error
/// returned by `on_output` (reading then stops).
pub fn analyse_corpus(
    inputs: &[InputSpec],
    exclude: &Exclude,
    tagger: &Tagger<'_>,
    opts: Options,
    threads: usize,
    on_output: impl FnMut(&Document, DocOutput) -> Result<(), String> + Send,
    on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    analyse_documents(
        |on_doc, on_warn| read_inputs_excluding(inputs, exclude, on_doc, on_warn),
        tagger,
        opts,
        threads,
        on_output,
        on_warn,
    )
}

/// Where documents come from: called once with the function that takes
/// each document in turn (it returns the error that should stop reading)
/// and the one that hears each recoverable problem; returns what was read,
/// or the error that stopped it. [`read_inputs_excluding`] over files is one source;
/// the Python package's iterables are another.
pub trait DocumentSource:
    FnOnce(
    &mut dyn FnMut(Document) -> Result<(), String>,
    &mut dyn FnMut(InputWarning),
) -> Result<InputSummary, InputError>
{
}

impl<F> DocumentSource for F where
    F: FnOnce(
        &mut dyn FnMut(Document) -> Result<(), String>,
        &mut dyn FnMut(InputWarning),
    ) -> Result<InputSummary, InputError>
{
}

/// Analyses every document that `source` yields, on `threads` threads,
/// and passes each [`DocOutput`] to `on_output`, in the order `source`
/// yielded them; `source`'s warnings go to `on_warn`. `source` runs on the
/// calling thread.
///
/// # Errors
/// Returns the error that stopped `source`, or the first error returned
/// by `on_output` (reading then stops).
pub fn analyse_documents(
    source: impl DocumentSource,
    tagger: &Tagger<'_>,
    opts: Options,
    threads: usize,
    mut on_output: impl FnMut(&Document, DocOutput) -> Result<(), String> + Send,
    mut on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    if threads <= 1 {
        let mut scratch = Scratch::new();
        return source(
            &mut |doc| {
                let out = analyse_one(tagger, &doc, opts, &mut scratch);
                on_output(&doc, out)
            },
            &mut on_warn,
        );
    }
    type Batch = (u64, Vec<Document>);
    type Done = (u64, Vec<(Document, DocOutput)>);
    let (work_tx, work_rx) = sync_channel::<Batch>(threads * 2);
    let (done_tx, done_rx) = sync_channel::<Done>(threads * 2);
    // Only the workers hold the work receiver: when the last of them stops
    // (the folder failed, or a worker panicked), the receiver is dropped
    // and a blocked `send` below fails at once instead of waiting forever.
    let work_rx = Arc::new(Mutex::new(work_rx));
    let failed: Mutex<Option<String>> = Mutex::new(None);
    std::thread::scope(|scope| {
        let mut workers = Vec::with_capacity(threads);
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = Arc::clone(&work_rx);
            workers.push(scope.spawn(move || {
                let mut scratch = Scratch::new();
                while let Some((seq, docs)) = next_batch(&work_rx) {
                    let outs = docs
                        .into_iter()
                        .map(|d| {
                            let o = analyse_one(tagger, &d, opts, &mut scratch);
                            (d, o)
                        })
                        .collect();
                    if done_tx.send((seq, outs)).is_err() {
                        break;
                    }
                }
            }));
        }
        drop(work_rx);
        drop(done_tx);
        // The folding thread: reorders batches and hands results on in order.
        let failed_ref = &failed;
        let folder = scope.spawn(move || {
            let mut pending: BTreeMap<u64, Vec<(Document, DocOutput)>> = BTreeMap::new();
            let mut next = 0u64;
            for (seq, outs) in done_rx {
                pending.insert(seq, outs);
                while let Some(outs) = pending.remove(&next) {
                    next += 1;
                    for (doc, out) in outs {
                        if let Err(e) = on_output(&doc, out) {
                            lock(failed_ref).get_or_insert(e);
                            // Dropping the receiver stops the workers.
                            return next;
                        }
                    }
                }
            }
            next
        });
        let mut batch: Vec<Document> = Vec::with_capacity(BATCH_DOCS);
        let mut bytes = 0usize;
        let mut seq = 0u64;
        let result = source(
            &mut |doc| {
                if let Some(e) = lock(&failed).clone() {
                    return Err(e);
                }
                bytes += doc.text.len();
                batch.push(doc);
                if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_DOCS));
                    bytes = 0;
                    work_tx.send((seq, full)).map_err(|_| stopped(&failed))?;
                    seq += 1;
                }
                Ok(())
            },
            &mut on_warn,
        );
        if result.is_ok()
            && !batch.is_empty()
            && work_tx.send((seq, std::mem::take(&mut batch))).is_ok()
        {
            seq += 1;
        }
        drop(work_tx);
        // Every thread is joined, so a panic on any of them becomes an
        // error here rather than a hang or a silently missing batch.
        let mut panicked = None;
        for w in workers {
            if let Err(p) = w.join() {
                panicked.get_or_insert(panic_text(p.as_ref()));
            }
        }
        let folded = match folder.join() {
            Ok(n) => Some(n),
            Err(p) => {
                panicked.get_or_insert(panic_text(p.as_ref()));
                None
            }
        };
        let failure = lock(&failed).take();
        match (result, failure, panicked) {
            (_, Some(e), _) => Err(InputError::Callback(e)),
            (_, None, Some(p)) => Err(InputError::Callback(format!(
                "an analysis thread stopped ({p})"
            ))),
            (Err(e), None, None) => Err(e),
            (Ok(_), None, None) if folded != Some(seq) => Err(InputError::Callback(
                "analysis stopped before every document was processed".to_string(),
            )),
            (Ok(s), None, None) => Ok(s),
        }
    })
}

/// The message of a thread's panic.
fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

fn analyse_one(
    tagger: &Tagger<'_>,
    doc: &Document,
    opts: Options,
    scratch: &mut Scratch,
) -> DocOutput {
    tagger.analyse(doc, scratch);
    condense(doc, scratch, opts)
}

fn next_batch<T>(rx: &Mutex<Receiver<T>>) -> Option<T> {
    lock(rx).recv().ok()
}

fn stopped(failed: &Mutex<Option<String>>) -> String {
    lock(failed)
        .clone()
        .unwrap_or_else(|| "processing stopped".to_string())
}

/// Locks a mutex, recovering the data if a worker panicked while holding it.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::relations::Lexicon;
    use crate::tag::matcher::Matcher;
    use std::time::Duration;

    /// Runs `analyse_corpus` over `docs` one-line documents on `threads`
    /// threads with a slow `on_output` that fails at document `fail_at`;
    /// returns its result, or `None` if it did not return within a minute.
    fn run_failing(docs: usize, threads: usize, fail_at: usize) -> Option<Result<u64, String>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("many.jsonl");
        let lines: String = (0..docs)
            .map(|i| {
                format!("{{\"id\":\"d{i}\",\"text\":\"Putin bertemu Kim Jong Un. Nomor {i}.\"}}\n")
            })
            .collect();
        std::fs::write(&path, lines).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        // The run happens on its own thread, so a hang fails the test
        // instead of blocking it forever.
        std::thread::spawn(move || {
            let gaz = Gazetteer::builtin().unwrap();
            let matcher = Matcher::new(&gaz).unwrap();
            let lex = Lexicon::builtin();
            let tagger = Tagger::new(&gaz, &matcher, &lex);
            let mut seen = 0usize;
            let r = analyse_corpus(
                &[InputSpec::Path(path)],
                &Exclude::default(),
                &tagger,
                Options::default(),
                threads,
                |_, _| {
                    seen += 1;
                    if seen == fail_at {
                        return Err("writing the ledger: No space left on device".to_string());
                    }
                    // A slow writer: the workers fill both channels.
                    std::thread::sleep(Duration::from_millis(1));
                    Ok(())
                },
                |_| {},
            );
            let _ = tx.send(r.map(|s| s.documents).map_err(|e| e.to_string()));
            drop(dir);
        });
        rx.recv_timeout(Duration::from_secs(60)).ok()
    }

    // Issue 14: after a write error the workers stopped, but the reading
    // thread waited forever to hand them more work.
    #[test]
    fn a_write_error_on_the_folding_thread_ends_the_run_instead_of_hanging() {
        for threads in [2, 4, 8] {
            let got = run_failing(5000, threads, 100);
            let err = got
                .unwrap_or_else(|| panic!("{threads} threads: hung after the write error"))
                .unwrap_err();
            assert!(err.contains("No space left"), "{err}");
        }
        // Without a failure every document arrives.
        assert_eq!(run_failing(300, 4, usize::MAX), Some(Ok(300)));
    }
}
