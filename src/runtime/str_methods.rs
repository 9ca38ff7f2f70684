//! Methods of `str`, `bytes` and `bytearray`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::runtime::format::{is_py_space, unicode_decimal};
use crate::vm::object::*;
use crate::vm::value::{PyStr, Value};
use crate::vm::{PyResult, Vm};

type Kw<'a> = &'a [(Rc<PyStr>, Value)];

// ---------------------------------------------------------------------------------------
// Shared argument helpers (also used by container_methods).

/// Unwraps `self` (`args[0]`) for a method of built-in class `cls`: plain values that satisfy
/// `ok`, or instances of user subclasses carrying such a value in `base`.
pub fn unwrap_self(vm: &mut Vm, args: &[Value], cls: &str, name: &str, ok: fn(&Value) -> bool) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error(format!("unbound method {cls}.{name}() needs an argument")));
    };
    if ok(v) {
        return Ok(v.clone());
    }
    if let Value::Instance(inst) = v {
        let b = inst.base.borrow().clone();
        if ok(&b) {
            return Ok(b);
        }
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{cls}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    )))
}

/// Unwraps a user-subclass instance to its builtin base value (or returns the value itself).
pub fn base_value(v: &Value) -> Value {
    if let Value::Instance(inst) = v {
        let b = inst.base.borrow().clone();
        if !b.is_null() {
            return b;
        }
    }
    v.clone()
}

pub fn no_kw(vm: &Vm, kwargs: Kw, qual: &str) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// METH_NOARGS: `nargs` excludes self.
pub fn check_noargs(vm: &Vm, args: &[Value], kwargs: Kw, qual: &str) -> PyResult<()> {
    no_kw(vm, kwargs, qual)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(())
}

/// METH_O
pub fn check_one(vm: &Vm, args: &[Value], kwargs: Kw, qual: &str) -> PyResult<()> {
    no_kw(vm, kwargs, qual)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `_PyArg_CheckPositional` style: "name expected at least 1 argument, got 0".
pub fn check_exp(vm: &Vm, args: &[Value], kwargs: Kw, qual: &str, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kw(vm, kwargs, qual)?;
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// Old-style "name() takes at least 1 argument (0 given)".
pub fn check_takes(vm: &Vm, args: &[Value], kwargs: Kw, qual: &str, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kw(vm, kwargs, qual)?;
    let n = args.len().saturating_sub(1);
    if n < min {
        return Err(vm.type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok(())
}

/// Argument-clinic style parsing with keywords: returns one slot per name.
pub fn parse_kw(vm: &Vm, args: &[Value], kwargs: Kw, name: &str, names: &[&str], npos_max: usize) -> PyResult<Vec<Option<Value>>> {
    let pos = &args[1.min(args.len())..];
    if pos.len() > npos_max {
        let msg = if npos_max == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes at most {npos_max} argument{} ({} given)",
                plural(npos_max),
                pos.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {name}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {name}()", k.as_str()))),
        }
    }
    Ok(out)
}

pub fn arg_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => vm.to_index(v),
    }
}

/// Slice-style optional index (None means default).
pub fn slice_idx(vm: &mut Vm, v: Option<&Value>, msg_none: bool) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => {
            use num_traits::Signed;
            Ok(Some(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }))
        }
        Some(v) => {
            let bv = base_value(v);
            if let Value::Int(i) = bv {
                return Ok(Some(i));
            }
            match v {
                Value::Instance(_) => vm.to_index(v).map(Some),
                _ => Err(vm.type_error(if msg_none {
                    "slice indices must be integers or None or have an __index__ method"
                } else {
                    "slice indices must be integers or have an __index__ method"
                })),
            }
        }
    }
}

/// CPython's ADJUST_INDICES: returns (start, end) with end clamped and start possibly > len.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    (s, e)
}

fn s_ok(v: &Value) -> bool {
    matches!(v, Value::Str(_))
}

fn get_self_str(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<PyStr>> {
    match unwrap_self(vm, args, "str", name, s_ok)? {
        Value::Str(s) => Ok(s),
        _ => unreachable!(),
    }
}

/// A str argument, accepting str subclasses.
fn as_pystr(v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(i) => match &*i.base.borrow() {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn str_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    as_pystr(v).ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

fn str_arg_n(vm: &Vm, v: &Value, fname: &str, n: usize) -> PyResult<Rc<PyStr>> {
    as_pystr(v).ok_or_else(|| vm.type_error(format!("{fname}() argument {n} must be str, not {}", vm.type_name(v))))
}

fn vstr(s: String) -> Value {
    Value::string(s)
}

fn char_to_byte(s: &PyStr, i: i64) -> usize {
    s.byte_offset(i.max(0) as usize)
}

fn byte_to_char(s: &str, b: usize) -> i64 {
    s[..b].chars().count() as i64
}

// ---------------------------------------------------------------------------------------
// find / count / index family

fn find_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, rev: bool) -> PyResult<i64> {
    check_takes(vm, args, kwargs, &format!("str.{name}"), name, 1, 3)?;
    let s = get_self_str(vm, args, name)?;
    let sub = str_arg(vm, &args[1])?;
    let st = slice_idx(vm, args.get(2), true)?;
    let en = slice_idx(vm, args.get(3), true)?;
    let (a, b) = adjust(st, en, s.nchars);
    if b - a < sub.nchars as i64 {
        return Ok(-1);
    }
    let ba = char_to_byte(&s, a);
    let bb = char_to_byte(&s, b);
    let hay = &s.as_str()[ba..bb];
    let r = if rev { hay.rfind(sub.as_str()) } else { hay.find(sub.as_str()) };
    Ok(match r {
        Some(p) => a + byte_to_char(hay, p),
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_common(vm, args, kwargs, "find", false)?))
}
fn str_rfind(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    Ok(Value::Int(find_common(vm, args, kwargs, "rfind", true)?))
}
fn str_index(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let r = find_common(vm, args, kwargs, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}
fn str_rindex(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let r = find_common(vm, args, kwargs, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}

fn str_count(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_takes(vm, args, kwargs, "str.count", "count", 1, 3)?;
    let s = get_self_str(vm, args, "count")?;
    let sub = str_arg(vm, &args[1])?;
    let st = slice_idx(vm, args.get(2), true)?;
    let en = slice_idx(vm, args.get(3), true)?;
    let (a, b) = adjust(st, en, s.nchars);
    if b - a < sub.nchars as i64 {
        return Ok(Value::Int(0));
    }
    if sub.nchars == 0 {
        return Ok(Value::Int(b - a + 1));
    }
    let hay = &s.as_str()[char_to_byte(&s, a)..char_to_byte(&s, b)];
    Ok(Value::Int(hay.matches(sub.as_str()).count() as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, ends: bool) -> PyResult<Value> {
    check_takes(vm, args, kwargs, &format!("str.{name}"), name, 1, 3)?;
    let s = get_self_str(vm, args, name)?;
    let st = slice_idx(vm, args.get(2), true)?;
    let en = slice_idx(vm, args.get(3), true)?;
    let (a, b) = adjust(st, en, s.nchars);
    let test = |sub: &PyStr| -> bool {
        if a > s.nchars as i64 {
            return false;
        }
        if b - a < sub.nchars as i64 {
            return false;
        }
        let hay = &s.as_str()[char_to_byte(&s, a)..char_to_byte(&s, b)];
        if ends {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    };
    match &args[1] {
        Value::Tuple(t) => {
            for item in t.iter() {
                match as_pystr(item) {
                    Some(p) => {
                        if test(&p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.type_error(format!("tuple for {name} must only contain str, not {}", vm.type_name(item))));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        v => match as_pystr(v) {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => Err(vm.type_error(format!("{name} first arg must be str or a tuple of str, not {}", vm.type_name(v)))),
        },
    }
}
fn str_startswith(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    starts_ends(vm, args, kwargs, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    starts_ends(vm, args, kwargs, "endswith", true)
}

// ---------------------------------------------------------------------------------------
// case & predicates

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

fn upper_first(c: char, out: &mut String) {
    // Titlecase approximation.
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => out.push('ǅ'),
        'ǉ' | 'ǈ' | 'Ǉ' => out.push('ǈ'),
        'ǌ' | 'ǋ' | 'Ǌ' => out.push('ǋ'),
        'ǳ' | 'ǲ' | 'Ǳ' => out.push('ǲ'),
        _ => out.extend(c.to_uppercase()),
    }
}

macro_rules! noarg_str {
    ($fname:ident, $name:expr, |$vm:ident, $s:ident| $body:expr) => {
        fn $fname($vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
            check_noargs($vm, args, kwargs, concat!("str.", $name))?;
            let $s = get_self_str($vm, args, $name)?;
            let $s: &str = $s.as_str();
            $body
        }
    };
}

noarg_str!(str_upper, "upper", |vm, s| Ok(if s.is_ascii() {
    Value::Str(Rc::new(PyStr::with_nchars(s.to_ascii_uppercase(), s.len())))
} else {
    vstr(s.to_uppercase())
}));
noarg_str!(str_lower, "lower", |vm, s| Ok(if s.is_ascii() {
    Value::Str(Rc::new(PyStr::with_nchars(s.to_ascii_lowercase(), s.len())))
} else {
    vstr(s.to_lowercase())
}));
noarg_str!(str_casefold, "casefold", |vm, s| {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => o.push_str("ss"),
            'ς' => o.push('σ'),
            'ı' => o.push('ı'),
            _ if c.is_lowercase() || !c.is_uppercase() => {
                let u: String = c.to_uppercase().collect();
                if u.chars().count() == 1 && u.starts_with(c) {
                    o.push(c);
                } else {
                    o.push_str(&u.to_lowercase());
                }
            }
            _ => o.extend(c.to_lowercase()),
        }
    }
    Ok(vstr(o))
});
noarg_str!(str_swapcase, "swapcase", |vm, s| {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            o.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            o.extend(c.to_uppercase());
        } else {
            o.push(c);
        }
    }
    Ok(vstr(o))
});
noarg_str!(str_capitalize, "capitalize", |vm, s| {
    let mut o = String::with_capacity(s.len());
    let mut it = s.chars();
    if let Some(c) = it.next() {
        upper_first(c, &mut o);
        let rest: String = it.collect();
        o.push_str(&rest.to_lowercase());
    }
    Ok(vstr(o))
});
noarg_str!(str_title, "title", |vm, s| {
    let mut o = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            o.extend(c.to_lowercase());
        } else {
            upper_first(c, &mut o);
        }
        prev_cased = is_cased(c);
    }
    Ok(vstr(o))
});
noarg_str!(str_istitle, "istitle", |vm, s| {
    let mut prev_cased = false;
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ') {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
});
noarg_str!(str_islower, "islower", |vm, s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() {
            return Ok(Value::Bool(false));
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
});
noarg_str!(str_isupper, "isupper", |vm, s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return Ok(Value::Bool(false));
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
});

fn is_decimal(c: char) -> bool {
    unicode_decimal(c).is_some()
}
fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792 | 0x1369..=0x1371 | 0x19da)
}
fn is_numeric(c: char) -> bool {
    is_digit(c) || c.is_numeric()
}
fn is_mark(c: char) -> bool {
    let u = c as u32;
    if (0x900..0xe00).contains(&u) {
        let o = u & 0x7f;
        return (o <= 0x03 || (0x3a..=0x4f).contains(&o) || (0x51..=0x57).contains(&o) || (0x62..=0x63).contains(&o)) && o != 0x3d;
    }
    matches!(u, 0x300..=0x36f | 0x483..=0x489 | 0x591..=0x5bd | 0x5bf | 0x5c1..=0x5c2 | 0x5c4..=0x5c5 | 0x5c7 | 0x610..=0x61a | 0x64b..=0x65f | 0x670 | 0x6d6..=0x6dc | 0x6df..=0x6e4 | 0x6e7..=0x6e8 | 0x6ea..=0x6ed | 0x711 | 0x730..=0x74a | 0x7a6..=0x7b0 | 0x7eb..=0x7f3 | 0x7fd | 0x816..=0x82d | 0x859..=0x85b | 0x898..=0x89f | 0x8ca..=0x8ff | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}
fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric() && !is_mark(c)
}
fn is_printable(c: char) -> bool {
    crate::vm::unicode_printable::is_printable(c)
}

macro_rules! pred_str {
    ($fname:ident, $name:expr, $empty:expr, $pred:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
            check_noargs(vm, args, kwargs, concat!("str.", $name))?;
            let s = get_self_str(vm, args, $name)?;
            if s.nchars == 0 {
                return Ok(Value::Bool($empty));
            }
            let p: fn(char) -> bool = $pred;
            Ok(Value::Bool(s.as_str().chars().all(p)))
        }
    };
}
pred_str!(str_isalpha, "isalpha", false, is_alpha);
pred_str!(str_isalnum, "isalnum", false, |c| is_alpha(c) || is_numeric(c));
pred_str!(str_isdecimal, "isdecimal", false, is_decimal);
pred_str!(str_isdigit, "isdigit", false, is_digit);
pred_str!(str_isnumeric, "isnumeric", false, is_numeric);
pred_str!(str_isspace, "isspace", false, is_py_space);
pred_str!(str_isprintable, "isprintable", true, is_printable);
pred_str!(str_isascii, "isascii", true, |c| c.is_ascii());

fn is_id_start(c: char) -> bool {
    c == '_' || (c.is_alphabetic() && !is_mark(c))
}
fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || unicode_decimal(c).is_some() || matches!(c as u32, 0xb7 | 0x300..=0x36f | 0x203f | 0x2040)
}
noarg_str!(str_isidentifier, "isidentifier", |vm, s| {
    let mut it = s.chars();
    let ok = match it.next() {
        None => false,
        Some(c) => is_id_start(c) && it.all(is_id_continue),
    };
    Ok(Value::Bool(ok))
});

// ---------------------------------------------------------------------------------------
// padding

fn fill_char(vm: &Vm, v: Option<&Value>, name: &str) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => {
            let Some(p) = as_pystr(v) else {
                return Err(vm.type_error(format!("{name}() argument 2 must be str, not {}", vm.type_name(v))));
            };
            if p.nchars != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            Ok(p.char_at(0))
        }
    }
}

fn pad_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, which: u8) -> PyResult<Value> {
    check_exp(vm, args, kwargs, &format!("str.{name}"), name, 1, 2)?;
    let s = get_self_str(vm, args, name)?;
    let width = arg_index(vm, &args[1])?;
    let fill = fill_char(vm, args.get(2), name)?;
    let n = s.nchars as i64;
    if width <= n {
        return Ok(Value::Str(s));
    }
    let marg = (width - n) as usize;
    vm.check_alloc(s.as_str().len().saturating_add(marg.saturating_mul(fill.len_utf8())))?;
    let (left, right) = match which {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut o = String::with_capacity(s.as_str().len() + marg);
    o.extend(std::iter::repeat_n(fill, left));
    o.push_str(s.as_str());
    o.extend(std::iter::repeat_n(fill, right));
    Ok(vstr(o))
}
fn str_ljust(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    pad_common(vm, args, kwargs, "ljust", 0)
}
fn str_rjust(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    pad_common(vm, args, kwargs, "rjust", 1)
}
fn str_center(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    pad_common(vm, args, kwargs, "center", 2)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "str.zfill")?;
    let s = get_self_str(vm, args, "zfill")?;
    let width = arg_index(vm, &args[1])?;
    let n = s.nchars as i64;
    if width <= n {
        return Ok(Value::Str(s));
    }
    let fill = (width - n) as usize;
    vm.check_alloc(s.as_str().len().saturating_add(fill))?;
    let st = s.as_str();
    let mut o = String::with_capacity(width as usize);
    let (sign, rest) = if st.starts_with('+') || st.starts_with('-') {
        (&st[..1], &st[1..])
    } else {
        ("", st)
    };
    o.push_str(sign);
    o.extend(std::iter::repeat_n('0', fill));
    o.push_str(rest);
    Ok(vstr(o))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "expandtabs", &["tabsize"], 1)?;
    let s = get_self_str(vm, args, "expandtabs")?;
    let ts = match &a[0] {
        Some(v) => arg_index(vm, v)?,
        None => 8,
    };
    let mut o = String::new();
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    o.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                o.push(c);
                col = 0;
            }
            _ => {
                o.push(c);
                col += 1;
            }
        }
    }
    Ok(vstr(o))
}

// ---------------------------------------------------------------------------------------
// strip / split / join / replace

fn strip_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_exp(vm, args, kwargs, &format!("str.{name}"), name, 0, 1)?;
    let s = get_self_str(vm, args, name)?;
    let st = s.as_str();
    let r: &str = match args.get(1) {
        None | Some(Value::None) => {
            let mut r = st;
            if left {
                r = r.trim_start_matches(is_py_space);
            }
            if right {
                r = r.trim_end_matches(is_py_space);
            }
            r
        }
        Some(v) => {
            let Some(chars) = as_pystr(v) else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let set: Vec<char> = chars.as_str().chars().collect();
            let mut r = st;
            if left {
                r = r.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c| set.contains(&c));
            }
            r
        }
    };
    if r.len() == st.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::str(r))
}
fn str_strip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    strip_common(vm, args, kwargs, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    strip_common(vm, args, kwargs, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    strip_common(vm, args, kwargs, "rstrip", false, true)
}

fn split_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = vec![];
    let mut rest = s.trim_start_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            return out;
        }
        match rest.find(is_py_space) {
            Some(p) => {
                out.push(Value::str(&rest[..p]));
                rest = rest[p..].trim_start_matches(is_py_space);
                n += 1;
            }
            None => {
                out.push(Value::str(rest));
                rest = "";
            }
        }
    }
    out
}

/// `split_ws` for an ASCII string: whitespace is a byte test, pieces are ASCII.
fn split_ws_ascii(s: &str, maxsplit: i64) -> Vec<Value> {
    // ASCII whitespace for str.split(): \t \n \x0b \x0c \r \x1c-\x1f and space.
    fn ws(b: u8) -> bool {
        matches!(b, b'\t'..=b'\r' | b'\x1c'..=b'\x1f' | b' ')
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(8);
    let mut i = 0;
    let mut n = 0;
    while i < b.len() && ws(b[i]) {
        i += 1;
    }
    while i < b.len() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(split_piece(&s[i..], true));
            return out;
        }
        let start = i;
        while i < b.len() && !ws(b[i]) {
            i += 1;
        }
        out.push(split_piece(&s[start..i], true));
        n += 1;
        while i < b.len() && ws(b[i]) {
            i += 1;
        }
    }
    out
}

fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = vec![];
    let mut rest = s.trim_end_matches(is_py_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(Value::str(rest));
            break;
        }
        match rest.rfind(is_py_space) {
            Some(p) => {
                let cl = rest[p..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(Value::str(&rest[p + cl..]));
                rest = rest[..p].trim_end_matches(is_py_space);
                n += 1;
            }
            None => {
                out.push(Value::str(rest));
                rest = "";
            }
        }
    }
    out.reverse();
    out
}

/// One piece of a split: an ASCII source makes ASCII pieces, whose char count is their length.
#[inline]
fn split_piece(p: &str, ascii: bool) -> Value {
    if ascii {
        Value::Str(Rc::new(PyStr::with_nchars(p.to_owned(), p.len())))
    } else {
        Value::str(p)
    }
}

fn split_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, rev: bool) -> PyResult<Value> {
    // Positional-only calls (the common case) skip building the keyword table.
    let parsed;
    let (a0, a1): (Option<&Value>, Option<&Value>) = if kwargs.is_empty() && args.len() <= 3 {
        (args.get(1), args.get(2))
    } else {
        parsed = parse_kw(vm, args, kwargs, name, &["sep", "maxsplit"], 2)?;
        (parsed[0].as_ref(), parsed[1].as_ref())
    };
    let s = get_self_str(vm, args, name)?;
    let maxsplit = match a1 {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let ascii = s.is_ascii();
    let sep = match a0 {
        None | Some(Value::None) => None,
        Some(v) => match as_pystr(v) {
            Some(p) => Some(p),
            None => return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))),
        },
    };
    let st = s.as_str();
    let items = match sep {
        None => {
            if rev {
                rsplit_ws(st, maxsplit)
            } else if ascii {
                split_ws_ascii(st, maxsplit)
            } else {
                split_ws(st, maxsplit)
            }
        }
        Some(sep) => {
            if sep.nchars == 0 {
                return Err(vm.value_error("empty separator"));
            }
            let sp = sep.as_str();
            let piece = |p: &str| split_piece(p, ascii);
            if maxsplit < 0 {
                if rev {
                    let mut v: Vec<Value> = st.rsplit(sp).map(piece).collect();
                    v.reverse();
                    v
                } else if sp.len() == 1 {
                    // A one-byte separator is an ASCII char: the char searcher uses memchr.
                    // Counting the pieces first sizes the list exactly.
                    let sb = sp.as_bytes()[0];
                    let mut v = Vec::with_capacity(st.bytes().filter(|&b| b == sb).count() + 1);
                    v.extend(st.split(sb as char).map(piece));
                    v
                } else {
                    st.split(sp).map(piece).collect()
                }
            } else {
                let n = (maxsplit as usize).saturating_add(1);
                if rev {
                    let mut v: Vec<Value> = st.rsplitn(n, sp).map(piece).collect();
                    v.reverse();
                    v
                } else {
                    st.splitn(n, sp).map(piece).collect()
                }
            }
        }
    };
    Ok(Value::list(items))
}
fn str_split(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    split_common(vm, args, kwargs, "split", false)
}
fn str_rsplit(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    split_common(vm, args, kwargs, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "splitlines", &["keepends"], 1)?;
    let s = get_self_str(vm, args, "splitlines")?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let st = s.as_str();
    let mut out = vec![];
    let mut start = 0;
    let mut it = st.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_nl = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if !is_nl {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r'
            && let Some(&(_, '\n')) = it.peek()
        {
            it.next();
            end += 1;
        }
        out.push(Value::str(if keep { &st[start..end] } else { &st[start..i] }));
        start = end;
    }
    if start < st.len() {
        out.push(Value::str(&st[start..]));
    }
    Ok(Value::list(out))
}

fn join_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if e.is(&vm.types.type_error) => return Err(vm.type_error("can only join an iterable")),
        Err(e) => return Err(e),
    };
    vm.iterate(&it)
}

fn str_join(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "str.join")?;
    let s = get_self_str(vm, args, "join")?;
    match &args[1] {
        Value::List(l) => join_strs(vm, &s, &l.v.borrow()),
        Value::Tuple(t) => join_strs(vm, &s, t),
        v => {
            let items = join_items(vm, v)?;
            join_strs(vm, &s, &items)
        }
    }
}

/// `sep.join(items)` over a slice (no Python code runs, so a list may stay borrowed).
fn join_strs(vm: &Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    let (mut len, mut nchars) = (0usize, 0usize);
    for (i, it) in items.iter().enumerate() {
        let (l, n) = match it {
            Value::Str(p) => (p.s.len(), p.nchars),
            _ => match as_pystr(it) {
                Some(p) => (p.s.len(), p.nchars),
                None => return Err(vm.type_error(format!("sequence item {i}: expected str instance, {} found", vm.type_name(it)))),
            },
        };
        len += l;
        nchars += n;
    }
    if items.len() == 1 && matches!(&items[0], Value::Str(_)) {
        return Ok(items[0].clone());
    }
    let nsep = items.len().saturating_sub(1);
    len += sep.s.len() * nsep;
    nchars += sep.nchars * nsep;
    vm.check_alloc(len)?;
    let mut o = String::with_capacity(len);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            o.push_str(sep.as_str());
        }
        match it {
            Value::Str(p) => o.push_str(p.as_str()),
            _ => {
                if let Some(p) = as_pystr(it) {
                    o.push_str(p.as_str());
                }
            }
        }
    }
    Ok(Value::Str(Rc::new(PyStr::with_nchars(o, nchars))))
}

fn str_replace(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "str.replace", "replace", 2, 3)?;
    let s = get_self_str(vm, args, "replace")?;
    let old = str_arg_n(vm, &args[1], "replace", 1)?;
    let new = str_arg_n(vm, &args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    if vm.limits.memory_limited() && new.s.len() > old.s.len() {
        // The result's size, counted before it is built.
        let n = if old.s.is_empty() {
            s.nchars + 1
        } else {
            s.as_str().matches(old.as_str()).count()
        };
        let n = if count >= 0 { n.min(count as usize) } else { n };
        vm.check_alloc(s.s.len().saturating_add(n.saturating_mul(new.s.len() - old.s.len())))?;
    }
    let r = if count < 0 {
        s.as_str().replace(old.as_str(), new.as_str())
    } else {
        s.as_str().replacen(old.as_str(), new.as_str(), count as usize)
    };
    Ok(vstr(r))
}

fn partition_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, rev: bool) -> PyResult<Value> {
    check_one(vm, args, kwargs, &format!("str.{name}"))?;
    let s = get_self_str(vm, args, name)?;
    let sep = str_arg(vm, &args[1])?;
    if sep.nchars == 0 {
        return Err(vm.value_error("empty separator"));
    }
    let st = s.as_str();
    let pos = if rev { st.rfind(sep.as_str()) } else { st.find(sep.as_str()) };
    Ok(match pos {
        Some(p) => Value::tuple(vec![
            Value::str(&st[..p]),
            Value::Str(sep.clone()),
            Value::str(&st[p + sep.as_str().len()..]),
        ]),
        None => {
            if rev {
                Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())])
            } else {
                Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")])
            }
        }
    })
}
fn str_partition(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    partition_common(vm, args, kwargs, "partition", false)
}
fn str_rpartition(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    partition_common(vm, args, kwargs, "rpartition", true)
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "str.removeprefix")?;
    let s = get_self_str(vm, args, "removeprefix")?;
    let p = str_arg_n(vm, &args[1], "removeprefix", 1)?;
    match s.as_str().strip_prefix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(s)),
    }
}
fn str_removesuffix(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "str.removesuffix")?;
    let s = get_self_str(vm, args, "removesuffix")?;
    let p = str_arg_n(vm, &args[1], "removesuffix", 1)?;
    match s.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(s)),
    }
}

// ---------------------------------------------------------------------------------------
// encode / decode

fn norm_encoding(e: &str) -> String {
    e.to_ascii_lowercase().replace('_', "-")
}

enum Enc {
    Wide(u8, bool, bool), // (width 2|4, little endian, with BOM)
    Utf8,
    Ascii,
    Latin1,
}

fn lookup_enc(vm: &Vm, e: &str) -> PyResult<Enc> {
    match norm_encoding(e).as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Enc::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Enc::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => Ok(Enc::Latin1),
        "utf-16" | "utf16" => Ok(Enc::Wide(2, true, true)),
        "utf-16-le" | "utf-16le" => Ok(Enc::Wide(2, true, false)),
        "utf-16-be" | "utf-16be" => Ok(Enc::Wide(2, false, false)),
        "utf-32" | "utf32" => Ok(Enc::Wide(4, true, true)),
        "utf-32-le" | "utf-32le" => Ok(Enc::Wide(4, true, false)),
        "utf-32-be" | "utf-32be" => Ok(Enc::Wide(4, false, false)),
        _ => Err(vm.new_error(&vm.types.lookup_error, format!("unknown encoding: {e}"))),
    }
}

fn exc_class(vm: &Vm, name: &str) -> Rc<Class> {
    vm.types.by_name.get(name).cloned().unwrap_or_else(|| vm.types.value_error.clone())
}

fn opt_str_arg(vm: &Vm, v: &Option<Value>, fname: &str, n: usize, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match as_pystr(v) {
            Some(p) => Ok(p.as_str().to_string()),
            None => Err(vm.type_error(format!("{fname}() argument {n} must be str, not {}", vm.type_name(v)))),
        },
    }
}

fn char_escape(c: char) -> String {
    let u = c as u32;
    if u < 0x100 {
        format!("'\\x{u:02x}'")
    } else if u < 0x10000 {
        format!("'\\u{u:04x}'")
    } else {
        format!("'\\U{u:08x}'")
    }
}

fn str_encode(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "encode", &["encoding", "errors"], 2)?;
    let s = get_self_str(vm, args, "encode")?;
    let enc = opt_str_arg(vm, &a[0], "encode", 1, "utf-8")?;
    let errors = opt_str_arg(vm, &a[1], "encode", 2, "strict")?;
    let e = lookup_enc(vm, &enc)?;
    let (limit, name) = match e {
        Enc::Utf8 => return Ok(Value::Bytes(Rc::new(s.as_str().as_bytes().to_vec()))),
        Enc::Wide(w, le, bom) => {
            let mut out = vec![];
            let mut put = |x: u32| {
                if w == 2 {
                    let b = (x as u16).to_le_bytes();
                    if le {
                        out.extend_from_slice(&b)
                    } else {
                        out.extend(b.iter().rev())
                    }
                } else {
                    let b = x.to_le_bytes();
                    if le {
                        out.extend_from_slice(&b)
                    } else {
                        out.extend(b.iter().rev())
                    }
                }
            };
            if bom {
                put(0xfeff);
            }
            if w == 2 {
                for u in s.as_str().encode_utf16() {
                    put(u as u32);
                }
            } else {
                for c in s.as_str().chars() {
                    put(c as u32);
                }
            }
            return Ok(Value::Bytes(Rc::new(out)));
        }
        Enc::Ascii => (0x80u32, "ascii"),
        Enc::Latin1 => (0x100u32, "latin-1"),
    };
    let mut out = Vec::with_capacity(s.as_str().len());
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(char_escape(c).trim_matches('\'').bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            _ => {
                let mut j = i + 1;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let msg = if j - i == 1 {
                    format!(
                        "'{name}' codec can't encode character {} in position {i}: ordinal not in range({limit})",
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {}-{}: ordinal not in range({limit})",
                        i,
                        j - 1
                    )
                };
                return Err(vm.new_error(&exc_class(vm, "UnicodeEncodeError"), msg));
            }
        }
        i += 1;
    }
    Ok(Value::Bytes(Rc::new(out)))
}

pub fn decode_bytes(vm: &mut Vm, b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let e = lookup_enc(vm, enc)?;
    match e {
        Enc::Wide(w, mut le, bom) => {
            let w = w as usize;
            let mut data = b;
            if bom && data.len() >= w {
                let first: Vec<u8> = data[..w].to_vec();
                if w == 2 && first == [0xff, 0xfe] || w == 4 && first == [0xff, 0xfe, 0, 0] {
                    data = &data[w..];
                } else if w == 2 && first == [0xfe, 0xff] || w == 4 && first == [0, 0, 0xfe, 0xff] {
                    le = false;
                    data = &data[w..];
                }
            }
            let units: Vec<u32> = data
                .chunks(w)
                .filter(|c| c.len() == w)
                .map(|c| {
                    let mut v: Vec<u8> = c.to_vec();
                    if !le {
                        v.reverse();
                    }
                    if w == 2 {
                        u16::from_le_bytes([v[0], v[1]]) as u32
                    } else {
                        u32::from_le_bytes([v[0], v[1], v[2], v[3]])
                    }
                })
                .collect();
            let name = if w == 2 {
                if le { "utf-16-le" } else { "utf-16-be" }
            } else if le {
                "utf-32-le"
            } else {
                "utf-32-be"
            };
            if !data.len().is_multiple_of(w) && errors == "strict" {
                let p = data.len() - data.len() % w;
                return Err(vm.new_error(
                    &exc_class(vm, "UnicodeDecodeError"),
                    format!("'{name}' codec can't decode byte 0x{:02x} in position {p}: truncated data", data[p]),
                ));
            }
            let r: String = if w == 2 {
                char::decode_utf16(units.iter().map(|&u| u as u16))
                    .map(|r| r.unwrap_or('\u{fffd}'))
                    .collect()
            } else {
                units.iter().map(|&u| char::from_u32(u).unwrap_or('\u{fffd}')).collect()
            };
            Ok(r)
        }
        Enc::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Enc::Ascii => {
            let mut o = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    o.push(x as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => o.push('\u{fffd}'),
                        _ => {
                            return Err(vm.new_error(
                                &exc_class(vm, "UnicodeDecodeError"),
                                format!("'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)"),
                            ));
                        }
                    }
                }
            }
            Ok(o)
        }
        Enc::Utf8 => {
            let mut o = String::with_capacity(b.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        o.push_str(s);
                        return Ok(o);
                    }
                    Err(err) => {
                        let good = err.valid_up_to();
                        o.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                        let p = pos + good;
                        let bad = err.error_len();
                        match errors {
                            "ignore" | "replace" => {
                                if errors == "replace" {
                                    o.push('\u{fffd}');
                                }
                                match bad {
                                    Some(n) => pos = p + n,
                                    None => return Ok(o),
                                }
                            }
                            _ => {
                                let x = b[p];
                                let msg = match bad {
                                    None => {
                                        let n = b.len() - p;
                                        if n == 1 {
                                            format!("'utf-8' codec can't decode byte 0x{x:02x} in position {p}: unexpected end of data")
                                        } else {
                                            format!(
                                                "'utf-8' codec can't decode bytes in position {p}-{}: unexpected end of data",
                                                b.len() - 1
                                            )
                                        }
                                    }
                                    Some(_) => {
                                        let why = if (0xc2..=0xf4).contains(&x) {
                                            "invalid continuation byte"
                                        } else {
                                            "invalid start byte"
                                        };
                                        format!("'utf-8' codec can't decode byte 0x{x:02x} in position {p}: {why}")
                                    }
                                };
                                return Err(vm.new_error(&exc_class(vm, "UnicodeDecodeError"), msg));
                            }
                        }
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// str.format

enum KwSource<'a> {
    Kw(Kw<'a>),
    Map(Value),
}

struct Formatter<'a> {
    args: &'a [Value],
    kw: KwSource<'a>,
    auto: usize,
    /// 0 = undecided, 1 = automatic, 2 = manual
    mode: u8,
}

impl<'a> Formatter<'a> {
    fn format(&mut self, vm: &mut Vm, s: &str, depth: usize) -> PyResult<String> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        let n = chars.len();
        while i < n {
            let c = chars[i];
            if c == '}' {
                if i + 1 < n && chars[i + 1] == '}' {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if i + 1 < n && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 >= n {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            // Parse the field.
            i += 1;
            let fstart = i;
            let mut in_bracket = false;
            while i < n {
                let ch = chars[i];
                if in_bracket {
                    if ch == ']' {
                        in_bracket = false;
                    }
                } else if ch == '[' {
                    in_bracket = true;
                } else if ch == '}' || ch == ':' || ch == '!' {
                    break;
                } else if ch == '{' {
                    return Err(vm.value_error("unexpected '{' in field name"));
                }
                i += 1;
            }
            if i >= n {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[fstart..i].iter().collect();
            let mut conv: Option<char> = None;
            if chars[i] == '!' {
                i += 1;
                if i >= n {
                    return Err(vm.value_error("end of string while looking for conversion specifier"));
                }
                conv = Some(chars[i]);
                i += 1;
                if i >= n {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
                if chars[i] != ':' && chars[i] != '}' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
            }
            let mut spec = String::new();
            if chars[i] == ':' {
                i += 1;
                let sstart = i;
                let mut level = 1;
                while i < n {
                    match chars[i] {
                        '{' => level += 1,
                        '}' => {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                if i >= n {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
                spec = chars[sstart..i].iter().collect();
            }
            // chars[i] == '}'
            i += 1;
            let obj = self.get_field(vm, &field)?;
            let obj = match conv {
                None => obj,
                Some('r') => Value::Str(vm.repr(&obj)?),
                Some('s') => Value::Str(vm.str(&obj)?),
                Some('a') => Value::string(vm.ascii(&obj)?),
                Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec = if spec.contains('{') {
                self.format(vm, &spec, depth - 1)?
            } else {
                spec
            };
            let r = vm.format(&obj, &spec)?;
            out.push_str(r.as_str());
        }
        Ok(out)
    }

    fn get_field(&mut self, vm: &mut Vm, field: &str) -> PyResult<Value> {
        let first_end = field.find(['.', '[']).unwrap_or(field.len());
        let first = &field[..first_end];
        let mut obj = if first.is_empty() {
            if self.mode == 2 {
                return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            self.mode = 1;
            let idx = self.auto;
            self.auto += 1;
            self.positional(vm, idx)?
        } else if first.bytes().all(|b| b.is_ascii_digit()) {
            if self.mode == 1 {
                return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            self.mode = 2;
            let idx: usize = match first.parse() {
                Ok(v) => v,
                Err(_) => return Err(vm.value_error("Too many decimal digits in format string")),
            };
            self.positional(vm, idx)?
        } else {
            match &self.kw {
                KwSource::Kw(kw) => match kw.iter().find(|(k, _)| k.as_str() == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(Value::str(first))),
                },
                KwSource::Map(m) => {
                    let m = m.clone();
                    vm.get_item(&m, &Value::str(first))?
                }
            }
        };
        let rest: Vec<char> = field[first_end..].chars().collect();
        let mut i = 0;
        while i < rest.len() {
            if rest[i] == '.' {
                i += 1;
                let st = i;
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                let name: String = rest[st..i].iter().collect();
                if name.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let nm = crate::vm::intern::intern(&name);
                obj = vm.get_attr(&obj, &nm)?;
            } else if rest[i] == '[' {
                i += 1;
                let st = i;
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(vm.value_error("expected '}' before end of string"));
                }
                let key: String = rest[st..i].iter().collect();
                i += 1;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let k = if key.bytes().all(|b| b.is_ascii_digit()) {
                    match key.parse::<i64>() {
                        Ok(v) => Value::Int(v),
                        Err(_) => Value::string(key),
                    }
                } else {
                    Value::string(key)
                };
                obj = vm.get_item(&obj, &k)?;
                if i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            } else {
                return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(obj)
    }

    fn positional(&self, vm: &Vm, idx: usize) -> PyResult<Value> {
        match self.args.get(idx) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error(format!("Replacement index {idx} out of range for positional args tuple"))),
        }
    }
}

fn str_format(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let s = get_self_str(vm, args, "format")?;
    let mut f = Formatter {
        args: &args[1..],
        kw: KwSource::Kw(kwargs),
        auto: 0,
        mode: 0,
    };
    let r = f.format(vm, s.as_str(), 2)?;
    Ok(vstr(r))
}

fn str_format_map(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "str.format_map")?;
    let s = get_self_str(vm, args, "format_map")?;
    let mut f = Formatter {
        args: &[],
        kw: KwSource::Map(args[1].clone()),
        auto: 0,
        mode: 0,
    };
    let r = f.format(vm, s.as_str(), 2)?;
    Ok(vstr(r))
}

// ---------------------------------------------------------------------------------------
// maketrans / translate

fn str_maketrans(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    // Registered as a plain function; may receive the class or an instance first.
    let a: &[Value] = match args.first() {
        Some(Value::Class(_)) => &args[1..],
        _ => args,
    };
    no_kw(vm, kwargs, "maketrans")?;
    let d = DictObj::new_rc(crate::vm::dict::Dict::new());
    match a.len() {
        1 => {
            let Value::Dict(src) = &a[0] else {
                return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
            };
            let items = src.d.borrow().items();
            for (k, v) in items {
                let key = match &k {
                    Value::Str(s) => {
                        if s.nchars != 1 {
                            return Err(vm.value_error("string keys in translate table must be of length 1"));
                        }
                        Value::Int(s.char_at(0) as i64)
                    }
                    Value::Int(_) => k.clone(),
                    _ => return Err(vm.type_error("keys in translate table must be strings or integers")),
                };
                vm.dict_set(&d, key, v)?;
            }
        }
        2 | 3 => {
            let x = str_arg_n(vm, &a[0], "maketrans", 1)?;
            let y = str_arg_n(vm, &a[1], "maketrans", 2)?;
            if x.nchars != y.nchars {
                return Err(vm.value_error("the first two maketrans arguments must have equal length"));
            }
            for (c1, c2) in x.as_str().chars().zip(y.as_str().chars()) {
                vm.dict_set(&d, Value::Int(c1 as i64), Value::Int(c2 as i64))?;
            }
            if let Some(z) = a.get(2) {
                let z = str_arg_n(vm, z, "maketrans", 3)?;
                for c in z.as_str().chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        n => return Err(vm.type_error(format!("maketrans expected at least 1 argument, got {n}"))),
    }
    Ok(Value::Dict(d))
}

fn str_translate(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "str.translate")?;
    let s = get_self_str(vm, args, "translate")?;
    let table = args[1].clone();
    let lookup_err = vm.types.lookup_error.clone();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let r = match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.is(&lookup_err) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Value::Str(p) => out.push_str(p.as_str()),
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(vstr(out))
}

// =======================================================================================
// bytes / bytearray

fn b_ok(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_))
}

/// (contents, is_bytearray)
fn get_self_bytes(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    let cls = match args.first() {
        Some(Value::ByteArray(_)) => "bytearray",
        _ => "bytes",
    };
    match unwrap_self(vm, args, cls, name, b_ok)? {
        Value::Bytes(b) => Ok(((*b).clone(), false)),
        Value::ByteArray(b) => Ok((b.borrow().clone(), true)),
        _ => unreachable!(),
    }
}

fn get_self_ba(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match unwrap_self(vm, args, "bytearray", name, |v| matches!(v, Value::ByteArray(_)))? {
        Value::ByteArray(b) => Ok(b),
        _ => unreachable!(),
    }
}

pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match base_value(v) {
        Value::Bytes(b) => Some((*b).clone()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        v @ Value::Object(_) => crate::runtime::memoryview::view_bytes(&v),
        _ => None,
    }
}

fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

/// Sub argument for find/count/index: bytes-like or an int in range(256).
fn bytes_sub(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let i = arg_index(vm, v).unwrap_or(-1);
            if !(0..256).contains(&i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            Ok(vec![i as u8])
        }
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn mkb(ba: bool, v: Vec<u8>) -> Value {
    if ba {
        Value::ByteArray(Rc::new(RefCell::new(v)))
    } else {
        Value::Bytes(Rc::new(v))
    }
}

fn bfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    // scan for the first byte, then compare the rest
    let (first, rest) = (n[0], &n[1..]);
    let last_start = h.len() - n.len();
    let mut i = 0;
    while i <= last_start {
        let p = h[i..=last_start].iter().position(|&c| c == first)?;
        i += p;
        if &h[i + 1..i + n.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}
fn brfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn b_find_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, rev: bool) -> PyResult<i64> {
    check_takes(vm, args, kwargs, name, name, 1, 3)?;
    if !matches!(args.first(), Some(Value::Bytes(_) | Value::ByteArray(_))) {
        // (self is checked first)
        get_self_bytes(vm, args, name)?;
    }
    let sub = bytes_sub(vm, &args[1])?;
    let st = slice_idx(vm, args.get(2), true)?;
    let en = slice_idx(vm, args.get(3), true)?;
    // searched in place: a big buffer is not copied for each search
    let search = |s: &[u8]| {
        let (a, b) = adjust(st, en, s.len());
        if b - a < sub.len() as i64 {
            return -1;
        }
        let hay = &s[a as usize..b as usize];
        let r = if rev { brfind(hay, &sub) } else { bfind(hay, &sub) };
        r.map(|p| a + p as i64).unwrap_or(-1)
    };
    match args.first() {
        Some(Value::Bytes(b)) => return Ok(search(b)),
        Some(Value::ByteArray(b)) => return Ok(search(&b.borrow())),
        _ => {}
    }
    let (s, _) = get_self_bytes(vm, args, name)?;
    let (a, b) = adjust(st, en, s.len());
    if b - a < sub.len() as i64 {
        return Ok(-1);
    }
    let hay = &s[a as usize..b as usize];
    let r = if rev { brfind(hay, &sub) } else { bfind(hay, &sub) };
    Ok(r.map(|p| a + p as i64).unwrap_or(-1))
}
fn b_find(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    Ok(Value::Int(b_find_common(vm, args, kwargs, "find", false)?))
}
fn b_rfind(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    Ok(Value::Int(b_find_common(vm, args, kwargs, "rfind", true)?))
}
fn b_index(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let r = b_find_common(vm, args, kwargs, "index", false)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::Int(r))
}
fn b_rindex(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let r = b_find_common(vm, args, kwargs, "rindex", true)?;
    if r < 0 {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::Int(r))
}
fn b_count(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_takes(vm, args, kwargs, "count", "count", 1, 3)?;
    let (s, _) = get_self_bytes(vm, args, "count")?;
    let sub = bytes_sub(vm, &args[1])?;
    let st = slice_idx(vm, args.get(2), true)?;
    let en = slice_idx(vm, args.get(3), true)?;
    let (a, b) = adjust(st, en, s.len());
    if b - a < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(b - a + 1));
    }
    let mut hay = &s[a as usize..b as usize];
    let mut n = 0;
    while let Some(p) = bfind(hay, &sub) {
        n += 1;
        hay = &hay[p + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn b_starts_ends(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, ends: bool) -> PyResult<Value> {
    check_takes(vm, args, kwargs, name, name, 1, 3)?;
    let (s, _) = get_self_bytes(vm, args, name)?;
    let st = slice_idx(vm, args.get(2), true)?;
    let en = slice_idx(vm, args.get(3), true)?;
    let (a, b) = adjust(st, en, s.len());
    let test = |sub: &[u8]| -> bool {
        if a > s.len() as i64 || b - a < sub.len() as i64 {
            return false;
        }
        let hay = &s[a as usize..b as usize];
        if ends { hay.ends_with(sub) } else { hay.starts_with(sub) }
    };
    match &args[1] {
        Value::Tuple(t) => {
            for item in t.iter() {
                match bytes_like(item) {
                    Some(p) => {
                        if test(&p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(item)))),
                }
            }
            Ok(Value::Bool(false))
        }
        v => match bytes_like(v) {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(v)
            ))),
        },
    }
}
fn b_startswith(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_starts_ends(vm, args, kwargs, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_starts_ends(vm, args, kwargs, "endswith", true)
}

fn b_decode(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "decode", &["encoding", "errors"], 2)?;
    let (s, _) = get_self_bytes(vm, args, "decode")?;
    let enc = opt_str_arg(vm, &a[0], "decode", 1, "utf-8")?;
    let errors = opt_str_arg(vm, &a[1], "decode", 2, "strict")?;
    Ok(vstr(decode_bytes(vm, &s, &enc, &errors)?))
}

fn b_hex(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "hex", &["sep", "bytes_per_sep"], 2)?;
    let (s, _) = get_self_bytes(vm, args, "hex")?;
    let sep: Option<String> = match &a[0] {
        None => None,
        Some(v) => {
            let sv = if let Some(p) = as_pystr(v) {
                p.as_str().to_string()
            } else if let Some(b) = bytes_like(v) {
                String::from_utf8_lossy(&b).into_owned()
            } else {
                return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))));
            };
            if sv.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sv.is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sv)
        }
    };
    let per = match &a[1] {
        Some(v) => arg_index(vm, v)?,
        None => 1,
    };
    let hex: Vec<String> = s.iter().map(|b| format!("{b:02x}")).collect();
    let out = match sep {
        None => hex.concat(),
        Some(sep) if per != 0 && !s.is_empty() => {
            let k = per.unsigned_abs() as usize;
            let n = hex.len();
            let mut groups: Vec<String> = vec![];
            if per > 0 {
                // groups counted from the right
                let first = n % k;
                if first > 0 {
                    groups.push(hex[..first].concat());
                }
                let mut i = first;
                while i < n {
                    groups.push(hex[i..i + k].concat());
                    i += k;
                }
            } else {
                let mut i = 0;
                while i < n {
                    groups.push(hex[i..(i + k).min(n)].concat());
                    i += k;
                }
            }
            groups.join(&sep)
        }
        Some(_) => hex.concat(),
    };
    Ok(vstr(out))
}

fn b_fromhex(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_kw(vm, kwargs, "fromhex")?;
    let ba = matches!(args.first(), Some(Value::Class(c)) if c.is_subclass(&vm.types.bytearray));
    let arg = match args.len() {
        2 => &args[1],
        n => return Err(vm.type_error(format!("fromhex() takes exactly one argument ({} given)", n.saturating_sub(1)))),
    };
    let Some(s) = as_pystr(arg) else {
        return Err(vm.type_error(format!("fromhex() argument must be str, not {}", vm.type_name(arg))));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let Some(hi) = hi else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(mkb(ba, out))
}

fn b_is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn b_strip_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_exp(vm, args, kwargs, name, name, 0, 1)?;
    let (s, ba) = get_self_bytes(vm, args, name)?;
    let set: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |c: &u8| match &set {
        None => b_is_space(*c),
        Some(set) => set.contains(c),
    };
    let mut a = 0;
    let mut b = s.len();
    if left {
        while a < b && strip(&s[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(&s[b - 1]) {
            b -= 1;
        }
    }
    Ok(mkb(ba, s[a..b].to_vec()))
}
fn b_strip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_strip_common(vm, args, kwargs, "strip", true, true)
}
fn b_lstrip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_strip_common(vm, args, kwargs, "lstrip", true, false)
}
fn b_rstrip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_strip_common(vm, args, kwargs, "rstrip", false, true)
}

fn b_split_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, rev: bool) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, name, &["sep", "maxsplit"], 2)?;
    let (s, ba) = get_self_bytes(vm, args, name)?;
    let maxsplit = match &a[1] {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let mut parts: Vec<Vec<u8>> = vec![];
    match sep {
        None => {
            if !rev {
                let mut i = 0;
                let n = s.len();
                let mut count = 0;
                loop {
                    while i < n && b_is_space(s[i]) {
                        i += 1;
                    }
                    if i >= n {
                        break;
                    }
                    if maxsplit >= 0 && count >= maxsplit {
                        parts.push(s[i..].to_vec());
                        break;
                    }
                    let st = i;
                    while i < n && !b_is_space(s[i]) {
                        i += 1;
                    }
                    parts.push(s[st..i].to_vec());
                    count += 1;
                }
            } else {
                let mut j = s.len();
                let mut count = 0;
                loop {
                    while j > 0 && b_is_space(s[j - 1]) {
                        j -= 1;
                    }
                    if j == 0 {
                        break;
                    }
                    if maxsplit >= 0 && count >= maxsplit {
                        parts.push(s[..j].to_vec());
                        break;
                    }
                    let en = j;
                    while j > 0 && !b_is_space(s[j - 1]) {
                        j -= 1;
                    }
                    parts.push(s[j..en].to_vec());
                    count += 1;
                }
                parts.reverse();
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut count = 0;
            if !rev {
                let mut rest: &[u8] = &s;
                loop {
                    if maxsplit >= 0 && count >= maxsplit {
                        break;
                    }
                    match bfind(rest, &sep) {
                        Some(p) => {
                            parts.push(rest[..p].to_vec());
                            rest = &rest[p + sep.len()..];
                            count += 1;
                        }
                        None => break,
                    }
                }
                parts.push(rest.to_vec());
            } else {
                let mut rest: &[u8] = &s;
                loop {
                    if maxsplit >= 0 && count >= maxsplit {
                        break;
                    }
                    match brfind(rest, &sep) {
                        Some(p) => {
                            parts.push(rest[p + sep.len()..].to_vec());
                            rest = &rest[..p];
                            count += 1;
                        }
                        None => break,
                    }
                }
                parts.push(rest.to_vec());
                parts.reverse();
            }
        }
    }
    Ok(Value::list(parts.into_iter().map(|p| mkb(ba, p)).collect()))
}
fn b_split(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_split_common(vm, args, kwargs, "split", false)
}
fn b_rsplit(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_split_common(vm, args, kwargs, "rsplit", true)
}

fn b_join(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "join")?;
    let (s, ba) = get_self_bytes(vm, args, "join")?;
    let items = join_items(vm, &args[1])?;
    let mut out = vec![];
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_like(it) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&s);
        }
        out.extend_from_slice(&b);
    }
    Ok(mkb(ba, out))
}

fn b_replace(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "replace", "replace", 2, 3)?;
    let (s, ba) = get_self_bytes(vm, args, "replace")?;
    let old = bytes_arg(vm, &args[1])?;
    let new = bytes_arg(vm, &args[2])?;
    let mut count = match args.get(3) {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let mut out = vec![];
    if old.is_empty() {
        let mut i = 0;
        loop {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            if i >= s.len() {
                break;
            }
            out.push(s[i]);
            i += 1;
        }
        return Ok(mkb(ba, out));
    }
    let mut rest: &[u8] = &s;
    while count != 0 {
        match bfind(rest, &old) {
            Some(p) => {
                out.extend_from_slice(&rest[..p]);
                out.extend_from_slice(&new);
                rest = &rest[p + old.len()..];
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    Ok(mkb(ba, out))
}

macro_rules! b_map {
    ($fname:ident, $name:expr, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
            check_noargs(vm, args, kwargs, $name)?;
            let (s, ba) = get_self_bytes(vm, args, $name)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(mkb(ba, f(&s)))
        }
    };
}
fn b_translate(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "translate", &["table", "delete"], 2)?;
    let (s, ba) = get_self_bytes(vm, args, "translate")?;
    let table = match &a[0] {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = bytes_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        None => vec![],
        Some(d) => bytes_arg(vm, d)?,
    };
    let out: Vec<u8> = s
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    Ok(mkb(ba, out))
}

/// `bytes(s, encoding[, errors])`: `s.encode(encoding[, errors])`.
pub fn encode_for_bytes(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    str_encode(vm, args, kwargs)
}

b_map!(b_upper, "upper", |s| s.to_ascii_uppercase());
b_map!(b_lower, "lower", |s| s.to_ascii_lowercase());
b_map!(b_swapcase, "swapcase", |s| s
    .iter()
    .map(|c| if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    })
    .collect());
b_map!(b_capitalize, "capitalize", |s| s
    .iter()
    .enumerate()
    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
    .collect());
b_map!(b_title, "title", |s| {
    let mut prev = false;
    s.iter()
        .map(|&c| {
            let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! b_pred {
    ($fname:ident, $name:expr, $pred:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
            check_noargs(vm, args, kwargs, $name)?;
            let (s, _) = get_self_bytes(vm, args, $name)?;
            let p: fn(&u8) -> bool = $pred;
            Ok(Value::Bool(!s.is_empty() && s.iter().all(p)))
        }
    };
}
b_pred!(b_isdigit, "isdigit", |c| c.is_ascii_digit());
b_pred!(b_isalpha, "isalpha", |c| c.is_ascii_alphabetic());
b_pred!(b_isalnum, "isalnum", |c| c.is_ascii_alphanumeric());
b_pred!(b_isspace, "isspace", |c| b_is_space(*c));

fn b_isascii(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "isascii")?;
    let (s, _) = get_self_bytes(vm, args, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}
fn b_islower(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "islower")?;
    let (s, _) = get_self_bytes(vm, args, "islower")?;
    Ok(Value::Bool(
        s.iter().any(|c| c.is_ascii_lowercase()) && !s.iter().any(|c| c.is_ascii_uppercase()),
    ))
}
fn b_isupper(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "isupper")?;
    let (s, _) = get_self_bytes(vm, args, "isupper")?;
    Ok(Value::Bool(
        s.iter().any(|c| c.is_ascii_uppercase()) && !s.iter().any(|c| c.is_ascii_lowercase()),
    ))
}

fn b_partition_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, rev: bool) -> PyResult<Value> {
    check_one(vm, args, kwargs, name)?;
    let (s, ba) = get_self_bytes(vm, args, name)?;
    let sep = bytes_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if rev { brfind(&s, &sep) } else { bfind(&s, &sep) };
    Ok(match pos {
        Some(p) => Value::tuple(vec![
            mkb(ba, s[..p].to_vec()),
            mkb(ba, sep.clone()),
            mkb(ba, s[p + sep.len()..].to_vec()),
        ]),
        None => {
            if rev {
                Value::tuple(vec![mkb(ba, vec![]), mkb(ba, vec![]), mkb(ba, s)])
            } else {
                Value::tuple(vec![mkb(ba, s), mkb(ba, vec![]), mkb(ba, vec![])])
            }
        }
    })
}
fn b_partition(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_partition_common(vm, args, kwargs, "partition", false)
}
fn b_rpartition(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_partition_common(vm, args, kwargs, "rpartition", true)
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let a = parse_kw(vm, args, kwargs, "splitlines", &["keepends"], 1)?;
    let (s, ba) = get_self_bytes(vm, args, "splitlines")?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = vec![];
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && s.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(mkb(ba, if keep { s[start..end].to_vec() } else { s[start..i].to_vec() }));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(mkb(ba, s[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn b_pad_common(vm: &mut Vm, args: &[Value], kwargs: Kw, name: &str, which: u8) -> PyResult<Value> {
    check_exp(vm, args, kwargs, name, name, 1, 2)?;
    let (s, ba) = get_self_bytes(vm, args, name)?;
    let width = arg_index(vm, &args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let n = s.len() as i64;
    if width <= n {
        return Ok(mkb(ba, s));
    }
    let marg = (width - n) as usize;
    vm.check_alloc(width as usize)?;
    let (l, r) = match which {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    let mut o = vec![fill; l];
    o.extend_from_slice(&s);
    o.extend(std::iter::repeat_n(fill, r));
    Ok(mkb(ba, o))
}
fn b_ljust(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_pad_common(vm, args, kwargs, "ljust", 0)
}
fn b_rjust(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_pad_common(vm, args, kwargs, "rjust", 1)
}
fn b_center(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    b_pad_common(vm, args, kwargs, "center", 2)
}

fn b_zfill(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "zfill")?;
    let (s, ba) = get_self_bytes(vm, args, "zfill")?;
    let width = arg_index(vm, &args[1])?;
    if width <= s.len() as i64 {
        return Ok(mkb(ba, s));
    }
    let fill = width as usize - s.len();
    vm.check_alloc(width as usize)?;
    let (sign, rest) = if s.first() == Some(&b'+') || s.first() == Some(&b'-') {
        (&s[..1], &s[1..])
    } else {
        (&s[..0], &s[..])
    };
    let mut o = sign.to_vec();
    o.extend(std::iter::repeat_n(b'0', fill));
    o.extend_from_slice(rest);
    Ok(mkb(ba, o))
}

fn b_removeprefix(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "removeprefix")?;
    let (s, ba) = get_self_bytes(vm, args, "removeprefix")?;
    let p = bytes_arg(vm, &args[1])?;
    if s.starts_with(&p) {
        return Ok(mkb(ba, s[p.len()..].to_vec()));
    }
    Ok(mkb(ba, s))
}

fn b_removesuffix(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "removesuffix")?;
    let (s, ba) = get_self_bytes(vm, args, "removesuffix")?;
    let p = bytes_arg(vm, &args[1])?;
    if !p.is_empty() && s.ends_with(&p) {
        return Ok(mkb(ba, s[..s.len() - p.len()].to_vec()));
    }
    Ok(mkb(ba, s))
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = arg_index(vm, v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn ba_append(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "bytearray.append")?;
    let b = get_self_ba(vm, args, "append")?;
    let x = byte_value(vm, &args[1])?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "bytearray.extend")?;
    let b = get_self_ba(vm, args, "extend")?;
    let add = match bytes_like(&args[1]) {
        Some(x) => x,
        None => {
            if matches!(args[1], Value::Str(_)) {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            let items = vm.iterate(&args[1])?;
            let mut v = Vec::with_capacity(items.len());
            for it in &items {
                v.push(byte_value(vm, it)?);
            }
            v
        }
    };
    b.borrow_mut().extend_from_slice(&add);
    Ok(Value::None)
}
fn ba_pop(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "bytearray.pop", "pop", 0, 1)?;
    let b = get_self_ba(vm, args, "pop")?;
    let idx = match args.get(1) {
        Some(v) => arg_index(vm, v)?,
        None => -1,
    };
    let len = b.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = b.borrow_mut().remove(i as usize);
    Ok(Value::Int(x as i64))
}
fn ba_insert(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_exp(vm, args, kwargs, "bytearray.insert", "insert", 2, 2)?;
    let b = get_self_ba(vm, args, "insert")?;
    let idx = arg_index(vm, &args[1])?;
    let x = byte_value(vm, &args[2])?;
    let mut bm = b.borrow_mut();
    let len = bm.len() as i64;
    let i = if idx < 0 { (idx + len).max(0) } else { idx.min(len) };
    bm.insert(i as usize, x);
    Ok(Value::None)
}
fn ba_remove(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_one(vm, args, kwargs, "bytearray.remove")?;
    let b = get_self_ba(vm, args, "remove")?;
    let x = byte_value(vm, &args[1])?;
    let pos = b.borrow().iter().position(|&c| c == x);
    match pos {
        Some(p) => {
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn ba_clear(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "bytearray.clear")?;
    let b = get_self_ba(vm, args, "clear")?;
    b.borrow_mut().clear();
    Ok(Value::None)
}
fn ba_copy(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "bytearray.copy")?;
    let b = get_self_ba(vm, args, "copy")?;
    let v = b.borrow().clone();
    Ok(mkb(true, v))
}
fn ba_reverse(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    check_noargs(vm, args, kwargs, "bytearray.reverse")?;
    let b = get_self_ba(vm, args, "reverse")?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let s = vm.types.str_.clone();
    let str_methods: &[(&'static str, NativeFn)] = &[
        ("capitalize", str_capitalize),
        ("casefold", str_casefold),
        ("center", str_center),
        ("count", str_count),
        ("encode", str_encode),
        ("endswith", str_endswith),
        ("expandtabs", str_expandtabs),
        ("find", str_find),
        ("format", str_format),
        ("format_map", str_format_map),
        ("index", str_index),
        ("isalnum", str_isalnum),
        ("isalpha", str_isalpha),
        ("isascii", str_isascii),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isidentifier", str_isidentifier),
        ("islower", str_islower),
        ("isnumeric", str_isnumeric),
        ("isprintable", str_isprintable),
        ("isspace", str_isspace),
        ("istitle", str_istitle),
        ("isupper", str_isupper),
        ("join", str_join),
        ("ljust", str_ljust),
        ("lower", str_lower),
        ("lstrip", str_lstrip),
        ("partition", str_partition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("replace", str_replace),
        ("rfind", str_rfind),
        ("rindex", str_rindex),
        ("rjust", str_rjust),
        ("rpartition", str_rpartition),
        ("rsplit", str_rsplit),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("splitlines", str_splitlines),
        ("startswith", str_startswith),
        ("strip", str_strip),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("translate", str_translate),
        ("upper", str_upper),
        ("zfill", str_zfill),
    ];
    for (n, f) in str_methods {
        vm.add_method(&s, n, *f);
    }
    s.dict
        .borrow_mut()
        .set_str("maketrans", Value::StaticMethod(Rc::new(vm.new_native("maketrans", str_maketrans))));

    let common: &[(&'static str, NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("join", b_join),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("replace", b_replace),
        ("upper", b_upper),
        ("translate", b_translate),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("splitlines", b_splitlines),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("center", b_center),
        ("zfill", b_zfill),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
    ];
    for cls in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        for (n, f) in common {
            vm.add_method(&cls, n, *f);
        }
        let fh = vm.new_native("fromhex", b_fromhex);
        cls.dict.borrow_mut().set_str("fromhex", Value::ClassMethod(Rc::new(fh)));
    }
    let ba = vm.types.bytearray.clone();
    let ba_methods: &[(&'static str, NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("reverse", ba_reverse),
        ("insert", ba_insert),
        ("remove", ba_remove),
    ];
    for (n, f) in ba_methods {
        vm.add_method(&ba, n, *f);
    }
}
