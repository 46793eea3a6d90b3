//! Cleans one adversarial input, for measuring time and peak memory by hand:
//!
//! ```sh
//! cargo build --release --example adversarial
//! /usr/bin/time -v target/release/examples/adversarial single-line-10mb
//! /usr/bin/time -v target/release/examples/adversarial single-line-10mb --generate-only   # baseline
//! ```
//!
//! Inputs: `single-line-10mb`, `single-line-ar-10mb`, `single-line-spaced-10mb`,
//! `empty-lines-1m`, `marker-lines-100k`, `related-list-100k`,
//! `boilerplate`, `clean-article`, `binary-junk-10mb` (through
//! `clean_bytes`). `--generate-only` builds the input and stops, to measure
//! what the input alone costs.

#[path = "../benches/adversarial_inputs/mod.rs"]
mod inputs;

use std::time::Instant;

use newsclean::Pipeline;

const MB: usize = 1 << 20;

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| {
        eprintln!("usage: adversarial INPUT [--generate-only]");
        std::process::exit(2);
    });
    let generate_only = args.next().as_deref() == Some("--generate-only");
    let bytes: Vec<u8> = match name.as_str() {
        "single-line-10mb" => inputs::single_line(10 * MB).into_bytes(),
        "single-line-ar-10mb" => inputs::single_line_ar(10 * MB).into_bytes(),
        "single-line-spaced-10mb" => inputs::single_line_spaced(10 * MB).into_bytes(),
        "empty-lines-1m" => inputs::empty_lines(1_000_000).into_bytes(),
        "marker-lines-100k" => inputs::marker_lines(100_000).into_bytes(),
        "related-list-100k" => inputs::related_list(100_000).into_bytes(),
        "boilerplate" => inputs::MARKER_LINES[..20].join("\n").into_bytes(),
        "clean-article" => include_str!("../fixtures/ar-news-000.expected.txt").as_bytes().to_vec(),
        "binary-junk-10mb" => inputs::binary_junk(10 * MB),
        other => {
            eprintln!("unknown input {other:?}");
            std::process::exit(2);
        }
    };
    let pipeline = Pipeline::default();
    // Build the lexicon before timing.
    pipeline.clean("warm up\n");
    if generate_only {
        println!("{name}: {} input bytes (generated only)", bytes.len());
        return;
    }
    let start = Instant::now();
    let cleaned = pipeline.clean_bytes(&bytes);
    let elapsed = start.elapsed();
    println!(
        "{name}: {} input bytes, {} output bytes, {} removals, {} invalid UTF-8 sequences, cleaned in {:.3} s ({:.1} MB/s)",
        bytes.len(),
        cleaned.text().len(),
        cleaned.report().len(),
        cleaned.invalid_utf8(),
        elapsed.as_secs_f64(),
        bytes.len() as f64 / MB as f64 / elapsed.as_secs_f64()
    );
}
