//! Load test of asyncio streams: an aspic echo server (`tests/load/echo_server.py`,
//! `asyncio.start_server`) holds 1,000 concurrent connections from this process, each
//! doing 100 round trips; every byte must come back, in a bounded time, and the server's
//! memory stays bounded. Loopback only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CLIENTS: usize = 1000;
const ROUNDS: usize = 100;

fn rss_kib(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn echo_server_holds_1000_connections() {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/load/echo_server.py");
    let mut server = Command::new(env!("CARGO_BIN_EXE_aspic"))
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn aspic");
    let mut out = BufReader::new(server.stdout.take().unwrap());
    let mut port = String::new();
    out.read_line(&mut port).expect("port line");
    let port: u16 = port.trim().parse().expect("port number");
    let start = Instant::now();
    let mut conns: Vec<TcpStream> = (0..CLIENTS)
        .map(|_| {
            let c = TcpStream::connect(("127.0.0.1", port)).expect("connect");
            c.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
            c.set_nodelay(true).unwrap();
            c
        })
        .collect();
    let mut peak_rss = 0;
    for round in 0..ROUNDS {
        for (i, c) in conns.iter_mut().enumerate() {
            let msg = format!("{i:04}:{round:03};");
            c.write_all(msg.as_bytes()).expect("write");
        }
        for (i, c) in conns.iter_mut().enumerate() {
            let want = format!("{i:04}:{round:03};");
            let mut got = vec![0u8; want.len()];
            c.read_exact(&mut got).expect("echo back");
            assert_eq!(got, want.as_bytes(), "connection {i}, round {round}");
        }
        if round % 20 == 0 {
            peak_rss = peak_rss.max(rss_kib(server.id()).unwrap_or(0));
        }
    }
    let took = start.elapsed();
    drop(conns);
    drop(server.stdin.take());
    let status = server.wait().expect("server exit");
    eprintln!(
        "{CLIENTS} connections x {ROUNDS} round trips in {:.2} s, server peak RSS {} MiB",
        took.as_secs_f64(),
        peak_rss / 1024
    );
    assert!(status.success(), "server exit status {status:?}");
    assert!(took < Duration::from_secs(120), "too slow: {took:?}");
    assert!(peak_rss < 512 * 1024, "server memory: {peak_rss} KiB");
}
