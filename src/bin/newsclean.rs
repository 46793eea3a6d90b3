//! `newsclean`: clean scraped news text from files or stdin, one page per
//! input, or a corpus as JSON lines (`--jsonl`).

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsclean::{Cleaned, Pipeline, Removal};
use serde::Serialize;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// Turns text scraped from news pages into clean article text.
///
/// Reads each FILE (or stdin when none is given), removes menus, share
/// widgets, related lists, appended articles, metadata lines, captions and
/// footers, and prints the article: one paragraph per line, paragraphs
/// separated by a blank line.
///
/// With --jsonl, reads JSON lines instead (one object per line, from the
/// FILEs in turn or stdin) and writes each object back with its text field
/// cleaned, every other field as it came, in input order, in bounded memory
/// whatever the input size: for Spark (`rdd.pipe`), Hadoop streaming, Beam
/// or GNU parallel.
#[derive(Parser, Debug)]
#[command(name = "newsclean", version, about, long_about)]
struct Args {
    /// Input files; stdin when none is given. Invalid UTF-8 is replaced.
    files: Vec<PathBuf>,

    /// Print one JSON object per input: text, metadata and removals.
    #[arg(long, conflicts_with = "jsonl")]
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

    /// Read and write JSON lines: clean the string field `--field` of each
    /// object and pass every other field through byte for byte.
    #[arg(long, help_heading = "JSON lines")]
    jsonl: bool,

    /// The field holding the text to clean.
    #[arg(long, value_name = "NAME", default_value = "text", requires = "jsonl", help_heading = "JSON lines")]
    field: String,

    /// Add the metadata found (title, published, dates, source, keywords,
    /// authors) as an object in the field `--metadata-field`.
    #[arg(long, requires = "jsonl", help_heading = "JSON lines")]
    with_metadata: bool,

    /// The field for `--with-metadata` (replaced if the input has it).
    #[arg(long, value_name = "NAME", default_value = "metadata", requires = "jsonl", help_heading = "JSON lines")]
    metadata_field: String,

    /// Add every removal (cleaner, reason, confidence, line, start, end,
    /// whole_line, text, detail; offsets are bytes in the field's text) as an
    /// array in the field `--removals-field`.
    #[arg(long, requires = "jsonl", help_heading = "JSON lines")]
    with_removals: bool,

    /// The field for `--with-removals` (replaced if the input has it).
    #[arg(long, value_name = "NAME", default_value = "removals", requires = "jsonl", help_heading = "JSON lines")]
    removals_field: String,

    /// What to do with a bad line (not JSON, not an object, no such field,
    /// a field that is not a string, a line over `--max-line-bytes`): it is
    /// reported on stderr with its line number, then passed through
    /// unchanged or skipped.
    #[arg(long, value_enum, value_name = "ACTION", default_value_t = OnError::Pass, requires = "jsonl", help_heading = "JSON lines")]
    on_error: OnError,

    /// Threads cleaning lines in parallel (0: one per core). Output keeps
    /// the input order either way.
    #[arg(
        short = 'j',
        long = "jobs",
        value_name = "N",
        default_value_t = 1,
        requires = "jsonl",
        help_heading = "JSON lines"
    )]
    jobs: usize,

    /// Longest line read whole; a longer one is a bad line, streamed
    /// through or skipped without being held in memory.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20, requires = "jsonl", help_heading = "JSON lines")]
    max_line_bytes: usize,
}

/// What `--jsonl` does with a bad line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OnError {
    /// Write the line out unchanged.
    Pass,
    /// Leave the line out.
    Skip,
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
    if args.jsonl {
        return jsonl::run(args, &pipeline);
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

/// The `--jsonl` mode.
///
/// Lines are read in chunks of bounded size; each chunk is cleaned in
/// parallel (`Pipeline::map_batch`) while the previous chunk's results are
/// written and the next chunk is read, so at most three chunks are in
/// memory at once, plus one line of at most `--max-line-bytes`.
///
/// Each output line is the input line with the text field's value replaced
/// (and the metadata and removals fields replaced or appended after the
/// last field): everything else, spacing included, is copied byte for byte.
mod jsonl {
    use super::*;

    /// A chunk ends after this many lines…
    const CHUNK_LINES: usize = 4096;
    /// …or this many bytes, whichever comes first.
    const CHUNK_BYTES: usize = 8 << 20;

    /// What the workers need to know.
    struct Options<'a> {
        field: &'a str,
        metadata: Option<&'a str>,
        removals: Option<&'a str>,
        on_error: OnError,
        explain: bool,
        max_line: usize,
    }

    /// One input line.
    struct Record {
        source: Arc<str>,
        line: u64,
        /// The line without its terminator (`\n` or `\r\n`); for a line over
        /// the limit, its first `max_line` bytes.
        bytes: Vec<u8>,
        /// The line is over the limit: the rest is still in the reader.
        truncated: bool,
    }

    /// What became of one line.
    struct Done {
        /// Bytes to write (with the line terminator), empty to skip.
        out: Vec<u8>,
        /// The message for a bad line.
        error: Option<String>,
        /// `--explain` lines.
        explain: String,
        source: Arc<str>,
        line: u64,
    }

    #[derive(Default)]
    struct Chunk {
        records: Vec<Record>,
        /// Input bytes, terminators included.
        bytes: u64,
        /// No line left in any input.
        eof: bool,
    }

    impl Chunk {
        /// The last line is over the limit: the rest of it must be streamed
        /// before anything else is read.
        fn truncated(&self) -> bool {
            self.records.last().is_some_and(|r| r.truncated)
        }
    }

    enum Source {
        Stdin,
        File(PathBuf),
    }

    /// An open input: its name, its reader and the number of the last line
    /// read.
    type Open = (Arc<str>, Box<dyn BufRead + Send>, u64);

    /// The inputs in turn, line by line.
    struct Inputs {
        sources: std::vec::IntoIter<Source>,
        current: Option<Open>,
    }

    impl Inputs {
        fn new(files: &[PathBuf]) -> Inputs {
            let sources: Vec<Source> = if files.is_empty() {
                vec![Source::Stdin]
            } else {
                files
                    .iter()
                    .map(|p| if p.as_os_str() == "-" { Source::Stdin } else { Source::File(p.clone()) })
                    .collect()
            };
            Inputs { sources: sources.into_iter(), current: None }
        }

        /// The reader of the current input, opening the next one if needed;
        /// `None` after the last.
        fn current(&mut self) -> io::Result<Option<&mut Open>> {
            if self.current.is_none() {
                let Some(source) = self.sources.next() else { return Ok(None) };
                self.current = Some(match source {
                    Source::Stdin => ("-".into(), Box::new(BufReader::with_capacity(1 << 16, io::stdin())), 0),
                    Source::File(path) => {
                        let name = path.display().to_string();
                        let file = File::open(&path).map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
                        (name.into(), Box::new(BufReader::with_capacity(1 << 16, file)), 0)
                    }
                });
            }
            Ok(self.current.as_mut())
        }

        /// Reads lines until the chunk is full, the inputs end, or a line
        /// is over the limit (it is then the chunk's last record).
        fn read_chunk(&mut self, max_line: usize) -> io::Result<Chunk> {
            let mut chunk = Chunk::default();
            let mut held = 0;
            while chunk.records.len() < CHUNK_LINES && held < CHUNK_BYTES {
                let Some((name, reader, line)) = self.current()? else {
                    chunk.eof = true;
                    break;
                };
                let mut bytes = Vec::new();
                let (read, complete) = read_line(reader.as_mut(), &mut bytes, max_line)
                    .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
                if read == 0 {
                    self.current = None;
                    continue;
                }
                *line += 1;
                chunk.bytes += read as u64;
                held += bytes.len();
                let record = Record { source: name.clone(), line: *line, bytes, truncated: !complete };
                chunk.records.push(record);
                if !complete {
                    break;
                }
            }
            Ok(chunk)
        }

        /// Copies the rest of the current line to `out` (or drops it when
        /// `out` is `None`), then ends the line with `\n`.
        fn finish_long_line(&mut self, mut out: Option<&mut dyn Write>) -> io::Result<u64> {
            let Some((name, reader, _)) = self.current()? else { return Ok(0) };
            let mut total = 0u64;
            loop {
                let buf = reader.fill_buf().map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
                if buf.is_empty() {
                    break;
                }
                let (take, done) = match memchr::memchr(b'\n', buf) {
                    Some(i) => (i + 1, true),
                    None => (buf.len(), false),
                };
                if let Some(out) = out.as_mut() {
                    let body = &buf[..take];
                    let body = body.strip_suffix(b"\n").unwrap_or(body);
                    let body = if done { body.strip_suffix(b"\r").unwrap_or(body) } else { body };
                    out.write_all(body)?;
                }
                reader.consume(take);
                total += take as u64;
                if done {
                    break;
                }
            }
            if let Some(out) = out {
                out.write_all(b"\n")?;
            }
            Ok(total)
        }
    }

    /// Reads one line into `buf` without its terminator, holding at most
    /// `max` bytes. Returns the bytes consumed (0 at the end of input) and
    /// whether the whole line was read (false: the rest is still in
    /// `reader`).
    fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<(usize, bool)> {
        let mut consumed = 0;
        loop {
            let available = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                // End of input: a last line without a terminator.
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
                return Ok((consumed, true));
            }
            let (take, end) = match memchr::memchr(b'\n', available) {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            let body = if end { &available[..take - 1] } else { &available[..take] };
            if buf.len() + body.len() > max {
                let room = max - buf.len();
                buf.extend_from_slice(&body[..room]);
                reader.consume(room);
                return Ok((consumed + room, false));
            }
            buf.extend_from_slice(body);
            reader.consume(take);
            consumed += take;
            if end {
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
                return Ok((consumed, true));
            }
        }
    }

    /// The fields of one JSON object, in order: key and raw value (borrowed
    /// from the line, so that it can be copied or replaced in place).
    struct Fields<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

    impl<'de> Deserialize<'de> for Fields<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Object;
            impl<'de> Visitor<'de> for Object {
                type Value = Fields<'de>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
                    let mut fields = Vec::new();
                    while let Some(key) = map.next_key::<Key<'de>>()? {
                        fields.push((key.0, map.next_value::<&'de RawValue>()?));
                    }
                    Ok(Fields(fields))
                }
            }
            d.deserialize_map(Object)
        }
    }

    /// An object key, borrowed when it has no escapes.
    struct Key<'a>(Cow<'a, str>);

    impl<'de> Deserialize<'de> for Key<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct K;
            impl<'de> Visitor<'de> for K {
                type Value = Key<'de>;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a string")
                }
                fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Borrowed(v)))
                }
                fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Owned(v.to_owned())))
                }
                fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Owned(v)))
                }
            }
            d.deserialize_str(K)
        }
    }

    /// Byte range of `inner` (a slice of `outer`) in `outer`.
    fn range_in(outer: &[u8], inner: &str) -> std::ops::Range<usize> {
        let start = inner.as_ptr() as usize - outer.as_ptr() as usize;
        start..start + inner.len()
    }

    /// Cleans one line: the output line, or the message for a bad line.
    fn clean_line(
        pipeline: &Pipeline,
        opts: &Options<'_>,
        line: &[u8],
        explain: &mut String,
    ) -> Result<Vec<u8>, String> {
        let fields: Fields<'_> = serde_json::from_slice(line).map_err(|e| format!("invalid JSON object: {e}"))?;
        let position = |name: &str| fields.0.iter().rposition(|(k, _)| k == name);
        let at = position(opts.field).ok_or_else(|| format!("no field {:?}", opts.field))?;
        let raw = fields.0[at].1;
        if !raw.get().starts_with('"') {
            return Err(format!("field {:?} is not a string", opts.field));
        }
        // Borrowed when there is no escape to decode.
        let text: Cow<'_, str> = if raw.get().contains('\\') {
            Cow::Owned(serde_json::from_str::<String>(raw.get()).map_err(|e| format!("field {:?}: {e}", opts.field))?)
        } else {
            Cow::Borrowed(&raw.get()[1..raw.get().len() - 1])
        };
        let cleaned = pipeline.clean(&text);
        if opts.explain {
            for r in cleaned.report() {
                if r.reason == newsclean::Reason::Whitespace {
                    continue;
                }
                let removed: String = r.text(&text).chars().take(120).collect();
                explain.push_str(&format!("{}\t{}\t{}\t{removed}\n", r.line.0 + 1, r.cleaner, r.reason));
            }
        }
        // Replacements, as (range in the line, new bytes); an empty range
        // inserts after the last field.
        let mut edits: Vec<(std::ops::Range<usize>, Vec<u8>)> =
            vec![(range_in(line, raw.get()), to_json(cleaned.text()))];
        let mut added: Vec<(&str, Vec<u8>)> = Vec::new();
        if let Some(name) = opts.metadata {
            added.push((name, to_json(cleaned.metadata())));
        }
        if let Some(name) = opts.removals {
            let removals: Vec<JsonRemoval<'_>> = cleaned.report().iter().map(|r| json_removal(r, &text)).collect();
            added.push((name, to_json(&removals)));
        }
        let end_of_last = fields.0.last().map_or(0, |(_, v)| range_in(line, v.get()).end);
        for (name, value) in added {
            match position(name) {
                Some(i) => edits.push((range_in(line, fields.0[i].1.get()), value)),
                None => {
                    let mut field = b",".to_vec();
                    field.extend_from_slice(&to_json(name));
                    field.push(b':');
                    field.extend_from_slice(&value);
                    edits.push((end_of_last..end_of_last, field));
                }
            }
        }
        // Stable: insertions at the same place keep their order.
        edits.sort_by_key(|(r, _)| r.start);
        let mut out = Vec::with_capacity(line.len() + 64);
        let mut cursor = 0;
        for (range, bytes) in edits {
            out.extend_from_slice(&line[cursor..range.start]);
            out.extend_from_slice(&bytes);
            cursor = range.end;
        }
        out.extend_from_slice(&line[cursor..]);
        out.push(b'\n');
        Ok(out)
    }

    fn to_json<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
        serde_json::to_vec(value).expect("serialising to memory cannot fail")
    }

    fn process(pipeline: &Pipeline, opts: &Options<'_>, record: &Record) -> Done {
        let mut explain = String::new();
        let result = if record.truncated {
            Err(format!("line longer than {} bytes (--max-line-bytes)", opts.max_line))
        } else if record.bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
            // A blank line is no record: kept as it is, or skipped.
            return Done {
                out: if opts.on_error == OnError::Pass { [&record.bytes[..], b"\n"].concat() } else { Vec::new() },
                error: None,
                explain,
                source: record.source.clone(),
                line: record.line,
            };
        } else {
            clean_line(pipeline, opts, &record.bytes, &mut explain)
        };
        let (out, error) = match result {
            Ok(out) => (out, None),
            Err(message) => {
                let out = match opts.on_error {
                    // A truncated line is finished by streaming the rest.
                    OnError::Pass if record.truncated => record.bytes.clone(),
                    OnError::Pass => [&record.bytes[..], b"\n"].concat(),
                    OnError::Skip => Vec::new(),
                };
                (out, Some(message))
            }
        };
        Done { out, error, explain, source: record.source.clone(), line: record.line }
    }

    /// Progress on stderr when it is a terminal; nothing otherwise.
    struct Progress(Option<ProgressBar>);

    impl Progress {
        fn new(files: &[PathBuf]) -> Progress {
            if !io::stderr().is_terminal() {
                return Progress(None);
            }
            let total: Option<u64> = if files.is_empty() || files.iter().any(|p| p.as_os_str() == "-") {
                None
            } else {
                files.iter().map(|p| std::fs::metadata(p).ok().map(|m| m.len())).sum()
            };
            let bar = match total {
                Some(len) => ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr()).with_style(
                    ProgressStyle::with_template(
                        "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta} {msg}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                ),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                    ProgressStyle::with_template("{spinner} {bytes} {binary_bytes_per_sec} {msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                ),
            };
            Progress(Some(bar))
        }

        fn advance(&self, bytes: u64, lines: u64, errors: u64) {
            if let Some(bar) = &self.0 {
                bar.inc(bytes);
                bar.set_message(format!("{lines} lines, {errors} bad"));
            }
        }

        /// Writes to stderr without tearing the bar.
        fn eprint(&self, text: &str) {
            match &self.0 {
                Some(bar) => bar.suspend(|| eprint!("{text}")),
                None => eprint!("{text}"),
            }
        }

        fn finish(&self) {
            if let Some(bar) = &self.0 {
                bar.finish_and_clear();
            }
        }
    }

    /// Counts kept across chunks.
    #[derive(Default)]
    struct Tally {
        lines: u64,
        errors: u64,
    }

    /// Writes the results of a chunk in order, and its messages to stderr.
    fn emit(
        out: &mut dyn Write,
        done: &[Done],
        opts: &Options<'_>,
        progress: &Progress,
        tally: &mut Tally,
    ) -> io::Result<()> {
        let mut messages = String::new();
        for d in done {
            tally.lines += 1;
            if let Some(e) = &d.error {
                tally.errors += 1;
                let action = match opts.on_error {
                    OnError::Pass => "passed through",
                    OnError::Skip => "skipped",
                };
                messages.push_str(&format!("newsclean: {}:{}: {e} ({action})\n", d.source, d.line));
            }
            for l in d.explain.lines() {
                messages.push_str(&format!("{}:{}:{l}\n", d.source, d.line));
            }
            out.write_all(&d.out)?;
        }
        if !messages.is_empty() {
            out.flush()?;
            progress.eprint(&messages);
        }
        Ok(())
    }

    pub(super) fn run(args: &Args, pipeline: &Pipeline) -> Result<(), Box<dyn std::error::Error>> {
        let field = args.field.as_str();
        let metadata = args.with_metadata.then_some(args.metadata_field.as_str());
        let removals = args.with_removals.then_some(args.removals_field.as_str());
        let names: Vec<&str> = [Some(field), metadata, removals].into_iter().flatten().collect();
        if (1..names.len()).any(|i| names[..i].contains(&names[i])) {
            return Err("--field, --metadata-field and --removals-field must differ".into());
        }
        if args.max_line_bytes == 0 {
            return Err("--max-line-bytes must be at least 1".into());
        }
        let opts = Options {
            field,
            metadata,
            removals,
            on_error: args.on_error,
            explain: args.explain,
            max_line: args.max_line_bytes,
        };
        let pool = rayon::ThreadPoolBuilder::new().num_threads(args.jobs).build()?;
        let mut inputs = Inputs::new(&args.files);
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout());
        let progress = Progress::new(&args.files);
        let mut tally = Tally::default();
        let result = pool.install(|| -> io::Result<()> {
            let mut chunk = inputs.read_chunk(opts.max_line)?;
            let mut ready: Vec<Done> = Vec::new();
            let mut ready_bytes = 0;
            loop {
                // Clean this chunk while the previous one is written and the
                // next one is read.
                let reads_next = !chunk.eof && !chunk.truncated();
                let (done, next) = rayon::join(
                    || pipeline.map_batch(&chunk.records, |p, r| process(p, &opts, r)),
                    || -> io::Result<Option<Chunk>> {
                        emit(&mut out, &ready, &opts, &progress, &mut tally)?;
                        progress.advance(ready_bytes, tally.lines, tally.errors);
                        if reads_next { inputs.read_chunk(opts.max_line).map(Some) } else { Ok(None) }
                    },
                );
                ready = done;
                ready_bytes = chunk.bytes;
                match next? {
                    Some(next) => chunk = next,
                    None if chunk.truncated() => {
                        // Write what came before the long line, then the
                        // rest of the long line itself, then go on.
                        emit(&mut out, &ready, &opts, &progress, &mut tally)?;
                        let rest = match opts.on_error {
                            OnError::Pass => inputs.finish_long_line(Some(&mut out))?,
                            OnError::Skip => inputs.finish_long_line(None)?,
                        };
                        progress.advance(ready_bytes + rest, tally.lines, tally.errors);
                        ready.clear();
                        ready_bytes = 0;
                        chunk = inputs.read_chunk(opts.max_line)?;
                    }
                    None => {
                        emit(&mut out, &ready, &opts, &progress, &mut tally)?;
                        progress.advance(ready_bytes, tally.lines, tally.errors);
                        return out.flush();
                    }
                }
            }
        });
        progress.finish();
        match result {
            // A closed pipe downstream (`| head`) ends the run quietly.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        }
    }
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
