//! The `zhengce` binary: parse the command line, run it, map an error to an exit code.

use clap::Parser;

fn main() -> std::process::ExitCode {
    let command = zhengce::cli::Cli::parse();
    match zhengce::cli::run(command) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
