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
