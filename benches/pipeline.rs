//! Throughput of newsclean on real pages, read against floors measured in
//! the same run.
//!
//! Run with `cargo bench --bench pipeline` (add `--features rayon` for the
//! `batch` group). Every figure is bytes of input per second
//! (`Throughput::Bytes`); criterion prints it as MiB/s.
//!
//! # Inputs
//!
//! Tiers cut from the pages under `fixtures/` (every `NAME.txt` that is not
//! an `.expected.txt` or `.gold.txt`, subdirectories included, so pages
//! added there later are picked up):
//!
//! - `snippet`: the leading lines of `ar-news-003.txt`, under 200 bytes (a
//!   headline and a date line);
//! - `page`: `ar-news-003.txt` whole (~27 KB of Arabic);
//! - `batch_1mb`: the pages in path order, concatenated (cycling if needed)
//!   into one input of at least 1 MiB — Arabic pages and the benchmark
//!   pages of many languages in `fixtures/bench/`;
//! - `page_1mb` (groups `baseline`, `pipeline` and `document` only):
//!   `ar-news-003.txt` repeated to 1 MiB, the same text as `page` at 38
//!   times the size, so that linearity reads apart from content.
//!
//! Every timed closure checks its result (output length, removal count,
//! match count) against a value computed before timing, so a change that is
//! fast because it is wrong fails the benchmark.
//!
//! # Groups and the question each answers
//!
//! - `baseline`: how fast can anything read these bytes? `lines` is
//!   `str::lines().count()`, `memchr_lines` counts lines with memchr, and
//!   `ac_scan` is ONE Aho-Corasick scan (DFA kind forced) of every built-in
//!   marker phrase, folded, over the whole raw input: the floor that any
//!   cleaner matching phrases pays. Read the other groups as ratios of
//!   these.
//! - `pipeline`: what does `Pipeline::default().clean` cost end to end, and
//!   is it linear (the same MiB/s on `page` and on `batch_1mb`)?
//! - `document`: what does the shared line model cost with no cleaner at all
//!   (`Pipeline::empty().clean`: split, trim, fold, marker scan, features,
//!   render)? Every cleaner pays this once per document.
//! - `cleaner_<name>`: what does each built-in cleaner cost run alone
//!   (`PipelineBuilder::empty().push(X)`, document and render included)?
//!   The cleaner's own share is this minus `document`.
//! - `build`: what does building a pipeline cost, with the built-in lexicon
//!   (`Pipeline::builder().build()`) and with one user marker (which
//!   compiles a new automaton)?
//! - `batch` (feature `rayon`): does `Pipeline::clean_batch` scale from one
//!   to two threads on a batch of pages (every page, 16 times)?

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime};
use newsclean::cleaners::{
    CaptionCleaner, DEFAULT_ORDER, DuplicateCleaner, EndOfArticleCleaner, MetadataCleaner, NavigationCleaner,
    NoticeCleaner, RelatedCleaner, SocialCleaner, WhitespaceCleaner,
};
use newsclean::{Category, Lexicon, Pipeline, PipelineBuilder, Scope};

/// The page used for the `page` tier and cut for the `snippet` tier.
const PAGE: &str = "ar-news-003.txt";
/// Size of the `batch_1mb` tier.
const BATCH_BYTES: usize = 1 << 20;

/// Every input page under `fixtures/` (subdirectories included), sorted by
/// path: every `NAME.txt` that is not a reference (`.expected.txt`,
/// `.gold.txt`).
fn pages() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("benchmarks read pages from {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("readable fixtures/ entry").path();
            if path.is_dir() {
                walk(&path, out);
                continue;
            }
            let name = path.to_string_lossy().into_owned();
            if !name.ends_with(".txt") || name.ends_with(".expected.txt") || name.ends_with(".gold.txt") {
                continue;
            }
            let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((name, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"), &mut out);
    out.sort();
    out
}

/// The tiers: (name, text).
fn tiers() -> Vec<(&'static str, String)> {
    let pages = pages();
    let page = pages.iter().find(|(n, _)| n.ends_with(PAGE)).map(|(_, t)| t.clone()).expect("fixtures/ar-news-003.txt");
    let mut snippet = String::new();
    for line in page.split_inclusive('\n') {
        if snippet.len() + line.len() >= 200 {
            break;
        }
        snippet.push_str(line);
    }
    assert!(!snippet.is_empty() && snippet.len() < 200);
    let batch = concat_to(BATCH_BYTES, pages.iter().map(|(_, t)| t.as_str()));
    vec![("snippet", snippet), ("page", page), ("batch_1mb", batch)]
}

/// `page` repeated to 1 MiB: the same text as the `page` tier, 38 times the
/// size, to read linearity apart from content.
fn page_1mb() -> (&'static str, String) {
    let page = tiers().swap_remove(1).1;
    ("page_1mb", concat_to(BATCH_BYTES, std::iter::repeat(page.as_str())))
}

/// Pages one after the other (each ending with a blank line), cycling
/// through them, until at least `bytes`.
fn concat_to<'p>(bytes: usize, pages: impl Iterator<Item = &'p str> + Clone) -> String {
    let mut out = String::with_capacity(bytes + (64 << 10));
    for text in pages.cycle() {
        if out.len() >= bytes {
            break;
        }
        out.push_str(text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// A pipeline running the built-in cleaner `name` alone.
fn alone(name: &str) -> Pipeline {
    let mut b = PipelineBuilder::empty();
    match name {
        "whitespace" => b.push(WhitespaceCleaner),
        "notices" => b.push(NoticeCleaner),
        "metadata" => b.push(MetadataCleaner),
        "social" => b.push(SocialCleaner),
        "end_of_article" => b.push(EndOfArticleCleaner),
        "related" => b.push(RelatedCleaner),
        "navigation" => b.push(NavigationCleaner),
        "captions" => b.push(CaptionCleaner),
        "duplicates" => b.push(DuplicateCleaner),
        // A cleaner added to the default order later: keep it, drop the rest.
        _ => {
            b = Pipeline::builder();
            for other in DEFAULT_ORDER.iter().filter(|&&o| o != name) {
                b.remove(other);
            }
            &mut b
        }
    };
    let p = b.build().expect("built-in cleaners build");
    assert_eq!(p.stage_names(), [name]);
    p
}

/// Sets the group's throughput to the input's length.
fn define<'c>(c: &'c mut Criterion, group: &str, len: usize) -> BenchmarkGroup<'c, WallTime> {
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(len as u64));
    g
}

/// Benchmarks `pipeline.clean` on every tier, checking the output.
fn bench_pipeline(c: &mut Criterion, group: &str, pipeline: &Pipeline, tiers: &[(&'static str, String)]) {
    for (tier, text) in tiers {
        let want = pipeline.clean(text);
        let (want_len, want_removals) = (want.text().len(), want.report().len());
        let mut g = define(c, group, text.len());
        g.bench_function(*tier, |b| {
            b.iter(|| {
                let out = pipeline.clean(black_box(text));
                assert_eq!((out.text().len(), out.report().len()), (want_len, want_removals));
                out
            })
        });
        g.finish();
    }
}

fn baseline(c: &mut Criterion) {
    let mut tiers = tiers();
    tiers.push(page_1mb());
    let phrases: Vec<String> = Lexicon::builtin().markers().iter().map(|m| newsclean::text::fold(&m.phrase)).collect();
    let ac: AhoCorasick = AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::Standard)
        .build(&phrases)
        .expect("the marker phrases compile into a DFA");
    for (tier, text) in &tiers {
        let want_lines = text.lines().count();
        let want_matches = ac.find_iter(text).count();
        let mut g = define(c, "baseline", text.len());
        g.bench_function(format!("lines/{tier}"), |b| {
            b.iter(|| assert_eq!(black_box(text.as_str()).lines().count(), want_lines))
        });
        g.bench_function(format!("memchr_lines/{tier}"), |b| {
            b.iter(|| {
                let bytes = black_box(text.as_bytes());
                let n = memchr::memchr_iter(b'\n', bytes).count() + usize::from(!bytes.ends_with(b"\n"));
                assert_eq!(n, want_lines);
            })
        });
        g.bench_function(format!("ac_scan/{tier}"), |b| {
            b.iter(|| assert_eq!(ac.find_iter(black_box(text.as_str())).count(), want_matches))
        });
        g.finish();
    }
}

fn pipeline(c: &mut Criterion) {
    let mut tiers = tiers();
    tiers.push(page_1mb());
    bench_pipeline(c, "pipeline", &Pipeline::default(), &tiers);
    bench_pipeline(c, "document", &Pipeline::empty(), &tiers);
}

fn cleaners(c: &mut Criterion) {
    let tiers = tiers();
    for name in DEFAULT_ORDER {
        bench_pipeline(c, &format!("cleaner_{name}"), &alone(name), &tiers);
    }
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.bench_function("builtin", |b| {
        b.iter(|| {
            let p = Pipeline::builder().build().expect("default pipeline builds");
            assert_eq!(p.stage_names().len(), DEFAULT_ORDER.len());
            p
        })
    });
    g.bench_function("user_marker", |b| {
        b.iter(|| {
            let p = Pipeline::builder()
                .marker("nl", Category::Related, Scope::Start, "Lees ook")
                .build()
                .expect("pipeline with a user marker builds");
            assert_eq!(p.lexicon().len(), Lexicon::builtin().len() + 1);
            p
        })
    });
    g.finish();
}

#[cfg(feature = "rayon")]
fn batch(c: &mut Criterion) {
    let pages = pages();
    // Enough pages that each thread gets many: every page, 16 times.
    let docs: Vec<&str> = (0..16).flat_map(|_| pages.iter().map(|(_, t)| t.as_str())).collect();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let pipeline = Pipeline::default();
    let want: usize = docs.iter().map(|d| pipeline.clean(d).text().len()).sum();
    let mut g = define(c, "batch", bytes);
    // One iteration takes most of a second.
    g.sample_size(10);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
        g.bench_function(format!("clean_batch/{threads}_threads"), |b| {
            b.iter(|| {
                let out = pool.install(|| pipeline.clean_batch(black_box(&docs)));
                assert_eq!(out.iter().map(|c| c.text().len()).sum::<usize>(), want);
                out
            })
        });
    }
    g.finish();
}

#[cfg(not(feature = "rayon"))]
fn batch(_: &mut Criterion) {}

fn config() -> Criterion {
    Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = baseline, pipeline, cleaners, build, batch
}
criterion_main!(benches);
