//! Golden disassembly tests: every `tests/dis/*.py` is compiled and
//! disassembled and compared with `tests/dis/*.dis`.
//! `UPDATE_GOLDEN=1 cargo test --test dis_golden` rewrites the goldens.

use std::path::Path;

#[test]
fn dis_golden() {
    weft::runtime::types::init();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/dis")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        count += 1;
        let source = std::fs::read_to_string(&path).expect("read source");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let actual = match weft::compiler::compile(&source, &name, weft::compiler::Mode::Exec) {
            Ok(code) => weft::dis::disassemble(code),
            Err(e) => format!("error: {e}\n"),
        };
        let golden = path.with_extension("dis");
        if update {
            std::fs::write(&golden, &actual).expect("write golden");
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "--- {} differs; actual:\n{actual}",
                golden.display()
            ));
        }
    }
    assert!(count > 0, "no golden programs found");
    assert!(
        failures.is_empty(),
        "{}\n(set UPDATE_GOLDEN=1 to accept)",
        failures.join("\n")
    );
}

/// Every program of the conformance corpus compiles (except the one that
/// must fail with a SyntaxError).
#[test]
fn corpus_compiles() {
    weft::runtime::types::init();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let mut stack = vec![root];
    let mut failures = Vec::new();
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|e| e.to_str()) == Some("py") {
                let src = std::fs::read_to_string(&p).unwrap();
                let r =
                    weft::compiler::compile(&src, &p.to_string_lossy(), weft::compiler::Mode::Exec);
                let must_fail = p.file_name().is_some_and(|n| n == "syntax_error.py");
                match (r, must_fail) {
                    (Ok(_), true) => {
                        failures.push(format!("{}: compiled but must fail", p.display()))
                    }
                    (Err(e), false) => failures.push(format!("{}: {e}", p.display())),
                    _ => {}
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Developer tool: `DIS_FILE=path cargo test --test dis_golden dis_file -- --ignored --nocapture`
/// prints the disassembly of a file.
#[test]
#[ignore]
fn dis_file() {
    weft::runtime::types::init();
    let path = std::env::var("DIS_FILE").expect("DIS_FILE");
    let src = std::fs::read_to_string(&path).expect("read");
    match weft::compiler::compile(&src, &path, weft::compiler::Mode::Exec) {
        Ok(code) => print!("{}", weft::dis::disassemble(code)),
        Err(e) => println!("error: {e:?}"),
    }
}

/// Developer tool: `COMPILE_DIR=dir cargo test --test dis_golden compile_dir -- --ignored --nocapture`
/// compiles every `.py` file under a directory and reports panics and errors.
#[test]
#[ignore]
fn compile_dir() {
    weft::runtime::types::init();
    let root = std::env::var("COMPILE_DIR").expect("COMPILE_DIR");
    let mut stack = vec![std::path::PathBuf::from(root)];
    let (mut ok, mut errors, mut panics) = (0, 0, 0);
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            if p.extension().and_then(|e| e.to_str()) != Some("py") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&p) else {
                continue;
            };
            let name = p.to_string_lossy().to_string();
            let r = std::panic::catch_unwind(|| {
                weft::compiler::compile(&src, &name, weft::compiler::Mode::Exec)
                    .map(|c| weft::dis::disassemble(c).len())
            });
            match r {
                Ok(Ok(_)) => ok += 1,
                Ok(Err(e)) => {
                    errors += 1;
                    println!("error {name}: {e}");
                }
                Err(_) => {
                    panics += 1;
                    println!("PANIC {name}");
                }
            }
        }
    }
    println!("ok {ok}, errors {errors}, panics {panics}");
}
