//! Embeds the `stdlib/` modules into the binary (a table of `include_str!`).
//! `stdlib/name.py` becomes module `name`; a folder `stdlib/pkg/` holding `__init__.py`
//! becomes package `pkg`, and its `sub.py` becomes `pkg.sub`.
use std::fs;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, entries: &mut Vec<String>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let stem = p.file_stem().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if p.join("__init__.py").exists() {
                println!("cargo:rerun-if-changed={}", p.display());
                collect(&p, &format!("{prefix}{stem}."), entries);
            }
            continue;
        }
        if p.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let abs = fs::canonicalize(&p).unwrap();
        println!("cargo:rerun-if-changed={}", p.display());
        let (name, is_pkg) = if stem == "__init__" {
            (prefix.trim_end_matches('.').to_string(), true)
        } else {
            (format!("{prefix}{stem}"), false)
        };
        entries.push(format!(
            "    ({:?}, include_str!({:?}), {}),\n",
            name,
            abs.display().to_string(),
            is_pkg
        ));
    }
}

fn main() {
    println!("cargo:rerun-if-changed=stdlib");
    let mut entries: Vec<String> = vec![];
    collect(Path::new("stdlib"), "", &mut entries);
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_table.rs");
    fs::write(
        out,
        format!("pub static STDLIB: &[(&str, &str, bool)] = &[\n{}];\n", entries.concat()),
    )
    .unwrap();
}
