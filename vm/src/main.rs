//! The `weft` binary: a thin wrapper over `weft::cli`.

/// mimalloc for the Rust-side storage (list, dict and set tables, tuple
/// items, big-int digits, strings): the collector frees such storage in
/// bursts when it sweeps, which glibc's small per-thread cache absorbs
/// badly (fannkuch spent 40% of its time in malloc/free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = weft::cli::main(std::env::args().collect());
    std::process::exit(code);
}
