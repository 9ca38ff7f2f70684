//! A downstream application embedding aspic through its public API only: a tiny
//! rules engine whose rules are scripts, with a host type, a host module, limits-free
//! sandboxing by capability, and async rules awaiting host lookups.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use aspic::{Capabilities, ClassBuilder, Error, Interpreter, NativeClass};

/// An order the rules inspect and may discount.
struct Order {
    items: Vec<(String, f64)>,
    discount: f64,
}

impl NativeClass for Order {
    const NAME: &'static str = "Order";
    fn define(c: &mut ClassBuilder<Self>) {
        c.getter("total", |_, o| Ok(o.items.iter().map(|(_, p)| p).sum::<f64>() * (1.0 - o.discount)))
            .getter("items", |_, o| Ok(o.items.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()))
            .method("apply_discount", |_, o, (pct,): (f64,)| {
                if !(0.0..=50.0).contains(&pct) {
                    return Err(Error::new("ValueError", format!("discount out of range: {pct}")));
                }
                o.discount = pct / 100.0;
                Ok(())
            });
    }
}

const RULES: &str = r#"
import asyncio
import shop

async def loyalty(order, customer):
    level = await shop.customer_level(customer)
    if level == "gold" and order.total > 100:
        order.apply_discount(10)
        return "gold discount"
    return "no discount"

def bulk(order):
    if len(order.items) >= 3:
        order.apply_discount(5)
        return "bulk discount"
    return "no discount"
"#;

fn main() -> Result<(), Error> {
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = log.clone();
    // Rules are untrusted: no files, network, environment, process control or clock.
    let mut py = Interpreter::builder()
        .capabilities(Capabilities::NONE)
        .stdout_fn(move |s| sink.borrow_mut().push(s.to_string()))
        .build()?;
    let levels: HashMap<&str, &str> = [("ann", "gold"), ("bo", "silver")].into_iter().collect();
    py.register_module("shop", move |m| {
        let levels = levels.clone();
        m.function("customer_level", move |py, (name,): (String,)| {
            let (fut, done) = py.create_future()?;
            let level = levels.get(name.as_str()).copied().unwrap_or("none").to_string();
            std::thread::spawn(move || done.resolve(level));
            Ok(fut)
        });
        m.class::<Order>();
        Ok(())
    })?;
    py.exec_as(RULES, "rules.py")?;

    let order = py.wrap(Order {
        items: vec![("lamp".into(), 80.0), ("desk".into(), 150.0)],
        discount: 0.0,
    });
    let loyalty = py.global("loyalty").expect("rule defined");
    let coro: aspic::Value = py.call(&loyalty, (order.clone(), "ann"))?;
    let verdict: String = py.run_until_complete(&coro)?;
    assert_eq!(verdict, "gold discount");
    assert!((order.borrow().discount - 0.10).abs() < 1e-12);

    let bulk = py.global("bulk").expect("rule defined");
    let verdict: String = py.call(&bulk, (order.clone(),))?;
    assert_eq!(verdict, "no discount");

    // A rule that misbehaves gets a Python exception; the host keeps going.
    let err = py.exec("open('/etc/passwd')").unwrap_err();
    assert_eq!(err.type_name(), "PermissionError");
    let err = py.call_method::<()>(&order.value(), "apply_discount", (90.0,)).unwrap_err();
    assert_eq!(err.to_string(), "ValueError: discount out of range: 90");

    let total: f64 = py.getattr(&order.value(), "total")?;
    println!("order total after rules: {total:.2}");
    println!("script output lines: {}", log.borrow().len());
    println!("embed check: ok");
    Ok(())
}
