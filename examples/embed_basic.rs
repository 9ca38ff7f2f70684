//! Embedding aspic: evaluate expressions, give scripts a Rust function and a Rust type,
//! and call back into the script.
//!
//! cargo run --release --example embed_basic

use aspic::{ClassBuilder, Error, Interpreter, NativeClass};

/// A host object scripts can hold: an inventory of the game.
struct Inventory {
    items: Vec<(String, u32)>,
}

impl NativeClass for Inventory {
    const NAME: &'static str = "Inventory";

    fn define(class: &mut ClassBuilder<Self>) {
        class
            .method("add", |_, inv, (name, count): (String, Option<u32>)| {
                inv.items.push((name, count.unwrap_or(1)));
                Ok(())
            })
            .method("count", |_, inv, (name,): (String,)| {
                Ok(inv.items.iter().filter(|(n, _)| *n == name).map(|(_, c)| c).sum::<u32>())
            })
            .getter("size", |_, inv| Ok(inv.items.len()))
            .method("__len__", |_, inv, ()| Ok(inv.items.len()))
            .method("__repr__", |_, inv, ()| Ok(format!("<Inventory of {} stacks>", inv.items.len())));
    }
}

fn main() -> Result<(), Error> {
    let mut py = Interpreter::new()?;

    // Evaluate an expression and convert the result.
    let n: i64 = py.eval("sum(x * x for x in range(10))")?;
    println!("sum of squares: {n}");

    // A Rust function under a module scripts import.
    py.register_module("game", |m| {
        m.function("roll", |_, (sides,): (u32,)| {
            if sides == 0 {
                return Err(Error::new("ValueError", "a die needs at least one side"));
            }
            // A deterministic "die" keeps the example's output stable.
            Ok(sides / 2 + 1)
        });
        m.value("TITLE", "The Cave")?;
        m.class::<Inventory>();
        Ok(())
    })?;
    let inv = py.wrap(Inventory { items: Vec::new() });
    py.set_global("inventory", inv.clone())?;

    // The script: uses the host module and object, and defines a callback for the host.
    py.exec_as(
        r#"
import game

print(f"Welcome to {game.TITLE}")
inventory.add("torch")
inventory.add("coin", 12)
inventory.add("coin", game.roll(6))
print(inventory, "coins:", inventory.count("coin"))

try:
    game.roll(0)
except ValueError as e:
    print("host said:", e)

def on_event(name, **data):
    return f"{name} handled with {sorted(data)}"
"#,
        "game_script.py",
    )?;

    // Call back into the script with positional and keyword arguments.
    let on_event = py.global("on_event").expect("the script defines on_event");
    let gold = py.value(3)?;
    let answer: String = py.call_kw(&on_event, ("treasure",), vec![("gold", gold)])?;
    println!("{answer}");

    // The host sees what the script did to its object.
    println!("host: {} stacks", inv.borrow().items.len());

    // Errors carry the Python traceback.
    if let Err(e) = py.exec_as("inventory.count()", "oops.py") {
        print!("{}", e.traceback());
    }
    Ok(())
}
