//! A bounded, ordered, parallel document pipeline.
//!
//! One thread reads documents (the caller's, through [`read_inputs`] or
//! any other [`DocumentSource`]) and
//! groups them into batches; `threads` workers analyse batches; results are
//! handed to `on_output` strictly in input order, so whatever folds them is
//! deterministic for any thread count. At most `2 × threads` batches are in
//! flight, which bounds memory whatever the corpus size.

use crate::analyse::pipeline::{condense, DocOutput, Options, Scratch, Tagger};
use crate::ingest::document::Document;
use crate::ingest::input::{read_inputs, InputError, InputSpec, InputSummary, InputWarning};
use std::collections::BTreeMap;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;

/// Documents per batch.
const BATCH_DOCS: usize = 64;
/// Text bytes per batch (a batch closes at whichever limit comes first).
const BATCH_BYTES: usize = 1 << 20;

/// Analyses every document of `inputs` on `threads` threads and passes each
/// [`DocOutput`] to `on_output`, in input order.
///
/// # Errors
/// Returns the input error that stopped reading, or the first error
/// returned by `on_output` (reading then stops).
pub fn analyse_corpus(
    inputs: &[InputSpec],
    tagger: &Tagger<'_>,
    opts: Options,
    threads: usize,
    on_output: impl FnMut(&Document, DocOutput) -> Result<(), String> + Send,
    on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    analyse_documents(
        |on_doc, on_warn| read_inputs(inputs, on_doc, on_warn),
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
/// or the error that stopped it. [`read_inputs`] over files is one source;
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
    let work_rx = Mutex::new(work_rx);
    let failed: Mutex<Option<String>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || {
                let mut scratch = Scratch::new();
                while let Some((seq, docs)) = next_batch(work_rx) {
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
            });
        }
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
                            return;
                        }
                    }
                }
            }
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
        if result.is_ok() && !batch.is_empty() {
            // A failed send means the folder already stopped with an error.
            let _ = work_tx.send((seq, std::mem::take(&mut batch)));
        }
        drop(work_tx);
        let _ = folder.join();
        let failure = lock(&failed).take();
        match (result, failure) {
            (Err(e), _) => Err(e),
            (Ok(_), Some(e)) => Err(InputError::Callback(e)),
            (Ok(s), None) => Ok(s),
        }
    })
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
