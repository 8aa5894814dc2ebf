//! Printing uncaught exceptions the way CPython does: chained exceptions
//! ("During handling ..." / "The above exception ..."), `Traceback (most
//! recent call last):`, one `File "...", line N, in name` entry per frame
//! with its source line, and the final `Type: message` line.

use crate::objects::exception::{ExceptionObj, TracebackObj};
use crate::protocol::dict::dict_get_str;
use crate::protocol::repr::str_string;
use crate::runtime::intern::intern;
use crate::runtime::thread::Thread;
use crate::runtime::types::{type_of, types};
use crate::value::Value;

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(ts: &mut Thread, exc: Value) -> String {
    let mut seen = Vec::new();
    let mut out = String::new();
    format_chain(ts, exc, &mut seen, &mut out);
    out
}

fn format_chain(ts: &mut Thread, exc: Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(exc);
    if let Some(e) = exc.downcast::<ExceptionObj>() {
        let cause = e.cause.get();
        let context = e.context.get();
        if !cause.is_none() && !seen.contains(&cause) {
            format_chain(ts, cause, seen, out);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !context.is_none()
            && !e
                .suppress_context
                .load(std::sync::atomic::Ordering::Relaxed)
            && !seen.contains(&context)
        {
            format_chain(ts, context, seen, out);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = e.traceback.get();
        if !tb.is_none() && !tb.is_null() {
            out.push_str("Traceback (most recent call last):\n");
            format_tb(tb, out);
        }
    }
    out.push_str(&format_exception_only(ts, exc));
}

fn format_tb(mut tb: Value, out: &mut String) {
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    while let Some(t) = tb.downcast::<TracebackObj>() {
        let code = t.code;
        let line = code.location(t.lasti as usize).line;
        let file = code.filename.as_str().unwrap_or("?").to_string();
        let name = code.name.as_str().unwrap_or("?").to_string();
        let key = (file.clone(), line, name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(out, repeats);
            repeats = 0;
        }
        if repeats < 3 {
            out.push_str(&format_entry(&t));
        }
        last = Some(key);
        tb = t.next;
    }
    flush_repeats(out, repeats);
}

/// One traceback entry: `File "...", line N, in name`, the source line and
/// its caret line (also what unittest prints, through `tb._weft_entry`).
pub fn format_entry(t: &TracebackObj) -> String {
    let code = t.code;
    let loc = code.location(t.lasti as usize);
    let file = code.filename.as_str().unwrap_or("?");
    let name = code.name.as_str().unwrap_or("?");
    let mut out = format!("  File \"{file}\", line {}, in {name}\n", loc.line);
    if let Some(src) = crate::runtime::source::line(file, loc.line as usize) {
        let s = src.trim();
        if !s.is_empty() {
            out.push_str(&format!("    {s}\n"));
            if let Some(carets) = crate::runtime::carets::caret_line(&src, loc) {
                out.push_str(&carets);
                out.push('\n');
            }
        }
    }
    out
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The exception's qualified class name as tracebacks show it.
pub fn exc_type_name(exc: Value) -> String {
    let t = type_of(exc);
    let module =
        dict_get_str(t.dict, intern("__module__")).and_then(|m| m.as_str().map(str::to_string));
    let qual = t.qualname.get().as_str().unwrap_or("?").to_string();
    match module.as_deref() {
        None | Some("builtins") | Some("__main__") => qual,
        Some(m) => format!("{m}.{qual}"),
    }
}

/// The last line(s): `Type: message`, with SyntaxError's location block.
pub fn format_exception_only(ts: &mut Thread, exc: Value) -> String {
    let name = exc_type_name(exc);
    let mut out = String::new();
    if type_of(exc).is_subtype(types().syntax_error) {
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let args = e.args.get();
            if let Some([msg, detail]) = args.as_tuple() {
                if let Some([file, line, col, text, ..]) = detail.as_tuple() {
                    out.push_str(&format!(
                        "  File \"{}\", line {}\n",
                        file.as_str().unwrap_or("?"),
                        line.as_i64().unwrap_or(0)
                    ));
                    if let Some(text) = text.as_str() {
                        let trimmed = text.trim_start();
                        let indent = text.chars().count() - trimmed.chars().count();
                        out.push_str(&format!("    {}\n", trimmed.trim_end()));
                        let col = col.as_i64().unwrap_or(1).max(1) as usize;
                        let end_col = detail
                            .as_tuple()
                            .and_then(|d| d.get(5))
                            .and_then(|v| v.as_i64())
                            .unwrap_or(col as i64) as usize;
                        let width = end_col.saturating_sub(col).max(1);
                        out.push_str(&format!(
                            "    {}{}\n",
                            " ".repeat(col.saturating_sub(1 + indent)),
                            "^".repeat(width)
                        ));
                    }
                    out.push_str(&format!("{}: {}\n", name, msg.as_str().unwrap_or("?")));
                    return out;
                }
            }
        }
    }
    let msg = match str_string(ts, exc) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    if let Some(e) = exc.downcast::<ExceptionObj>() {
        let notes = e.notes.get();
        if let Some(l) = notes.downcast::<crate::objects::list::ListObj>() {
            for n in l.snapshot() {
                if let Ok(s) = str_string(ts, n) {
                    out.push_str(&format!("{s}\n"));
                }
            }
        }
    }
    out
}
