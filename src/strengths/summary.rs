//! The strengths profile, to keep, show or print.

use super::kind_chart::KindChart;
use super::priorities::priority_label;
use crate::browser::long_date;
use crate::common::SummarySection;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::Question;
use recovery_core::text::Text;

/// The strengths profile: everything the person has written, arranged to be shown or printed
/// with pride.
#[component]
pub fn SummaryPart() -> impl IntoView {
    let store = use_record();
    let settings = expect_context::<LifeDomains>();
    let words = use_words();

    let body = {
        let words = words.clone();
        move || {
            store.with(|record| {
                let inv = &record.inventory;
                if inv.is_empty() {
                    return view! { <p class="rw-empty">{words.get(Text::SummaryEmpty)}</p> }
                        .into_any();
                }
                let areas = inv
                    .areas_for_profile(&settings.domains)
                    .into_iter()
                    .map(|answers| {
                        let groups = Question::ALL
                            .into_iter()
                            .filter_map(|q| {
                                let items: Vec<String> = answers.words(q).map(str::to_owned).collect();
                                (!items.is_empty()).then(|| {
                                    let heading = match q {
                                        Question::HaveNow => Text::SummaryHaveNow,
                                        Question::Want => Text::SummaryWant,
                                        Question::HelpedBefore => Text::SummaryHelpedBefore,
                                    };
                                    view! {
                                        <div class=format!("rw-summary-group rw-summary-{}", q.key())>
                                            <h5>{words.get(heading)}</h5>
                                            <ul>{items.into_iter().map(|t| view! { <li dir="auto">{t}</li> }).collect_view()}</ul>
                                        </div>
                                    }
                                })
                            })
                            .collect_view();
                        view! {
                            <section class="rw-summary-area">
                                <h4>{words.domain_name(&answers.domain)}</h4>
                                <div class="rw-summary-groups">{groups}</div>
                            </section>
                        }
                    })
                    .collect_view();

                let qualities = inv.qualities_top_first();
                let qualities = (!qualities.is_empty()).then(|| {
                    let items = qualities
                        .into_iter()
                        .map(|q| {
                            let top = q.top.then(|| {
                                view! {
                                    <span aria-hidden="true">" ★"</span>
                                    <span class="rw-visually-hidden">" (" {words.get(Text::SummaryTopQuality)} ")"</span>
                                }
                            });
                            view! {
                                <li class:rw-top=q.top>
                                    <strong>{words.quality_name(&q.quality)}</strong>{top}
                                    " — " {words.quality_about(&q.quality)}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="rw-summary-qualities">
                            <h4>{words.get(Text::SummaryQualities)}</h4>
                            <ul>{items}</ul>
                        </section>
                    }
                });

                let priorities = (!inv.priorities.is_empty()).then(|| {
                    let items = inv
                        .priorities
                        .iter()
                        .map(|p| view! { <li>{priority_label(&words, inv, p)}</li> })
                        .collect_view();
                    view! {
                        <section class="rw-summary-priorities">
                            <h4>{words.get(Text::SummaryPriorities)}</h4>
                            <ol>{items}</ol>
                        </section>
                    }
                });

                let updated = words.fill(
                    Text::SummaryUpdated,
                    &[("date", &long_date(record.updated, &words.lang()))],
                );
                view! {
                    <p class="rw-summary-intro">{words.get(Text::SummaryIntro)}</p>
                    <p class="rw-updated">{updated}</p>
                    {priorities}
                    <KindChart counts=inv.kind_counts()/>
                    {qualities}
                    {areas}
                }
                .into_any()
            })
        }
    };

    view! {
        <SummarySection class="rw-summary" heading_id="rw-summary-title"
            title=words.get(Text::SummaryTitle) print_label=words.get(Text::SummaryPrint)>
            {body}
        </SummarySection>
    }
}
