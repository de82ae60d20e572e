//! The size floor: the least a bundle holding our domain weighs, before any widget is drawn.
//!
//! Each export calls into `recovery-core` the way the bundle does (reading a stored or
//! imported record, writing it back, merging two copies, one change, the take-home code and
//! its QR picture, a host's catalogue and crisis lines), so the linker keeps the same domain
//! code the bundle keeps. With the `leptos` feature, one small form is drawn as well.
//!
//! It is a floor, not an estimate: the bundle also carries the whole catalogue of words, the
//! built-in life domains and qualities, every edit of the three widgets, their styles, the
//! storage and compression glue and the panic note, none of which is here.
//! `scripts/size-floor.sh` builds both and prints their sizes beside the bundle's.

use recovery_core::format::{self, take_home};
use recovery_core::{crisis, merge, text, ItemId, Record, Removals, Timestamp};
use wasm_bindgen::prelude::*;

fn read(text: &str) -> Result<Record, String> {
    format::import_json(text).map_err(|e| e.to_string())
}

/// A file read and written again.
#[wasm_bindgen]
pub fn import_and_export(file: &str) -> Result<String, String> {
    Ok(format::export_json(&read(file)?))
}

/// A stored copy read, summed up and stored again.
#[wasm_bindgen]
pub fn read_and_store(stored: &str) -> Result<String, String> {
    let (record, version) = format::read_stored(stored).map_err(|e| e.to_string())?;
    let goals = record.summary().goals;
    Ok(format!(
        "{version} {goals} {}",
        format::to_storage_json(&record)
    ))
}

/// Two copies brought together, as when another tab saves.
#[wasm_bindgen]
pub fn merge_copies(ours: &str, theirs: &str) -> Result<String, String> {
    let merged = merge(&read(ours)?, &read(theirs)?, Removals::Follow);
    Ok(format::to_storage_json(&merged))
}

/// The take-home code: short ids, the text, a split, the link, its QR picture, read back.
#[wasm_bindgen]
pub fn take_home_code(file: &str, page: &str) -> Result<String, String> {
    let short = take_home::with_short_ids(&read(file)?);
    let code = take_home::code_text(&short);
    let split = take_home::split_in_two(&short).is_some();
    let link = take_home::link(page, 1, 2, code.as_bytes());
    let drawn = take_home::qr_picture(&link).is_some();
    let read_back = take_home::read_fragment(&link).is_some();
    Ok(format!(
        "{split} {drawn} {read_back} {}",
        take_home::base43_encode(code.as_bytes())
    ))
}

/// A host's own words and crisis lines.
#[wasm_bindgen]
pub fn host_words(lang: &str, json: &str) -> Result<String, String> {
    let words = text::Catalogue::with_host_text(lang, json).map_err(|e| e.to_string())?;
    let crisis = crisis::crisis_lines_from_json(json, lang, "en");
    let lines = crisis
        .for_words(&words)
        .into_iter()
        .map(|l| format!("{} {}", l.name, l.number));
    let said = words.fill(text::Text::GoalProgress, &[("done", "1")]);
    Ok(lines
        .chain(crisis.problems)
        .fold(said, |all, line| all + "\n" + &line))
}

/// One change to a new record, stored.
#[wasm_bindgen]
pub fn one_change(now: f64, goal: &str) -> Result<String, String> {
    let now = Timestamp::from_millis(now as i64);
    let mut record = Record::new(now);
    record
        .apply(now, |r| r.goals.add_goal(goal, ItemId::new(goal), now))
        // The bundle words a refused change from its catalogue, not EditError's own text.
        .map_err(|_| String::from("refused"))?;
    Ok(format::to_storage_json(&record))
}

#[cfg(feature = "leptos")]
mod form {
    use leptos::prelude::*;

    /// The least a widget draws: a button, a text box, a part shown on a condition, a list.
    #[component]
    fn SmallForm() -> impl IntoView {
        let (count, set_count) = signal(0);
        let (words, set_words) = signal(String::new());
        let items = RwSignal::new(vec![1u32, 2, 3]);
        let more_than_two = move || count.get() > 2;
        view! {
            <div>
                <button on:click=move |_| set_count.update(|n| *n += 1)>"Add one"</button>
                <p>{move || count.get()}</p>
                <input prop:value=words on:input=move |e| set_words.set(event_target_value(&e)) />
                <Show when=more_than_two><p>"More than two"</p></Show>
                <ul>
                    <For each=move || items.get() key=|i| *i let:i>
                        <li>{i}</li>
                    </For>
                </ul>
            </div>
        }
    }

    #[wasm_bindgen::prelude::wasm_bindgen(start)]
    pub fn start() {
        mount_to_body(SmallForm);
    }
}
