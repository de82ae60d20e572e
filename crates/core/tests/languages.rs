//! Every built-in language is complete: the same keys as the English source, the same
//! placeholders in each text, ideas as lines, and none of the words we never say to a person.
//! `lang/en.json` is the built-in English exactly (run with `RECOVERY_WRITE_ENGLISH=1` to
//! write it again after changing the English).

use recovery_core::languages::{english_file, english_source, placeholders, BUILT_IN};
use recovery_core::text::read_words;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn lang_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lang")
}

#[test]
fn the_english_file_is_the_built_in_english() {
    let path = lang_dir().join("en.json");
    let want = english_file();
    if std::env::var_os("RECOVERY_WRITE_ENGLISH").is_some() {
        std::fs::write(&path, &want).expect("lang/en.json can be written");
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "lang/en.json differs from the English in the code: run \
         `RECOVERY_WRITE_ENGLISH=1 cargo test -p recovery-core --test languages`, then \
         update every other language's file for the keys that changed"
    );
}

/// Words we never say to a person, in each language (lower case). English's list is in
/// `text.rs`; these are the same ideas: "patient", "symptom", "deficit", "disorder",
/// "illness", "compliance".
fn never_said(tag: &str) -> &'static [&'static str] {
    match tag {
        "es" => &[
            "paciente",
            "síntoma",
            "déficit",
            "trastorno",
            "enfermedad",
            "cumplimiento",
        ],
        "vi" => &[
            "bệnh nhân",
            "triệu chứng",
            "rối loạn",
            "khiếm khuyết",
            "tâm thần",
        ],
        "zh-Hans" => &["患者", "病人", "症状", "缺陷", "障碍", "疾病"],
        "zh-Hant" => &["患者", "病人", "症狀", "缺陷", "障礙", "疾病"],
        "ar" => &["مريض", "أعراض", "عجز", "اضطراب"],
        "pa" => &["ਮਰੀਜ਼", "ਲੱਛਣ", "ਬਿਮਾਰੀ"],
        _ => &[],
    }
}

/// Everything wrong with one language's file, one line each.
fn problems_in(tag: &str, english: &BTreeMap<String, &str>) -> Vec<String> {
    let path = lang_dir().join(format!("{tag}.json"));
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => return vec![format!("{tag}.json: {e}")],
    };
    let words = match read_words(&text) {
        Ok(words) => words,
        Err(e) => return vec![format!("{tag}.json: {e}")],
    };
    let mut problems = Vec::new();
    // A key written twice would quietly keep only its last text.
    let lines_with_a_key = text
        .lines()
        .filter(|l| l.trim_start().starts_with('"'))
        .count();
    if lines_with_a_key != words.len() {
        problems.push(format!(
            "{tag}.json: {lines_with_a_key} lines with a key but {} keys: a key written twice?",
            words.len()
        ));
    }
    for key in english.keys().filter(|k| !words.contains_key(*k)) {
        problems.push(format!("{tag}.json lacks {key}"));
    }
    for key in words.keys().filter(|k| !english.contains_key(*k)) {
        problems.push(format!("{tag}.json has {key}, which English lacks"));
    }
    for (key, source) in english {
        let Some(text) = words.get(key) else { continue };
        // Empty only where English is (a list with no example ideas).
        if text.trim().is_empty() != source.trim().is_empty() {
            problems.push(format!(
                "{tag}.json: {key} is empty where English is not, or the other way"
            ));
        }
        let mut want = placeholders(source);
        let mut got = placeholders(text);
        want.sort_unstable();
        got.sort_unstable();
        if got != want {
            problems.push(format!(
                "{tag}.json: {key} has placeholders {got:?}, English {want:?}"
            ));
        }
        let lines = |t: &str| t.lines().filter(|l| !l.trim().is_empty()).count();
        if key.contains(".ideas") && lines(text) != lines(source) {
            problems.push(format!(
                "{tag}.json: {key} has {} ideas, English {} (one idea a line)",
                lines(text),
                lines(source)
            ));
        }
        let lower = text.to_lowercase();
        for word in never_said(tag) {
            if lower.contains(word) {
                problems.push(format!("{tag}.json: {key} says {word:?}"));
            }
        }
    }
    if words.get("language.name").map(String::as_str) == Some("English") {
        problems.push(format!(
            "{tag}.json: language.name is the language's own name, in its own script"
        ));
    }
    problems
}

#[test]
fn the_files_are_the_built_in_languages() {
    let mut files: Vec<String> = std::fs::read_dir(lang_dir())
        .expect("lang/ can be read")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .collect();
    files.sort_unstable();
    let mut built_in: Vec<String> = BUILT_IN.iter().map(|t| t.to_string()).collect();
    built_in.sort_unstable();
    assert_eq!(
        files, built_in,
        "lang/ holds a file for each built-in language, and no other"
    );
}

#[test]
fn every_language_is_complete_and_its_placeholders_match() {
    let english: BTreeMap<String, &str> = english_source().into_iter().collect();
    let problems: Vec<String> = BUILT_IN
        .iter()
        .filter(|t| **t != "en")
        .flat_map(|tag| problems_in(tag, &english))
        .collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
