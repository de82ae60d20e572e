//! One question in one life area: its answers and a box to add another.

use super::entry_row::EntryRow;
use crate::browser::new_id;
use crate::common::{edit_message, Ideas};
use crate::i18n::use_words;
use crate::store::use_draft;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::inventory::Question;
use recovery_core::text::Text;

/// One question in one life area: the person's answers, a box to add another, and example
/// ideas they can reveal when stuck.
#[component]
pub fn QuestionBlock(
    /// The life domain's id.
    domain: String,
    /// Which of the three questions.
    question: Question,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let base_id = format!("rw-{domain}-{}", question.key());
    let input_id = format!("{base_id}-new");
    let ideas_id = format!("{base_id}-ideas");
    let hint_id = format!("{base_id}-hint");
    let draft = use_draft(format!("inventory:{domain}:{}", question.key()));
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let new_box: NodeRef<html::Textarea> = NodeRef::new();

    // This question's answers, and which wishes are priorities: the only memos here that read
    // the record. A change elsewhere (another widget, another area) leaves them equal, so no
    // answer's row runs again.
    let answers = {
        let domain = domain.clone();
        Memo::new(move |_| store.with(|r| r.inventory.answers(&domain, question).to_vec()))
    };
    let priority_wishes = {
        let domain = domain.clone();
        Memo::new(move |_| store.with(|r| r.inventory.priority_wishes(&domain)))
    };
    let entry_ids =
        Memo::new(move |_| answers.with(|a| a.iter().map(|e| e.id.clone()).collect::<Vec<_>>()));

    let add = {
        let domain = domain.clone();
        let words = words.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let text = draft.get_untracked();
            match store.change(|r, now| {
                r.inventory
                    .add_entry(&domain, question, &text, new_id(), now)
            }) {
                Ok(()) => {
                    draft.set(String::new());
                    problem.set(None);
                }
                Err(error) => problem.set(edit_message(&words, &error)),
            }
            if let Some(input) = new_box.get() {
                let _ = input.focus();
            }
        }
    };

    let ideas = words.domain_ideas(&domain, question);
    let has_ideas = !ideas.is_empty();
    let (title, hint) = match question {
        Question::HaveNow => (Text::QuestionHaveNow, Text::QuestionHaveNowHint),
        Question::Want => (Text::QuestionWant, Text::QuestionWantHint),
        Question::HelpedBefore => (Text::QuestionHelpedBefore, Text::QuestionHelpedBeforeHint),
    };
    let domain_for_rows = domain.clone();

    view! {
        <section class="rw-question" aria-labelledby=format!("{base_id}-title")>
            <h4 id=format!("{base_id}-title")>{words.get(title)}</h4>
            <p class="rw-hint" id=hint_id.clone()>{words.get(hint)}</p>
            <ul class="rw-entries">
                <For each=move || entry_ids.get() key=|id| id.clone() let:id>
                    <EntryRow id=id domain=domain_for_rows.clone() question=question
                        answers=answers priority_wishes=priority_wishes/>
                </For>
            </ul>
            <form autocomplete="off" class="rw-add" on:submit=add>
                <label for=input_id.clone()>{words.get(Text::EntryNewLabel)}</label>
                <div class="rw-add-row">
                    <textarea dir="auto" autocomplete="off" id=input_id rows="2" node_ref=new_box
                        aria-describedby=hint_id
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                    <button type="submit" class="rw-button">{words.get(Text::EntryAdd)}</button>
                </div>
                <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            </form>
            {has_ideas.then(|| view! { <Ideas id=ideas_id ideas=ideas/> })}
        </section>
    }
}
