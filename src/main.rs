//! The `zhengce` binary: parse the command line, run it, map an error to an exit code.

use std::io::ErrorKind;
use std::process::ExitCode;

use clap::Parser;

/// mimalloc rather than glibc's allocator: an index build allocates a string per token on the
/// analysing cores and frees it on tantivy's indexing thread, and spent a fifth of its CPU
/// time in glibc's malloc and free (README, Benchmarks); searches allocate per match too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let command = zhengce::cli::Cli::parse();
    match zhengce::cli::run(command) {
        Ok(()) => ExitCode::SUCCESS,
        // `zhengce export | head`: the reader has all it wanted; not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let io = cause.downcast_ref::<std::io::Error>().map(|e| e.kind());
        let json = cause
            .downcast_ref::<serde_json::Error>()
            .and_then(|e| e.io_error_kind());
        io.or(json) == Some(ErrorKind::BrokenPipe)
    })
}
