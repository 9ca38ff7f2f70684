//! Embeds every `stdlib/*.py` module into the binary (a table of `include_str!`).
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("stdlib");
    println!("cargo:rerun-if-changed=stdlib");
    let mut entries: Vec<String> = vec![];
    if let Ok(rd) = fs::read_dir(dir) {
        let mut names: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        names.sort();
        for p in names {
            if p.extension().and_then(|e| e.to_str()) == Some("py") {
                let stem = p.file_stem().unwrap().to_string_lossy().to_string();
                let abs = fs::canonicalize(&p).unwrap();
                println!("cargo:rerun-if-changed={}", p.display());
                entries.push(format!("    ({:?}, include_str!({:?})),\n", stem, abs.display().to_string()));
            }
        }
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_table.rs");
    fs::write(out, format!("pub static STDLIB: &[(&str, &str)] = &[\n{}];\n", entries.concat())).unwrap();
}
