//! Signals sent from outside, asynchronous exceptions delivered to blocked
//! threads, and pending calls: the parts a golden-output program cannot
//! express (CPython does not interrupt a blocked thread for an async
//! exception, and external signals need a second process).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn weft(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .output()
        .expect("run weft")
}

/// Runs `prog`, waits for its first stdout line ("ready"), sends `sig`,
/// and returns the whole output.
fn signal_after_ready(prog: &str, sig: libc::c_int) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["-c", prog])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn weft");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n");
    std::thread::sleep(Duration::from_millis(100));
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, sig) }, 0);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).expect("stdout");
    let mut out = child.wait_with_output().expect("wait");
    out.stdout = rest.into_bytes();
    out
}

#[test]
fn external_sigusr1_runs_python_handler_while_main_sleeps() {
    let prog = "import signal, time\ngot = []\nsignal.signal(signal.SIGUSR1, lambda s, f: got.append(s))\nprint('ready', flush=True)\nt = time.monotonic()\ntime.sleep(1.0)\nprint(got, time.monotonic() - t >= 0.95)\n";
    let out = signal_after_ready(prog, libc::SIGUSR1);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "[10] True\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sigterm_handler_raising_systemexit_while_threads_spin() {
    let prog = "import signal, sys, threading\ndef spin():\n    while True: pass\nfor _ in range(2): threading.Thread(target=spin, daemon=True).start()\ndef h(s, f):\n    print('terminating', s, flush=True)\n    sys.exit(7)\nsignal.signal(signal.SIGTERM, h)\nprint('ready', flush=True)\nwhile True: pass\n";
    let out = signal_after_ready(prog, libc::SIGTERM);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "terminating 15\n");
    assert_eq!(out.status.code(), Some(7));
}

#[test]
fn sigint_with_sig_ign_is_ignored() {
    let prog = "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nprint('ready', flush=True)\ntime.sleep(0.5)\nprint('still here')\n";
    let out = signal_after_ready(prog, libc::SIGINT);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "still here\n");
    assert!(out.status.success());
}

#[test]
fn async_exc_interrupts_sleep_and_lock_waits() {
    let prog = "import threading, time, _thread\nclass Stop(Exception): pass\nres = []\ndef sleeper():\n    try: time.sleep(60)\n    except Stop: res.append('sleep')\nlock = threading.Lock(); lock.acquire()\ndef locker():\n    try: lock.acquire()\n    except Stop: res.append('lock')\nev = threading.Event()\ndef waiter():\n    try: ev.wait()\n    except Stop: res.append('event')\nts = [threading.Thread(target=f) for f in (sleeper, locker, waiter)]\nfor t in ts: t.start()\ntime.sleep(0.2)\nfor t in ts: print(_thread._set_async_exc(t.ident, Stop))\nfor t in ts: t.join()\nprint(sorted(res))\n";
    let start = Instant::now();
    let out = weft(&["-c", prog]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1\n1\n1\n['event', 'lock', 'sleep']\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(start.elapsed() < Duration::from_secs(30));
}

#[test]
fn async_exc_cleared_before_delivery_is_not_raised() {
    // No safepoint between the two calls (no backward jump, no call of a
    // Python function), so the exception is cleared before delivery.
    let prog = "import _thread\nme = _thread.get_ident()\nprint(_thread._set_async_exc(me, KeyError), _thread._set_async_exc(me, None))\nfor i in range(3): pass\nprint('not raised')\n";
    let out = weft(&["-c", prog]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1 1\nnot raised\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn pending_calls_to_a_worker_thread_and_while_main_blocks() {
    // Per-thread queues: a call posted to a worker runs in the worker; a
    // call posted to the main thread runs while it waits in join().
    let prog = "import threading, _thread, time\nev = threading.Event()\nres = []\ndef worker():\n    while not ev.is_set(): pass\n    res.append('worker done')\nt = threading.Thread(target=worker); t.start()\ndef in_worker():\n    res.append(('in worker', threading.get_ident() == t.ident)); ev.set()\nprint(_thread._add_pending_call(in_worker, t.ident))\nt.join()\nprint(res)\ndef poster():\n    _thread._add_pending_call(lambda: res.append('main ran it during join'))\n    time.sleep(0.3)\n    res.append('poster done')\nres.clear()\np = threading.Thread(target=poster); p.start(); p.join()\nprint(res)\nprint(_thread._add_pending_call(print, 12345))\n";
    let out = weft(&["-c", prog]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "True\n[('in worker', True), 'worker done']\n['main ran it during join', 'poster done']\nFalse\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
