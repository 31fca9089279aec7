//! Benchmarks on a corpus scaled up by [`generate`]: ingestion throughput (MB of text per
//! second, end to end and of segmentation alone) and search latency (p50/p99 of a mixed query
//! set). Figures in the README come from these commands; run them with `--release`.
//!
//! The generator rewrites the seed texts of `corpus/` for other places of the gazetteer (a
//! 威海 plan becomes a plan of some other city, with its names throughout) and stores every
//! tenth file as GB18030, so the scaled corpus exercises the same pipeline as the real one:
//! decoding, normalisation, outline, attribution and region inference from the text.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

use crate::search::request::{FacetKind, Filters};
use crate::search::{SearchEngine, SearchQuery};

/// What `zhengce bench` measures.
#[derive(Debug, clap::Subcommand)]
pub enum BenchCommand {
    /// Write a scaled corpus of at least `--mb` megabytes to OUT.
    Generate {
        /// Output directory (created; must be empty or missing).
        out: PathBuf,
        /// Size in MB (10^6 bytes) of text.
        #[arg(long, default_value_t = 50)]
        mb: usize,
        /// Seed corpus whose texts are rewritten.
        #[arg(long, default_value = "corpus")]
        corpus: PathBuf,
    },
    /// Ingestion throughput: generate a corpus, then time segmentation alone and a full build.
    Ingest {
        /// The generated corpus.
        #[command(flatten)]
        scaled: Scaled,
    },
    /// Search latency over the index of a generated corpus (built first if missing).
    Search {
        /// The generated corpus and its index.
        #[command(flatten)]
        scaled: Scaled,
        /// Questions file whose questions (plus filtered and keyword variants) make the query mix.
        #[arg(long, default_value = "tests/eval/questions.jsonl")]
        queries: PathBuf,
        /// Times the whole query mix is run.
        #[arg(long, default_value_t = 20)]
        rounds: usize,
    },
}

/// A corpus scaled up by [`generate`], kept under a working directory with its index (on
/// disk: the index is read through the operating system's page cache, as a server reads it).
#[derive(Debug, clap::Args)]
pub struct Scaled {
    /// Size of the generated corpus in MB (50 MB gives over 100,000 measures).
    #[arg(long, default_value_t = 50)]
    mb: usize,
    /// Size the corpus by measures instead (`--measures 1000000`: about 450 MB of text, a
    /// province's worth); overrides --mb.
    #[arg(long)]
    measures: Option<usize>,
    /// Seed corpus whose texts are rewritten.
    #[arg(long, default_value = "corpus")]
    corpus: PathBuf,
    /// Working directory for the generated corpus and its index.
    #[arg(long, default_value = "target/bench")]
    work: PathBuf,
}

/// Runs a benchmark.
pub fn run(what: BenchCommand) -> anyhow::Result<()> {
    if cfg!(debug_assertions) {
        eprintln!(
            "warning: this is a debug build; run benchmarks with `cargo run --release -- bench …`"
        );
    }
    match what {
        BenchCommand::Generate { out, mb, corpus } => {
            let stats = generate(&corpus, &out, Size::Bytes(mb * 1_000_000))?;
            println!(
                "wrote {} files, {:.1} MB, to {}",
                stats.files,
                mb_of(stats.bytes),
                out.display()
            );
            Ok(())
        }
        BenchCommand::Ingest { scaled } => ingest(&scaled),
        BenchCommand::Search {
            scaled,
            queries,
            rounds,
        } => search(&scaled, &queries, rounds),
    }
}

/// What [`generate`] wrote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Generated {
    /// Files written.
    pub files: usize,
    /// Bytes of text written (before any GB18030 encoding).
    pub bytes: usize,
    /// Measures written (counted only when generating by measures).
    pub measures: usize,
}

/// How much [`generate`] writes.
#[derive(Debug, Clone, Copy)]
pub enum Size {
    /// At least this many bytes of text.
    Bytes(usize),
    /// At least this many measures (each seed's measures counted once, on its first copy).
    Measures(usize),
}

/// Writes policy text to `out` until `size` is reached, rewriting the seed texts of `corpus`
/// for other places. Deterministic: the same seeds give the same corpus.
pub fn generate(corpus: &Path, out: &Path, size: Size) -> anyhow::Result<Generated> {
    let seeds = seed_texts(corpus)?;
    if seeds.is_empty() {
        bail!("{}: no .txt seed texts to scale up", corpus.display());
    }
    if out.exists() && std::fs::read_dir(out)?.next().is_some() {
        bail!("{}: output directory is not empty", out.display());
    }
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let places = places();
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut stats = Generated::default();
    let mut seed_measures: Vec<Option<usize>> = vec![None; seeds.len()];
    let reached = |stats: &Generated| match size {
        Size::Bytes(bytes) => stats.bytes >= bytes,
        Size::Measures(measures) => stats.measures >= measures,
    };
    while !reached(&stats) {
        let seed_index = stats.files % seeds.len();
        let seed = &seeds[seed_index];
        let place = &places[rng.below(places.len())];
        let text = relocate(seed, place);
        let path = out.join(format!("gen_{:05}.txt", stats.files));
        let bytes = if stats.files % 10 == 9 {
            encoding_rs::GB18030.encode(&text).0.into_owned()
        } else {
            text.clone().into_bytes()
        };
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        if let Size::Measures(_) = size {
            let count = match seed_measures[seed_index] {
                Some(count) => count,
                None => {
                    let file = crate::corpus::CorpusFile {
                        path: path.clone(),
                        rel: path.strip_prefix(out).unwrap_or(&path).to_path_buf(),
                        stem: format!("gen_{:05}", stats.files),
                    };
                    let loaded = crate::corpus::load_file(&file, &crate::corpus::Limits::default());
                    let count = loaded
                        .documents
                        .iter()
                        .map(|d| crate::extract::measures(d).len())
                        .sum();
                    seed_measures[seed_index] = Some(count);
                    count
                }
            };
            stats.measures += count;
        }
        stats.files += 1;
        stats.bytes += text.len();
    }
    Ok(stats)
}

/// An input of a benchmark that cannot be read (the seed corpus, the questions file): the
/// path as given, the option that sets it, the directory a relative path is read from (the
/// defaults are relative to the repository's top) and why.
#[derive(Debug, thiserror::Error)]
#[error(
    "cannot read the {what} {} ({option} sets it; a relative path is read from {}): {reason}",
    path.display(),
    cwd.display()
)]
pub struct InputError {
    /// What the path is for.
    what: &'static str,
    /// The path as given.
    path: PathBuf,
    /// The command-line option that sets it.
    option: &'static str,
    /// The working directory a relative path is read from.
    cwd: PathBuf,
    /// Why it cannot be read.
    reason: String,
}

impl InputError {
    fn new(what: &'static str, path: &Path, option: &'static str, err: std::io::Error) -> Self {
        InputError {
            what,
            path: path.to_path_buf(),
            option,
            cwd: std::env::current_dir().unwrap_or_default(),
            reason: err.to_string(),
        }
    }
}

/// The seed texts: every `.txt` of the corpus directory, in name order.
fn seed_texts(corpus: &Path) -> anyhow::Result<Vec<String>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus)
        .map_err(|err| InputError::new("seed corpus directory", corpus, "--corpus", err))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
        })
        .collect()
}

/// A county-level place of the gazetteer with its city and province, in the short forms
/// ([`short_form`](crate::corpus::gazetteer::short_form)) that queries also resolve.
#[derive(Debug, Clone)]
struct Place {
    province: String,
    city: String,
    county: String,
}

/// The place names the seed texts use, with the part of a [`Place`] each one becomes.
/// Picks the part of a place that replaces a seed name.
type PlacePart = fn(&Place) -> &str;

const SEED_NAMES: [(&str, PlacePart); 9] = [
    ("威海", |p| &p.city),
    ("乳山", |p| &p.county),
    ("经区", |p| &p.county),
    ("鲅鱼圈", |p| &p.county),
    ("营口", |p| &p.city),
    ("莱州", |p| &p.county),
    ("烟台", |p| &p.city),
    ("山东", |p| &p.province),
    ("辽宁", |p| &p.province),
];

fn relocate(seed: &str, place: &Place) -> String {
    let mut text = seed.to_owned();
    for (name, part) in SEED_NAMES {
        text = text.replace(name, part(place));
    }
    text
}

/// County-level places of the gazetteer under a prefecture city (no zones, no municipalities).
fn places() -> Vec<Place> {
    use crate::corpus::gazetteer::{short_form, Level, GAZETTEER};
    GAZETTEER
        .places
        .iter()
        .filter(|place| place.level == Level::County && !place.is_zone())
        .filter_map(
            |place| match place.path.split('/').collect::<Vec<_>>()[..] {
                [province, city, county] => Some(Place {
                    province: short_form(province).to_owned(),
                    city: short_form(city).to_owned(),
                    county: short_form(county).to_owned(),
                }),
                _ => None,
            },
        )
        .collect()
}

/// A tiny deterministic generator (xorshift64): benchmarks must be reproducible, and a
/// dependency for this would be heavier than the four lines it takes.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn mb_of(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

impl Scaled {
    /// The size asked for, and its name in the working directory.
    fn size(&self) -> (Size, String) {
        match self.measures {
            Some(n) => (Size::Measures(n), format!("{n}m")),
            None => (Size::Bytes(self.mb * 1_000_000), format!("{}mb", self.mb)),
        }
    }

    /// The generated corpus, written first if missing.
    fn corpus_dir(&self) -> anyhow::Result<PathBuf> {
        let (size, name) = self.size();
        let dir = self.work.join(format!("corpus-{name}"));
        if !dir.exists() {
            let started = Instant::now();
            let stats = generate(&self.corpus, &dir, size)?;
            eprintln!(
                "generated {} files ({:.1} MB) in {:.1?} at {}",
                stats.files,
                mb_of(stats.bytes),
                started.elapsed(),
                dir.display()
            );
        }
        Ok(dir)
    }

    /// Where the generated corpus's index lives.
    fn index_dir(&self) -> PathBuf {
        self.work.join(format!("index-{}", self.size().1))
    }
}

fn ingest(scaled: &Scaled) -> anyhow::Result<()> {
    let dir = scaled.corpus_dir()?;

    let started = Instant::now();
    let loaded = crate::corpus::load_dir(&dir)?;
    let load_time = started.elapsed();
    let bytes: usize = loaded.documents.iter().map(|d| d.text.len()).sum();

    let started = Instant::now();
    let tokens: usize = loaded
        .documents
        .iter()
        .map(|d| crate::index::count_tokens(&d.text))
        .sum();
    let segment_time = started.elapsed();

    let started = Instant::now();
    let measures: usize = loaded
        .documents
        .iter()
        .map(|d| crate::extract::measures(d).len())
        .sum();
    let extract_time = started.elapsed();

    let index_dir = scaled.index_dir();
    let started = Instant::now();
    // Every file read again, as on a first build (an update would skip the unchanged ones).
    let report = crate::index::build_with(
        &dir,
        &index_dir,
        crate::index::Rebuild::Full,
        &crate::corpus::Limits::default(),
    )?;
    let build_time = started.elapsed();

    let rate = |d: Duration| mb_of(bytes) / d.as_secs_f64();
    println!(
        "corpus: {} documents, {:.1} MB of normalised text, {} measures",
        loaded.documents.len(),
        mb_of(bytes),
        measures
    );
    println!(
        "read + decode + normalise: {:>8.1?}  {:>7.1} MB/s",
        load_time,
        rate(load_time)
    );
    println!(
        "segmentation alone:        {:>8.1?}  {:>7.1} MB/s  ({} tokens)",
        segment_time,
        rate(segment_time),
        tokens
    );
    println!(
        "outline + attribution:     {:>8.1?}  {:>7.1} MB/s",
        extract_time,
        rate(extract_time)
    );
    println!(
        "end to end (zhengce index): {:>7.1?}  {:>7.1} MB/s  ({} measures indexed)",
        build_time,
        rate(build_time),
        report.measures
    );
    Ok(())
}

/// The query mix: every question as asked, its keywords with a region filter, and with a
/// domain filter, so the mix covers free text, keywords and filtered searches.
fn query_mix(questions: &Path) -> anyhow::Result<Vec<SearchQuery>> {
    if let Err(err) = std::fs::metadata(questions) {
        return Err(InputError::new("questions file", questions, "--queries", err).into());
    }
    let questions = crate::eval::load_questions(questions)?;
    let mut mix = Vec::new();
    for question in &questions {
        mix.push(SearchQuery {
            q: question.question.clone(),
            ..Default::default()
        });
        if let Some(domain) = &question.domain {
            mix.push(SearchQuery {
                q: question.question.clone(),
                filters: Filters::one(FacetKind::Domain, domain),
                ..Default::default()
            });
        }
        if let Some(region) = &question.region {
            mix.push(SearchQuery {
                q: question.question.clone(),
                filters: Filters::one(FacetKind::Region, region),
                ..Default::default()
            });
        }
    }
    Ok(mix)
}

fn search(scaled: &Scaled, queries: &Path, rounds: usize) -> anyhow::Result<()> {
    let index_dir = scaled.index_dir();
    if crate::index::generation::current(&index_dir)?.is_none() {
        let dir = scaled.corpus_dir()?;
        let started = Instant::now();
        let report = crate::index::build(&dir, &index_dir)?;
        eprintln!(
            "indexed {} measures in {:.1?}",
            report.measures,
            started.elapsed()
        );
    }
    // The peak memory reported is the search's, not the build's (Linux: "5" resets the
    // peak resident set size; elsewhere nothing happens).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let started = Instant::now();
    let engine = SearchEngine::open(&index_dir)?;
    let opened = started.elapsed();
    // What a server does before it listens: the jieba dictionary, the partial-word tables.
    let started = Instant::now();
    engine.warm_up();
    let warmed = started.elapsed();
    let measures = engine.overview()?.measures;
    let mix = query_mix(queries)?;
    for query in &mix {
        engine.search(query)?; // warm-up: caches, lazily loaded dictionaries
    }
    let mut latencies = Vec::with_capacity(mix.len() * rounds);
    let cpu_before = thread_cpu_ns();
    let started = Instant::now();
    for _ in 0..rounds {
        for query in &mix {
            let t = Instant::now();
            std::hint::black_box(engine.search(query)?);
            latencies.push(t.elapsed());
        }
    }
    let wall = started.elapsed();
    let cpu = thread_cpu_ns()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!(
        "index: {measures} measures; query mix: {} queries x {rounds} rounds, one thread",
        mix.len()
    );
    println!(
        "start-up: index opened in {opened:.2?}, warmed up in {warmed:.2?} (partial-word tables)"
    );
    println!(
        "latency p50 {:.2?}  p90 {:.2?}  p99 {:.2?}  max {:.2?}  ({:.0} queries/s)",
        pct(0.50),
        pct(0.90),
        pct(0.99),
        latencies[latencies.len() - 1],
        latencies.len() as f64 / wall.as_secs_f64()
    );
    if let Some(ns) = cpu {
        // Time on a core, not waiting for one: steadier than the latencies on a shared machine.
        println!(
            "cpu time of the timed searches: {:.2} ms a query (this thread, {:.1} s in all)",
            ns as f64 / 1e6 / latencies.len() as f64,
            ns as f64 / 1e9
        );
    }
    match peak_rss_kb() {
        Some(kb) => println!(
            "peak resident memory of this process: {:.0} MB (index files on disk, mapped)",
            kb as f64 / 1024.0
        ),
        None => println!("peak resident memory: not available on this system"),
    }
    Ok(())
}

/// The time the calling thread has spent on a core, in ns (the first field of
/// `/proc/thread-self/schedstat`, Linux).
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// The process's peak resident set size in kB (`VmHWM` of `/proc/self/status`, Linux).
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relocation_renames_every_seed_place() {
        let place = Place {
            province: "江苏".into(),
            city: "苏州".into(),
            county: "昆山".into(),
        };
        let text = relocate("威海市 鲅鱼圈区 山东省 莱州市", &place);
        assert_eq!(text, "苏州市 昆山区 江苏省 昆山市");
    }

    #[test]
    fn an_unreadable_input_names_its_path_and_its_option() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-corpus");
        let err = generate(&missing, &dir.path().join("out"), Size::Bytes(1)).unwrap_err();
        let message = format!("{err:#}");
        assert!(
            message.contains(&missing.display().to_string()),
            "{message}"
        );
        assert!(message.contains("--corpus"), "{message}");
        let missing = dir.path().join("questions.jsonl");
        let message = format!("{:#}", query_mix(&missing).unwrap_err());
        assert!(
            message.contains(&missing.display().to_string()),
            "{message}"
        );
        assert!(message.contains("--queries"), "{message}");
    }

    #[test]
    fn places_come_from_the_gazetteer_without_placeholders() {
        let places = places();
        assert!(places.len() > 2000);
        assert!(places
            .iter()
            .all(|p| p.city != "市辖区" && !p.city.contains("直辖")));
    }
}
