//! The `aspic` command line: run a script, a `-c` string or stdin; `--dis` disassembles.

use std::io::IsTerminal;
use std::io::Read;
use std::rc::Rc;

use crate::compile::Mode;
use crate::vm::Vm;
use crate::vm::value::Value;

const USAGE: &str = "usage: aspic [--dis] [--virtual-time] [--top-level-await] [-c cmd | -m mod | file | -] [arg] ...\n\
--dis               : print the bytecode instead of running\n\
--virtual-time      : run on a virtual clock: sleeps and idle event-loop waits take no real time\n\
--top-level-await   : allow await, async for, async with and async comprehensions at\n\
\x20                     module level; the module then runs as a coroutine under asyncio.run()\n\
-h, --help          : print this help message and exit\n";

pub fn main() -> i32 {
    // Run on a thread with a large stack: native code calling back into Python recurses.
    let args: Vec<String> = std::env::args().collect();
    // Ctrl-C raises KeyboardInterrupt in the running Python code.
    crate::runtime::signals::install_default_handlers();
    let child = std::thread::Builder::new().stack_size(512 * 1024 * 1024).spawn(move || run(args));
    let code = match child {
        Ok(h) => {
            // Signals go to the interpreter's thread, so a signal it sends itself
            // (`os.kill(os.getpid(), ...)`) is handled before `kill` returns.
            crate::runtime::signals::block_async_signals_in_this_thread();
            h.join().unwrap_or(70)
        }
        Err(_) => run(std::env::args().collect()),
    };
    // An uncaught KeyboardInterrupt ends the process by SIGINT, as in CPython.
    crate::runtime::signals::exit_by_sigint_if_requested();
    code
}

fn run(args: Vec<String>) -> i32 {
    let mut i = 1;
    let mut dis = false;
    let mut virtual_time = false;
    let mut top_level_await = false;
    let mut inspect = false;
    while i < args.len() {
        match args[i].as_str() {
            "--dis" => {
                dis = true;
                i += 1;
            }
            "--virtual-time" => {
                virtual_time = true;
                i += 1;
            }
            "--top-level-await" => {
                top_level_await = true;
                i += 1;
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-i" => {
                inspect = true;
                i += 1;
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => i += 1,
            _ => break,
        }
    }
    let mut main_package = None;
    let (source, filename, argv): (String, String, Vec<String>) = match args.get(i).map(|s| s.as_str()) {
        Some("-c") => match args.get(i + 1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                (code.clone(), "<string>".into(), argv)
            }
            None => {
                eprint!("Argument expected for the -c option\n{USAGE}");
                return 2;
            }
        },
        None if std::io::stdin().is_terminal() => {
            // The interactive REPL (see stdlib/_aspic_console.py and src/repl.rs).
            inspect = false;
            (
                "__import__('_aspic_console').main(globals())\n".to_string(),
                "<stdin>".into(),
                vec![String::new()],
            )
        }
        Some("-") | None => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                return 1;
            }
            let mut argv = vec!["-".to_string()];
            argv.extend(args.get(i + 1..).unwrap_or(&[]).iter().cloned());
            (s, "<stdin>".into(), argv)
        }
        Some("-m") => {
            let Some(name) = args.get(i + 1) else {
                eprint!("Argument expected for the -m option\n{USAGE}");
                return 2;
            };
            match crate::runtime::import::module_main_source(name) {
                Some((src, path, package)) => {
                    let mut argv = vec![path.clone()];
                    argv.extend(args[i + 2..].iter().cloned());
                    main_package = Some(package);
                    (src, path, argv)
                }
                None => {
                    eprintln!("{}: No module named {name}", args[0]);
                    return 1;
                }
            }
        }
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), path.to_string(), args[i..].to_vec()),
            Err(e) => {
                eprintln!(
                    "aspic: can't open file '{}': [Errno {}] {}",
                    path,
                    e.raw_os_error().unwrap_or(2),
                    io_msg(&e)
                );
                return 2;
            }
        },
    };
    let opts = RunOptions {
        dis,
        virtual_time,
        top_level_await,
        main_package,
        inspect,
    };
    run_program(&source, &filename, argv, &opts)
}

/// How `run_program` runs a program.
#[derive(Default, Clone, Debug)]
pub struct RunOptions {
    /// Print the bytecode instead of running.
    pub dis: bool,
    /// Run on a virtual clock (see `vm::clock`): sleeps and idle event-loop waits take
    /// no real time.
    pub virtual_time: bool,
    /// Compile as with CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT; a module that then is a
    /// coroutine runs under `asyncio.run`.
    pub top_level_await: bool,
    /// `-m`: the package `__main__` belongs to (its `__package__`, for relative imports).
    pub main_package: Option<String>,
    /// `-i`: the REPL follows the program, in its namespace.
    pub inspect: bool,
}

fn io_msg(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory",
        std::io::ErrorKind::PermissionDenied => "Permission denied",
        _ => "I/O error",
    }
}

pub fn run_program(source: &str, filename: &str, argv: Vec<String>, opts: &RunOptions) -> i32 {
    // The VM exists before compiling: constants such as complex literals need its types.
    let mut vm = Vm::new();
    if opts.virtual_time {
        vm.clock = crate::vm::clock::Clock::new_virtual();
    }
    let module = match crate::syntax::parse_module(source) {
        Ok(m) => m,
        Err(errs) => return report_syntax(filename, source, &errs),
    };
    let code = match crate::compile::compile_with_flags(&module, filename, source, Mode::Exec, false, opts.top_level_await) {
        Ok(c) => c,
        Err(errs) => return report_syntax(filename, source, &errs),
    };
    if opts.dis {
        print!("{}", crate::compile::bytecode::disassemble(&code));
        return 0;
    }
    vm.argv = argv;
    vm.script_dir = if filename.starts_with('<') {
        String::new()
    } else {
        let p = std::path::Path::new(filename);
        let dir = p.parent().map(|d| d.display().to_string()).unwrap_or_default();
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        std::fs::canonicalize(&dir).map(|d| d.display().to_string()).unwrap_or(dir)
    };
    let main = vm.new_module("__main__");
    {
        let mut d = main.dict.d.borrow_mut();
        d.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
        if !filename.starts_with('<') {
            d.set_str("__file__", Value::str(filename));
        }
        if let Some(p) = &opts.main_package {
            d.set_str("__package__", Value::str(p));
        }
    }
    vm.modules.d.borrow_mut().set_str("__main__", Value::Module(main.clone()));
    let repl = crate::repl::make_module(&mut vm);
    vm.modules.d.borrow_mut().set_str("_aspic_repl", Value::Module(repl));
    let mut frame = vm.alloc_frame(&code, &main.dict);
    let result = if code.flags & crate::vm::object::CO_COROUTINE != 0 {
        let coro = crate::runtime::async_objects::code_coroutine(&code, frame);
        vm.run_main_coroutine(coro)
    } else {
        frame.resumer = crate::vm::frame::Resumer::Native;
        vm.execute(frame, None).map(|_| Value::None)
    };
    let status = match result {
        Ok(_) => 0,
        Err(e) if e.is(&vm.types.keyboard_interrupt) => {
            let text = vm.format_exception(&e);
            vm.write_stderr(&text);
            crate::runtime::signals::request_exit_by_sigint();
            130
        }
        Err(e) => vm.report_uncaught(&e),
    };
    let status = if opts.inspect {
        let r = vm
            .import_module("_aspic_console")
            .and_then(|m| vm.get_attr_str(&m, "main"))
            .and_then(|f| vm.call(&f, &[Value::Dict(main.dict.clone()), Value::Bool(false)]));
        match r {
            Ok(_) => status,
            Err(e) => vm.report_uncaught(&e),
        }
    } else {
        status
    };
    vm.shutdown_threads();
    vm.run_pending_finalizers();
    // Shutdown: clear __main__'s globals in order, so `__del__` methods and generator
    // `finally` blocks of objects still referenced run.
    let keys: Vec<Value> = main.dict.d.borrow().keys();
    {
        for k in &keys {
            let Value::Str(name) = k else { continue };
            if name.as_str() == "__builtins__" {
                continue;
            }
            // Keep the old value alive until the dict borrow has ended.
            let old = main.dict.d.borrow().get_str(name).cloned();
            main.dict.d.borrow_mut().set_pystr(name.clone(), Value::None);
            drop(old);
        }
    }
    vm.run_pending_finalizers();
    vm.flush_stdout();
    let _ = Rc::strong_count(&main);
    status
}

fn report_syntax(filename: &str, source: &str, errs: &[crate::syntax::SyntaxError]) -> i32 {
    let color = std::io::stderr().is_terminal();
    let text = crate::syntax::diagnostics::render(filename, source, errs, color);
    eprint!("{text}");
    if !text.ends_with('\n') {
        eprintln!();
    }
    1
}
