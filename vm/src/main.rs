//! The `weft` binary: a thin wrapper over `weft::cli`.

fn main() {
    let code = weft::cli::main(std::env::args().collect());
    std::process::exit(code);
}
