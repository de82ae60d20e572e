//! What a copy of a record holds, shown before the person chooses what to do with it.

use super::save_a_copy::save_a_copy;
use super::use_import::Import;
use crate::browser;
use crate::i18n::use_words;
use crate::store::use_record;
use crate::widget::every_widget;
use leptos::prelude::*;
use recovery_core::text::Text;

/// The copy waiting in `import`, in counts and its date, with the choices: add it, put it in
/// place of this record (after saving a copy first, if the person likes), or leave it.
/// Answers from a take-home code can only be added: a code may be one of several, and
/// replacing would drop the others and all that is here.
/// (A plain function rather than a component: it has one caller and nothing to gain from
/// props.)
pub fn import_preview(import: Import) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    move || {
        import.pending.with(|p| {
            p.as_ref().map(|record| {
                let s = record.summary();
                // A record holds every widget's part, whichever widget opens it.
                let numbers: Vec<(&str, String)> = every_widget()
                    .iter()
                    .flat_map(|w| w.preview)
                    .map(|c| (c.placeholder, (c.count)(&s).to_string()))
                    .chain([("date", browser::long_date(s.updated, &words.lang()))])
                    .collect();
                let values: Vec<(&str, &str)> =
                    numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let text = words.fill(Text::DataImportPreview, &values);
                let by_code = import.from_code.get();
                let title = words.get(if by_code.is_some() {
                    Text::TakeHomeArrivedTitle
                } else {
                    Text::DataImport
                });
                let notes = match by_code {
                    Some((part, parts)) => {
                        let numbers = [("part", part.to_string()), ("parts", parts.to_string())];
                        let numbers = numbers.each_ref().map(|(k, v)| (*k, v.as_str()));
                        let which =
                            (parts > 1).then(|| words.fill(Text::TakeHomeArrived, &numbers));
                        view! {
                            {which.map(|w| view! { <p>{w}</p> })}
                            <p>{words.get(Text::TakeHomeHistory)}</p>
                        }
                        .into_any()
                    }
                    None => view! { <p><strong>{words.get(Text::DataImportWarning)}</strong></p> }
                        .into_any(),
                };
                let replacing = by_code.is_none().then(|| {
                    view! {
                        <button type="button" class="rw-button"
                            on:click=move |_| import.replace()>{words.get(Text::DataImportConfirm)}</button>
                        <button type="button" class="rw-button rw-button-quiet"
                            on:click=move |_| save_a_copy(store)>{words.get(Text::DataImportSaveFirst)}</button>
                    }
                });
                view! {
                    <div class="rw-preview" role="group" aria-label=title>
                        <p>{text}</p>
                        {notes}
                        <div class="rw-actions">
                            <button type="button" class="rw-button" node_ref=import.choice
                                on:click=move |_| import.add()>{words.get(Text::DataImportMerge)}</button>
                            {replacing}
                            <button type="button" class="rw-button rw-button-quiet"
                                on:click=move |_| import.cancel()>{words.get(Text::DataImportCancel)}</button>
                        </div>
                    </div>
                }
            })
        })
    }
}
