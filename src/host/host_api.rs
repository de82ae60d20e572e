//! One source of truth for the host API: `host-api.json` beside this file names every element,
//! attribute, event and CSS custom property a host page can use. The release
//! (`scripts/release.mjs`) writes `custom-elements.json`, the TypeScript declarations and the
//! package README's tables from it. These tests hold everything else to it: the registry, the
//! attribute reader and every attribute read anywhere in `src/`, the events the bundle
//! dispatches, the custom properties the CSS reads (with their defaults), `widgets.js`, and the
//! README's tables. Each fails naming what one side has and the other lacks.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn manifest() -> Value {
    serde_json::from_str(include_str!("host-api.json")).expect("host-api.json is JSON")
}

/// The `name` (or `tag`) of every entry in one of the manifest's lists, in order.
fn names(list: &str) -> Vec<String> {
    manifest()[list]
        .as_array()
        .unwrap_or_else(|| panic!("host-api.json has a list `{list}`"))
        .iter()
        .map(|entry| {
            entry
                .get("name")
                .or_else(|| entry.get("tag"))
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("an entry of `{list}` without a name: {entry}"))
                .to_owned()
        })
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `src/` ending in `extension`, with its text, in a stable order.
fn sources(extension: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, extension: &str, found: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src/ can be read")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, extension, found);
            } else if path.extension().is_some_and(|e| e == extension) {
                let text = std::fs::read_to_string(&path).expect("a source file is text");
                found.push((path, text));
            }
        }
    }
    let mut found = Vec::new();
    walk(&root().join("src"), extension, &mut found);
    found
}

/// The text of every string literal that directly follows `opening` in `text`.
fn literals_after(text: &str, opening: &str) -> Vec<String> {
    text.match_indices(opening)
        .filter_map(|(at, _)| {
            let rest = &text[at + opening.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

/// Fails with what each side has that the other lacks.
fn assert_same(what: &str, in_manifest: &[String], in_code: &BTreeSet<String>) {
    let manifest: BTreeSet<String> = in_manifest.iter().cloned().collect();
    let lacking: Vec<_> = in_code.difference(&manifest).collect();
    let unused: Vec<_> = manifest.difference(in_code).collect();
    assert!(
        lacking.is_empty() && unused.is_empty(),
        "{what}: found {lacking:?}, which src/host/host-api.json lacks; \
         host-api.json names {unused:?}, which are not found there"
    );
}

#[test]
fn the_manifest_names_exactly_the_registered_widgets_in_order() {
    let registered: Vec<&str> = super::registry::WIDGETS.iter().map(|w| w.tag).collect();
    assert_eq!(names("elements"), registered);
    assert_eq!(names("elements"), super::loader_list("WIDGETS"));
}

#[test]
fn the_manifest_names_exactly_the_attributes_the_code_reads() {
    assert_eq!(names("attributes"), super::attributes::ATTRIBUTES);
    assert_eq!(names("attributes"), super::loader_list("SETTINGS"));
    // Every attribute read anywhere in the bundle, not only in the reader.
    let mut read = BTreeSet::new();
    for (path, text) in sources("rs") {
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut found = literals_after(text, "get_attribute(\"");
        found.extend(literals_after(text, "has_attribute(\""));
        if path.ends_with("host/attributes.rs") {
            // The reader's own helpers, each given an attribute's name.
            for helper in ["named_json(host, \"", "read(\"", "seconds(\""] {
                found.extend(literals_after(text, helper));
            }
        }
        read.extend(found);
    }
    assert_same("attributes read", &names("attributes"), &read);
}

#[test]
fn page_wide_attributes_are_exactly_those_read_from_html_too() {
    let reader = include_str!("attributes.rs");
    let reader = reader.split("#[cfg(test)]").next().unwrap_or_default();
    let mut page_wide: BTreeSet<String> = literals_after(reader, "read(\"").into_iter().collect();
    page_wide.extend(literals_after(reader, "seconds(\""));
    let declared: Vec<String> = manifest()["attributes"]
        .as_array()
        .expect("attributes")
        .iter()
        .filter(|a| a["pageWide"] == Value::Bool(true))
        .map(|a| a["name"].as_str().expect("a name").to_owned())
        .collect();
    assert_same(
        "attributes also read as data-recovery-… on <html>",
        &declared,
        &page_wide,
    );
}

#[test]
fn the_manifest_defaults_and_values_are_the_code_s() {
    use crate::settings::{DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS};
    use crate::store::StorageMode;
    let attribute = |name: &str| -> Value {
        manifest()["attributes"]
            .as_array()
            .expect("attributes")
            .iter()
            .find(|a| a["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("host-api.json has `{name}`"))
    };
    assert_eq!(
        attribute("idle-timeout")["default"],
        DEFAULT_IDLE_SECONDS.to_string()
    );
    assert_eq!(
        attribute("idle-countdown")["default"],
        DEFAULT_COUNTDOWN_SECONDS.to_string()
    );
    assert_eq!(attribute("storage")["default"], "local");
    let reader = include_str!("attributes.rs");
    assert!(reader.contains("None => StorageMode::Local"));
    assert_eq!(attribute("namespace")["default"], "default");
    assert!(reader.contains(".unwrap_or_else(|| \"default\".to_owned())"));
    // Every value the storage type offers is one the reader takes.
    let values = attribute("storage")["type"]
        .as_str()
        .expect("a type")
        .to_owned();
    for value in values.split('|').map(|v| v.trim().trim_matches('\'')) {
        assert!(
            StorageMode::from_attribute(value).is_some(),
            "storage=\"{value}\""
        );
    }
    assert_eq!(values.split('|').count(), 3, "local, session and memory");
    // The care team's file has one value, the one the reader takes, and no default (off).
    let care_team_file = attribute("care-team-file");
    assert_eq!(
        care_team_file["type"],
        format!("'{}'", crate::settings::CareTeamFile::FHIR_R4)
    );
    assert_eq!(care_team_file["default"], Value::Null);
    assert!(reader.contains("eq_ignore_ascii_case(CareTeamFile::FHIR_R4)"));
}

/// The name of the event a `new_with_event_init_dict(` or `new(` call makes, given the text
/// after the opening: a string literal, or a `const` of the same file holding one.
fn event_name(after: &str, file: &str) -> String {
    let argument = after.split([',', ')']).next().unwrap_or_default().trim();
    if let Some(literal) = argument.strip_prefix('"') {
        return literal.trim_end_matches('"').to_owned();
    }
    let declared = format!("const {argument}: &str = \"");
    literals_after(file, &declared)
        .pop()
        .unwrap_or_else(|| panic!("an event named by `{argument}`, which is no const here"))
}

#[test]
fn the_manifest_names_exactly_the_events_the_bundle_dispatches() {
    let mut dispatched = BTreeSet::new();
    for (_, text) in sources("rs") {
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for opening in [
            "CustomEvent::new_with_event_init_dict(",
            "CustomEvent::new(",
        ] {
            for (at, _) in text.match_indices(opening) {
                dispatched.insert(event_name(&text[at + opening.len()..], text));
            }
        }
    }
    // The loader too: any event it makes, and the ones it listens for from the bundle.
    let loader = include_str!("widgets.js");
    dispatched.extend(literals_after(
        &loader.replace('\'', "\""),
        "new CustomEvent(\"",
    ));
    for heard in literals_after(&loader.replace('\'', "\""), "addEventListener(\"") {
        if heard.starts_with("recovery-") {
            dispatched.insert(heard);
        }
    }
    assert_same("events", &names("events"), &dispatched);

    // The ready event's detail has exactly the fields the manifest gives it.
    let mount = include_str!("mount.rs");
    let fields: BTreeSet<String> = literals_after(mount, "Reflect::set(&detail, &\"")
        .into_iter()
        .collect();
    let ready = manifest()["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["name"] == "recovery-widget-ready")
        .cloned()
        .expect("the ready event");
    let declared: Vec<String> = ready["detailFields"]
        .as_object()
        .expect("detailFields")
        .keys()
        .cloned()
        .collect();
    assert_same("the ready event's detail", &declared, &fields);
}

#[test]
fn the_manifest_names_exactly_the_css_custom_properties_with_their_defaults() {
    let mut used = BTreeSet::new();
    let mut defaults = Vec::new();
    for (path, css) in sources("css") {
        for (at, _) in css.match_indices("var(--rw-") {
            let inside = &css[at + "var(".len()..];
            let inside = &inside[..inside.find(')').expect("var( ends")];
            let (name, fallback) = inside.split_once(',').unwrap_or((inside, ""));
            used.insert(name.trim().to_owned());
            defaults.push((
                path.clone(),
                name.trim().to_owned(),
                fallback.trim().to_owned(),
            ));
        }
    }
    assert_same("CSS custom properties", &names("cssProperties"), &used);
    for property in manifest()["cssProperties"]
        .as_array()
        .expect("cssProperties")
    {
        for (path, name, fallback) in &defaults {
            if property["name"] == name.as_str() {
                assert_eq!(
                    property["default"].as_str(),
                    Some(fallback.as_str()),
                    "{name}: host-api.json's default is not the fallback in {}",
                    path.display()
                );
            }
        }
    }
}

/// The first column of the first table after `heading` in the README, cell by cell.
fn readme_table(heading: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let section = readme
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("the README has `{heading}`"))
        .1;
    section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2) // the header and its rule
        .map(|line| line.split('|').nth(1).unwrap_or_default().to_owned())
        .collect()
}

/// The `code` spans in some Markdown.
fn code_spans(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_readme_tables_agree_with_the_manifest() {
    let attributes: Vec<String> = readme_table("### Attributes")
        .iter()
        .flat_map(|cell| code_spans(cell))
        .collect();
    // The README may order its rows for a reader; each name appears once.
    let listed: BTreeSet<String> = attributes.iter().cloned().collect();
    assert_eq!(
        listed.len(),
        attributes.len(),
        "README.md, ### Attributes: a row twice"
    );
    assert_same("README.md, ### Attributes", &names("attributes"), &listed);
    let properties: Vec<String> = readme_table("### Theme")
        .iter()
        .flat_map(|cell| code_spans(cell))
        .collect();
    let listed: BTreeSet<String> = properties.iter().cloned().collect();
    assert_eq!(
        listed.len(),
        properties.len(),
        "README.md, ### Theme: a property twice"
    );
    assert_same("README.md, ### Theme", &names("cssProperties"), &listed);
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let events = readme
        .split_once("\n### Events\n")
        .expect("### Events")
        .1
        .split("\n#")
        .next()
        .unwrap_or_default();
    let named: BTreeSet<String> = code_spans(events)
        .into_iter()
        .filter(|span| span.starts_with("recovery-widget"))
        .collect();
    assert_same("README.md, ### Events", &names("events"), &named);
}

/// Every `<tag>:not(:defined) { … min-height: <height>; }` rule in some CSS, as (tag, height).
fn loading_rules(css: &str) -> Vec<(String, String)> {
    css.match_indices(":not(:defined)")
        .map(|(at, _)| {
            let tag = css[..at]
                .rsplit(|c: char| c.is_whitespace() || c == '{' || c == '}' || c == ',')
                .next()
                .unwrap_or_default()
                .to_owned();
            let rule = &css[at..];
            let rule = &rule[..rule.find('}').expect("the rule ends")];
            let height = rule
                .split_once("min-height:")
                .map(|(_, rest)| rest.split(';').next().unwrap_or_default().trim().to_owned())
                .unwrap_or_default();
            (tag, height)
        })
        .collect()
}

#[test]
fn the_room_kept_while_loading_is_the_manifest_s_everywhere() {
    let declared: Vec<(String, String)> = manifest()["elements"]
        .as_array()
        .expect("elements")
        .iter()
        .map(|e| {
            let tag = e["tag"].as_str().expect("a tag").to_owned();
            let height = e["loadingHeight"]
                .as_str()
                .unwrap_or_else(|| panic!("<{tag}> has a loadingHeight in host-api.json"))
                .to_owned();
            (tag, height)
        })
        .collect();
    // The loader keeps it from the moment it runs.
    let loader = include_str!("widgets.js");
    let table = loader
        .split_once("const LOADING_HEIGHT = {")
        .expect("widgets.js declares LOADING_HEIGHT")
        .1;
    let table = &table[..table.find('}').expect("LOADING_HEIGHT ends")];
    let in_loader: Vec<(String, String)> = table
        .lines()
        .filter_map(|line| line.trim().trim_end_matches(',').split_once(": "))
        .map(|(tag, height)| {
            (
                tag.trim_matches('\'').to_owned(),
                height.trim_matches('\'').to_owned(),
            )
        })
        .collect();
    assert_eq!(in_loader, declared, "widgets.js's LOADING_HEIGHT");
    // The rules a host copies, and the demo pages' own.
    for file in ["docs/hosting.md", "www/site.css", "www/csp.css"] {
        let text = std::fs::read_to_string(root().join(file)).expect(file);
        assert_eq!(
            loading_rules(&text),
            declared,
            "{file}'s :not(:defined) rules"
        );
    }
}
