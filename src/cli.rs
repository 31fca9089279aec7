//! The `zhengce` command line (clap derive). Arguments are checked here once and passed down;
//! nothing below this module reads the environment.

use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};

use crate::search::{self, SearchEngine, SearchQuery, SearchResults};

/// 政策措施检索与问答: policy measures, searchable and answerable.
#[derive(Debug, Parser)]
#[command(name = "zhengce", version, about)]
pub struct Cli {
    /// Index directory.
    #[arg(long, global = true, env = "ZHENGCE_INDEX", default_value = "index")]
    pub index: PathBuf,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build or rebuild the index from the corpus (atomically: a failed build keeps the old one).
    Index {
        /// Corpus directory.
        #[arg(long, env = "ZHENGCE_CORPUS", default_value = "corpus")]
        corpus: PathBuf,
    },
    /// Serve the web site and the JSON API; builds the index first if it is missing.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "ZHENGCE_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Corpus directory (used when the index must be built).
        #[arg(long, env = "ZHENGCE_CORPUS", default_value = "corpus")]
        corpus: PathBuf,
        /// Origin allowed to call the JSON API from a browser (repeat, or `*` for any).
        #[arg(
            long = "cors-origin",
            env = "ZHENGCE_CORS_ORIGINS",
            value_delimiter = ','
        )]
        cors_origins: Vec<String>,
        /// Seconds a request may take before it is answered with 503.
        #[arg(long, default_value_t = 10)]
        timeout_secs: u64,
    },
    /// Search measures; without QUERY, read one query a line from standard input (JSON out).
    Search {
        /// The query.
        query: Option<String>,
        /// Only this region and the places inside it (`山东省/威海市`, or a name like 威海).
        #[arg(long)]
        region: Option<String>,
        /// Only this domain (开办企业, 纳税, …).
        #[arg(long)]
        domain: Option<String>,
        /// Only measures led by this unit.
        #[arg(long)]
        lead_unit: Option<String>,
        /// Only documents of this year.
        #[arg(long)]
        year: Option<i32>,
        /// Hits to show.
        #[arg(long, default_value_t = crate::search::DEFAULT_LIMIT)]
        limit: usize,
        /// Print JSON (the shape of the HTTP API).
        #[arg(long)]
        json: bool,
    },
    /// Answer a question from the measures; without QUESTION, read one a line from standard input.
    Ask {
        /// The question.
        question: Option<String>,
        /// Print JSON (the shape of the HTTP API).
        #[arg(long)]
        json: bool,
    },
    /// Print every measure as one JSON object a line.
    Export,
    /// Score search (or, with --ask, Q&A) on a questions file: hit@1, hit@5, MRR@10; with
    /// --benefits, the benefit facts of the indexed measures against a gold file.
    Eval {
        /// Questions file, one JSON object a line (see tests/eval/README.md), or with
        /// --benefits a gold file of benefit facts (tests/eval/BENEFITS.md).
        file: PathBuf,
        /// Score the citations of `ask` instead of search hits.
        #[arg(long, conflicts_with = "benefits")]
        ask: bool,
        /// Score beneficiaries, benefit types and amounts: precision and recall of each.
        #[arg(long)]
        benefits: bool,
        /// Also print each question's rank.
        #[arg(long)]
        verbose: bool,
    },
    /// Benchmarks on a corpus scaled up by the built-in generator (run with --release).
    Bench {
        /// What to measure.
        #[command(subcommand)]
        what: crate::bench::BenchCommand,
    },
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    init_logging();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Index { corpus } => index(&corpus, &cli.index),
        Command::Serve {
            addr,
            corpus,
            cors_origins,
            timeout_secs,
        } => {
            if timeout_secs == 0 {
                bail!("invalid parameter `--timeout-secs`: must be at least 1");
            }
            let config = crate::server::ServeConfig {
                addr,
                index_dir: cli.index,
                corpus_dir: corpus,
                cors_origins,
                request_timeout: Duration::from_secs(timeout_secs),
            };
            let runtime = tokio::runtime::Runtime::new().context("starting the runtime")?;
            runtime.block_on(crate::server::serve(config))?;
            Ok(())
        }
        Command::Search {
            query,
            region,
            domain,
            lead_unit,
            year,
            limit,
            json,
        } => {
            let engine = open(&cli.index)?;
            let base = SearchQuery {
                region,
                domain,
                lead_unit,
                year,
                limit,
                ..Default::default()
            };
            match query {
                Some(q) => {
                    let results = engine.search(&SearchQuery { q, ..base })?;
                    if json {
                        writeln!(out, "{}", serde_json::to_string_pretty(&results)?)?;
                    } else {
                        print_results(&mut out, &results)?;
                    }
                }
                None => for_each_stdin_line(|q| {
                    let results = engine.search(&SearchQuery {
                        q: q.to_owned(),
                        ..base.clone()
                    })?;
                    Ok(serde_json::to_string(&results)?)
                })?,
            }
            Ok(())
        }
        Command::Ask { question, json } => {
            let engine = open(&cli.index)?;
            match question {
                Some(q) => {
                    let answer = search::ask::ask(&engine, &q)?;
                    if json {
                        writeln!(out, "{}", serde_json::to_string_pretty(&answer)?)?;
                    } else {
                        writeln!(out, "{}", answer.to_text())?;
                    }
                }
                None => for_each_stdin_line(|q| {
                    Ok(serde_json::to_string(&search::ask::ask(&engine, q)?)?)
                })?,
            }
            Ok(())
        }
        Command::Export => {
            let engine = open(&cli.index)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            for measure in engine.all_measures()? {
                serde_json::to_writer(&mut out, &measure)?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
            Ok(())
        }
        Command::Eval {
            file,
            benefits: true,
            verbose,
            ..
        } => {
            let engine = open(&cli.index)?;
            let gold = crate::extract::benefits::score::load_gold(&file)?;
            let scores = crate::extract::benefits::score::score(&gold, &engine.all_measures()?);
            write!(out, "{}", scores.to_table())?;
            if verbose {
                for miss in &scores.misses {
                    writeln!(
                        out,
                        "{}\t{}\t{}",
                        miss.measure.as_deref().unwrap_or("-"),
                        miss.contains,
                        miss.notes.join("; ")
                    )?;
                }
            }
            Ok(())
        }
        Command::Eval {
            file, ask, verbose, ..
        } => {
            let engine = open(&cli.index)?;
            let questions = search::eval::load_questions(&file)?;
            let report = if ask {
                let full = search::ask::evaluate_full(&engine, &questions)?;
                write!(out, "{}", full.to_table())?;
                full.citations
            } else {
                let report = search::eval::evaluate_search(&engine, &questions)?;
                write!(out, "{}", report.to_table())?;
                report
            };
            if verbose {
                for (id, rank) in &report.ranks {
                    writeln!(
                        out,
                        "{id}\t{}",
                        rank.map_or("-".to_string(), |r| r.to_string())
                    )?;
                }
            }
            Ok(())
        }
        Command::Bench { what } => crate::bench::run(what),
    }
}

fn index(corpus: &Path, index_dir: &Path) -> anyhow::Result<()> {
    let report = crate::index::build(corpus, index_dir)?;
    for skipped in &report.skipped {
        eprintln!("warning: skipped {skipped}");
    }
    for doc in &report.empty_documents {
        eprintln!("warning: no measures found in {doc}");
    }
    println!(
        "indexed {} measures from {} documents in {} files into {}",
        report.measures,
        report.documents,
        report.files,
        report.index_dir.display()
    );
    Ok(())
}

fn open(index_dir: &Path) -> anyhow::Result<SearchEngine> {
    Ok(SearchEngine::open(index_dir)?)
}

/// Applies `answer` to every non-empty line of standard input, printing one line per input.
/// A line that fails prints `{"error": …}` so the output stays aligned with the input.
fn for_each_stdin_line(
    mut answer: impl FnMut(&str) -> anyhow::Result<String>,
) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in stdin.lock().lines() {
        let line = line.context("reading standard input")?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let printed = answer(line)
            .unwrap_or_else(|err| serde_json::json!({ "error": format!("{err:#}") }).to_string());
        writeln!(out, "{printed}")?;
    }
    Ok(())
}

fn print_results(out: &mut impl Write, results: &SearchResults) -> std::io::Result<()> {
    writeln!(out, "{} measures", results.total)?;
    for (rank, hit) in results.hits.iter().enumerate() {
        let title = hit.title.as_deref().unwrap_or("");
        writeln!(
            out,
            "\n{}. [{}] {} {}",
            rank + 1,
            hit.id,
            title,
            hit.doc_title
        )?;
        writeln!(out, "   {}", hit.snippet.text)?;
        let mut facts = vec![hit.region.clone(), hit.domain.clone()];
        if !hit.lead_units.is_empty() {
            facts.push(format!("牵头单位 {}", hit.lead_units.join("、")));
        }
        if !hit.deadlines.is_empty() {
            facts.push(format!("完成时限 {}", hit.deadlines.join("、")));
        }
        writeln!(out, "   {}", facts.join(" · "))?;
    }
    Ok(())
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("ZHENGCE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
