//! Recursion limits, deep recursion without native stack growth, and
//! SyntaxError reporting, checked through the `weft` binary.

use std::process::Command;

fn weft(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .output()
        .expect("run weft")
}

#[test]
fn recursion_100000_deep_with_raised_limit() {
    let prog = "import sys\nsys.setrecursionlimit(200000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(100000))\nprint(sys.getrecursionlimit())\n";
    let out = weft(&["-c", prog]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "100000\n200000\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
}

#[test]
fn default_limit_raises_recursion_error() {
    let prog = "import sys\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
    let out = weft(&["-c", prog]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1000\nRecursionError maximum recursion depth exceeded\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn uncaught_recursion_error_prints_traceback_and_exits_1() {
    let out = weft(&["-c", "def f():\n    f()\nf()\n"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("[Previous line repeated"), "{err}");
    assert!(
        err.trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded"),
        "{err}"
    );
}

#[test]
fn syntax_error_reports_file_line_text_and_caret() {
    let dir = std::env::temp_dir().join(format!("weft-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.py");
    std::fs::write(
        &file,
        "print('never printed')\n\ndef f(x):\n    return x +* 2\n",
    )
    .unwrap();
    let out = weft(&[file.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[0],
        format!("  File \"{}\", line 4", file.display()),
        "{err}"
    );
    assert_eq!(lines[1], "    return x +* 2", "{err}");
    assert!(lines[2].trim_start().starts_with('^'), "{err}");
    assert_eq!(lines[3], "SyntaxError: invalid syntax", "{err}");
}

#[test]
fn uncaught_exception_traceback_format() {
    let out = weft(&[
        "-c",
        "def g(a):\n    return a / 0\ndef f():\n    g(1)\nf()\n",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 5, in <module>\n  File \"<string>\", line 4, in f\n  File \"<string>\", line 2, in g\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn sys_exit_status() {
    assert_eq!(
        weft(&["-c", "import sys\nsys.exit(3)"]).status.code(),
        Some(3)
    );
    assert_eq!(
        weft(&["-c", "import sys\nsys.exit()"]).status.code(),
        Some(0)
    );
    let out = weft(&["-c", "import sys\nsys.exit('bye')"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "bye\n");
}

#[test]
fn argv_and_version() {
    let out = weft(&["-c", "import sys\nprint(sys.argv)", "a", "-b"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "['-c', 'a', '-b']\n");
    let v = weft(&["--version"]);
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("Weft "));
}

#[test]
fn sigint_with_four_threads_running_exits_130_with_keyboard_interrupt() {
    let prog = "import threading\ndef spin():\n    x = 0\n    while True:\n        x += 1\nts = [threading.Thread(target=spin, daemon=True) for _ in range(4)]\nfor t in ts: t.start()\nprint('started', flush=True)\nfor t in ts: t.join()\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .args(["-c", prog])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn weft");
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 8];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("started line");
    assert_eq!(&first, b"started\n");
    std::thread::sleep(std::time::Duration::from_millis(300));
    // SAFETY: sending SIGINT to our own child process.
    assert_eq!(
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) },
        0
    );
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        out.status.signal(),
        Some(libc::SIGINT),
        "status {:?}, stderr {err}",
        out.status
    );
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert_eq!(
        err.trim_end().lines().last(),
        Some("KeyboardInterrupt"),
        "{err}"
    );
}
