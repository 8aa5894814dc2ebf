//! Standard streams: buffered stdout (flushed at exit, before stderr
//! output and on `flush=True`), unbuffered stderr.

use crate::runtime::thread::Thread;
use crate::runtime::PyResult;
use parking_lot::Mutex;
use std::io::Write;

static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

pub fn write_stdout(_ts: &mut Thread, s: &str) -> PyResult<()> {
    let mut g = STDOUT.lock();
    let w = g.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    if w.write_all(s.as_bytes()).is_err() {
        return Err(crate::runtime::errors::os_error("write to stdout failed"));
    }
    Ok(())
}

pub fn flush_stdout() {
    if let Some(w) = STDOUT.lock().as_mut() {
        let _ = w.flush();
    }
}

pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}
