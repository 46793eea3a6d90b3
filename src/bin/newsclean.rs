//! `newsclean`: clean scraped news text from files or stdin.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use newsclean::{Cleaned, Pipeline, Removal};
use serde::Serialize;

/// Turns text scraped from news pages into clean article text.
///
/// Reads each FILE (or stdin when none is given), removes menus, share
/// widgets, related lists, appended articles, metadata lines, captions and
/// footers, and prints the article: one paragraph per line, paragraphs
/// separated by a blank line.
#[derive(Parser, Debug)]
#[command(name = "newsclean", version, about, long_about = None)]
struct Args {
    /// Input files; stdin when none is given. Invalid UTF-8 is replaced.
    files: Vec<PathBuf>,

    /// Print one JSON object per input: text, metadata and removals.
    #[arg(long)]
    json: bool,

    /// Print each removal (cleaner, reason, line text) to stderr.
    #[arg(long)]
    explain: bool,

    /// Drop a stage from the default pipeline (repeatable), e.g. `--without duplicates`.
    #[arg(long = "without", value_name = "STAGE")]
    without: Vec<String>,

    /// Remove lines matching this regex (repeatable).
    #[arg(long = "rule", value_name = "REGEX")]
    rules: Vec<String>,

    /// List the default stages and exit.
    #[arg(long)]
    list_stages: bool,
}

#[derive(Serialize)]
struct JsonRemoval<'a> {
    cleaner: &'a str,
    reason: &'a str,
    confidence: newsclean::Confidence,
    line: u32,
    start: usize,
    end: usize,
    whole_line: bool,
    text: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    detail: &'a str,
}

#[derive(Serialize)]
struct JsonOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
    text: &'a str,
    metadata: &'a newsclean::Metadata,
    removals: Vec<JsonRemoval<'a>>,
}

fn json_removal<'a>(r: &'a Removal, source: &'a str) -> JsonRemoval<'a> {
    JsonRemoval {
        cleaner: r.cleaner,
        reason: r.reason.as_str(),
        confidence: r.confidence,
        line: r.line.0,
        start: r.span.start,
        end: r.span.end,
        whole_line: r.whole_line,
        text: r.text(source),
        detail: &r.detail,
    }
}

fn read_input(path: Option<&PathBuf>) -> io::Result<String> {
    let mut bytes = Vec::new();
    match path {
        Some(p) => bytes = std::fs::read(p)?,
        None => {
            io::stdin().lock().read_to_end(&mut bytes)?;
        }
    }
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

fn explain(name: &str, cleaned: &Cleaned, source: &str, err: &mut impl Write) -> io::Result<()> {
    for r in cleaned.report() {
        if r.reason == newsclean::Reason::Whitespace {
            continue;
        }
        let text: String = r.text(source).chars().take(120).collect();
        writeln!(err, "{name}:{}\t{}\t{}\t{}", r.line.0 + 1, r.cleaner, r.reason, text)?;
    }
    Ok(())
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Pipeline::builder();
    for stage in &args.without {
        if !newsclean::cleaners::DEFAULT_ORDER.contains(&stage.as_str()) {
            return Err(format!("unknown stage `{stage}` (see --list-stages)").into());
        }
        builder.remove(stage);
    }
    for (i, rule) in args.rules.iter().enumerate() {
        builder.rule_regex(&format!("--rule #{}", i + 1), rule);
    }
    let pipeline = builder.build()?;
    if args.list_stages {
        for name in pipeline.stage_names() {
            println!("{name}");
        }
        return Ok(());
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let stderr = io::stderr();
    let mut err = stderr.lock();
    let inputs: Vec<Option<&PathBuf>> =
        if args.files.is_empty() { vec![None] } else { args.files.iter().map(Some).collect() };
    for (k, path) in inputs.iter().enumerate() {
        let name = path.map_or_else(|| "-".to_owned(), |p| p.display().to_string());
        let source = read_input(*path).map_err(|e| format!("{name}: {e}"))?;
        let cleaned = pipeline.clean(&source);
        if args.explain {
            explain(&name, &cleaned, &source, &mut err)?;
        }
        if args.json {
            let obj = JsonOut {
                file: path.map(|p| p.display().to_string()),
                text: cleaned.text(),
                metadata: cleaned.metadata(),
                removals: cleaned.report().iter().map(|r| json_removal(r, &source)).collect(),
            };
            serde_json::to_writer(&mut out, &obj)?;
            out.write_all(b"\n")?;
        } else {
            if k > 0 && !cleaned.text().is_empty() {
                out.write_all(b"\n")?;
            }
            out.write_all(cleaned.text().as_bytes())?;
        }
    }
    out.flush()?;
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let mut msg = format!("newsclean: {e}");
            let mut source = e.source();
            while let Some(s) = source {
                msg.push_str(&format!(": {s}"));
                source = s.source();
            }
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}
