//! The `complex` type: a native object holding two floats, with CPython's arithmetic
//! (`c_quot`, `c_pow`, `c_powi`), repr and hash.

use std::cell::RefCell;
use std::rc::Rc;

use crate::syntax::ast::BinOp;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

thread_local! {
    static COMPLEX_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

pub(crate) fn reset_thread_state() {
    COMPLEX_CLASS.with(|c| c.borrow_mut().take());
}

/// A new complex value (the class is registered by `init`).
pub fn new_complex(re: f64, im: f64) -> Value {
    let class = COMPLEX_CLASS.with(|c| c.borrow().clone());
    match class {
        Some(class) => Value::Object(Rc::new(NativeObject {
            class,
            data: RefCell::new(Box::new(Complex { re, im })),
        })),
        None => Value::Float(re),
    }
}

/// The complex number held by a complex object.
pub fn as_complex_obj(v: &Value) -> Option<Complex> {
    match v {
        Value::Object(o) => o.data.borrow().downcast_ref::<Complex>().copied(),
        _ => None,
    }
}

/// A complex or real number as a complex; None for other values.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    Ok(match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => Some(Complex {
            re: vm.to_f64(v)?,
            im: 0.0,
        }),
        _ => as_complex_obj(v),
    })
}

fn mul(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// CPython's `_Py_c_quot`; None on division by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// CPython's `_Py_c_pow`; None when zero is raised to a negative or complex power.
fn c_pow(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(Complex { re: 1.0, im: 0.0 });
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

fn c_powu(x: Complex, n: i64) -> Complex {
    let mut r = Complex { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask = 1i64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` for complex numbers (CPython's `complex_pow`).
pub fn pow(vm: &mut Vm, a: Complex, b: Complex) -> PyResult<Value> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            Some(c_powu(a, n))
        } else {
            quot(Complex { re: 1.0, im: 0.0 }, c_powu(a, -n))
        }
    } else {
        c_pow(a, b)
    };
    match r {
        Some(r) => {
            if (r.re.is_infinite() || r.im.is_infinite()) && a.re.is_finite() && a.im.is_finite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            Ok(new_complex(r.re, r.im))
        }
        None => Err(vm.zero_division("0.0 to a negative or complex power")),
    }
}

/// `x ** y` for real floats whose result is complex (negative base, fractional exponent).
pub fn real_pow_to_complex(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    pow(vm, Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })
}

/// A float formatted like `repr`, without a forced `.0` (CPython's complex repr parts).
fn part(x: f64) -> String {
    let s = crate::runtime::format::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

pub fn repr(c: Complex) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im));
    }
    let im = part(c.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part(c.re), sign, im)
}

fn binop(vm: &mut Vm, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (Some(x), Some(y)) = (to_complex(vm, &a[0])?, to_complex(vm, &a[1])?) else {
        return Ok(Value::NotImplemented);
    };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    let r = match op {
        BinOp::Add => Complex {
            re: x.re + y.re,
            im: x.im + y.im,
        },
        BinOp::Sub => Complex {
            re: x.re - y.re,
            im: x.im - y.im,
        },
        BinOp::Mul => mul(x, y),
        BinOp::Div => match quot(x, y) {
            Some(r) => r,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinOp::Pow => return pow(vm, x, y),
        _ => return Ok(Value::NotImplemented),
    };
    Ok(new_complex(r.re, r.im))
}

fn get_self(vm: &mut Vm, a: &[Value]) -> PyResult<Complex> {
    match a.first().and_then(as_complex_obj) {
        Some(c) => Ok(c),
        None => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

/// `complex(real=0, imag=0)` and `complex(string)`.
pub fn construct(vm: &mut Vm, a: &[Value], k: KwArgs) -> PyResult<Value> {
    let re = a.first().cloned().or_else(|| crate::vm::call::kw_get(k, "real").cloned());
    let im = a.get(1).cloned().or_else(|| crate::vm::call::kw_get(k, "imag").cloned());
    if let Some(Value::Str(s)) = &re {
        if im.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s.as_str()) {
            Some(c) => Ok(new_complex(c.re, c.im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    let conv = |vm: &mut Vm, v: &Option<Value>, which: &str| -> PyResult<Complex> {
        match v {
            None => Ok(Complex { re: 0.0, im: 0.0 }),
            Some(v) => match to_complex(vm, v)? {
                Some(c) => Ok(c),
                None => {
                    if let Some(r) = vm.call_dunder(v, "__complex__", &[])?
                        && let Some(c) = as_complex_obj(&r)
                    {
                        return Ok(c);
                    }
                    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
                        return Ok(Complex {
                            re: vm.to_f64(&r)?,
                            im: 0.0,
                        });
                    }
                    Err(vm.type_error(format!("complex() {which} must be a number, not '{}'", vm.type_name(v))))
                }
            },
        }
    };
    let r = conv(vm, &re, "first argument")?;
    let i = conv(vm, &im, "second argument")?;
    // complex(a, b) == a + b*1j, keeping the sign of a real zero `b` (CPython's complex_new).
    let r_is_complex = re.as_ref().and_then(as_complex_obj).is_some();
    let i_is_complex = im.as_ref().and_then(as_complex_obj).is_some();
    let real = if i_is_complex { r.re - i.im } else { r.re };
    let imag = if r_is_complex && im.is_some() {
        i.re + r.im
    } else if im.is_some() {
        i.re
    } else {
        r.im
    };
    Ok(new_complex(real, imag))
}

fn parse_complex(s: &str) -> Option<Complex> {
    let t = s.trim();
    let t = match t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        Some(x) => x.trim(),
        None => t,
    };
    if t.is_empty() {
        return None;
    }
    let parse = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => crate::runtime::format::parse_float(x),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not part of an exponent.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => Some(Complex {
                re: crate::runtime::format::parse_float(&body[..i])?,
                im: parse(&body[i..])?,
            }),
            None => Some(Complex { re: 0.0, im: parse(body)? }),
        };
    }
    Some(Complex {
        re: crate::runtime::format::parse_float(t)?,
        im: 0.0,
    })
}

pub fn init(vm: &mut Vm) {
    let cls = vm.types.complex.clone();
    COMPLEX_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    macro_rules! ops {
        ($($name:literal, $op:expr, $refl:expr);* $(;)?) => {
            $(vm.add_method(&cls, $name, |vm, a, _| binop(vm, a, $op, $refl));)*
        };
    }
    ops!(
        "__add__", BinOp::Add, false;
        "__radd__", BinOp::Add, true;
        "__sub__", BinOp::Sub, false;
        "__rsub__", BinOp::Sub, true;
        "__mul__", BinOp::Mul, false;
        "__rmul__", BinOp::Mul, true;
        "__truediv__", BinOp::Div, false;
        "__rtruediv__", BinOp::Div, true;
        "__pow__", BinOp::Pow, false;
        "__rpow__", BinOp::Pow, true;
    );
    vm.add_method(&cls, "__repr__", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(Value::string(repr(c)))
    });
    vm.add_method(&cls, "__neg__", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(new_complex(-c.re, -c.im))
    });
    vm.add_method(&cls, "__pos__", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(new_complex(c.re, c.im))
    });
    vm.add_method(&cls, "__abs__", |vm, a, _| {
        let c = get_self(vm, a)?;
        let r = c.re.hypot(c.im);
        if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
            return Err(vm.overflow_error("absolute value too large"));
        }
        Ok(Value::Float(r))
    });
    vm.add_method(&cls, "__bool__", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(Value::Bool(c.re != 0.0 || c.im != 0.0))
    });
    vm.add_method(&cls, "conjugate", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(new_complex(c.re, -c.im))
    });
    vm.add_method(&cls, "__eq__", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(match a.get(1) {
            Some(o) => match to_complex(vm, o)? {
                Some(d) => Value::Bool(c == d),
                None => Value::NotImplemented,
            },
            None => Value::NotImplemented,
        })
    });
    vm.add_method(&cls, "__ne__", |vm, a, _| {
        let c = get_self(vm, a)?;
        Ok(match a.get(1) {
            Some(o) => match to_complex(vm, o)? {
                Some(d) => Value::Bool(c != d),
                None => Value::NotImplemented,
            },
            None => Value::NotImplemented,
        })
    });
    vm.add_method(&cls, "__hash__", |vm, a, _| {
        let c = get_self(vm, a)?;
        let hr = vm.hash(&Value::Float(c.re))?;
        let hi = vm.hash(&Value::Float(c.im))?;
        let h = (hr as u64).wrapping_add((hi as u64).wrapping_mul(1000003)) as i64;
        Ok(Value::Int(if h == -1 { -2 } else { h }))
    });
    for (name, imag) in [("real", false), ("imag", true)] {
        let f: NativeFn = if imag {
            |vm, a, _| Ok(Value::Float(get_self(vm, a)?.im))
        } else {
            |vm, a, _| Ok(Value::Float(get_self(vm, a)?.re))
        };
        let getter = vm.new_native(name, f);
        cls.dict.borrow_mut().set_str(
            name,
            Value::Property(Rc::new(Property {
                fget: getter,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
            })),
        );
    }
}
