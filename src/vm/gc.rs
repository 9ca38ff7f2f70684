//! Cycle collection for reference-counted objects (CPython's algorithm).
//!
//! Container objects register a weak reference here when created. A collection computes,
//! for every live registered object, its strong count minus the references held by other
//! registered objects; objects left with a positive count are referenced from outside
//! (the VM stacks, native code, unregistered objects) and everything reachable from them
//! survives. The rest are garbage cycles: their contents are cleared, which breaks the
//! cycles and lets reference counting free them.
//!
//! Anything not registered counts as an outside reference, so missing a registration can
//! only keep garbage alive, never free a live object.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::object::*;
use super::value::Value;

enum Node {
    List(Weak<List>),
    Dict(Weak<DictObj>),
    Instance(Weak<Instance>),
    Cell(Weak<CellObj>),
    Function(Weak<Function>),
    Native(Weak<NativeObject>, &'static NativeTraverse),
}

/// Receives each value a native object's data holds.
pub type Visitor<'a> = dyn FnMut(&Value) + 'a;

/// How the collector sees into the data of a native object (`NativeObject::data`), which
/// it cannot inspect itself: `visit` reports every value the data holds; `clear` moves
/// them out (into the sink, dropped once the collection is done) to break a cycle.
pub struct NativeTraverse {
    pub visit: fn(&dyn Any, &mut Visitor),
    pub clear: fn(&mut dyn Any, &mut Vec<Value>),
}

enum Strong {
    List(Rc<List>),
    Dict(Rc<DictObj>),
    Instance(Rc<Instance>),
    Cell(Rc<CellObj>),
    Function(Rc<Function>),
    Native(Rc<NativeObject>, &'static NativeTraverse),
}

struct Registry {
    nodes: Vec<Node>,
    since_collect: usize,
    threshold: usize,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const { RefCell::new(Registry { nodes: Vec::new(), since_collect: 0, threshold: 10_000 }) };
}

fn register(n: Node) {
    REGISTRY.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.nodes.push(n);
            r.since_collect += 1;
        }
    });
}

pub fn track_list(l: &Rc<List>) {
    register(Node::List(Rc::downgrade(l)));
}
pub fn track_dict(d: &Rc<DictObj>) {
    register(Node::Dict(Rc::downgrade(d)));
}
pub fn track_instance(i: &Rc<Instance>) {
    register(Node::Instance(Rc::downgrade(i)));
}
pub fn tracked_instance(i: Instance) -> Rc<Instance> {
    let r = Rc::new(i);
    track_instance(&r);
    r
}
pub fn track_cell(c: &Rc<CellObj>) {
    register(Node::Cell(Rc::downgrade(c)));
}
pub fn track_function(f: &Rc<Function>) {
    register(Node::Function(Rc::downgrade(f)));
}
/// Registers a native object whose data can hold references (a container such as
/// `collections.deque`); `t` walks and empties that data.
pub fn track_native(o: &Rc<NativeObject>, t: &'static NativeTraverse) {
    register(Node::Native(Rc::downgrade(o), t));
}

/// True when enough containers were created since the last collection.
pub fn due() -> bool {
    REGISTRY.with(|r| r.try_borrow().map(|r| r.since_collect >= r.threshold).unwrap_or(false))
}

impl Strong {
    fn addr(&self) -> usize {
        match self {
            Strong::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Native(r, _) => Rc::as_ptr(r) as *const u8 as usize,
        }
    }
    fn strong_count(&self) -> usize {
        match self {
            Strong::List(r) => Rc::strong_count(r),
            Strong::Dict(r) => Rc::strong_count(r),
            Strong::Instance(r) => Rc::strong_count(r),
            Strong::Cell(r) => Rc::strong_count(r),
            Strong::Function(r) => Rc::strong_count(r),
            Strong::Native(r, _) => Rc::strong_count(r),
        }
    }

    /// Addresses of the objects this one holds strong references to (only those that
    /// could be registered). None when the object is borrowed right now: it is then
    /// treated as reachable.
    fn children(&self, out: &mut Vec<usize>) -> bool {
        fn val(v: &Value, out: &mut Vec<usize>) {
            match v {
                Value::List(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
                Value::Dict(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
                Value::Instance(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
                Value::Cell(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
                Value::Function(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
                Value::Object(r) => out.push(Rc::as_ptr(r) as *const u8 as usize),
                _ => {}
            }
        }
        match self {
            Strong::List(l) => match l.v.try_borrow() {
                Ok(v) => v.iter().for_each(|x| val(x, out)),
                Err(_) => return false,
            },
            Strong::Dict(d) => match d.d.try_borrow() {
                Ok(d) => {
                    for e in d.iter() {
                        val(&e.key, out);
                        val(&e.value, out);
                    }
                }
                Err(_) => return false,
            },
            Strong::Instance(i) => {
                match i.attrs.try_borrow() {
                    Ok(a) => match &*a {
                        Attrs::Shared { values, .. } => values.iter().for_each(|x| val(x, out)),
                        Attrs::Dict(d) => out.push(Rc::as_ptr(d) as *const u8 as usize),
                    },
                    Err(_) => return false,
                }
                match i.base.try_borrow() {
                    Ok(b) => val(&b, out),
                    Err(_) => return false,
                }
                if let Some(exc) = &i.exc {
                    match exc.try_borrow() {
                        Ok(e) => {
                            val(&e.args, out);
                            val(&e.cause, out);
                            val(&e.context, out);
                        }
                        Err(_) => return false,
                    }
                }
            }
            Strong::Cell(c) => match c.v.try_borrow() {
                Ok(v) => val(&v, out),
                Err(_) => return false,
            },
            Strong::Function(f) => {
                out.push(Rc::as_ptr(&f.globals) as *const u8 as usize);
                for c in &f.closure {
                    out.push(Rc::as_ptr(c) as *const u8 as usize);
                }
                let (Ok(defaults), Ok(kwd), Ok(doc), Ok(module), Ok(dict), Ok(ann)) = (
                    f.defaults.try_borrow(),
                    f.kwdefaults.try_borrow(),
                    f.doc.try_borrow(),
                    f.module.try_borrow(),
                    f.dict.try_borrow(),
                    f.annotations.try_borrow(),
                ) else {
                    return false;
                };
                defaults.iter().for_each(|x| val(x, out));
                if let Some(k) = kwd.as_ref() {
                    out.push(Rc::as_ptr(k) as *const u8 as usize);
                }
                val(&doc, out);
                val(&module, out);
                val(&ann, out);
                if let Some(d) = dict.as_ref() {
                    out.push(Rc::as_ptr(d) as *const u8 as usize);
                }
            }
            Strong::Native(o, t) => match o.data.try_borrow() {
                Ok(d) => (t.visit)(&**d, &mut |x| val(x, out)),
                Err(_) => return false,
            },
        }
        true
    }

    /// Empties a garbage object, returning what it held so it is dropped afterwards.
    fn clear(&self, sink: &mut Vec<Value>) {
        match self {
            Strong::List(l) => {
                if let Ok(mut v) = l.v.try_borrow_mut() {
                    sink.append(&mut v);
                }
            }
            Strong::Dict(d) => {
                if let Ok(mut d) = d.d.try_borrow_mut() {
                    for e in d.iter() {
                        sink.push(e.key.clone());
                        sink.push(e.value.clone());
                    }
                    d.clear();
                }
            }
            Strong::Instance(i) => {
                if let Ok(mut a) = i.attrs.try_borrow_mut()
                    && let Attrs::Shared { values, .. } = &mut *a
                {
                    sink.append(values);
                    *a = Attrs::new();
                }
                if let Ok(mut b) = i.base.try_borrow_mut() {
                    sink.push(std::mem::replace(&mut *b, Value::Null));
                }
                if let Some(exc) = &i.exc
                    && let Ok(mut e) = exc.try_borrow_mut()
                {
                    sink.push(std::mem::replace(&mut e.args, Value::None));
                    sink.push(std::mem::replace(&mut e.cause, Value::None));
                    sink.push(std::mem::replace(&mut e.context, Value::None));
                }
            }
            Strong::Cell(c) => {
                if let Ok(mut v) = c.v.try_borrow_mut() {
                    sink.push(std::mem::replace(&mut *v, Value::Null));
                }
            }
            Strong::Function(f) => {
                if let Ok(mut d) = f.defaults.try_borrow_mut() {
                    sink.append(&mut d);
                }
                if let Ok(mut k) = f.kwdefaults.try_borrow_mut()
                    && let Some(k) = k.take()
                {
                    sink.push(Value::Dict(k));
                }
                if let Ok(mut d) = f.dict.try_borrow_mut()
                    && let Some(d) = d.take()
                {
                    sink.push(Value::Dict(d));
                }
            }
            Strong::Native(o, t) => {
                if let Ok(mut d) = o.data.try_borrow_mut() {
                    (t.clear)(&mut **d, sink);
                }
            }
        }
    }
}

/// Runs a collection; returns the number of garbage objects found. Garbage instances
/// whose class defines `__del__` (and whose `__del__` has not run) are not cleared: they
/// are returned in `finalize`, and the caller runs their `__del__` and collects again.
pub fn collect(finalize: &mut Vec<Rc<Instance>>, has_del: &dyn Fn(&Rc<Instance>) -> bool) -> usize {
    // Take the registry out so that registrations during clearing go to a fresh one.
    let nodes = REGISTRY.with(|r| match r.try_borrow_mut() {
        Ok(mut r) => {
            r.since_collect = 0;
            std::mem::take(&mut r.nodes)
        }
        Err(_) => Vec::new(),
    });
    let mut live: Vec<Strong> = Vec::with_capacity(nodes.len());
    for n in nodes {
        let s = match n {
            Node::List(w) => w.upgrade().map(Strong::List),
            Node::Dict(w) => w.upgrade().map(Strong::Dict),
            Node::Instance(w) => w.upgrade().map(Strong::Instance),
            Node::Cell(w) => w.upgrade().map(Strong::Cell),
            Node::Function(w) => w.upgrade().map(Strong::Function),
            Node::Native(w, t) => w.upgrade().map(|o| Strong::Native(o, t)),
        };
        if let Some(s) = s {
            live.push(s);
        }
    }
    let index: HashMap<usize, usize> = live.iter().enumerate().map(|(i, s)| (s.addr(), i)).collect();
    // References from outside the registered set (minus the one `live` holds).
    let mut refs: Vec<isize> = live.iter().map(|s| s.strong_count() as isize - 1).collect();
    let mut kids: Vec<Vec<usize>> = Vec::with_capacity(live.len());
    let mut pinned = vec![false; live.len()];
    for (i, s) in live.iter().enumerate() {
        let mut out = Vec::new();
        if !s.children(&mut out) {
            pinned[i] = true;
        }
        let mut ks = Vec::with_capacity(out.len());
        for a in out {
            if let Some(&j) = index.get(&a) {
                refs[j] -= 1;
                ks.push(j);
            }
        }
        kids.push(ks);
    }
    // Everything reachable from an externally referenced object survives.
    let mut reachable = vec![false; live.len()];
    let mut stack: Vec<usize> = (0..live.len()).filter(|&i| refs[i] > 0 || pinned[i]).collect();
    while let Some(i) = stack.pop() {
        if reachable[i] {
            continue;
        }
        reachable[i] = true;
        stack.extend(kids[i].iter().copied().filter(|&j| !reachable[j]));
    }
    let mut sink: Vec<Value> = Vec::new();
    let mut garbage = 0;
    for (i, s) in live.iter().enumerate() {
        if !reachable[i]
            && let Strong::Instance(inst) = s
            && has_del(inst)
        {
            finalize.push(inst.clone());
        }
    }
    if !finalize.is_empty() {
        // Finalizers first (they may resurrect objects); clearing waits for the next pass.
        for r in reachable.iter_mut() {
            *r = true;
        }
    }
    for (i, s) in live.iter().enumerate() {
        if !reachable[i] {
            garbage += 1;
            s.clear(&mut sink);
        }
    }
    // Survivors stay registered.
    let survivors: Vec<Node> = live
        .iter()
        .enumerate()
        .filter(|(i, _)| reachable[*i])
        .map(|(_, s)| match s {
            Strong::List(r) => Node::List(Rc::downgrade(r)),
            Strong::Dict(r) => Node::Dict(Rc::downgrade(r)),
            Strong::Instance(r) => Node::Instance(Rc::downgrade(r)),
            Strong::Cell(r) => Node::Cell(Rc::downgrade(r)),
            Strong::Function(r) => Node::Function(Rc::downgrade(r)),
            Strong::Native(r, t) => Node::Native(Rc::downgrade(r), t),
        })
        .collect();
    let n_survivors = survivors.len();
    REGISTRY.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            let mut fresh = std::mem::replace(&mut r.nodes, survivors);
            r.nodes.append(&mut fresh);
            // Collect again after the heap has grown by a good fraction (amortized cost).
            r.threshold = (n_survivors / 2).max(10_000);
        }
    });
    drop(live);
    drop(sink);
    garbage
}
