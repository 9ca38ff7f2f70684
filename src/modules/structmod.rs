//! `_struct`: packing and unpacking of C structs for stdlib/struct.py.
//! `pack(fmt, args)`, `unpack(fmt, buffer)` and `calcsize(fmt)`; errors are raised as
//! `_struct.error`, which struct.py sets to its `struct.error` class.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::add_fn;
use crate::vm::object::Module;
use crate::vm::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Native,
    Little,
    Big,
}

struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

struct Layout {
    order: Order,
    items: Vec<Item>,
    size: usize,
    nargs: usize,
}

fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    let cls = vm
        .import_module("_struct")
        .ok()
        .and_then(|m| match m {
            Value::Module(m) => m.dict.d.borrow().get_by_str("error").cloned(),
            _ => None,
        })
        .and_then(|c| match c {
            Value::Class(c) => Some(c),
            _ => None,
        });
    match cls {
        Some(c) => vm.new_error(&c, msg),
        None => vm.value_error(msg),
    }
}

/// (size, alignment) of a format character; None for a bad character.
fn size_of(code: u8, native: bool) -> Option<(usize, usize)> {
    let s = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((s, if native { s } else { 1 }))
}

fn parse(vm: &mut Vm, fmt: &str) -> PyResult<Layout> {
    let b = fmt.as_bytes();
    let mut i = 0;
    let mut order = Order::Native;
    let mut native = true;
    if let Some(&c) = b.first() {
        match c {
            b'@' => i = 1,
            b'=' => {
                native = false;
                i = 1
            }
            b'<' => {
                order = Order::Little;
                native = false;
                i = 1
            }
            b'>' | b'!' => {
                order = Order::Big;
                native = false;
                i = 1
            }
            _ => {}
        }
    }
    if !native && order == Order::Native {
        order = if cfg!(target_endian = "little") {
            Order::Little
        } else {
            Order::Big
        };
    }
    let mut items = vec![];
    let mut size = 0usize;
    let mut nargs = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < b.len() && b[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((b[i] - b'0') as usize))
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= b.len() {
                return Err(struct_error(vm, "repeat count given without format specifier"));
            }
            count = n;
        }
        let code = b[i];
        i += 1;
        let Some((sz, align)) = size_of(code, native) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        if align > 1 {
            size = size.div_ceil(align) * align;
        }
        let offset = size;
        match code {
            b's' | b'p' => {
                size += count;
                nargs += 1;
            }
            b'x' => size += count,
            _ => {
                size += sz * count;
                nargs += count;
            }
        }
        items.push(Item {
            code,
            count,
            size: sz,
            offset,
        });
    }
    Ok(Layout { order, items, size, nargs })
}

fn int_value(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Instance(_) => match vm.call_dunder(v, "__index__", &[])? {
            Some(Value::Int(i)) => Some(BigInt::from(i)),
            Some(Value::BigInt(b)) => Some((*b).clone()),
            Some(Value::Bool(b)) => Some(BigInt::from(b as i64)),
            _ => None,
        },
        _ => None,
    })
}

fn put(out: &mut [u8], bytes: &[u8], order: Order) {
    let little = match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native => cfg!(target_endian = "little"),
    };
    if little {
        out.copy_from_slice(bytes);
    } else {
        for (o, b) in out.iter_mut().zip(bytes.iter().rev()) {
            *o = *b;
        }
    }
}

fn get(data: &[u8], order: Order) -> [u8; 8] {
    let little = match order {
        Order::Little => true,
        Order::Big => false,
        Order::Native => cfg!(target_endian = "little"),
    };
    let mut r = [0u8; 8];
    if little {
        r[..data.len()].copy_from_slice(data);
    } else {
        for (i, b) in data.iter().rev().enumerate() {
            r[i] = *b;
        }
    }
    r
}

fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Round to the nearest representable half (ties to even), in units of 2^-24.
    let (mant, exp) = {
        let e = a.log2().floor() as i32;
        let e = e.max(-14);
        // value = m * 2^(e-10), m in [1024, 2048) for normals.
        let scaled = a / 2f64.powi(e - 10);
        let fl = scaled.floor();
        let diff = scaled - fl;
        let m = if diff > 0.5 || (diff == 0.5 && (fl as i64) % 2 == 1) {
            fl + 1.0
        } else {
            fl
        };
        let (mut m, mut e) = (m as i64, e);
        if m >= 2048 {
            m /= 2;
            e += 1;
        }
        (m, e)
    };
    if mant < 1024 {
        // Subnormal (e == -14).
        return Some(sign | mant as u16);
    }
    let biased = exp + 15;
    if biased >= 31 {
        return None;
    }
    Some(sign | ((biased as u16) << 10) | ((mant - 1024) as u16))
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 => {
            if m == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn pack_value(vm: &mut Vm, l: &Layout, code: u8, size: usize, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'c' => {
            let b = match v {
                Value::Bytes(b) if b.len() == 1 => b[0],
                Value::ByteArray(b) if b.borrow().len() == 1 => b.borrow()[0],
                _ => return Err(struct_error(vm, "char format requires a bytes object of length 1")),
            };
            out[0] = b;
        }
        b'?' => out[0] = vm.truthy(v)? as u8,
        b'e' | b'f' | b'd' => {
            let x = match v {
                Value::Float(f) => *f,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_f64(v)?,
                Value::Instance(_) => match vm.call_dunder(v, "__float__", &[])? {
                    Some(Value::Float(f)) => f,
                    _ => match int_value(vm, v)? {
                        Some(i) => i.to_f64().unwrap_or(f64::INFINITY),
                        None => return Err(struct_error(vm, "required argument is not a float")),
                    },
                },
                _ => return Err(struct_error(vm, "required argument is not a float")),
            };
            match code {
                b'd' => put(out, &x.to_le_bytes(), l.order),
                b'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() {
                        return Err(vm.overflow_error("float too large to pack with f format"));
                    }
                    put(out, &y.to_le_bytes(), l.order)
                }
                _ => match f64_to_f16(x) {
                    Some(h) => put(out, &h.to_le_bytes(), l.order),
                    None => return Err(vm.overflow_error("float too large to pack with e format")),
                },
            }
        }
        _ => {
            let Some(n) = int_value(vm, v)? else {
                return Err(struct_error(vm, "required argument is not an integer"));
            };
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let out_of_range = |vm: &mut Vm| struct_error(vm, "argument out of range");
            let bits = size * 8;
            let bytes: [u8; 8] = if signed {
                let Some(x) = n.to_i64() else { return Err(out_of_range(vm)) };
                let (lo, hi) = if bits == 64 {
                    (i64::MIN, i64::MAX)
                } else {
                    (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1)
                };
                if x < lo || x > hi {
                    let msg = match code {
                        b'b' => format!("byte format requires {lo} <= number <= {hi}"),
                        b'h' => format!("short format requires {lo} <= number <= {hi}"),
                        c => format!("'{}' format requires {lo} <= number <= {hi}", c as char),
                    };
                    return Err(struct_error(vm, msg));
                }
                x.to_le_bytes()
            } else if matches!(code, b'B' | b'H') {
                let Some(x) = n.to_i64() else { return Err(out_of_range(vm)) };
                let hi = (1i64 << bits) - 1;
                if x < 0 || x > hi {
                    let name = if code == b'B' { "ubyte" } else { "ushort" };
                    return Err(struct_error(vm, format!("{name} format requires 0 <= number <= {hi}")));
                }
                x.to_le_bytes()
            } else {
                let Some(x) = n.to_u64() else { return Err(out_of_range(vm)) };
                if bits < 64 && x > (1u64 << bits) - 1 {
                    return Err(struct_error(
                        vm,
                        format!("'{}' format requires 0 <= number <= {}", code as char, (1u64 << bits) - 1),
                    ));
                }
                x.to_le_bytes()
            };
            put(out, &bytes[..size], l.order);
        }
    }
    Ok(())
}

fn do_pack(vm: &mut Vm, fmt: &str, args: &[Value]) -> PyResult<Vec<u8>> {
    let l = parse(vm, fmt)?;
    if args.len() != l.nargs {
        return Err(struct_error(
            vm,
            format!("pack expected {} items for packing (got {})", l.nargs, args.len()),
        ));
    }
    let mut out = vec![0u8; l.size];
    let mut ai = 0;
    for it in &l.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = &args[ai];
                ai += 1;
                let data: Vec<u8> = match v {
                    Value::Bytes(b) => (**b).clone(),
                    Value::ByteArray(b) => b.borrow().clone(),
                    _ => {
                        return Err(struct_error(
                            vm,
                            format!("argument for '{}' must be a bytes object", it.code as char),
                        ));
                    }
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let off = it.offset + k * it.size;
                    let v = args[ai].clone();
                    ai += 1;
                    pack_value(vm, &l, code, it.size, &v, &mut out[off..off + it.size])?;
                }
            }
        }
    }
    Ok(out)
}

fn do_unpack(vm: &mut Vm, fmt: &str, data: &[u8]) -> PyResult<Value> {
    let l = parse(vm, fmt)?;
    if data.len() != l.size {
        return Err(struct_error(vm, format!("unpack requires a buffer of {} bytes", l.size)));
    }
    let mut out = Vec::with_capacity(l.nargs);
    for it in &l.items {
        match it.code {
            b'x' => {}
            b's' => out.push(Value::Bytes(Rc::new(data[it.offset..it.offset + it.count].to_vec()))),
            b'p' => {
                if it.count == 0 {
                    out.push(Value::Bytes(Rc::new(vec![])));
                } else {
                    let n = (data[it.offset] as usize).min(it.count - 1);
                    out.push(Value::Bytes(Rc::new(data[it.offset + 1..it.offset + 1 + n].to_vec())));
                }
            }
            code => {
                for k in 0..it.count {
                    let off = it.offset + k * it.size;
                    let raw = &data[off..off + it.size];
                    let b = get(raw, l.order);
                    let v = match code {
                        b'c' => Value::Bytes(Rc::new(vec![raw[0]])),
                        b'?' => Value::Bool(raw[0] != 0),
                        b'e' => Value::Float(f16_to_f64(u16::from_le_bytes([b[0], b[1]]))),
                        b'f' => Value::Float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
                        b'd' => Value::Float(f64::from_le_bytes(b)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let shift = 64 - it.size * 8;
                            Value::Int(((u64::from_le_bytes(b) << shift) as i64) >> shift)
                        }
                        _ => {
                            let x = u64::from_le_bytes(b);
                            match i64::try_from(x) {
                                Ok(x) => Value::Int(x),
                                Err(_) => Value::BigInt(Rc::new(BigInt::from(x))),
                            }
                        }
                    };
                    out.push(v);
                }
            }
        }
    }
    Ok(Value::tuple(out))
}

fn fmt_arg(vm: &Vm, v: Option<&Value>) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        Some(v) => Err(vm.type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("missing format")),
    }
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("_struct");
    add_fn(vm, &m, "calcsize", |vm, a, _| {
        let f = fmt_arg(vm, a.first())?;
        Ok(Value::Int(parse(vm, &f)?.size as i64))
    });
    add_fn(vm, &m, "nargs", |vm, a, _| {
        let f = fmt_arg(vm, a.first())?;
        Ok(Value::Int(parse(vm, &f)?.nargs as i64))
    });
    add_fn(vm, &m, "pack", |vm, a, _| {
        let f = fmt_arg(vm, a.first())?;
        let args: Vec<Value> = match a.get(1) {
            Some(Value::Tuple(t)) => t.iter().cloned().collect(),
            _ => vec![],
        };
        Ok(Value::Bytes(Rc::new(do_pack(vm, &f, &args)?)))
    });
    add_fn(vm, &m, "unpack", |vm, a, _| {
        let f = fmt_arg(vm, a.first())?;
        let data: Vec<u8> = match a.get(1) {
            Some(Value::Bytes(b)) => (**b).clone(),
            Some(Value::ByteArray(b)) => b.borrow().clone(),
            Some(v) => {
                return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
            }
            None => vec![],
        };
        do_unpack(vm, &f, &data)
    });
    m
}
