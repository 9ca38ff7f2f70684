//! The `random` module: CPython's algorithms on a bit-exact Mersenne Twister.

use std::rc::Rc;

use num_bigint::BigInt;

use super::add_fn;
use super::random_core::PyRandom;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

fn rng(vm: &mut Vm) -> &mut PyRandom {
    vm.rng.get_or_insert_with(PyRandom::new_from_entropy)
}

fn big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match crate::vm::ops::to_bigint(v) {
        Some(b) => Ok(b),
        None => Ok(BigInt::from(vm.to_index(v)?)),
    }
}

pub fn make(vm: &mut Vm) -> Rc<Module> {
    let m = vm.new_module("random");
    add_fn(vm, &m, "seed", |vm, a, _| {
        let v = a.first().cloned().unwrap_or(Value::None);
        match &v {
            Value::None => rng(vm).seed_from_time_and_pid(),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let b = big(vm, &v)?;
                rng(vm).seed_int(&b);
            }
            Value::Str(s) => {
                let bytes = s.as_str().as_bytes().to_vec();
                rng(vm).seed_bytes(&bytes);
            }
            Value::Bytes(b) => {
                let bytes = (**b).clone();
                rng(vm).seed_bytes(&bytes);
            }
            other => {
                let h = vm.hash(other)?;
                rng(vm).seed_from_hash(h);
            }
        }
        Ok(Value::None)
    });
    add_fn(vm, &m, "random", |vm, _, _| Ok(Value::Float(rng(vm).random())));
    add_fn(vm, &m, "getrandbits", |vm, a, _| {
        let k = vm.to_index(a.first().unwrap_or(&Value::Int(0)))?;
        if k < 0 {
            return Err(vm.value_error("number of bits must be non-negative"));
        }
        let r = rng(vm).getrandbits(k as u32);
        Ok(Value::from_bigint(BigInt::from(r)))
    });
    add_fn(vm, &m, "randrange", |vm, a, _| {
        if a.is_empty() {
            return Err(vm.type_error("randrange() missing 1 required positional argument: 'start'"));
        }
        let start = big(vm, &a[0])?;
        let stop = match a.get(1) {
            Some(v) if !v.is_none() => Some(big(vm, v)?),
            _ => None,
        };
        let step = match a.get(2) {
            Some(v) => big(vm, v)?,
            None => BigInt::from(1),
        };
        match rng(vm).randrange(&start, stop.as_ref(), &step) {
            Ok(r) => Ok(Value::from_bigint(r)),
            Err(msg) => Err(vm.value_error(msg)),
        }
    });
    add_fn(vm, &m, "randint", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(format!(
                "Random.randint() missing {} required positional argument{}",
                2 - a.len().min(2),
                if a.len() == 1 { ": 'b'" } else { "s: 'a' and 'b'" }
            )));
        }
        let x = big(vm, &a[0])?;
        let y = big(vm, &a[1])?;
        match rng(vm).randint(&x, &y) {
            Ok(r) => Ok(Value::from_bigint(r)),
            Err(msg) => Err(vm.value_error(msg)),
        }
    });
    add_fn(vm, &m, "choice", |vm, a, _| {
        let seq = a.first().cloned().unwrap_or(Value::None);
        let n = vm.len(&seq)?;
        match rng(vm).choice_index(n) {
            Some(i) => vm.get_item(&seq, &Value::Int(i as i64)),
            None => Err(vm.index_error("Cannot choose from an empty sequence")),
        }
    });
    add_fn(vm, &m, "shuffle", |vm, a, _| match a.first() {
        Some(Value::List(l)) => {
            let mut v = l.v.borrow().clone();
            rng(vm).shuffle_indices(&mut v);
            *l.v.borrow_mut() = v;
            Ok(Value::None)
        }
        Some(other) => Err(vm.type_error(format!("'{}' object does not support item assignment", vm.type_name(other)))),
        None => Err(vm.type_error("shuffle() missing 1 required positional argument: 'x'")),
    });
    add_fn(vm, &m, "sample", |vm, a, k| {
        let pop = a.first().cloned().unwrap_or(Value::None);
        let items = match &pop {
            Value::Set(_) | Value::Dict(_) => {
                return Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
            }
            _ => vm.iterate(&pop)?,
        };
        let kv = a
            .get(1)
            .cloned()
            .or_else(|| crate::vm::call::kw_get(k, "k").cloned())
            .unwrap_or(Value::Int(0));
        let kk = vm.to_index(&kv)?;
        if kk < 0 || kk as usize > items.len() {
            return Err(vm.value_error("Sample larger than population or is negative"));
        }
        match rng(vm).sample_indices(items.len(), kk as usize) {
            Ok(idx) => Ok(Value::list(idx.into_iter().map(|i| items[i].clone()).collect())),
            Err(msg) => Err(vm.value_error(msg)),
        }
    });
    add_fn(vm, &m, "choices", |vm, a, k| {
        let pop = vm.iterate(a.first().unwrap_or(&Value::None))?;
        let kk = match crate::vm::call::kw_get(k, "k") {
            Some(v) => vm.to_index(v)?,
            None => 1,
        };
        let weights = crate::vm::call::kw_get(k, "weights")
            .cloned()
            .or_else(|| a.get(1).cloned())
            .filter(|w| !w.is_none());
        if let Some(w) = weights {
            let ws = vm.iterate(&w)?;
            let mut cum = vec![];
            let mut acc = 0.0;
            for x in ws {
                acc += vm.to_f64(&x)?;
                cum.push(acc);
            }
            return match rng(vm).choices_weighted_indices(&cum, kk.max(0) as usize) {
                Ok(idx) => Ok(Value::list(idx.into_iter().map(|i| pop[i].clone()).collect())),
                Err(msg) => Err(vm.value_error(msg)),
            };
        }
        let mut out = vec![];
        for _ in 0..kk.max(0) {
            let i = rng(vm).choices_unweighted_index(pop.len());
            out.push(pop.get(i).cloned().unwrap_or(Value::None));
        }
        Ok(Value::list(out))
    });
    add_fn(vm, &m, "uniform", |vm, a, _| {
        let x = vm.to_f64(a.first().unwrap_or(&Value::Int(0)))?;
        let y = vm.to_f64(a.get(1).unwrap_or(&Value::Int(1)))?;
        Ok(Value::Float(rng(vm).uniform(x, y)))
    });
    add_fn(vm, &m, "gauss", |vm, a, _| {
        let mu = vm.to_f64(a.first().unwrap_or(&Value::Int(0)))?;
        let sigma = vm.to_f64(a.get(1).unwrap_or(&Value::Int(1)))?;
        rng(vm)
            .gauss(mu, sigma)
            .map(Value::Float)
            .map_err(|e| vm.value_error(e.message().to_string()))
    });
    add_fn(vm, &m, "normalvariate", |vm, a, _| {
        let mu = vm.to_f64(a.first().unwrap_or(&Value::Int(0)))?;
        let sigma = vm.to_f64(a.get(1).unwrap_or(&Value::Int(1)))?;
        rng(vm)
            .normalvariate(mu, sigma)
            .map(Value::Float)
            .map_err(|e| vm.value_error(e.message().to_string()))
    });
    // Generator states for `Random` instances: `_swap(state)` exchanges a state with the
    // module's generator, so each method runs the module function on the instance's state.
    add_fn(vm, &m, "_new_state", |vm, _, _| {
        let cls = crate::vm::types::new_class(
            "_RandomState",
            vec![vm.types.object.clone()],
            Layout::Object,
            Some(BuiltinType::Native),
        );
        Ok(Value::Object(Rc::new(NativeObject {
            class: cls,
            data: std::cell::RefCell::new(Box::new(PyRandom::new_from_entropy())),
        })))
    });
    add_fn(vm, &m, "_swap", |vm, a, _| {
        if let Some(Value::Object(o)) = a.first() {
            let mut data = o.data.borrow_mut();
            if let Some(state) = data.downcast_mut::<PyRandom>() {
                std::mem::swap(state, rng(vm));
            }
        }
        Ok(Value::None)
    });
    m.dict.d.borrow_mut().set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    if let Err(e) = vm.run_source(RANDOM_PY, "<frozen random>", &m.dict, None, crate::compile::Mode::Exec) {
        let msg = vm.format_exception(&e);
        vm.write_stderr(&msg);
    }
    m
}

const RANDOM_PY: &str = r#"
def _method(name):
    f = globals()[name]
    def method(self, *args, **kwargs):
        _swap(self._state)
        try:
            return f(*args, **kwargs)
        finally:
            _swap(self._state)
    method.__name__ = name
    method.__qualname__ = 'Random.' + name
    return method

class Random:
    def __init__(self, x=None):
        self._state = _new_state()
        self.seed(x)

for _name in ['seed', 'random', 'getrandbits', 'randrange', 'randint', 'choice', 'shuffle',
              'sample', 'choices', 'uniform', 'gauss', 'normalvariate']:
    if _name in globals():
        setattr(Random, _name, _method(_name))
Random.__module__ = 'random'
del _name
"#;
