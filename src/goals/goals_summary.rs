//! Every goal on one page, to keep, show or print.

use super::strength_links::link_name;
use crate::browser::long_calendar_date;
use crate::common::SummarySection;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::{Helper, StepState};
use recovery_core::text::Text;

/// Every goal on one page, with its steps, progress and the strengths it draws on: to keep,
/// show or print.
#[component]
pub fn GoalsSummary() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let body = {
        let words = words.clone();
        move || {
            store.with(|r| {
                if r.goals.goals.is_empty() {
                    return view! { <p class="rw-empty">{words.get(Text::GoalsSummaryEmpty)}</p> }.into_any();
                }
                let lang = words.lang();
                r.goals
                    .goals
                    .iter()
                    .map(|goal| {
                        let (done, total) = goal.progress();
                        let progress = words.fill(Text::GoalProgress, &[("done", &words.number(done)), ("total", &words.number(total))]);
                        let strengths = goal
                            .strengths
                            .iter()
                            .map(|l| link_name(&words, &r.inventory, l).unwrap_or_else(|| words.get(Text::GoalsSummaryGone)))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let steps = goal
                            .steps
                            .iter()
                            .map(|s| {
                                let mark = match s.state() {
                                    StepState::Done => "✓",
                                    StepState::NotThisTime => "↺",
                                    StepState::Open => "○",
                                };
                                let mut details = Vec::new();
                                if let Some(who) = &s.who {
                                    details.push(match who {
                                        Helper::Someone(name) => name.clone(),
                                        other => words.get(other.text()),
                                    });
                                }
                                if let Some(done) = s.done {
                                    details.push(format!("{}: {}", words.get(Text::StepDoneOn), long_calendar_date(done, &lang)));
                                } else if let Some(target) = s.target {
                                    details.push(format!("{}: {}", words.get(Text::StepTarget), long_calendar_date(target, &lang)));
                                }
                                if s.not_this_time {
                                    details.push(words.get(Text::StepNotThisTime));
                                }
                                let details = (!details.is_empty()).then(|| format!(" ({})", details.join(" · ")));
                                view! { <li><span aria-hidden="true">{mark}" "</span><bdi>{s.what.clone()}</bdi>{details}</li> }
                            })
                            .collect_view();
                        view! {
                            <section class="rw-summary-goal">
                                <h4 dir="auto">{goal.text.clone()}</h4>
                                <p class="rw-goal-meta">
                                    {words.get(goal.state.text())} " · " {progress}
                                    {goal.domain.as_ref().map(|d| format!(" · {}", words.domain_name(d)))}
                                </p>
                                {(!goal.why.trim().is_empty()).then(|| view! { <p><strong>{words.get(Text::GoalsSummaryWhy)}</strong>" "<bdi>{goal.why.clone()}</bdi></p> })}
                                {(!strengths.is_empty()).then(|| view! { <p><strong>{words.get(Text::GoalsSummaryStrengths)}</strong>" "{strengths}</p> })}
                                <ul class="rw-summary-steps">{steps}</ul>
                            </section>
                        }
                    })
                    .collect_view()
                    .into_any()
            })
        }
    };
    view! {
        <SummarySection class="rw-summary" heading_id="rw-goals-summary-title"
            title=words.get(Text::GoalsSummaryTitle) print_label=words.get(Text::GoalsSummaryPrint)>
            {body}
        </SummarySection>
    }
}
