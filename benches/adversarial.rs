//! Does cleaning take time proportional to the input on adversarial pages?
//!
//! Each adversarial input runs at two sizes, ten times apart, with
//! `Throughput::Bytes`: linear time shows as the same MB/s at both sizes
//! (super-linear time would divide it by ten or more). An input whose
//! report outgrows the CPU caches (one removal per whitespace run in
//! `single_line_spaced`) slows down once at that size, then stays flat.
//! Inputs come from `benches/adversarial_inputs/` (shared with
//! `tests/adversarial.rs`). Every iteration checks its result against a
//! fact known without the library, so a wrong-but-fast change cannot pass
//! for a speed-up.
//!
//! ```sh
//! cargo bench --bench adversarial
//! ```

#[path = "adversarial_inputs/mod.rs"]
mod inputs;

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime,
};
use newsclean::{Cleaned, Pipeline};

const MB: usize = 1 << 20;

/// Benchmarks `pipeline` on `input` with the throughput set, checking each
/// result with `check`.
fn define(
    group: &mut BenchmarkGroup<'_, WallTime>,
    pipeline: &Pipeline,
    size: &str,
    input: &[u8],
    check: impl Fn(&Cleaned),
) {
    group.throughput(Throughput::Bytes(input.len() as u64));
    group.bench_with_input(BenchmarkId::from_parameter(size), input, |b, input| {
        b.iter(|| {
            let cleaned = pipeline.clean_bytes(black_box(input));
            check(&cleaned);
            cleaned
        })
    });
}

fn adversarial(c: &mut Criterion) {
    let pipeline = Pipeline::default();
    pipeline.clean("warm up the lexicon\n");

    let mut group = c.benchmark_group("single_line");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for (size, bytes) in [("1MB", MB), ("10MB", 10 * MB)] {
        let input = inputs::single_line(bytes);
        let want = input.trim_end().len() + 1;
        define(&mut group, &pipeline, size, input.as_bytes(), |c| assert_eq!(c.text().len(), want));
    }
    group.finish();

    let mut group = c.benchmark_group("single_line_spaced");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for (size, bytes) in [("1MB", MB), ("10MB", 10 * MB)] {
        let input = inputs::single_line_spaced(bytes);
        let want = inputs::single_line_spaced_expected(bytes).len();
        define(&mut group, &pipeline, size, input.as_bytes(), |c| assert_eq!(c.text().len(), want));
    }
    group.finish();

    let mut group = c.benchmark_group("empty_lines");
    group.sample_size(10);
    for (size, n) in [("100k", 100_000), ("1M", 1_000_000)] {
        let input = inputs::empty_lines(n);
        define(&mut group, &pipeline, size, input.as_bytes(), |c| {
            assert!(c.text().is_empty() && c.report().is_empty())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("marker_lines");
    group.sample_size(10);
    // Lines kept when each phrase appears once (those that need an article
    // around them to go); every other line is in the report.
    let phrases = inputs::MARKER_LINES.len();
    let kept_once = pipeline.clean(&inputs::marker_lines(phrases)).text().lines().filter(|l| !l.is_empty()).count();
    assert!(kept_once * 4 <= phrases, "most marker phrases are removed");
    for (size, n) in [("10k", 10_000), ("100k", 100_000)] {
        let input = inputs::marker_lines(n);
        let max_kept = kept_once * n.div_ceil(phrases);
        define(&mut group, &pipeline, size, input.as_bytes(), |c| assert!(c.report().lines().count() + max_kept >= n));
    }
    group.finish();

    let mut group = c.benchmark_group("related_list");
    group.sample_size(10);
    for (size, n) in [("10k", 10_000), ("100k", 100_000)] {
        let input = inputs::related_list(n);
        let want = inputs::SENTENCE.trim_end().len() + 1;
        define(&mut group, &pipeline, size, input.as_bytes(), |c| assert_eq!(c.text().len(), want));
    }
    group.finish();

    let mut group = c.benchmark_group("binary_junk");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for (size, bytes) in [("1MB", MB), ("10MB", 10 * MB)] {
        let input = inputs::binary_junk(bytes);
        let invalid = inputs::invalid_sequences(&input);
        define(&mut group, &pipeline, size, &input, |c| assert_eq!(c.invalid_utf8(), invalid));
    }
    group.finish();

    // Rules that are exponential in a backtracking engine.
    let rules = Pipeline::builder()
        .rule_regex("nested plus", r"^(a+)+$")
        .rule_regex("alternation", r"(a|aa)*b")
        .build()
        .expect("valid rules");
    let mut group = c.benchmark_group("pathological_rule");
    group.sample_size(10);
    for (size, bytes) in [("1MB", MB), ("10MB", 10 * MB)] {
        let input = "a".repeat(bytes);
        define(&mut group, &rules, size, input.as_bytes(), |c| assert!(c.text().is_empty()));
    }
    group.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
