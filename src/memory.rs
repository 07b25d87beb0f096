//! Returning freed memory to the operating system between phases.
//!
//! The binary runs on mimalloc, which keeps freed pages for reuse. That
//! is right inside a phase, but at the end of one (the matcher's build
//! temporaries, the matcher itself before the graph is written) the pages
//! would stay resident for the rest of the run and raise the peak.

/// Asks the allocator to give freed memory back to the OS now. A no-op
/// when mimalloc is not the global allocator (its heaps are then empty).
pub fn release_freed() {
    // SAFETY: `mi_collect` takes no pointers and may be called at any time
    // from any thread; it only frees memory mimalloc itself holds unused.
    unsafe { libmimalloc_sys::mi_collect(true) }
}
