//! The host's crisis lines, a tap to call or text.

use crate::i18n::use_words;
use crate::settings::HostCrisisLines;
use leptos::html;
use leptos::prelude::*;
use recovery_core::plan::dial_string;
use recovery_core::text::Text;

/// The host's crisis lines, each a tap to call (and to text, where the service takes texts).
/// Always at the top of the planner. Print leaves it out: "My plan on one page" lists the
/// lines first, with their numbers.
#[component]
pub fn CrisisLinesPanel(
    /// The panel's heading, so any part can send the keyboard here.
    heading: NodeRef<html::H3>,
) -> impl IntoView {
    let words = use_words();
    let lines = words.crisis_lines(&expect_context::<HostCrisisLines>().0);
    let items = lines
        .into_iter()
        .map(|line| {
            let call = dial_string(&line.number).map(|number| {
                let label = words.fill(Text::CrisisCall, &[("name", &line.name), ("number", &words.phone_number(&line.number))]);
                view! { <a class="rw-button rw-call" href=format!("tel:{number}")>{label}</a> }
            });
            let text = line.text_number.as_deref().and_then(|t| dial_string(t).map(|n| (t.to_owned(), n))).map(|(shown, number)| {
                let label = words.fill(Text::CrisisText, &[("name", &line.name), ("number", &words.phone_number(&shown))]);
                view! { <a class="rw-button rw-button-quiet rw-call" href=format!("sms:{number}")>{label}</a> }
            });
            view! {
                <li class="rw-crisis-line">
                    <p class="rw-crisis-name"><strong>{line.name.clone()}</strong>
                        {line.hours.clone().map(|h| view! { <span class="rw-crisis-hours">" · "{h}</span> })}
                    </p>
                    {line.description.clone().map(|d| view! { <p class="rw-crisis-about">{d}</p> })}
                    <p class="rw-actions">{call}{text}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="rw-crisis" aria-labelledby="rw-crisis-title">
            <h3 id="rw-crisis-title" tabindex="-1" node_ref=heading>{words.get(Text::CrisisTitle)}</h3>
            <p>{words.get(Text::CrisisIntro)}</p>
            <ul class="rw-crisis-lines">{items}</ul>
        </section>
    }
}
