//! The widget's words: the host's catalogue, provided to every component as context.

use leptos::prelude::*;
use recovery_core::inventory::Question;
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::text::{Catalogue, Text};
use std::sync::Arc;

/// The catalogue in use, cheap to clone into views.
#[derive(Clone, Debug)]
pub struct Words(Arc<Catalogue>);

impl Words {
    /// Wraps a catalogue.
    pub fn new(catalogue: Catalogue) -> Self {
        Words(Arc::new(catalogue))
    }

    /// The wording for a piece of text.
    pub fn get(&self, text: Text) -> String {
        self.0.text(text).to_owned()
    }

    /// The wording with its `{name}` placeholders filled.
    pub fn fill(&self, text: Text, values: &[(&str, &str)]) -> String {
        self.0.fill(text, values)
    }

    /// The language tag.
    pub fn lang(&self) -> String {
        self.0.lang().to_owned()
    }

    /// A life domain's name.
    pub fn domain_name(&self, id: &str) -> String {
        self.0.domain_name(id).to_owned()
    }

    /// Example ideas for one question in a domain, one a line (none for a host's own domain
    /// unless the host wrote some).
    pub fn domain_ideas(&self, id: &str, question: Question) -> Vec<String> {
        self.0
            .domain_ideas(id, question)
            .map(str::to_owned)
            .collect()
    }

    /// A personal quality's name.
    pub fn quality_name(&self, id: &str) -> String {
        self.0.quality_name(id).to_owned()
    }

    /// A personal quality's line.
    pub fn quality_about(&self, id: &str) -> String {
        self.0.quality_about(id).to_owned()
    }

    /// A plan section's heading.
    pub fn plan_section_title(&self, section: PlanSection) -> String {
        self.0.plan_section_title(section).to_owned()
    }

    /// A plan section's explanation.
    pub fn plan_section_about(&self, section: PlanSection) -> String {
        self.0.plan_section_about(section).to_owned()
    }

    /// A plan list's heading.
    pub fn plan_list_title(&self, list: PlanList) -> String {
        self.0.plan_list_title(list).to_owned()
    }

    /// A plan list's example ideas.
    pub fn plan_list_ideas(&self, list: PlanList) -> Vec<String> {
        self.0.plan_list_ideas(list).map(str::to_owned).collect()
    }
}

/// The words for the widget being rendered.
pub fn use_words() -> Words {
    expect_context::<Words>()
}
