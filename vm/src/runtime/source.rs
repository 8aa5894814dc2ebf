//! Source text by file name, for traceback lines (CPython's linecache).

use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::OnceLock;

static SOURCES: OnceLock<Mutex<HashMap<String, std::sync::Arc<str>>>> = OnceLock::new();

fn table() -> &'static Mutex<HashMap<String, std::sync::Arc<str>>> {
    SOURCES.get_or_init(|| Mutex::new(HashMap::new()))
}

pub fn register(filename: &str, source: &str) {
    table().lock().insert(filename.to_string(), source.into());
}

/// Line `line` (1-based) of `filename`, if known or readable.
pub fn line(filename: &str, line: usize) -> Option<String> {
    let src = {
        let t = table().lock();
        t.get(filename).cloned()
    };
    let src = match src {
        Some(s) => s,
        None => {
            let s: std::sync::Arc<str> = std::fs::read_to_string(filename).ok()?.into();
            table().lock().insert(filename.to_string(), s.clone());
            s
        }
    };
    src.lines().nth(line.checked_sub(1)?).map(str::to_string)
}
