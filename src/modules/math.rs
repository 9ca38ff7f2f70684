//! The `math` module.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::add_fn;
use crate::vm::object::*;
use crate::vm::ops::to_bigint;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

fn f(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<f64> {
    match a.get(i) {
        Some(v) => vm.to_f64(v),
        None => Err(vm.type_error("math function missing argument")),
    }
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn int_arg(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<BigInt> {
    match a.get(i) {
        Some(v) => match to_bigint(v) {
            Some(b) => Ok(b),
            None => match v {
                Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
                _ => Ok(BigInt::from(vm.to_index(v)?)),
            },
        },
        None => Err(vm.type_error("missing argument")),
    }
}

macro_rules! unary {
    ($vm:expr, $m:expr, $name:literal, $body:expr) => {
        add_fn($vm, $m, $name, |vm, a, _| {
            let x = f(vm, a, 0)?;
            let g: fn(f64) -> Option<f64> = $body;
            match g(x) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(domain(vm)),
            }
        });
    };
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("math");
    {
        let mut d = m.dict.d.borrow_mut();
        d.set_str("pi", Value::Float(std::f64::consts::PI));
        d.set_str("e", Value::Float(std::f64::consts::E));
        d.set_str("tau", Value::Float(std::f64::consts::TAU));
        d.set_str("inf", Value::Float(f64::INFINITY));
        d.set_str("nan", Value::Float(f64::NAN));
    }
    unary!(vm, &m, "sqrt", |x| if x < 0.0 { None } else { Some(x.sqrt()) });
    add_fn(vm, &m, "exp", |vm, a, _| {
        let x = f(vm, a, 0)?;
        let r = x.exp();
        if r.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::Float(r))
    });
    unary!(vm, &m, "sin", |x| if x.is_infinite() { None } else { Some(x.sin()) });
    unary!(vm, &m, "cos", |x| if x.is_infinite() { None } else { Some(x.cos()) });
    unary!(vm, &m, "tan", |x| if x.is_infinite() { None } else { Some(x.tan()) });
    unary!(vm, &m, "asin", |x| if x.abs() > 1.0 { None } else { Some(x.asin()) });
    unary!(vm, &m, "acos", |x| if x.abs() > 1.0 { None } else { Some(x.acos()) });
    unary!(vm, &m, "atan", |x| Some(x.atan()));
    unary!(vm, &m, "sinh", |x| Some(x.sinh()));
    unary!(vm, &m, "cosh", |x| Some(x.cosh()));
    unary!(vm, &m, "tanh", |x| Some(x.tanh()));
    unary!(vm, &m, "log2", |x| if x <= 0.0 { None } else { Some(x.log2()) });
    unary!(vm, &m, "log10", |x| if x <= 0.0 { None } else { Some(x.log10()) });
    unary!(vm, &m, "log1p", |x| if x <= -1.0 { None } else { Some(x.ln_1p()) });
    unary!(vm, &m, "expm1", |x| Some(x.exp_m1()));
    unary!(vm, &m, "fabs", |x| Some(x.abs()));
    unary!(vm, &m, "degrees", |x| Some(x.to_degrees()));
    unary!(vm, &m, "radians", |x| Some(x.to_radians()));
    add_fn(vm, &m, "log", |vm, a, _| {
        let x = match a.first() {
            Some(v) => match to_bigint(v) {
                Some(b) if b.bits() > 1000 => {
                    if !b.is_positive() {
                        return Err(domain(vm));
                    }
                    let shift = b.bits() - 60;
                    ((&b >> shift).to_f64().unwrap_or(1.0)).ln() + shift as f64 * std::f64::consts::LN_2
                }
                _ => {
                    let x = vm.to_f64(v)?;
                    if x <= 0.0 {
                        return Err(domain(vm));
                    }
                    x.ln()
                }
            },
            None => return Err(vm.type_error("log expected at least 1 argument, got 0")),
        };
        match a.get(1) {
            Some(b) => {
                let b = vm.to_f64(b)?;
                if b <= 0.0 || b == 1.0 {
                    return Err(if b == 1.0 {
                        vm.zero_division("float division by zero")
                    } else {
                        domain(vm)
                    });
                }
                Ok(Value::Float(x / b.ln()))
            }
            None => Ok(Value::Float(x)),
        }
    });
    add_fn(vm, &m, "pow", |vm, a, _| {
        let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
        if x == 0.0 && y < 0.0 || x < 0.0 && y.fract() != 0.0 {
            return Err(domain(vm));
        }
        Ok(Value::Float(x.powf(y)))
    });
    add_fn(vm, &m, "atan2", |vm, a, _| Ok(Value::Float(f(vm, a, 0)?.atan2(f(vm, a, 1)?))));
    add_fn(vm, &m, "hypot", |vm, a, _| {
        let mut s = 0.0f64;
        for i in 0..a.len() {
            let x = f(vm, a, i)?;
            s = s.hypot(x);
        }
        Ok(Value::Float(s))
    });
    add_fn(vm, &m, "copysign", |vm, a, _| Ok(Value::Float(f(vm, a, 0)?.copysign(f(vm, a, 1)?))));
    add_fn(vm, &m, "fmod", |vm, a, _| {
        let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
        if y == 0.0 {
            return Err(domain(vm));
        }
        Ok(Value::Float(x % y))
    });
    add_fn(vm, &m, "isnan", |vm, a, _| Ok(Value::Bool(f(vm, a, 0)?.is_nan())));
    add_fn(vm, &m, "isinf", |vm, a, _| Ok(Value::Bool(f(vm, a, 0)?.is_infinite())));
    add_fn(vm, &m, "isfinite", |vm, a, _| Ok(Value::Bool(f(vm, a, 0)?.is_finite())));
    add_fn(vm, &m, "isclose", |vm, a, k| {
        let (x, y) = (f(vm, a, 0)?, f(vm, a, 1)?);
        let rel = match crate::vm::call::kw_get(k, "rel_tol") {
            Some(v) => vm.to_f64(v)?,
            None => 1e-9,
        };
        let abs = match crate::vm::call::kw_get(k, "abs_tol") {
            Some(v) => vm.to_f64(v)?,
            None => 0.0,
        };
        if x == y {
            return Ok(Value::Bool(true));
        }
        if x.is_infinite() || y.is_infinite() {
            return Ok(Value::Bool(false));
        }
        let d = (x - y).abs();
        Ok(Value::Bool(d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs))
    });
    add_fn(vm, &m, "floor", |vm, a, _| match a.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Ok(Value::from_bigint(to_bigint(v).unwrap_or_default())),
        Some(v) => {
            let x = vm.to_f64(v)?;
            float_to_int(vm, x.floor())
        }
        None => Err(vm.type_error("math.floor() takes exactly one argument (0 given)")),
    });
    add_fn(vm, &m, "ceil", |vm, a, _| match a.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Ok(Value::from_bigint(to_bigint(v).unwrap_or_default())),
        Some(v) => {
            let x = vm.to_f64(v)?;
            float_to_int(vm, x.ceil())
        }
        None => Err(vm.type_error("math.ceil() takes exactly one argument (0 given)")),
    });
    add_fn(vm, &m, "trunc", |vm, a, _| match a.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Ok(Value::from_bigint(to_bigint(v).unwrap_or_default())),
        Some(v) => {
            let x = vm.to_f64(v)?;
            float_to_int(vm, x.trunc())
        }
        None => Err(vm.type_error("math.trunc() takes exactly one argument (0 given)")),
    });
    add_fn(vm, &m, "gcd", |vm, a, _| {
        let mut g = BigInt::zero();
        for i in 0..a.len() {
            g = g.gcd(&int_arg(vm, a, i)?);
        }
        Ok(Value::from_bigint(g))
    });
    add_fn(vm, &m, "lcm", |vm, a, _| {
        let mut l = BigInt::one();
        for i in 0..a.len() {
            l = l.lcm(&int_arg(vm, a, i)?);
        }
        Ok(Value::from_bigint(l))
    });
    add_fn(vm, &m, "factorial", |vm, a, _| {
        let n = int_arg(vm, a, 0)?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let n = n.to_u64().unwrap_or(0);
        let mut r = BigInt::one();
        for i in 2..=n {
            r *= i;
        }
        Ok(Value::from_bigint(r))
    });
    add_fn(vm, &m, "comb", |vm, a, _| {
        let n = int_arg(vm, a, 0)?;
        let k = int_arg(vm, a, 1)?;
        if n.is_negative() || k.is_negative() {
            return Err(vm.value_error(if n.is_negative() {
                "n must be a non-negative integer"
            } else {
                "k must be a non-negative integer"
            }));
        }
        if k > n {
            return Ok(Value::Int(0));
        }
        let k = k.to_u64().unwrap_or(0).min((&n - k.clone()).to_u64().unwrap_or(0));
        let mut r = BigInt::one();
        for i in 0..k {
            r = r * (&n - i) / (i + 1);
        }
        Ok(Value::from_bigint(r))
    });
    add_fn(vm, &m, "perm", |vm, a, _| {
        let n = int_arg(vm, a, 0)?;
        let k = if a.len() > 1 && !a[1].is_none() {
            int_arg(vm, a, 1)?
        } else {
            n.clone()
        };
        if n.is_negative() || k.is_negative() {
            return Err(vm.value_error(if n.is_negative() {
                "n must be a non-negative integer"
            } else {
                "k must be a non-negative integer"
            }));
        }
        if k > n {
            return Ok(Value::Int(0));
        }
        let mut r = BigInt::one();
        let k = k.to_u64().unwrap_or(0);
        for i in 0..k {
            r *= &n - i;
        }
        Ok(Value::from_bigint(r))
    });
    add_fn(vm, &m, "isqrt", |vm, a, _| {
        let n = int_arg(vm, a, 0)?;
        if n.is_negative() {
            return Err(vm.value_error("isqrt() argument must be nonnegative"));
        }
        Ok(Value::from_bigint(n.sqrt()))
    });
    add_fn(vm, &m, "fsum", |vm, a, _| {
        let items = vm.iterate(a.first().unwrap_or(&Value::None))?;
        // Shewchuk's algorithm, as CPython.
        let mut partials: Vec<f64> = vec![];
        for it in items {
            let mut x = vm.to_f64(&it)?;
            let mut i = 0;
            for j in 0..partials.len() {
                let mut y = partials[j];
                if x.abs() < y.abs() {
                    std::mem::swap(&mut x, &mut y);
                }
                let hi = x + y;
                let lo = y - (hi - x);
                if lo != 0.0 {
                    partials[i] = lo;
                    i += 1;
                }
                x = hi;
            }
            partials.truncate(i);
            partials.push(x);
        }
        let mut hi = 0.0;
        if let Some(mut n) = partials.len().checked_sub(1).map(|_| partials.len()) {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(Value::Float(hi))
    });
    add_fn(vm, &m, "prod", |vm, a, _| {
        let items = vm.iterate(a.first().unwrap_or(&Value::None))?;
        let mut acc = Value::Int(1);
        for it in items {
            acc = vm.binary_op(&acc, &it, crate::syntax::ast::BinOp::Mul)?;
        }
        Ok(acc)
    });
    add_fn(vm, &m, "modf", |vm, a, _| {
        let x = f(vm, a, 0)?;
        Ok(Value::tuple(vec![Value::Float(x.fract()), Value::Float(x.trunc())]))
    });
    add_fn(vm, &m, "frexp", |vm, a, _| {
        let x = f(vm, a, 0)?;
        let (m, e) = frexp(x);
        Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
    });
    add_fn(vm, &m, "ldexp", |vm, a, _| {
        let x = f(vm, a, 0)?;
        let e = match a.get(1) {
            Some(Value::Float(_)) => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
            Some(v) => match to_bigint(v) {
                Some(b) => b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
                None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
            },
            None => return Err(vm.type_error("ldexp expected 2 arguments, got 1")),
        };
        let r = ldexp(x, e);
        if r.is_infinite() && x.is_finite() {
            return Err(vm.overflow_error("math range error"));
        }
        Ok(Value::Float(r))
    });
    unary!(vm, &m, "acosh", |x| if x < 1.0 { None } else { Some(x.acosh()) });
    unary!(vm, &m, "asinh", |x| Some(x.asinh()));
    unary!(vm, &m, "atanh", |x| if x.abs() >= 1.0 { None } else { Some(x.atanh()) });
    unary!(vm, &m, "cbrt", |x| Some(x.cbrt()));
    add_fn(vm, &m, "dist", |vm, a, _| {
        let p = vm.iterate(a.first().unwrap_or(&Value::None))?;
        let q = vm.iterate(a.get(1).unwrap_or(&Value::None))?;
        let mut s = 0.0f64;
        for (x, y) in p.iter().zip(q.iter()) {
            s = s.hypot(vm.to_f64(x)? - vm.to_f64(y)?);
        }
        Ok(Value::Float(s))
    });
    m
}

fn float_to_int(vm: &mut Vm, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(crate::vm::ops::float_to_bigint(x)))
}

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adj)
}

/// C's ldexp: x * 2**e without intermediate overflow.
fn ldexp(mut x: f64, e: i64) -> f64 {
    let mut e = e.clamp(-10000, 10000) as i32;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}
