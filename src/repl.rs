//! The line editor of the REPLs (`aspic` on a terminal, `aspic -m asyncio`, `aspic -i`).
//!
//! The consoles themselves are Python (`stdlib/code.py`, `stdlib/asyncio/__main__.py`);
//! on a terminal they read lines through `_aspic_repl.readline`, which hands the prompt to
//! a rustyline editor running on an OS thread of its own. The calling Python thread waits
//! for the answer on a pipe in the scheduler (see vm::fiber), so the event loop and other
//! threads keep running while the user types; what they print meanwhile goes through
//! rustyline's external printer, above the prompt.
//!
//! The editor offers history (`~/.aspic_history`, or `$ASPIC_HISTORY`; Ctrl-R searches),
//! completion of keywords, names in scope, attributes of modules in scope and module
//! names after `import`, and highlighting from the lexer's tokens (not with `NO_COLOR` or
//! when stdout is not a terminal).

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Config, Context, Editor, ExternalPrinter, Helper};

use crate::modules::add_fn;
use crate::syntax::token::Tok;
use crate::vm::fiber::WaitKind;
use crate::vm::object::Module;
use crate::vm::value::Value;
use crate::vm::{PyResult, Vm};

struct Request {
    prompt: String,
    initial: String,
    names: Vec<String>,
}

enum Reply {
    Line(String),
    Eof,
    Interrupted,
    Failed(String),
}

/// State shared with the editor thread.
struct Shared {
    reply: Mutex<Option<Reply>>,
    printer: Mutex<Option<Box<dyn ExternalPrinter + Send>>>,
    /// Text printed while editing, waiting for the end of its line.
    pending: Mutex<String>,
}

/// Set while the editor shows a prompt: stdout then goes through the external printer.
static EDITING: AtomicBool = AtomicBool::new(false);
static SHARED: Mutex<Option<Arc<Shared>>> = Mutex::new(None);

struct Handle {
    tx: mpsc::Sender<Request>,
    /// Read end of the pipe the editor thread writes a byte to when a reply is ready.
    ready_fd: i32,
    shared: Arc<Shared>,
}

thread_local! {
    static EDITOR: RefCell<Option<Rc<Handle>>> = const { RefCell::new(None) };
}

/// Is output going to the terminal through the editor right now?
pub fn editing() -> bool {
    EDITING.load(Ordering::Relaxed)
}

/// Prints `s` above the prompt being edited (whole lines; a partial line waits).
pub fn print_above_prompt(s: &str) -> bool {
    let Some(shared) = SHARED.lock().ok().and_then(|g| g.clone()) else {
        return false;
    };
    let mut pending = shared.pending.lock().unwrap_or_else(|e| e.into_inner());
    pending.push_str(s);
    let Some(cut) = pending.rfind('\n') else { return true };
    let text: String = pending.drain(..=cut).collect();
    drop(pending);
    if let Ok(mut p) = shared.printer.lock()
        && let Some(p) = p.as_mut()
    {
        let _ = p.print(text.trim_end_matches('\n').to_string());
        return true;
    }
    false
}

fn history_path() -> Option<std::path::PathBuf> {
    if let Ok(p) = std::env::var("ASPIC_HISTORY") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".aspic_history"))
}

struct ReplHelper {
    names: Vec<String>,
    modules: Vec<String>,
    color: bool,
}

impl Helper for ReplHelper {}
impl Hinter for ReplHelper {
    type Hint = String;
}
impl Validator for ReplHelper {}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map(|(i, _)| i)
            .unwrap_or(pos);
        let word = &before[start..];
        let head = before[..start].trim_start();
        let pool = if head == "import " || head == "from " || head.starts_with("import ") || head == "import" {
            &self.modules
        } else {
            &self.names
        };
        let mut out: Vec<String> = pool.iter().filter(|n| n.starts_with(word)).cloned().collect();
        out.sort();
        out.dedup();
        Ok((start, out))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        Cow::Owned(colorize(line))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

/// ANSI colours for one line from the lexer's tokens: keywords, strings, numbers, comments.
fn colorize(line: &str) -> String {
    let (toks, _) = crate::syntax::lexer::lex(line);
    let mut out = String::with_capacity(line.len() + 32);
    let mut at = 0usize;
    for (t, span) in toks {
        let (s, e) = (span.start as usize, span.end as usize);
        if s < at || e > line.len() || !line.is_char_boundary(s) || !line.is_char_boundary(e) {
            continue;
        }
        let text = &line[s..e];
        let color = match t {
            crate::syntax::lexer::LTok::Comment => Some("90"),
            crate::syntax::lexer::LTok::Tok(tok) => match tok {
                Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_) => Some("32"),
                Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => Some("36"),
                Tok::Name(_) => None,
                _ if text.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) => Some("35"),
                _ => None,
            },
            _ => None,
        };
        out.push_str(&line[at..s]);
        match color {
            Some(c) => {
                out.push_str("\x1b[");
                out.push_str(c);
                out.push('m');
                out.push_str(text);
                out.push_str("\x1b[0m");
            }
            None => out.push_str(text),
        }
        at = e;
    }
    out.push_str(&line[at..]);
    out
}

fn start_editor() -> std::io::Result<Rc<Handle>> {
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors pipe(2) writes.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    for fd in fds {
        // SAFETY: fcntl on descriptors we own.
        unsafe {
            let fl = libc::fcntl(fd, libc::F_GETFL);
            libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK);
            libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
        }
    }
    let (tx, rx) = mpsc::channel::<Request>();
    let shared = Arc::new(Shared {
        reply: Mutex::new(None),
        printer: Mutex::new(None),
        pending: Mutex::new(String::new()),
    });
    if let Ok(mut g) = SHARED.lock() {
        *g = Some(shared.clone());
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let modules = module_names();
    let thread_shared = shared.clone();
    let write_fd = fds[1];
    std::thread::Builder::new().name("aspic-editor".into()).spawn(move || {
        crate::runtime::signals::block_async_signals_in_this_thread();
        let config = Config::builder()
            .auto_add_history(false)
            .completion_type(rustyline::CompletionType::List)
            .build();
        let mut rl = match Editor::<ReplHelper, DefaultHistory>::with_config(config) {
            Ok(rl) => rl,
            Err(e) => {
                answer(&thread_shared, write_fd, Reply::Failed(e.to_string()));
                return;
            }
        };
        rl.set_helper(Some(ReplHelper {
            names: vec![],
            modules,
            color,
        }));
        let history = history_path();
        if let Some(h) = &history {
            let _ = rl.load_history(h);
        }
        if let Ok(p) = rl.create_external_printer()
            && let Ok(mut g) = thread_shared.printer.lock()
        {
            *g = Some(Box::new(p));
        }
        while let Ok(req) = rx.recv() {
            if let Some(h) = rl.helper_mut() {
                h.names = req.names;
            }
            EDITING.store(true, Ordering::SeqCst);
            let r = rl.readline_with_initial(&req.prompt, (&req.initial, ""));
            EDITING.store(false, Ordering::SeqCst);
            let reply = match r {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = rl.add_history_entry(line.as_str());
                        if let Some(h) = &history {
                            let _ = rl.append_history(h);
                        }
                    }
                    Reply::Line(line)
                }
                Err(ReadlineError::Eof) => Reply::Eof,
                Err(ReadlineError::Interrupted) => Reply::Interrupted,
                Err(e) => Reply::Failed(e.to_string()),
            };
            // What was printed without a final newline while editing comes out now.
            let rest = std::mem::take(&mut *thread_shared.pending.lock().unwrap_or_else(|e| e.into_inner()));
            if !rest.is_empty() {
                use std::io::Write;
                let _ = std::io::stdout().write_all(rest.as_bytes());
                let _ = std::io::stdout().flush();
            }
            answer(&thread_shared, write_fd, reply);
        }
    })?;
    Ok(Rc::new(Handle {
        tx,
        ready_fd: fds[0],
        shared,
    }))
}

fn answer(shared: &Shared, fd: i32, reply: Reply) {
    if let Ok(mut r) = shared.reply.lock() {
        *r = Some(reply);
    }
    let b = [1u8];
    // SAFETY: writing one byte from a valid buffer to our own pipe.
    unsafe {
        libc::write(fd, b.as_ptr().cast(), 1);
    }
}

/// Names `import` can complete: the embedded stdlib and the native modules.
fn module_names() -> Vec<String> {
    let mut v: Vec<String> = crate::runtime::import::stdlib_module_names()
        .into_iter()
        .filter(|n| !n.contains(".__"))
        .map(String::from)
        .collect();
    for n in [
        "sys",
        "time",
        "math",
        "random",
        "os",
        "gc",
        "_thread",
        "_asyncio",
        "signal",
        "importlib",
        "weakref",
    ] {
        v.push(n.to_string());
    }
    v.sort();
    v.dedup();
    v
}

fn handle(vm: &Vm) -> PyResult<Rc<Handle>> {
    if let Some(h) = EDITOR.with(|e| e.borrow().clone()) {
        return Ok(h);
    }
    let h = start_editor().map_err(|e| crate::modules::aspic_loop::io_error(vm, &e))?;
    EDITOR.with(|e| *e.borrow_mut() = Some(h.clone()));
    Ok(h)
}

/// `_aspic_repl.readline(prompt, initial='', names=())`: one line from the editor.
fn readline(vm: &mut Vm, a: &[Value], _: crate::vm::KwArgs) -> PyResult<Value> {
    // The terminal's input and the history file are the host's.
    vm.require(crate::vm::caps::Capability::Filesystem, "_aspic_repl.readline")?;
    let parkable = vm.can_park();
    let prompt = match a.first() {
        Some(v) => vm.str(v)?.as_str().to_string(),
        None => String::new(),
    };
    let initial = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    };
    let mut names = vec![];
    if let Some(v) = a.get(2)
        && !v.is_none()
    {
        for n in vm.iterate(v)? {
            if let Value::Str(s) = n {
                names.push(s.as_str().to_string());
            }
        }
    }
    let h = handle(vm)?;
    vm.flush_stdout();
    if h.tx.send(Request { prompt, initial, names }).is_err() {
        return Err(vm.new_error(&vm.types.eof_error.clone(), ""));
    }
    let fd = h.ready_fd;
    let resume: crate::vm::fiber::Resume = Box::new(move |vm: &mut Vm| take_reply(vm, &h));
    vm.block(
        WaitKind::Fd {
            fd,
            read: true,
            write: false,
        },
        None,
        parkable,
        Some(resume),
    )
}

fn take_reply(vm: &mut Vm, h: &Handle) -> PyResult<Value> {
    let mut buf = [0u8; 16];
    // SAFETY: reading into a valid buffer from our own non-blocking pipe.
    unsafe {
        libc::read(h.ready_fd, buf.as_mut_ptr().cast(), buf.len());
    }
    let reply = h.shared.reply.lock().ok().and_then(|mut r| r.take());
    match reply {
        Some(Reply::Line(s)) => Ok(Value::string(s)),
        Some(Reply::Eof) => Err(vm.new_exception(&vm.types.eof_error.clone(), vec![])),
        Some(Reply::Interrupted) => Err(vm.new_exception(&vm.types.keyboard_interrupt.clone(), vec![])),
        Some(Reply::Failed(m)) => Err(vm.new_error(&vm.types.os_error.clone(), m)),
        None => {
            // Woken without a reply yet: wait again.
            let fd = h.ready_fd;
            let shared = h.shared.clone();
            let tx = h.tx.clone();
            let again = Rc::new(Handle { tx, ready_fd: fd, shared });
            let resume: crate::vm::fiber::Resume = Box::new(move |vm: &mut Vm| take_reply(vm, &again));
            vm.block(
                WaitKind::Fd {
                    fd,
                    read: true,
                    write: false,
                },
                None,
                false,
                Some(resume),
            )
        }
    }
}

fn stdout_hook(s: &str) -> bool {
    editing() && print_above_prompt(s)
}

pub fn make_module(vm: &mut Vm) -> Rc<Module> {
    let _ = crate::vm::STDOUT_HOOK.set(stdout_hook);
    let m = vm.new_module("_aspic_repl");
    add_fn(vm, &m, "readline", readline);
    add_fn(vm, &m, "interactive", |_, _, _| {
        Ok(Value::Bool(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()))
    });
    add_fn(vm, &m, "render_syntax_error", |vm, a, _| {
        // render_syntax_error(source, filename): the ariadne rendering of the first
        // syntax error in an interactive input (colour when stderr is a terminal), or None.
        let (Some(Value::Str(src)), Some(Value::Str(filename))) = (a.first(), a.get(1)) else {
            return Err(vm.type_error("render_syntax_error(source: str, filename: str)"));
        };
        let src = src.as_str();
        let errs = match crate::syntax::parse_module(src) {
            Err(errs) => errs,
            Ok(module) => {
                match crate::compile::compile_with_flags(&module, filename.as_str(), src, crate::compile::Mode::Interactive, true, true) {
                    Err(errs) => errs,
                    Ok(_) => return Ok(Value::None),
                }
            }
        };
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let first = &errs[..errs.len().min(1)];
        Ok(Value::string(crate::syntax::diagnostics::render(
            filename.as_str(),
            src,
            first,
            color,
        )))
    });
    add_fn(vm, &m, "module_names", |_, _, _| {
        Ok(Value::list(module_names().into_iter().map(Value::string).collect()))
    });
    m
}
