//! Extraction quality on the benchmark subset in `fixtures/bench/`: the
//! default pipeline must stay above a floor a little under what it reaches,
//! so a regression fails CI. Scores are computed as the benchmark's scorer
//! computes them.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use regex::Regex;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/bench")
}

fn pages() -> Vec<serde_json::Value> {
    fs::read_to_string(dir().join("index.jsonl"))
        .expect("fixtures/bench/index.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("index line is JSON"))
        .collect()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens<'t>(re: &Regex, s: &'t str) -> HashMap<&'t str, usize> {
    let mut bag = HashMap::new();
    for m in re.find_iter(s) {
        *bag.entry(m.as_str()).or_insert(0) += 1;
    }
    bag
}

/// (P, R, F1) of the bag-of-tokens overlap.
fn token_prf(re: &Regex, out: &str, gold: &str) -> (f64, f64, f64) {
    let (o, g) = (tokens(re, out), tokens(re, gold));
    let tp: usize = o.iter().map(|(t, n)| (*n).min(*g.get(t).unwrap_or(&0))).sum();
    let (no, ng) = (o.values().sum::<usize>(), g.values().sum::<usize>());
    let p = if no == 0 { 0.0 } else { tp as f64 / no as f64 };
    let r = if ng == 0 { 0.0 } else { tp as f64 / ng as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

struct Scores {
    readability_f1: f64,
    readability_pages: usize,
    snippet_p: f64,
    snippet_r: f64,
    snippet_f: f64,
    passthrough_kept: f64,
}

fn score() -> Scores {
    let re = Regex::new(r"\w+").unwrap();
    let pipeline = newsclean::Pipeline::default();
    let (mut f1_sum, mut rd) = (0.0, 0usize);
    let (mut kept_sum, mut pt) = (0.0, 0usize);
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for page in pages() {
        let name = page["name"].as_str().unwrap();
        let input = fs::read_to_string(dir().join(format!("{name}.txt"))).unwrap();
        let out = pipeline.clean(&input);
        let gold_path = dir().join(format!("{name}.gold.txt"));
        if let Ok(gold) = fs::read_to_string(&gold_path) {
            f1_sum += token_prf(&re, out.text(), &gold).2;
            rd += 1;
            let again = pipeline.clean(&gold);
            kept_sum += token_prf(&re, again.text(), &gold).1;
            pt += 1;
        }
        if let Ok(snippets) = fs::read_to_string(dir().join(format!("{name}.snippets.json"))) {
            let snippets: serde_json::Value = serde_json::from_str(&snippets).unwrap();
            let text = collapse(out.text());
            for s in snippets["with"].as_array().unwrap() {
                let s = collapse(s.as_str().unwrap());
                if s.is_empty() {
                    continue;
                }
                if text.contains(&s) { tp += 1 } else { fneg += 1 }
            }
            for s in snippets["without"].as_array().unwrap() {
                let s = collapse(s.as_str().unwrap());
                if !s.is_empty() && text.contains(&s) {
                    fp += 1;
                }
            }
        }
    }
    let snippet_p = tp as f64 / (tp + fp).max(1) as f64;
    let snippet_r = tp as f64 / (tp + fneg).max(1) as f64;
    Scores {
        readability_f1: f1_sum / rd.max(1) as f64,
        readability_pages: rd,
        snippet_p,
        snippet_r,
        snippet_f: 2.0 * tp as f64 / (2 * tp + fp + fneg).max(1) as f64,
        passthrough_kept: kept_sum / pt.max(1) as f64,
    }
}

#[test]
fn extraction_stays_above_its_floor() {
    let s = score();
    eprintln!(
        "readability token F1 {:.3} over {} pages; snippets P {:.3} R {:.3} F {:.3}; passthrough tokens kept {:.3}",
        s.readability_f1, s.readability_pages, s.snippet_p, s.snippet_r, s.snippet_f, s.passthrough_kept
    );
    assert!(s.readability_pages >= 40, "the subset must hold the readability pages");
    let floors = [
        ("readability token F1", s.readability_f1, 0.945),
        ("snippet F", s.snippet_f, 0.91),
        ("snippet recall", s.snippet_r, 0.935),
        ("passthrough tokens kept", s.passthrough_kept, 0.985),
    ];
    for (what, got, floor) in floors {
        assert!(got >= floor, "{what} fell to {got:.3}, below its floor {floor}");
    }
}
