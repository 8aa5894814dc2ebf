//! The `weft` command line, modelled on `python3`'s: `weft FILE [args]`,
//! `-c CODE`, `-` (stdin), `-X OPTION`, `--dis FILE`, and the REPL.

pub mod repl;

use crate::builtins::io::{flush_stdout, write_stderr};
use crate::objects::exception::ExceptionObj;
use crate::runtime::errors::PyErr;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::value::Value;
use clap::Parser;

#[derive(Parser, Debug)]
#[command(
    name = "weft",
    about = "Weft: a free-threaded Python virtual machine",
    disable_version_flag = true
)]
pub struct Cli {
    /// Program passed in as string.
    #[arg(short = 'c', value_name = "CMD")]
    pub command: Option<String>,
    /// Implementation-specific options: gc-stress, tlbc=0, stats, dis-after.
    #[arg(short = 'X', value_name = "OPTION", action = clap::ArgAction::Append)]
    pub xoptions: Vec<String>,
    /// Print the disassembly of every code object in FILE instead of running it.
    #[arg(long = "dis")]
    pub dis: bool,
    /// Print the version and exit.
    #[arg(short = 'V', long = "version")]
    pub version: bool,
    /// Unbuffered output (accepted for compatibility).
    #[arg(short = 'u')]
    pub unbuffered: bool,
    /// Don't write .pyc files (accepted for compatibility).
    #[arg(short = 'B')]
    pub no_bytecode: bool,
    /// Ignore PYTHON* environment variables (accepted for compatibility).
    #[arg(short = 'E')]
    pub ignore_env: bool,
    /// Script file ('-' for stdin) and its arguments.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE [ARG]..."
    )]
    pub args: Vec<String>,
}

/// Parses the command line and runs; returns the process exit status.
pub fn main(argv: Vec<String>) -> i32 {
    let cli = match Cli::try_parse_from(&argv) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    if cli.version {
        println!(
            "Weft {} (Python 3.11 compatible)",
            env!("CARGO_PKG_VERSION")
        );
        return 0;
    }
    for x in &cli.xoptions {
        // Unknown -X options are ignored, as CPython does.
        if x == "gc-stress" {
            crate::heap::set_stress(true);
        }
        if x == "tlbc=0" {
            crate::tlbc::set_enabled(false);
        }
        if x == "stats" {
            crate::specialize::stats::set_enabled(true);
        }
        if x == "dis-after" {
            crate::dis::set_dis_after(true);
        }
    }
    // Run on a thread with a large native stack: Rust code calling back
    // into Python recurses natively (bounded by NATIVE_DEPTH_LIMIT).
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .name("main".into())
        .spawn(move || run(cli));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    }
}

fn run(cli: Cli) -> i32 {
    let stack_base = crate::heap::stack_scan::approximate_sp();
    crate::runtime::init();
    let mut ts = Thread::new(stack_base);
    crate::runtime::threads::register(&mut ts, crate::modules::thread::ident());
    crate::runtime::signals::install(&ts.breaker);
    let mut code = run_with(&mut ts, cli);
    // Interpreter exit waits for non-daemon threads, as CPython.
    if let Some(threading) = crate::runtime::import::sys_module("threading") {
        if let Err(e) = crate::protocol::call_method(&mut ts, threading, "_shutdown", &[]) {
            code = report_exception(&mut ts, e.value());
        }
    }
    flush_stdout();
    crate::specialize::stats::merge(ts.stats.take());
    crate::runtime::threads::unregister();
    if crate::specialize::stats::enabled() {
        write_stderr(&crate::specialize::stats::report());
    }
    if let Some(text) = crate::dis::main_after_run() {
        // A closed pipe (`| head`) is not an error worth a panic.
        let _ = std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes());
        let _ = std::io::Write::flush(&mut std::io::stdout());
    }
    code
}

/// Never inlined: the interpreter's frames must lie below `run`'s stack base.
#[inline(never)]
fn run_with(ts: &mut Thread, cli: Cli) -> i32 {
    let (source, filename, argv0, rest): (String, String, String, Vec<String>) =
        if let Some(c) = &cli.command {
            (c.clone(), "<string>".into(), "-c".into(), cli.args.clone())
        } else if let Some(first) = cli.args.first() {
            if first == "-" {
                let mut s = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
                (s, "<stdin>".into(), "-".into(), cli.args[1..].to_vec())
            } else {
                match std::fs::read_to_string(first) {
                    Ok(s) => (s, first.clone(), first.clone(), cli.args[1..].to_vec()),
                    Err(e) => {
                        write_stderr(&format!(
                            "weft: can't open file '{}': [Errno {}] {}\n",
                            first,
                            e.raw_os_error().unwrap_or(2),
                            describe_io_error(&e)
                        ));
                        return 2;
                    }
                }
            }
        } else {
            if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                return repl::run(ts);
            }
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            (s, "<stdin>".into(), "".into(), Vec::new())
        };
    {
        let mut a = crate::modules::sys::ARGV.lock();
        a.clear();
        a.push(argv0.clone());
        a.extend(rest);
        let dir = if cli.command.is_some() || argv0 == "-" || argv0.is_empty() {
            String::new()
        } else {
            std::path::Path::new(&argv0)
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default()
        };
        *crate::modules::sys::PATH0.lock() = dir;
    }
    if cli.dis {
        return match crate::compiler::compile(&source, &filename, crate::compiler::Mode::Exec) {
            Ok(code) => {
                print!("{}", crate::dis::disassemble(code));
                0
            }
            Err(e) => {
                let exc = crate::runtime::import::compile_error_to_exc(&e, &filename);
                report_exception(ts, exc.value())
            }
        };
    }
    match run_main_module(ts, &source, &filename) {
        Ok(()) => 0,
        Err(e) => report_exception(ts, e.value()),
    }
}

fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Imports `sys` and runs `source` as `__main__`.
pub fn run_main_module(ts: &mut Thread, source: &str, filename: &str) -> Result<(), PyErr> {
    crate::runtime::import::import_module(ts, "sys")?;
    let (_m, d) = crate::runtime::import::new_registered_module("__main__", None);
    if filename != "<string>" && filename != "<stdin>" {
        crate::protocol::dict::dict_set_str(
            d,
            intern("__file__"),
            crate::objects::str::new_str(filename),
        );
    }
    crate::runtime::import::exec_source_with(ts, source, filename, d, crate::dis::remember_main)?;
    Ok(())
}

/// Prints an uncaught exception (or handles SystemExit); returns the exit status.
pub fn report_exception(ts: &mut Thread, exc: Value) -> i32 {
    flush_stdout();
    if type_of(exc).is_subtype(types().system_exit) {
        let code = exc
            .downcast::<ExceptionObj>()
            .map(|e| e.args.get())
            .and_then(|a| a.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default();
        let code = match code.as_slice() {
            [] => Value::NONE,
            [one] => *one,
            _ => crate::objects::tuple::new_tuple(code),
        };
        if code.is_none() {
            return 0;
        }
        if let Some(i) = code.as_i64().filter(|_| code.is_int()) {
            return i as i32;
        }
        let s = crate::protocol::repr::str_string(ts, code).unwrap_or_default();
        write_stderr(&format!("{s}\n"));
        return 1;
    }
    let text = crate::runtime::traceback::format_exception(ts, exc);
    write_stderr(&text);
    if type_of(exc).is_subtype(types().keyboard_interrupt) {
        crate::runtime::signals::die_by_sigint();
    }
    1
}
