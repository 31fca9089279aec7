#!/usr/bin/env python3
"""Where a request's CPU time goes, by stage: reads `perf script --no-inline -F comm,tid,ip,sym`
of a profile of `zhengce serve` (README, "Where search time goes") and gives each sample to
the innermost stage whose marker (a pattern on a function name, STAGES) is on its call stack,
walking from the leaf up; "inclusive" counts every sample with the marker anywhere on it.
With --index, the stages of a build (`zhengce index`, README "Indexing") instead.

    python3 bench/stages.py script.txt
    python3 bench/stages.py --index script.txt"""
import re, sys, collections
# (stage, regex on a frame's symbol); earlier = checked first at each frame
STAGES = [
    ("filter: concept filter (ConceptScorer)", r"matching::ConceptScorer"),
    ("collect: top-k + count + facets", r"SegmentCollector>::collect|FacetSegmentCounter|facets::"),
    ("rerank (incl. its stored-doc decode)", r"rank::Ranker::rerank|load_for_rerank"),
    ("load shown hits (stored JSON)", r"SearchEngine::load\b|SearchEngine>::load\b|engine::SearchEngine::load$"),
    ("snippets", r"snippet::"),
    ("ticked facets recount", r"count_ticked_facets"),
    ("query analysis (jieba)", r"analysis::analyze|Analysis|jieba"),
    ("partial-word variants", r"partial::"),
    ("concepts / query building", r"Ranker::concepts|concept_filter|scoring_query|full_query|Weight>::scorer$|Query>::weight$|create_aligned"),
    ("scoring (union, phrases, BM25) in the collection pass", r"Searcher::search|collect_segment|BooleanWeight"),
    ("search: other", r"retrieval::<impl zhengce::search::engine::SearchEngine>::run"),
    ("JSON serialisation", r"serde_json|Serialize|serialize"),
    ("logging/tracing", r"tracing"),
    ("HTTP (hyper/axum/tokio)", r"hyper|axum|tokio|tower|mio|epoll|__libc_send|__send|recv|sys_|syscall"),
]
# the stages of `zhengce index`: reading, extraction (both cores, file by file), analysis
# (both cores, a batch ahead of tantivy), tantivy's one indexing thread and its helpers
INDEX_STAGES = [
    ("extraction: benefit facts", r"extract::benefits::"),
    ("extraction: outline, attribution, units, deadlines, domains", r"zhengce::extract::"),
    ("reading: region inference", r"corpus::region::|corpus::gazetteer"),
    ("reading: decoding (incl. encoding detection)", r"corpus::decode::"),
    ("reading: normalisation", r"corpus::normalize::"),
    ("reading: other (metadata, splitting documents)", r"zhengce::corpus::"),
    ("analysis: jieba words (title, text, units, section)", r"analyzer::words"),
    ("analysis: character bigrams", r"analyzer::bigrams"),
    ("analysis: the stored record (JSON)", r"serde_json|serialize"),
    ("analysis: other", r"write::to_document"),
    ("tantivy: doc store compression", r"store::writer|lz4_flex|docstore"),
    ("tantivy: indexing thread (postings, token copies, flushes)", r"index_writer::index_documents"),
    ("tantivy: commit, merges", r"merge|segment_updater|commit"),
    ("corpus listing and hashing", r"index::corpus_files|manifest::"),
    ("texts and documents files", r"index::texts::|write::write_generation|write::write_into"),
]
if "--index" in sys.argv:
    sys.argv.remove("--index")
    STAGES = INDEX_STAGES
pats = [(s, re.compile(p)) for s, p in STAGES]
count = collections.Counter(); total = 0
incl = collections.Counter()
def flush(frames):
    global total
    if not frames: return
    total += 1
    stage = "other"
    for f in frames:  # leaf first
        hit = next((s for s, p in pats if p.search(f)), None)
        if hit: stage = hit; break
    count[stage] += 1
    seen = set()
    for f in frames:
        for s, p in pats:
            if s not in seen and p.search(f): seen.add(s)
    for s in seen: incl[s] += 1
frames = []
for line in open(sys.argv[1], errors="replace"):
    if not line.strip():
        flush(frames); frames = []; continue
    if line[0] not in " \t":
        flush(frames); frames = []; continue
    parts = line.split(None, 1)
    frames.append(parts[1].strip() if len(parts) > 1 else "")
flush(frames)
print(f"{total} samples")
print("| innermost stage | share | inclusive |")
print("|---|---|---|")
for s, n in count.most_common():
    print(f"| {s} | {100*n/total:.1f}% | {100*incl.get(s,0)/total:.1f}% |")
