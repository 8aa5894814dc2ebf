//! Helpers the `stress` binary drives (kept in the library so the stress
//! runs exercise the real heap and runtime).

use crate::objects::list::new_list_gc;
use crate::runtime::thread::Thread;
use crate::value::Value;

/// Allocates `rounds` batches of cyclic list pairs, keeping every tenth
/// batch's head reachable, collecting after each batch; verifies the kept
/// lists survive intact. Returns the live object count after the last
/// collection.
pub fn gc_churn(rounds: usize) -> usize {
    let base = crate::heap::stack_scan::approximate_sp();
    crate::runtime::init();
    churn(Thread::new(base), rounds)
}

/// Runs below `gc_churn`'s frame, so every local here lies inside the
/// scanned part of the native stack.
#[inline(never)]
fn churn(ts: Box<Thread>, rounds: usize) -> usize {
    let keep = new_list_gc(Vec::new());
    for r in 0..rounds {
        for i in 0..1000 {
            let a = new_list_gc(vec![Value::small_int(i)]);
            let b = new_list_gc(vec![a.value()]);
            a.push(b.value());
            if i == 0 && r % 10 == 0 {
                keep.push(a.value());
            }
        }
        crate::runtime::gc::collect(&ts);
    }
    for v in keep.snapshot() {
        let a = v
            .downcast::<crate::objects::list::ListObj>()
            .expect("kept list survives");
        assert_eq!(a.item(0), Some(Value::small_int(0)), "kept list corrupted");
    }
    crate::heap::stats().live_objects
}

/// Runs `source` as `__main__` with `sys.argv = [name] + args`, the way
/// `weft -c` does (an interpreter thread with a large native stack; the
/// interpreter waits for non-daemon threads; the main thread's stats are
/// merged), but leaves printing `specialize::stats::report()` to the
/// caller. Returns the exit status.
pub fn run_program(source: &str, name: &str, args: &[String]) -> i32 {
    let source = source.to_string();
    let mut argv = vec![name.to_string()];
    argv.extend(args.iter().cloned());
    let name = name.to_string();
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .name("main".into())
        .spawn(move || run_interpreter(&source, &name, argv));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 70,
    }
}

fn run_interpreter(source: &str, name: &str, argv: Vec<String>) -> i32 {
    let stack_base = crate::heap::stack_scan::approximate_sp();
    crate::runtime::init();
    let mut ts = Thread::new(stack_base);
    crate::runtime::threads::register(&mut ts, crate::modules::thread::ident());
    crate::runtime::signals::install(&ts.breaker);
    let mut code = run_main(&mut ts, source, name, argv);
    if let Some(threading) = crate::runtime::import::sys_module("threading") {
        if let Err(e) = crate::protocol::call_method(&mut ts, threading, "_shutdown", &[]) {
            code = crate::cli::report_exception(&mut ts, e.value());
        }
    }
    crate::builtins::io::flush_stdout();
    crate::specialize::stats::merge(ts.stats.take());
    crate::runtime::threads::unregister();
    code
}

/// Never inlined: the interpreter's frames must lie below the stack base.
#[inline(never)]
fn run_main(ts: &mut Thread, source: &str, name: &str, argv: Vec<String>) -> i32 {
    *crate::modules::sys::ARGV.lock() = argv;
    match crate::cli::run_main_module(ts, source, name) {
        Ok(()) => 0,
        Err(e) => crate::cli::report_exception(ts, e.value()),
    }
}
