//! The front end never panics: every golden program, cut at every 7th byte, either
//! compiles or gives a clean SyntaxError.

use std::path::Path;

fn py_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn truncated_sources_never_panic() {
    let mut files = vec![];
    py_files(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py").as_path(), &mut files);
    assert!(files.len() > 100);
    let mut cuts = 0;
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let bytes = src.as_bytes();
        for end in (0..=bytes.len()).step_by(7) {
            let text = String::from_utf8_lossy(&bytes[..end]);
            if let Ok(m) = aspic::syntax::parse_module(&text) {
                let _ = aspic::compile::compile(&m, "cut.py", &text, aspic::compile::Mode::Exec);
            }
            cuts += 1;
        }
    }
    assert!(cuts > 10_000, "only {cuts} cuts");
}
