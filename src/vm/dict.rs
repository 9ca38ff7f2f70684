//! Hash tables: `Dict` (insertion ordered, like CPython's compact dict) and `PySet`
//! (open addressing with CPython's exact probing, so that iteration order of sets of ints
//! matches CPython's).
//!
//! Key equality may need to call Python `__eq__`; the tables themselves never call into
//! the VM. They answer `Found`/`NotFound` when every candidate's equality is known natively
//! (`fast_eq`) and `Unknown` otherwise, and the callers (which hold no borrow then) finish the
//! comparison with the VM.

use std::rc::Rc;

use hashbrown::HashTable;

use super::value::Value;

/// Equality that needs no VM: `Some(answer)` when both sides are built-in values whose
/// equality is known, `None` when a Python `__eq__` might be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => Some(Rc::ptr_eq(x, y) || x.s == y.s),
        (Int(x), Int(y)) => Some(x == y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == *y as i64),
        (Bool(x), Bool(y)) => Some(x == y),
        (Float(x), Float(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some(super::ops::int_float_eq(*x, *y)),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some(*x as i64 as f64 == *y),
        (BigInt(x), BigInt(y)) => Some(x == y),
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) | (BigInt(_), Bool(_)) | (Bool(_), BigInt(_)) => Some(false),
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => Some(super::ops::bigint_float_eq(x, *y)),
        (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented) => Some(true),
        (Bytes(x), Bytes(y)) => Some(x == y),
        (Tuple(x), Tuple(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if x.len() != y.len() {
                return Some(false);
            }
            let mut all = true;
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                match fast_eq(p, q) {
                    Some(true) => {}
                    Some(false) => return Some(false),
                    Option::None => all = false,
                }
            }
            if all { Some(true) } else { Option::None }
        }
        (Instance(_), _) | (_, Instance(_)) | (Object(_), _) | (_, Object(_)) => {
            if a.is(b) {
                Some(true)
            } else {
                Option::None
            }
        }
        (List(_), List(_)) | (Dict(_), Dict(_)) | (Set(_), Set(_)) | (ByteArray(_), ByteArray(_)) => Option::None,
        (Bytes(_), ByteArray(_)) | (ByteArray(_), Bytes(_)) => Option::None,
        (Range(_), Range(_)) => Option::None,
        _ => {
            // Different built-in kinds, or identity-compared objects (functions, classes, ...).
            Some(a.is(b))
        }
    }
}

pub enum Probe {
    Found(usize),
    NotFound,
    Unknown,
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// An insertion-ordered hash map from Python values to values.
#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<u32>,
    len: usize,
    /// Bumped whenever an entry is added or removed (entries may move or a new key may
    /// shadow another dict's): a cached entry position (LOAD_GLOBAL) stays valid while it
    /// is unchanged. Replacing a value does not bump it: the cache reads the value afresh,
    /// and a loop updating a global counter would otherwise miss on every other global.
    version: u64,
}

impl Drop for Dict {
    /// Nested containers among the keys and values go through the trashcan.
    fn drop(&mut self) {
        let nested = self
            .entries
            .iter()
            .flatten()
            .any(|e| !super::trashcan::is_leaf(&e.value) || !super::trashcan::is_leaf(&e.key));
        if nested {
            let mut items = Vec::with_capacity(self.len * 2);
            for e in std::mem::take(&mut self.entries).into_iter().flatten() {
                items.push(e.key);
                items.push(e.value);
            }
            super::trashcan::dispose(items);
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            index: HashTable::with_capacity(n),
            len: 0,
            version: 0,
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Looks a key up with native equality only.
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut unknown = false;
        for &i in self.index.iter_hash(hash as u64) {
            if let Some(e) = &self.entries[i as usize] {
                if e.hash != hash {
                    continue;
                }
                if e.key.is(key) {
                    return Probe::Found(i as usize);
                }
                match fast_eq(&e.key, key) {
                    Some(true) => return Probe::Found(i as usize),
                    Some(false) => {}
                    None => unknown = true,
                }
            }
        }
        if unknown { Probe::Unknown } else { Probe::NotFound }
    }

    /// Entries whose hash equals `hash` (for the slow equality path).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut v = Vec::new();
        for &i in self.index.iter_hash(hash as u64) {
            if let Some(e) = &self.entries[i as usize]
                && e.hash == hash
            {
                v.push((i as usize, e.key.clone()));
            }
        }
        v
    }

    /// Fast lookup of a str key (attribute dictionaries, globals).
    #[inline]
    pub fn get_str(&self, key: &super::value::PyStr) -> Option<&Value> {
        let hash = key.hash();
        for &i in self.index.iter_hash(hash as u64) {
            if let Some(e) = &self.entries[i as usize]
                && let Value::Str(k) = &e.key
                && (std::ptr::eq(&**k, key) || k.s == key.s)
            {
                return Some(&e.value);
            }
        }
        None
    }

    /// Slot index of a str key (for caches that must not hold the value itself).
    pub fn find_str_index(&self, key: &super::value::PyStr) -> Option<usize> {
        let hash = key.hash();
        for &i in self.index.iter_hash(hash as u64) {
            if let Some(e) = &self.entries[i as usize]
                && let Value::Str(k) = &e.key
                && (std::ptr::eq(&**k, key) || k.s == key.s)
            {
                return Some(i as usize);
            }
        }
        None
    }

    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }
    pub fn value_at_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.entries.get_mut(i).and_then(|e| e.as_mut()).map(|e| &mut e.value)
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version += 1;
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, idx, |&i| {
            entries[i as usize].as_ref().map(|e| e.hash).unwrap_or(0) as u64
        });
        self.len += 1;
    }

    /// Sets the value of an existing entry, or appends a new one. The caller has already
    /// established (with `probe` or the slow path) whether the key is present.
    pub fn set_at(&mut self, found: Option<usize>, hash: i64, key: Value, value: Value) {
        match found {
            Some(i) => {
                if let Some(e) = self.entries[i].as_mut() {
                    e.value = value;
                }
            }
            None => self.insert_new(hash, key, value),
        }
    }

    /// Insert with native equality; returns false (and does nothing) when equality is unknown.
    pub fn try_insert(&mut self, hash: i64, key: Value, value: Value) -> bool {
        match self.probe(hash, &key) {
            Probe::Found(i) => {
                self.set_at(Some(i), hash, key, value);
                true
            }
            Probe::NotFound => {
                self.insert_new(hash, key, value);
                true
            }
            Probe::Unknown => false,
        }
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        self.version += 1;
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(occ) = self.index.find_entry(e.hash as u64, |&j| j as usize == i) {
            occ.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    pub fn clear(&mut self) {
        self.version += 1;
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// Iterates live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }
    /// Raw slot count, for index-based iteration that survives borrows being released.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key.clone(), e.value.clone())).collect()
    }
    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }
    /// Removes the first entry (OrderedDict.popitem(last=False)).
    pub fn pop_first(&mut self) -> Option<Entry> {
        let i = self.entries.iter().position(|e| e.is_some())?;
        self.remove_at(i)
    }

    // Convenience for str-keyed dictionaries.
    pub fn set_str(&mut self, key: &str, value: Value) {
        let k = super::value::PyStr::new(key);
        let hash = k.hash();
        let key = Value::Str(Rc::new(k));
        self.try_insert(hash, key, value);
    }
    pub fn set_pystr(&mut self, key: Rc<super::value::PyStr>, value: Value) {
        let hash = key.hash();
        self.try_insert(hash, Value::Str(key), value);
    }
    pub fn get_by_str(&self, key: &str) -> Option<&Value> {
        self.get_str(&super::value::PyStr::new(key))
    }
    pub fn remove_str(&mut self, key: &super::value::PyStr) -> Option<Value> {
        let hash = key.hash();
        let kv = Value::Str(Rc::new(super::value::PyStr::new(key.as_str())));
        match self.probe(hash, &kv) {
            Probe::Found(i) => self.remove_at(i).map(|e| e.value),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Sets, with CPython's table layout so iteration order matches.

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct PySet {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: vec![Slot::Empty; 8],
            fill: 0,
            used: 0,
        }
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The probe sequence of CPython's `set_lookkey`: calls `visit(slot index)` for each
    /// slot until it returns Some, or an empty slot is met (returns None then, with the
    /// index of the first free slot seen, for insertion).
    fn probe_seq(&self, hash: i64, mut visit: impl FnMut(usize, &Slot) -> Option<bool>) -> (Option<usize>, Option<usize>) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let limit = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=limit {
                let idx = i + j;
                match &self.table[idx] {
                    Slot::Empty => return (None, free.or(Some(idx))),
                    Slot::Dummy => {
                        if free.is_none() {
                            free = Some(idx);
                        }
                    }
                    s @ Slot::Full(..) => {
                        if let Some(true) = visit(idx, s) {
                            return (Some(idx), free);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut unknown = false;
        let (found, _) = self.probe_seq(hash, |_, s| {
            if let Slot::Full(h, k) = s
                && *h == hash
            {
                if k.is(key) {
                    return Some(true);
                }
                match fast_eq(k, key) {
                    Some(b) => return Some(b),
                    None => unknown = true,
                }
            }
            None
        });
        match found {
            Some(i) => Probe::Found(i),
            None if unknown => Probe::Unknown,
            None => Probe::NotFound,
        }
    }

    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        let mut v = Vec::new();
        self.probe_seq(hash, |i, s| {
            if let Slot::Full(h, k) = s
                && *h == hash
            {
                v.push((i, k.clone()));
            }
            None
        });
        v
    }

    pub fn key_at(&self, i: usize) -> Option<&Value> {
        match self.table.get(i) {
            Some(Slot::Full(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let (_, free) = self.probe_seq(hash, |_, _| None);
        let idx = free.expect("set table always has a free slot");
        if matches!(self.table[idx], Slot::Empty) {
            self.fill += 1;
        }
        self.table[idx] = Slot::Full(hash, key);
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    pub fn try_insert(&mut self, hash: i64, key: Value) -> bool {
        match self.probe(hash, &key) {
            Probe::Found(_) => true,
            Probe::NotFound => {
                self.insert_new(hash, key);
                true
            }
            Probe::Unknown => false,
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = 8;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        // CPython re-inserts in table order without comparisons.
        for s in old {
            if let Slot::Full(h, k) = s {
                self.insert_clean(h, k);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let limit = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in 0..=limit {
                if matches!(self.table[i + j], Slot::Empty) {
                    self.table[i + j] = Slot::Full(hash, key);
                    self.fill += 1;
                    self.used += 1;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Full(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[i] = other;
                None
            }
        }
    }

    pub fn clear(&mut self) {
        *self = PySet::new();
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    /// CPython's `set.pop`: scans from a moving finger.
    pub fn pop_any(&mut self, finger: &mut usize) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = *finger & mask;
        loop {
            if let Slot::Full(..) = self.table[i] {
                break;
            }
            i = (i + 1) & mask;
        }
        *finger = i + 1;
        self.remove_at(i)
    }
}
