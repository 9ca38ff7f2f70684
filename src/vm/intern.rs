//! Interned strings: names used as attribute and global keys are shared `Rc<PyStr>`s, so
//! dictionary lookups usually succeed on pointer equality.

use std::cell::RefCell;
use std::rc::Rc;

use super::value::PyStr;

thread_local! {
    static TABLE: RefCell<hashbrown::HashMap<Box<str>, Rc<PyStr>>> = RefCell::new(hashbrown::HashMap::new());
}

pub fn intern(s: &str) -> Rc<PyStr> {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(r) = t.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        t.insert(s.into(), r.clone());
        r
    })
}

/// `intern` for the rich-comparison method names (called on every user comparison), by
/// table index instead of hashing; other names go through `intern`.
pub fn intern_cmp(s: &str) -> Rc<PyStr> {
    const NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    thread_local! {
        static CMP: [Rc<PyStr>; 6] = NAMES.map(intern);
    }
    let b = s.as_bytes();
    let i = match (b.len(), b.get(2..4)) {
        (6, Some(b"lt")) => 0,
        (6, Some(b"le")) => 1,
        (6, Some(b"eq")) => 2,
        (6, Some(b"ne")) => 3,
        (6, Some(b"gt")) => 4,
        (6, Some(b"ge")) => 5,
        _ => return intern(s),
    };
    if s != NAMES[i] {
        return intern(s);
    }
    CMP.with(|c| c[i].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intern_cmp_matches_intern() {
        for s in [
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__lx__", "xxltxx", "__hash__", "",
        ] {
            assert!(Rc::ptr_eq(&intern_cmp(s), &intern(s)), "{s}");
        }
    }
}
