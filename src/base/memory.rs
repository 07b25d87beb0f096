//! Returning freed memory to the operating system between phases.
//!
//! The binary runs on mimalloc, which keeps freed pages for a while (one
//! second by default) for reuse. That is right inside a phase, but the
//! loading phase frees its temporaries (the parsed lists, the matcher's
//! build structures, on several threads) just before the corpus is read,
//! and those pages would stay resident through the run and raise the peak.

/// `mi_option_purge_delay` in the enum of the mimalloc version that
/// libmimalloc-sys builds by default (v3; the Rust crate names no constant
/// for it). The dependency is pinned in Cargo.toml so this cannot drift.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// `mi_option_allow_large_os_pages` in the same enum.
const LARGE_OS_PAGES: libmimalloc_sys::mi_option_t = 6;

/// mimalloc's default purge delay, in milliseconds.
const DEFAULT_PURGE_DELAY_MS: std::ffi::c_long = 1000;

/// While `on`, freed memory goes back to the OS at once (for the loading
/// phase); otherwise after mimalloc's usual delay (for the hot loop, where
/// freed pages are reused within microseconds).
pub fn eager_release(on: bool) {
    let delay = if on { 0 } else { DEFAULT_PURGE_DELAY_MS };
    // SAFETY: `mi_option_set` takes no pointers and may be called at any
    // time from any thread.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, delay) }
}

/// Asks the allocator to give freed memory back to the OS now. A no-op
/// when mimalloc is not the global allocator (its heaps are then empty).
pub fn release_freed() {
    // SAFETY: `mi_collect` takes no pointers and may be called at any time
    // from any thread; it only frees memory mimalloc itself holds unused.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Stops the kernel from backing this process's memory with 2 MiB pages
/// (transparent huge pages, which mimalloc requests for its arenas). A
/// query allocates some 100 MB once and exits within a second: the kernel
/// then spends most of the run zeroing huge pages that are barely used (on
/// the 1,000,000-edge benchmark, 250 ms of system time against 50 ms with
/// ordinary pages). Long runs (`build`) keep them. The flag applies to
/// memory already mapped, so calling this after start-up is enough. Freed
/// memory is kept, not returned to the OS (for a short run).
pub fn small_pages() {
    // SAFETY: `mi_option_set` as in `eager_release`; `prctl` with
    // PR_SET_THP_DISABLE takes plain integers and only sets a flag of this
    // process (an error, e.g. on an old kernel, is ignored: the pages are
    // then merely slower).
    unsafe {
        libmimalloc_sys::mi_option_set(LARGE_OS_PAGES, 0);
        // Nor give freed memory back one range at a time, which it also
        // does at exit: the process is about to end anyway.
        libmimalloc_sys::mi_option_set(PURGE_DELAY, -1);
    }
    no_huge_pages();
}

/// Stops the kernel from backing this process's memory with transparent
/// huge pages. For `build` this lowers the peak: mimalloc purges freed
/// ranges of 64 KiB, but a 2 MiB page stays resident while any byte of it
/// is in use, so freed memory stayed counted (205 MB against 175 MB at the
/// peak of the 64 MB benchmark build, docs/scale.md).
pub fn no_huge_pages() {
    // SAFETY: `prctl` with PR_SET_THP_DISABLE takes plain integers and only
    // sets a flag of this process (an error, e.g. on an old kernel, is
    // ignored: the peak is then merely higher).
    #[cfg(target_os = "linux")]
    unsafe {
        let _ = libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
