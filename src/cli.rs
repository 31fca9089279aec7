//! The `zhengce` command line (clap derive). Arguments are checked here once and passed down;
//! nothing below this module reads the environment.

use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};

use crate::search::request::{FacetKind, Month};
use crate::search::{SearchEngine, SearchQuery, SearchResults};
use crate::{ask, eval};

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
    /// Build or update the index from the corpus: only files whose content changed are read
    /// again; the result is a new generation made live atomically (a failed build keeps the old
    /// one, a running server switches to the new one without a restart).
    Index {
        /// Corpus directory.
        #[arg(long, env = "ZHENGCE_CORPUS", default_value = "corpus")]
        corpus: PathBuf,
        /// Read every file again, even unchanged ones.
        #[arg(long)]
        full: bool,
        /// Bounds on the corpus files read.
        #[command(flatten)]
        limits: CorpusLimits,
    },
    /// Serve the web site and the JSON API; builds the index first if it is missing.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "ZHENGCE_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Corpus directory (used when the index must be built).
        #[arg(long, env = "ZHENGCE_CORPUS", default_value = "corpus")]
        corpus: PathBuf,
        /// Bounds on the corpus files read when the index is built or rebuilt (`--watch`).
        #[command(flatten)]
        limits: CorpusLimits,
        /// Origin allowed to call the JSON API from a browser (repeat, or `*` for any).
        #[arg(
            long = "cors-origin",
            env = "ZHENGCE_CORS_ORIGINS",
            value_delimiter = ','
        )]
        cors_origins: Vec<String>,
        /// Seconds a request may take before it is answered with 503 (its work then stops).
        #[arg(long, env = "ZHENGCE_TIMEOUT_SECS", default_value_t = 10)]
        timeout_secs: u64,
        /// Seconds a client has to send a request's head (also the keep-alive idle limit).
        #[arg(long, env = "ZHENGCE_HEADER_TIMEOUT_SECS", default_value_t = 10)]
        header_timeout_secs: u64,
        /// Seconds a connection may go with no byte moving (longer than --timeout-secs).
        #[arg(long, env = "ZHENGCE_IDLE_TIMEOUT_SECS", default_value_t = 30)]
        idle_timeout_secs: u64,
        /// Most connections open at once (more wait in the kernel's queue).
        #[arg(long, env = "ZHENGCE_MAX_CONNECTIONS", default_value_t = 1024)]
        max_connections: usize,
        /// Searches running at once [default: two per core].
        #[arg(long, env = "ZHENGCE_MAX_SEARCHES")]
        max_searches: Option<usize>,
        /// Requests that may wait for a search slot; more get 503 with Retry-After at once.
        #[arg(long, env = "ZHENGCE_MAX_WAITING", default_value_t = 64)]
        max_waiting: usize,
        /// Milliseconds a request waits for a search slot before 503.
        #[arg(long, env = "ZHENGCE_QUEUE_TIMEOUT_MS", default_value_t = 2000)]
        queue_timeout_ms: u64,
        /// Exports (`/export`) streaming at once, apart from the searches; more get 503.
        #[arg(long, env = "ZHENGCE_MAX_EXPORTS", default_value_t = crate::server::DEFAULT_MAX_EXPORTS)]
        max_exports: usize,
        /// Seconds an export may stream its rows before it is broken off.
        #[arg(long, env = "ZHENGCE_EXPORT_TIMEOUT_SECS", default_value_t = crate::server::DEFAULT_EXPORT_TIMEOUT.as_secs())]
        export_timeout_secs: u64,
        /// Milliseconds between looks for a new index generation (hot reload).
        #[arg(long, env = "ZHENGCE_RELOAD_INTERVAL_MS", default_value_t = 1000)]
        reload_interval_ms: u64,
        /// Index changes to the corpus while serving (checked every --watch-interval-ms).
        #[arg(long, env = "ZHENGCE_WATCH")]
        watch: bool,
        /// Milliseconds between looks at the corpus with --watch.
        #[arg(long, env = "ZHENGCE_WATCH_INTERVAL_MS", default_value_t = 2000)]
        watch_interval_ms: u64,
        /// Keep no query statistics at all (no /stats, nothing written).
        #[arg(long, env = "ZHENGCE_NO_QUERY_STATS")]
        no_query_stats: bool,
        /// File of the query statistics [default: query-stats.json in the index directory].
        #[arg(long, env = "ZHENGCE_QUERY_STATS")]
        query_stats: Option<PathBuf>,
        /// Most distinct queries the statistics remember.
        #[arg(long, env = "ZHENGCE_QUERY_STATS_CAPACITY", default_value_t = 10_000)]
        query_stats_capacity: usize,
        /// Token /stats and /api/stats ask for (`Authorization: Bearer TOKEN`, or the password
        /// of a browser's login); without it they are public.
        #[arg(long, env = "ZHENGCE_STATS_TOKEN", hide_env_values = true)]
        stats_token: Option<String>,
        /// Megabytes of recent results kept to answer repeated searches and questions at once
        /// (dropped when a new index generation is served); 0 keeps none.
        #[arg(long, env = "ZHENGCE_CACHE_MB", default_value_t = crate::server::cache::DEFAULT_CACHE_MB)]
        cache_mb: usize,
    },
    /// Search measures; without QUERY, read one query a line from standard input (JSON out).
    Search {
        /// The query.
        query: Option<String>,
        /// Only this region and the places inside it (`山东省/威海市`, or a name like 威海);
        /// repeat for several (any of them).
        #[arg(long)]
        region: Vec<String>,
        /// Only this domain (开办企业, 纳税, …); repeat for several.
        #[arg(long)]
        domain: Vec<String>,
        /// Only measures led by this unit (as the lead-unit facet lists it); repeat for several.
        #[arg(long)]
        lead_unit: Vec<String>,
        /// Only documents of this year; repeat for several.
        #[arg(long)]
        year: Vec<String>,
        /// Only measures for this group (小微企业, 个体工商户, …: data/beneficiaries.toml);
        /// repeat for several.
        #[arg(long)]
        beneficiary: Vec<String>,
        /// Only measures granting this (补贴奖励, 减税减免, …: data/benefit_types.toml); repeat
        /// for several.
        #[arg(long)]
        benefit_type: Vec<String>,
        /// Only documents dated in this month or later (`2021-03`).
        #[arg(long)]
        from: Option<String>,
        /// Only documents dated in this month or earlier (`2022-06`).
        #[arg(long)]
        to: Option<String>,
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
    /// --benefits, the benefit facts of the indexed measures against a gold file; with
    /// --regions, the documents' regions against a truth file.
    Eval {
        /// Questions files, one JSON object a line (see tests/eval/README.md), scored as one
        /// set; or with --benefits a gold file of benefit facts (tests/eval/BENEFITS.md).
        #[arg(required_unless_present = "regions", num_args = 1..)]
        files: Vec<PathBuf>,
        /// Truth file of document regions, one JSON object a line (`file`, `accept`, `kind`):
        /// prints the share of documents whose region is right, per kind.
        #[arg(long, conflicts_with_all = ["files", "ask", "benefits"])]
        regions: Option<PathBuf>,
        /// Score the citations of `ask` instead of search hits.
        #[arg(long, conflicts_with = "benefits")]
        ask: bool,
        /// Score beneficiaries, benefit types and amounts: precision and recall of each.
        #[arg(long)]
        benefits: bool,
        /// Also print each question's rank.
        #[arg(long)]
        verbose: bool,
        /// With --ask, print each failed question: the checks it failed (quote, top3, value,
        /// refused), its short answer, its quote and what was expected.
        #[arg(long, requires = "ask")]
        failures: bool,
    },
    /// Benchmarks on a corpus scaled up by the built-in generator (run with --release).
    Bench {
        /// What to measure.
        #[command(subcommand)]
        what: crate::bench::BenchCommand,
    },
}

/// `--max-file-mb` and `--max-measure-chars`, shared by `index` and `serve` (which builds the
/// index on first start and rebuilds it with `--watch`).
#[derive(Debug, clap::Args)]
pub struct CorpusLimits {
    /// Largest corpus file read, in MB; a larger one is skipped with a warning.
    #[arg(long, env = "ZHENGCE_MAX_FILE_MB", default_value_t = crate::corpus::Limits::DEFAULT_MAX_FILE_MB)]
    max_file_mb: u64,
    /// Longest measure, in characters; a longer one is split at sentence ends, with a warning.
    #[arg(long, env = "ZHENGCE_MAX_MEASURE_CHARS", default_value_t = crate::corpus::Limits::DEFAULT_MAX_MEASURE_CHARS)]
    max_measure_chars: usize,
}

impl CorpusLimits {
    /// The limits, refused with the parameter's name when one is too small to index anything.
    fn checked(&self) -> anyhow::Result<crate::corpus::Limits> {
        if self.max_file_mb == 0 {
            bail!("invalid parameter `--max-file-mb`: must be at least 1");
        }
        if self.max_measure_chars < 100 {
            bail!("invalid parameter `--max-measure-chars`: must be at least 100");
        }
        Ok(crate::corpus::Limits {
            max_file_bytes: self.max_file_mb.saturating_mul(1_000_000),
            max_measure_chars: self.max_measure_chars,
        })
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    init_logging()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Index {
            corpus,
            full,
            limits,
        } => index(&corpus, &cli.index, full, &limits.checked()?),
        Command::Serve {
            addr,
            corpus,
            limits,
            cors_origins,
            timeout_secs,
            header_timeout_secs,
            idle_timeout_secs,
            max_connections,
            max_searches,
            max_waiting,
            queue_timeout_ms,
            max_exports,
            export_timeout_secs,
            reload_interval_ms,
            watch,
            watch_interval_ms,
            no_query_stats,
            query_stats,
            query_stats_capacity,
            stats_token,
            cache_mb,
        } => {
            let stats_token = stats_token
                .map(|token| crate::server::access::StatsToken::new(&token))
                .transpose()
                .map_err(|reason| crate::Error::invalid("--stats-token", reason))?;
            let query_stats = if no_query_stats {
                None
            } else {
                Some(
                    query_stats
                        .unwrap_or_else(|| cli.index.join(crate::index::layout::QUERY_STATS_FILE)),
                )
            };
            let config = crate::server::ServeConfig {
                addr,
                index_dir: cli.index,
                corpus_dir: corpus,
                cors_origins,
                request_timeout: Duration::from_secs(timeout_secs),
                header_timeout: Duration::from_secs(header_timeout_secs),
                idle_timeout: Duration::from_secs(idle_timeout_secs),
                max_connections,
                max_searches: max_searches.unwrap_or_else(crate::server::default_max_searches),
                max_waiting,
                queue_timeout: Duration::from_millis(queue_timeout_ms),
                max_exports,
                export_timeout: Duration::from_secs(export_timeout_secs),
                reload_interval: Duration::from_millis(reload_interval_ms),
                watch_interval: watch.then(|| Duration::from_millis(watch_interval_ms)),
                query_stats,
                query_stats_capacity,
                stats_token,
                corpus_limits: limits.checked()?,
                cache_bytes: cache_mb.saturating_mul(1 << 20),
            };
            config.check()?;
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
            beneficiary,
            benefit_type,
            from,
            to,
            limit,
            json,
        } => {
            let engine = open(&cli.index)?;
            let month =
                |name, raw: Option<String>| raw.map(|raw| Month::parse(name, &raw)).transpose();
            let base = SearchQuery::builder()
                .filter(FacetKind::Region, region)
                .filter(FacetKind::Domain, domain)
                .filter(FacetKind::LeadUnit, lead_unit)
                .filter(FacetKind::Year, year)
                .filter(FacetKind::Beneficiary, beneficiary)
                .filter(FacetKind::BenefitType, benefit_type)
                .from(month("from", from)?)
                .to(month("to", to)?)
                .limit(limit)
                .build()?;
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
                    let answer = ask::ask(&engine, &q)?;
                    if json {
                        writeln!(out, "{}", serde_json::to_string_pretty(&answer)?)?;
                    } else {
                        writeln!(out, "{}", answer.to_text())?;
                    }
                }
                None => {
                    for_each_stdin_line(|q| Ok(serde_json::to_string(&ask::ask(&engine, q)?)?))?
                }
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
            files,
            benefits: true,
            verbose,
            ..
        } => {
            let engine = open(&cli.index)?;
            let [file] = files.as_slice() else {
                bail!("--benefits scores one gold file, got {}", files.len());
            };
            let gold = crate::extract::benefits::score::load_gold(file)?;
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
            files,
            regions,
            ask,
            verbose,
            failures,
            ..
        } => {
            let engine = open(&cli.index)?;
            if let Some(truth) = regions {
                let truth = crate::region_eval::load_truth(&truth)?;
                let report = crate::region_eval::score(&truth, &engine.all_measures()?);
                write!(out, "{}", report.to_table())?;
                if verbose {
                    for (file, kind, accept, found) in &report.wrong {
                        let found = if found.is_empty() { "-" } else { found };
                        writeln!(out, "wrong\t{file}\t{kind}\t{}\t{found}", accept.join("|"))?;
                    }
                }
                return Ok(());
            }
            if files.is_empty() {
                bail!("a questions file or --regions is needed");
            }
            let questions = eval::load_question_files(&files)?;
            let report = if ask {
                let full = eval::evaluate_ask(&engine, &questions)?;
                write!(out, "{}", full.to_table())?;
                if failures {
                    for text in full.outcomes.iter().filter_map(eval::Outcome::failure_text) {
                        write!(out, "{text}")?;
                    }
                }
                if verbose {
                    for o in &full.outcomes {
                        let value = o
                            .value
                            .map_or("-", |v| if v { "value" } else { "VALUE-MISS" });
                        writeln!(
                            out,
                            "{}\t{}\t{}\t{value}\t{}",
                            o.id,
                            if o.found { "found" } else { "refused" },
                            if o.quoted { "quoted" } else { "-" },
                            o.answer.replace('\n', " / ")
                        )?;
                    }
                }
                full.citations
            } else {
                let report = eval::evaluate_search(&engine, &questions)?;
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

fn index(
    corpus: &Path,
    index_dir: &Path,
    full: bool,
    limits: &crate::corpus::Limits,
) -> anyhow::Result<()> {
    let rebuild = if full {
        crate::index::Rebuild::Full
    } else {
        crate::index::Rebuild::Changed
    };
    let report = crate::index::build_with(corpus, index_dir, rebuild, limits)?;
    for skipped in &report.skipped {
        eprintln!("warning: skipped {skipped}");
    }
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for doc in &report.empty_documents {
        eprintln!("warning: no measures found in {doc}");
    }
    // 「N measures」 as the home page counts them; the records a law's 总则/附则 and a plan's
    // goals add, named apart when there are any.
    let measures = if report.records > report.measures {
        format!(
            "{} measures (and {} records of general provisions and goals)",
            report.measures,
            report.records - report.measures
        )
    } else {
        format!("{} measures", report.measures)
    };
    if report.unchanged {
        println!(
            "index is up to date: {measures} from {} documents in {} files, generation {} in {}",
            report.documents,
            report.files,
            report.generation,
            report.index_dir.display()
        );
    } else {
        println!(
            "indexed {measures} from {} documents in {} files into {} (generation {}; {} files read, {} removed)",
            report.documents,
            report.files,
            report.index_dir.display(),
            report.generation,
            report.extracted_files,
            report.removed_files
        );
    }
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
    for unknown in &results.unknown {
        writeln!(
            out,
            "--{}: {}",
            unknown.kind.param().replace('_', "-"),
            unknown.message
        )?;
    }
    writeln!(out, "{} measures", results.total)?;
    for (rank, hit) in results.hits.iter().enumerate() {
        let title = hit.measure.title.as_deref().unwrap_or("");
        writeln!(
            out,
            "\n{}. [{}] {} {}",
            rank + 1,
            hit.measure.id,
            title,
            hit.measure.doc_title
        )?;
        writeln!(out, "   {}", hit.snippet.text)?;
        let mut facts = vec![hit.measure.region.clone(), hit.measure.domain.clone()];
        if !hit.measure.lead_units.is_empty() {
            facts.push(format!("牵头单位 {}", hit.measure.lead_units.join("、")));
        }
        if !hit.measure.deadlines.is_empty() {
            facts.push(format!("完成时限 {}", hit.measure.deadlines.join("、")));
        }
        writeln!(out, "   {}", facts.join(" · "))?;
    }
    Ok(())
}

/// Logs to standard error: the level from `ZHENGCE_LOG` (default `info`), one JSON object a
/// line with `ZHENGCE_LOG_FORMAT=json` (for log collectors), colours only on a terminal.
fn init_logging() -> anyhow::Result<()> {
    use std::io::IsTerminal;
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("ZHENGCE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match std::env::var("ZHENGCE_LOG_FORMAT").as_deref() {
        Ok("json") => {
            let _ = builder.json().with_ansi(false).try_init();
        }
        Ok("text") | Err(std::env::VarError::NotPresent) => {
            let _ = builder
                .with_ansi(std::io::stderr().is_terminal())
                .try_init();
        }
        Ok(other) => bail!(
            "invalid environment variable `ZHENGCE_LOG_FORMAT`: `{other}`; use `json` or `text`"
        ),
        Err(err) => bail!("invalid environment variable `ZHENGCE_LOG_FORMAT`: {err}"),
    }
    Ok(())
}
