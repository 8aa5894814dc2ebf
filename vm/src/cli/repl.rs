//! The interactive prompt: keeps one `__main__` namespace, prints the
//! value of expression statements, and continues blocks after `:` or
//! unclosed brackets until a blank line.

use crate::runtime::thread::Thread;
use rustyline::error::ReadlineError;

pub fn run(ts: &mut Thread) -> i32 {
    println!(
        "Weft {} (Python 3.11 compatible)\nType Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    if let Err(e) = crate::runtime::import::import_module(ts, "sys") {
        return super::report_exception(ts, e.value());
    }
    let (_m, ns) = crate::runtime::import::new_registered_module("__main__", None);
    let Ok(mut rl) = rustyline::DefaultEditor::new() else {
        return 1;
    };
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match rl.readline(prompt) {
            Ok(line) => {
                let _ = rl.add_history_entry(line.as_str());
                let starting = buffer.is_empty();
                buffer.push_str(&line);
                buffer.push('\n');
                let block = buffer
                    .lines()
                    .next()
                    .is_some_and(|l| l.trim_end().ends_with(':'));
                let block_done = line.trim().is_empty() && !starting;
                if block && !block_done {
                    continue;
                }
                match crate::compiler::compile(&buffer, "<stdin>", crate::compiler::Mode::Single) {
                    Err(e) if !block && is_incomplete(&e.msg) => continue,
                    Err(e) => {
                        let exc = crate::runtime::import::compile_error_to_exc(&e, "<stdin>");
                        super::report_exception(ts, exc.value());
                    }
                    Ok(code) => {
                        if let Err(e) = crate::eval::call::run_code(ts, code, ns, ns.value(), None)
                        {
                            if e.matches(crate::runtime::types::types().system_exit) {
                                return super::report_exception(ts, e.value());
                            }
                            super::report_exception(ts, e.value());
                        }
                        crate::builtins::io::flush_stdout();
                    }
                }
                buffer.clear();
            }
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buffer.clear();
            }
            Err(_) => return 0,
        }
    }
}

fn is_incomplete(msg: &str) -> bool {
    msg.contains("never closed")
        || msg.contains("unexpected EOF")
        || msg.contains("expected an indented block")
        || msg.contains("unterminated triple-quoted")
}
