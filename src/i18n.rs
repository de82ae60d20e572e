//! The widget's words: the host's catalogue, provided to every component as context.

use leptos::prelude::*;
use recovery_core::inventory::Question;
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::presets::{self, DomainPreset, QualityPreset};
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
        let default = presets::domain(id).map_or(id, |d| d.name);
        self.0
            .lookup(&DomainPreset::name_key(id), default)
            .to_owned()
    }

    /// Example ideas for one question in a domain, one a line (none for a host's own domain
    /// unless the host wrote some).
    pub fn domain_ideas(&self, id: &str, question: Question) -> Vec<String> {
        let default = presets::domain(id).map_or("", |d| d.ideas_for(question));
        self.0
            .lookup(&DomainPreset::ideas_key(id, question), default)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// A personal quality's name.
    pub fn quality_name(&self, id: &str) -> String {
        let default = presets::quality(id).map_or(id, |q| q.name);
        self.0
            .lookup(&QualityPreset::name_key(id), default)
            .to_owned()
    }

    /// A personal quality's line.
    pub fn quality_about(&self, id: &str) -> String {
        let default = presets::quality(id).map_or("", |q| q.about);
        self.0
            .lookup(&QualityPreset::about_key(id), default)
            .to_owned()
    }
}

impl Words {
    /// A plan section's heading.
    pub fn plan_section_title(&self, section: PlanSection) -> String {
        self.0
            .lookup(&section.title_key(), section.title())
            .to_owned()
    }

    /// A plan section's explanation.
    pub fn plan_section_about(&self, section: PlanSection) -> String {
        self.0
            .lookup(&section.about_key(), section.about())
            .to_owned()
    }

    /// A plan list's heading.
    pub fn plan_list_title(&self, list: PlanList) -> String {
        self.0.lookup(&list.title_key(), list.title()).to_owned()
    }

    /// A plan list's example ideas.
    pub fn plan_list_ideas(&self, list: PlanList) -> Vec<String> {
        self.0
            .lookup(&list.ideas_key(), list.ideas())
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// The words for the widget being rendered.
pub fn use_words() -> Words {
    expect_context::<Words>()
}
