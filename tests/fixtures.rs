//! The default pipeline on the real pages in `fixtures/`: each
//! `NAME.txt` must come out exactly as `NAME.expected.txt`.

use std::fs;
use std::path::Path;

fn fixture_pairs() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    for entry in fs::read_dir(&dir).expect("fixtures/ exists") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".expected.txt") else { continue };
        let input = fs::read_to_string(dir.join(format!("{stem}.txt"))).expect("input for every expected file");
        let expected = fs::read_to_string(&path).unwrap();
        out.push((stem.to_owned(), input, expected));
    }
    out.sort();
    out
}

#[test]
fn fixtures_come_out_exactly_as_expected() {
    let pairs = fixture_pairs();
    assert!(pairs.len() >= 3, "expected the Arabic fixtures in fixtures/");
    let pipeline = newsclean::Pipeline::default();
    let mut failures = Vec::new();
    for (name, input, expected) in &pairs {
        let cleaned = pipeline.clean(input);
        if cleaned.text() != expected {
            let got: Vec<&str> = cleaned.text().lines().filter(|l| !l.is_empty()).collect();
            let want: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
            let missing: Vec<_> = want.iter().filter(|l| !got.contains(l)).collect();
            let extra: Vec<_> = got.iter().filter(|l| !want.contains(l)).collect();
            failures.push(format!("{name}: missing {missing:#?}\nextra {extra:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn expected_articles_pass_through_unchanged() {
    let pipeline = newsclean::Pipeline::default();
    for (name, _, expected) in fixture_pairs() {
        assert_eq!(pipeline.clean(&expected).text(), expected, "{name}: a clean article must come out unchanged");
    }
}

#[test]
fn fixture_metadata_is_found() {
    let pipeline = newsclean::Pipeline::default();
    for (name, input, _) in fixture_pairs() {
        let cleaned = pipeline.clean(&input);
        let meta = cleaned.metadata();
        assert!(meta.title.is_some(), "{name}: the headline is the title");
        // Every removal points into the input at a char boundary.
        for r in cleaned.report() {
            assert!(input.get(r.span.clone()).is_some(), "{name}: bad span {:?}", r.span);
        }
    }
}
