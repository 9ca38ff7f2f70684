//! Methods of `list`, `tuple`, `dict`, `set`, `frozenset`, and `int` / `float`.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::runtime::str_methods::{
    arg_index, base_value, bytes_like, check_exp, check_noargs, check_one, no_kw, parse_kw, slice_idx, unwrap_self,
};
use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::value::{PyStr, Value};
use crate::vm::{PyResult, Vm};

type Kw<'a> = &'a [(Rc<PyStr>, Value)];

fn same(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    vm.eq(a, b)
}

// =======================================================================================
// list

fn get_list(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<List>> {
    match unwrap_self(vm, args, "list", name, |v| matches!(v, Value::List(_)))? {
        Value::List(l) => Ok(l),
        _ => unreachable!(),
    }
}

fn list_append(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "list.append")?;
    let l = get_list(vm, args, "append")?;
    l.v.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "list.extend")?;
    let l = get_list(vm, args, "extend")?;
    let items = match &args[1] {
        Value::List(o) => o.v.borrow().clone(),
        Value::Tuple(t) => (**t).clone(),
        v => vm.iterate(v)?,
    };
    l.v.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "list.insert", "insert", 2, 2)?;
    let l = get_list(vm, args, "insert")?;
    let idx = arg_index(vm, &args[1])?;
    let mut v = l.v.borrow_mut();
    let len = v.len() as i64;
    let i = if idx < 0 { (idx + len).max(0) } else { idx.min(len) };
    v.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "list.remove")?;
    let l = get_list(vm, args, "remove")?;
    let mut i = 0;
    loop {
        let item = match l.v.borrow().get(i) {
            Some(x) => x.clone(),
            None => break,
        };
        if same(vm, &item, &args[1])? {
            let mut v = l.v.borrow_mut();
            if i < v.len() {
                v.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "list.pop", "pop", 0, 1)?;
    let l = get_list(vm, args, "pop")?;
    let idx = match args.get(1) {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let mut v = l.v.borrow_mut();
    let len = v.len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(v.remove(i as usize))
}

fn seq_index(vm: &mut Vm, args: &[Value], get: &dyn Fn(usize) -> Option<Value>, len: usize, what: &str) -> PyResult<Value> {
    let st = slice_idx(vm, args.get(2), false)?;
    let en = slice_idx(vm, args.get(3), false)?;
    let len = len as i64;
    let mut a = st.unwrap_or(0);
    let mut b = en.unwrap_or(len);
    if a < 0 {
        a = (a + len).max(0);
    }
    if b < 0 {
        b = (b + len).max(0);
    }
    let mut i = a;
    while i < b {
        let Some(item) = get(i as usize) else { break };
        if same(vm, &item, &args[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    if what == "list" {
        let r = vm.repr(&args[1])?;
        Err(vm.value_error(format!("{} is not in list", r.as_str())))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    }
}

fn list_index(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "list.index", "index", 1, 3)?;
    let l = get_list(vm, args, "index")?;
    let len = l.v.borrow().len();
    let l2 = l.clone();
    seq_index(vm, args, &move |i| l2.v.borrow().get(i).cloned(), len, "list")
}

fn list_count(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "list.count")?;
    let l = get_list(vm, args, "count")?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match l.v.borrow().get(i) {
            Some(x) => x.clone(),
            None => break,
        };
        if same(vm, &item, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "list.reverse")?;
    let l = get_list(vm, args, "reverse")?;
    l.v.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "list.copy")?;
    let l = get_list(vm, args, "copy")?;
    let v = l.v.borrow().clone();
    Ok(Value::list(v))
}

fn list_clear(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "list.clear")?;
    let l = get_list(vm, args, "clear")?;
    let old = std::mem::take(&mut *l.v.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// Stable merge sort of `idx` by `keys[idx]` with a fallible less-than.
fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort for runs of 32, then bottom-up merges.
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = idx[i];
            // find insertion point: first position p in [start, i) with keys[x] < keys[idx[p]]
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.lt(&keys[x], &keys[idx[mid]])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let mut j = i;
            while j > lo {
                idx[j] = idx[j - 1];
                j -= 1;
            }
            idx[lo] = x;
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<usize> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if vm.lt(&keys[idx[j]], &keys[idx[i]])? {
                        buf.push(idx[j]);
                        j += 1;
                    } else {
                        buf.push(idx[i]);
                        i += 1;
                    }
                }
                buf.extend_from_slice(&idx[i..mid]);
                buf.extend_from_slice(&idx[j..hi]);
                idx[lo..hi].copy_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: &Value, reverse: bool) -> (Vec<Value>, PyResult<()>) {
    let mut items = items;
    if reverse {
        items.reverse();
    }
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in &items {
            match vm.call(key, std::slice::from_ref(it)) {
                Ok(k) => ks.push(k),
                Err(e) => {
                    if reverse {
                        items.reverse();
                    }
                    return (items, Err(e));
                }
            }
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let r = merge_sort(vm, &keys, &mut idx);
    if r.is_err() {
        if reverse {
            items.reverse();
        }
        return (items, r);
    }
    let mut out: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    if reverse {
        out.reverse();
    }
    (out, Ok(()))
}

fn list_sort(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "sort", &["key", "reverse"], 0)?;
    let l = get_list(vm, args, "sort")?;
    let key = a[0].clone().unwrap_or(Value::None);
    let reverse = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let items = std::mem::take(&mut *l.v.borrow_mut());
    let (out, r) = sort_values(vm, items, &key, reverse);
    let modified = !l.v.borrow().is_empty();
    *l.v.borrow_mut() = out;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

// =======================================================================================
// tuple

fn get_tuple(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<crate::vm::value::Tuple>> {
    match unwrap_self(vm, args, "tuple", name, |v| matches!(v, Value::Tuple(_)))? {
        Value::Tuple(t) => Ok(t),
        _ => unreachable!(),
    }
}

fn tuple_index(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "tuple.index", "index", 1, 3)?;
    let t = get_tuple(vm, args, "index")?;
    let len = t.len();
    let t2 = t.clone();
    seq_index(vm, args, &move |i| t2.get(i).cloned(), len, "tuple")
}

fn tuple_count(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "tuple.count")?;
    let t = get_tuple(vm, args, "count")?;
    let mut n = 0;
    for item in t.iter() {
        if same(vm, item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

// =======================================================================================
// dict

fn get_dict(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<DictObj>> {
    match unwrap_self(vm, args, "dict", name, |v| matches!(v, Value::Dict(_)))? {
        Value::Dict(d) => Ok(d),
        _ => unreachable!(),
    }
}

fn dict_keys(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "dict.keys")?;
    let d = get_dict(vm, args, "keys")?;
    let len = d.d.borrow().len();
    Ok(Value::Iter(Rc::new(NativeIter {
        state: std::cell::RefCell::new(IterState::DictKeys { d, idx: 0, len }),
        kind: "dict_keys",
    })))
}
fn dict_values(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "dict.values")?;
    let d = get_dict(vm, args, "values")?;
    let len = d.d.borrow().len();
    Ok(Value::Iter(Rc::new(NativeIter {
        state: std::cell::RefCell::new(IterState::DictValues { d, idx: 0, len }),
        kind: "dict_values",
    })))
}
fn dict_items(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "dict.items")?;
    let d = get_dict(vm, args, "items")?;
    let len = d.d.borrow().len();
    Ok(Value::Iter(Rc::new(NativeIter {
        state: std::cell::RefCell::new(IterState::DictItems { d, idx: 0, len }),
        kind: "dict_items",
    })))
}

fn dict_get(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "dict.get", "get", 1, 2)?;
    let d = get_dict(vm, args, "get")?;
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "dict.setdefault", "setdefault", 1, 2)?;
    let d = get_dict(vm, args, "setdefault")?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let dv = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args[1].clone(), dv.clone())?;
    Ok(dv)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "dict.pop", "pop", 1, 2)?;
    let d = get_dict(vm, args, "pop")?;
    match vm.dict_del(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(args[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "dict.popitem")?;
    let d = get_dict(vm, args, "popitem")?;
    let e = d.d.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_update(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n > 1 {
        return Err(vm.type_error(format!("update expected at most 1 argument, got {n}")));
    }
    let d = get_dict(vm, args, "update")?;
    if let Some(o) = args.get(1) {
        vm.dict_update_from(&d, o, false)?;
    }
    for (k, v) in kwargs {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "dict.copy")?;
    let d = get_dict(vm, args, "copy")?;
    let c = d.d.borrow().clone();
    Ok(Value::dict(c))
}

fn dict_clear(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "dict.clear")?;
    let d = get_dict(vm, args, "clear")?;
    let old = std::mem::take(&mut *d.d.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "dict.fromkeys", "fromkeys", 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let keys = vm.iterate(&args[1])?;
    let target = match &args[0] {
        Value::Class(c) if c.builtin == Some(BuiltinType::Dict) => Value::dict(Dict::new()),
        Value::Class(_) => vm.call(&args[0], &[])?,
        _ => Value::dict(Dict::new()),
    };
    let dobj = match base_value(&target) {
        Value::Dict(d) => d,
        _ => return Err(vm.type_error("fromkeys: class did not produce a dict")),
    };
    for k in keys {
        vm.dict_set(&dobj, k, value.clone())?;
    }
    Ok(target)
}

// =======================================================================================
// set / frozenset

fn get_set_any(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<SetObj>> {
    let cls = match args.first() {
        Some(Value::Set(s)) if s.frozen => "frozenset",
        _ => "set",
    };
    match unwrap_self(vm, args, cls, name, |v| matches!(v, Value::Set(_)))? {
        Value::Set(s) => Ok(s),
        _ => unreachable!(),
    }
}

fn get_set_mut(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<SetObj>> {
    match unwrap_self(vm, args, "set", name, |v| matches!(v, Value::Set(s) if !s.frozen))? {
        Value::Set(s) => Ok(s),
        _ => unreachable!(),
    }
}

fn set_items(s: &Rc<SetObj>) -> Vec<Value> {
    s.s.borrow().keys()
}

/// Items of an iterable argument (sets read directly).
fn iter_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match base_value(v) {
        Value::Set(s) => Ok(set_items(&s)),
        _ => vm.iterate(v),
    }
}

/// A set object for membership tests.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<SetObj>> {
    match base_value(v) {
        Value::Set(s) => Ok(s),
        _ => {
            let items = vm.iterate(v)?;
            match vm.new_set(items, true)? {
                Value::Set(s) => Ok(s),
                _ => Err(vm.type_error("internal: new_set")),
            }
        }
    }
}

fn mk_set(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    vm.new_set(items, frozen)
}

fn set_add(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "set.add")?;
    let s = get_set_mut(vm, args, "add")?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "set.remove")?;
    let s = get_set_mut(vm, args, "remove")?;
    if !vm.set_remove(&s, &args[1])? {
        return Err(vm.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "set.discard")?;
    let s = get_set_mut(vm, args, "discard")?;
    vm.set_remove(&s, &args[1])?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "set.pop")?;
    let s = get_set_mut(vm, args, "pop")?;
    let mut finger = s.finger.get();
    let r = s.s.borrow_mut().pop_any(&mut finger);
    s.finger.set(finger);
    match r {
        Some(v) => Ok(v),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "set.clear")?;
    let s = get_set_mut(vm, args, "clear")?;
    let old = std::mem::take(&mut *s.s.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "copy")?;
    check_noargs(vm, args, kwargs, if s.frozen { "frozenset.copy" } else { "set.copy" })?;
    if s.frozen && matches!(args[0], Value::Set(_)) {
        return Ok(args[0].clone());
    }
    let items = set_items(&s);
    mk_set(vm, items, s.frozen)
}

fn set_update(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_kw(vm, kwargs, "set.update")?;
    let s = get_set_mut(vm, args, "update")?;
    for o in &args[1..] {
        let items = iter_items(vm, o)?;
        for it in items {
            vm.set_add(&s, it)?;
        }
    }
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "union")?;
    no_kw(vm, kwargs, if s.frozen { "frozenset.union" } else { "set.union" })?;
    let r = mk_set(vm, set_items(&s), s.frozen)?;
    let Value::Set(rs) = &r else { return Ok(r) };
    for o in &args[1..] {
        let items = iter_items(vm, o)?;
        for it in items {
            vm.set_add(rs, it)?;
        }
    }
    Ok(r)
}

fn intersect(vm: &mut Vm, s: &Rc<SetObj>, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut cur = set_items(s);
    let mut cur_set: Option<Rc<SetObj>> = Some(s.clone());
    for o in others {
        let mut next = vec![];
        match base_value(o) {
            Value::Set(os) => {
                // Iterate over the smaller one, like CPython.
                let cs = match &cur_set {
                    Some(c) => c.clone(),
                    None => match vm.new_set(cur.clone(), true)? {
                        Value::Set(x) => x,
                        _ => unreachable!(),
                    },
                };
                let (small, big) = if os.s.borrow().len() > cs.s.borrow().len() {
                    (cs.clone(), os.clone())
                } else {
                    (os.clone(), cs.clone())
                };
                for it in set_items(&small) {
                    if vm.set_contains(&big, &it)? {
                        next.push(it);
                    }
                }
            }
            _ => {
                let cs = match &cur_set {
                    Some(c) => c.clone(),
                    None => match vm.new_set(cur.clone(), true)? {
                        Value::Set(x) => x,
                        _ => unreachable!(),
                    },
                };
                let items = vm.iterate(o)?;
                for it in items {
                    if vm.set_contains(&cs, &it)? {
                        next.push(it);
                    }
                }
            }
        }
        cur = next;
        cur_set = None;
    }
    Ok(cur)
}

fn set_intersection(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "intersection")?;
    no_kw(vm, kwargs, if s.frozen { "frozenset.intersection" } else { "set.intersection" })?;
    if args.len() == 1 {
        return mk_set(vm, set_items(&s), s.frozen);
    }
    let items = intersect(vm, &s, &args[1..])?;
    mk_set(vm, items, s.frozen)
}

fn difference(vm: &mut Vm, s: &Rc<SetObj>, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut cur = set_items(s);
    for o in others {
        let os = as_set(vm, o)?;
        let mut next = vec![];
        for it in cur {
            if !vm.set_contains(&os, &it)? {
                next.push(it);
            }
        }
        cur = next;
    }
    Ok(cur)
}

fn set_difference(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "difference")?;
    no_kw(vm, kwargs, if s.frozen { "frozenset.difference" } else { "set.difference" })?;
    let items = difference(vm, &s, &args[1..])?;
    mk_set(vm, items, s.frozen)
}

fn sym_diff_into(vm: &mut Vm, r: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    let items = match base_value(other) {
        Value::Set(os) => set_items(&os),
        _ => {
            let os = as_set(vm, other)?;
            set_items(&os)
        }
    };
    for it in items {
        if !vm.set_remove(r, &it)? {
            vm.set_add(r, it)?;
        }
    }
    Ok(())
}

fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "symmetric_difference")?;
    check_one(
        vm,
        args,
        kwargs,
        if s.frozen {
            "frozenset.symmetric_difference"
        } else {
            "set.symmetric_difference"
        },
    )?;
    let r = mk_set(vm, set_items(&s), false)?;
    let Value::Set(rs) = &r else { return Ok(r) };
    sym_diff_into(vm, rs, &args[1])?;
    if s.frozen {
        let items = set_items(rs);
        return mk_set(vm, items, true);
    }
    Ok(r)
}

fn replace_contents(vm: &mut Vm, s: &Rc<SetObj>, items: Vec<Value>) -> PyResult<()> {
    let old = std::mem::take(&mut *s.s.borrow_mut());
    drop(old);
    for it in items {
        vm.set_add(s, it)?;
    }
    Ok(())
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_kw(vm, kwargs, "set.intersection_update")?;
    let s = get_set_mut(vm, args, "intersection_update")?;
    let items = intersect(vm, &s, &args[1..])?;
    replace_contents(vm, &s, items)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_kw(vm, kwargs, "set.difference_update")?;
    let s = get_set_mut(vm, args, "difference_update")?;
    for o in &args[1..] {
        let items = iter_items(vm, o)?;
        for it in items {
            vm.set_remove(&s, &it)?;
        }
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "set.symmetric_difference_update")?;
    let s = get_set_mut(vm, args, "symmetric_difference_update")?;
    sym_diff_into(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "issubset")?;
    check_one(vm, args, kwargs, if s.frozen { "frozenset.issubset" } else { "set.issubset" })?;
    let os = as_set(vm, &args[1])?;
    if s.s.borrow().len() > os.s.borrow().len() {
        return Ok(Value::Bool(false));
    }
    for it in set_items(&s) {
        if !vm.set_contains(&os, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_issuperset(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "issuperset")?;
    check_one(vm, args, kwargs, if s.frozen { "frozenset.issuperset" } else { "set.issuperset" })?;
    let items = iter_items(vm, &args[1])?;
    for it in items {
        if !vm.set_contains(&s, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_set_any(vm, args, "isdisjoint")?;
    check_one(vm, args, kwargs, if s.frozen { "frozenset.isdisjoint" } else { "set.isdisjoint" })?;
    let items = iter_items(vm, &args[1])?;
    for it in items {
        if vm.set_contains(&s, &it)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// =======================================================================================
// int / float

fn get_int(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<BigInt> {
    match unwrap_self(vm, args, "int", name, |v| {
        matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
    })? {
        Value::Int(i) => Ok(BigInt::from(i)),
        Value::Bool(b) => Ok(BigInt::from(b as i64)),
        Value::BigInt(b) => Ok((*b).clone()),
        _ => unreachable!(),
    }
}

fn int_bit_length(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "int.bit_length")?;
    let i = get_int(vm, args, "bit_length")?;
    Ok(Value::Int(i.magnitude().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "int.bit_count")?;
    let i = get_int(vm, args, "bit_count")?;
    let n: u64 = i.magnitude().to_u64_digits().iter().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(n as i64))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "int.conjugate")?;
    let i = get_int(vm, args, "conjugate")?;
    Ok(Value::from_bigint(i))
}

fn int_index(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "int.__index__")?;
    let i = get_int(vm, args, "__index__")?;
    Ok(Value::from_bigint(i))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "int.as_integer_ratio")?;
    let i = get_int(vm, args, "as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(i), Value::Int(1)]))
}

fn byteorder_arg(vm: &mut Vm, v: &Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_str() {
            Some("big") => Ok(false),
            Some("little") => Ok(true),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!("{fname}() argument 'byteorder' must be str, not {}", vm.type_name(v)))),
        },
    }
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let i = get_int(vm, args, "to_bytes")?;
    let length = match &a[0] {
        Some(v) => arg_index(vm, v)?,
        None => 1,
    };
    let little = byteorder_arg(vm, &a[1], "to_bytes")?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let length = length as usize;
    let mut bytes: Vec<u8> = if i.is_zero() {
        vec![]
    } else if signed {
        i.to_signed_bytes_be()
    } else {
        if i.is_negative() {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        i.to_bytes_be().1
    };
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if signed && i.is_negative() { 0xffu8 } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(Value::Bytes(Rc::new(out)))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let owned: Vec<Value>;
    let args: &[Value] = if matches!(args.first(), Some(Value::Class(_))) {
        args
    } else {
        owned = std::iter::once(Value::Class(vm.types.int.clone()))
            .chain(args.iter().cloned())
            .collect();
        &owned
    };
    let a = parse_kw(vm, args, kwargs, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = &a[0] else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match bytes_like(src) {
        Some(b) => b,
        None => {
            if src.as_str().is_some() {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            let items = vm.iterate(src)?;
            let mut v = vec![];
            for it in &items {
                let x = arg_index(vm, it)?;
                if !(0..256).contains(&x) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                v.push(x as u8);
            }
            v
        }
    };
    let little = byteorder_arg(vm, &a[1], "from_bytes")?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if little {
        data.reverse();
    }
    let n = if data.is_empty() {
        BigInt::zero()
    } else if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let r = Value::from_bigint(n);
    match args.first() {
        Some(Value::Class(c)) if c.builtin != Some(BuiltinType::Int) && c.builtin.is_none() => vm.call(&args[0], &[r]),
        _ => Ok(r),
    }
}

fn get_float(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    match unwrap_self(vm, args, "float", name, |v| matches!(v, Value::Float(_)))? {
        Value::Float(f) => Ok(f),
        _ => unreachable!(),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "float.is_integer")?;
    let x = get_float(vm, args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "float.conjugate")?;
    let x = get_float(vm, args, "conjugate")?;
    Ok(Value::Float(x))
}

fn float_parts(x: f64) -> (u64, i32) {
    // x = mant * 2^exp, mant an integer (x finite, nonzero, positive)
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    let f = bits & ((1u64 << 52) - 1);
    if e == 0 { (f, -1074) } else { (f | (1u64 << 52), e - 1075) }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "float.as_integer_ratio")?;
    let x = get_float(vm, args, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let (mut m, mut e) = float_parts(x.abs());
    while m & 1 == 0 && e < 0 {
        m >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(m);
    let den = if e >= 0 {
        num <<= e as usize;
        BigInt::from(1)
    } else {
        BigInt::from(1) << ((-e) as usize)
    };
    if x < 0.0 {
        num = -num;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_hex(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "float.hex")?;
    let x = get_float(vm, args, "hex")?;
    if x.is_nan() {
        return Ok(Value::str("nan"));
    }
    if x.is_infinite() {
        return Ok(Value::str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = x.abs().to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if e == 0 { (0, -1022) } else { (1, e - 1023) };
    let es = if exp >= 0 { format!("+{exp}") } else { format!("{exp}") };
    Ok(Value::string(format!("{sign}0x{lead}.{f:013x}p{es}")))
}

/// Parses `float.fromhex` text: Ok(None) when invalid, Err(()) on overflow.
fn parse_hex_float(text: &str) -> Result<Option<f64>, ()> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(Some(sign * f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(Some(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => {
            let e = e.strip_prefix('+').unwrap_or(e);
            let digits = e.strip_prefix('-').unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Ok(None);
            }
            // Saturate absurd exponents; the result is then 0 or an overflow.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            (m, if e.starts_with('-') { -v } else { v })
        }
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return Ok(None);
    }
    let mut m = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let Some(d) = c.to_digit(16) else {
            return Ok(None);
        };
        m = m * 16 + d;
    }
    if m.is_zero() {
        return Ok(Some(sign * 0.0));
    }
    let e = exp.saturating_sub(4 * fp.len() as i64);
    let bl = m.bits() as i64;
    let k = (e + bl - 53).max(-1074);
    let mut q = if k > e {
        let sh = (k - e) as u64;
        if sh > bl as u64 + 1 {
            BigInt::zero()
        } else {
            let one = BigInt::from(1);
            let half = &one << (sh - 1);
            let rem = &m & ((&one << sh) - 1);
            let mut q = &m >> sh;
            if rem > half || (rem == half && (&q & &one) == one) {
                q += 1;
            }
            q
        }
    } else {
        m << ((e - k) as u64)
    };
    let mut k = k;
    if q.bits() > 53 {
        q >>= 1u32;
        k += 1;
    }
    let qv: u64 = q.try_into().unwrap_or(0);
    let bits = if qv >= 1 << 52 {
        let be = k + 52 + 1023;
        if be >= 2047 {
            return Err(());
        }
        ((be as u64) << 52) | (qv - (1 << 52))
    } else {
        qv
    };
    Ok(Some(sign * f64::from_bits(bits)))
}

fn float_fromhex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Str(s)) = args.get(1) else {
        let tn = args.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
        return Err(vm.type_error(format!("bad argument type for built-in operation: '{tn}'")));
    };
    match parse_hex_float(s.as_str()) {
        Ok(Some(x)) => Ok(Value::Float(x)),
        Ok(None) => Err(vm.value_error("invalid hexadecimal floating-point string")),
        Err(()) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
    }
}

pub fn init(vm: &mut Vm) {
    let list = vm.types.list.clone();
    let lm: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("remove", list_remove),
        ("pop", list_pop),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
    ];
    for (n, f) in lm {
        vm.add_method(&list, n, *f);
    }
    let tuple = vm.types.tuple.clone();
    vm.add_method(&tuple, "index", tuple_index);
    vm.add_method(&tuple, "count", tuple_count);

    let dict = vm.types.dict.clone();
    let dm: &[(&'static str, NativeFn)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ];
    for (n, f) in dm {
        vm.add_method(&dict, n, *f);
    }
    let fk = vm.new_native("fromkeys", dict_fromkeys);
    dict.dict.borrow_mut().set_str("fromkeys", Value::ClassMethod(Rc::new(fk)));

    let common: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let set = vm.types.set.clone();
    let frozenset = vm.types.frozenset.clone();
    for (n, f) in common {
        vm.add_method(&set, n, *f);
        vm.add_method(&frozenset, n, *f);
    }
    let sm: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
    ];
    for (n, f) in sm {
        vm.add_method(&set, n, *f);
    }

    let int = vm.types.int.clone();
    let im: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
        ("__index__", int_index),
    ];
    for (n, f) in im {
        vm.add_method(&int, n, *f);
    }
    let fb = vm.new_native("from_bytes", int_from_bytes);
    int.dict.borrow_mut().set_str("from_bytes", Value::ClassMethod(Rc::new(fb)));
    let float = vm.types.float.clone();
    let fm: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("conjugate", float_conjugate),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ];
    for (n, f) in fm {
        vm.add_method(&float, n, *f);
    }
    let fh = vm.new_native("fromhex", float_fromhex);
    float.dict.borrow_mut().set_str("fromhex", Value::ClassMethod(Rc::new(fh)));
}
