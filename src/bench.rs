//! Benchmarks: a generator that scales the corpus up (recombining real measures into new
//! documents of other regions), ingestion throughput (MB/s end to end and of segmentation
//! alone) and search latency (p50/p99 of a mixed query set). Run with `--release`.

use std::path::Path;

/// What `zhengce bench` measures.
#[derive(Debug, clap::Subcommand)]
pub enum BenchCommand {
    /// Ingestion throughput on a generated corpus of at least `--mb` megabytes.
    Ingest {
        /// Size of the generated corpus, in MB of text.
        #[arg(long, default_value_t = 50)]
        mb: usize,
    },
}

/// Runs a benchmark.
pub fn run(what: BenchCommand, index_dir: &Path) -> anyhow::Result<()> {
    let _ = (what, index_dir);
    anyhow::bail!("not yet")
}
