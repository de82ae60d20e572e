//! What the record's own things are called on screen: life areas, personal qualities, and
//! the plan's sections and lists. The host's wording where it has some (under the keys
//! [`DomainPreset::name_key`], [`PlanSection::title_key`] and the like), else ours; a life
//! area of the host's own with no name in its wording is shown by its id.

use crate::inventory::Question;
use crate::plan::{PlanList, PlanSection};
use crate::presets::{self, DomainPreset, QualityPreset};
use crate::text::Catalogue;

impl Catalogue {
    /// A life area's name.
    pub fn domain_name<'a>(&'a self, id: &'a str) -> &'a str {
        let default = presets::domain(id).map_or(id, |d| d.name);
        self.lookup(&DomainPreset::name_key(id), default)
    }

    /// Example ideas for one question in a life area, one a line (none for a host's own
    /// area unless the host wrote some).
    pub fn domain_ideas(&self, id: &str, question: Question) -> impl Iterator<Item = &str> {
        let default = presets::domain(id).map_or("", |d| d.ideas_for(question));
        lines(self.lookup(&DomainPreset::ideas_key(id, question), default))
    }

    /// A personal quality's name.
    pub fn quality_name<'a>(&'a self, id: &'a str) -> &'a str {
        let default = presets::quality(id).map_or(id, |q| q.name);
        self.lookup(&QualityPreset::name_key(id), default)
    }

    /// A personal quality's line.
    pub fn quality_about(&self, id: &str) -> &str {
        let default = presets::quality(id).map_or("", |q| q.about);
        self.lookup(&QualityPreset::about_key(id), default)
    }

    /// A plan section's heading.
    pub fn plan_section_title(&self, section: PlanSection) -> &str {
        self.lookup(&section.title_key(), section.title())
    }

    /// A plan section's explanation.
    pub fn plan_section_about(&self, section: PlanSection) -> &str {
        self.lookup(&section.about_key(), section.about())
    }

    /// A plan list's heading.
    pub fn plan_list_title(&self, list: PlanList) -> &str {
        self.lookup(&list.title_key(), list.title())
    }

    /// A plan list's example ideas, one a line.
    pub fn plan_list_ideas(&self, list: PlanList) -> impl Iterator<Item = &str> {
        lines(self.lookup(&list.ideas_key(), list.ideas()))
    }
}

/// The lines of a list of ideas that have words in them.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(json: &str) -> Catalogue {
        Catalogue::with_host_text("en-AU", json).unwrap()
    }

    #[test]
    fn built_in_names_unless_the_host_rewords_them() {
        let ours = Catalogue::english();
        let theirs = host(
            r#"{ "domain.health": "Body and mind", "quality.hope": "Hopeful",
                 "plan.section.crisis": "In a crisis", "plan.list.toolbox": "What helps" }"#,
        );
        type Name = dyn Fn(&Catalogue) -> &str;
        let cases: [(&Name, &str, &str); 4] = [
            (
                &|c| c.domain_name("health"),
                "Health and wellbeing",
                "Body and mind",
            ),
            (&|c| c.quality_name("hope"), "Hope", "Hopeful"),
            (
                &|c| c.plan_section_title(PlanSection::Crisis),
                PlanSection::Crisis.title(),
                "In a crisis",
            ),
            (
                &|c| c.plan_list_title(PlanList::Toolbox),
                PlanList::Toolbox.title(),
                "What helps",
            ),
        ];
        for (name, built_in, reworded) in cases {
            assert_eq!(name(&ours), built_in);
            assert_eq!(name(&theirs), reworded);
        }
    }

    #[test]
    fn a_hosts_own_area_is_named_by_its_id_until_the_host_names_it() {
        assert_eq!(Catalogue::english().domain_name("culture"), "culture");
        assert_eq!(
            Catalogue::english()
                .domain_ideas("culture", Question::HaveNow)
                .count(),
            0
        );
        let named = host(
            r#"{ "domain.culture": "Culture", "domain.culture.ideas.have_now": "Dance\n\n Song " }"#,
        );
        assert_eq!(named.domain_name("culture"), "Culture");
        assert_eq!(
            named
                .domain_ideas("culture", Question::HaveNow)
                .collect::<Vec<_>>(),
            ["Dance", " Song "]
        );
    }

    #[test]
    fn ideas_are_one_a_line_without_blank_lines() {
        let c = host(r#"{ "plan.list.toolbox.ideas": "Tea\n  \nA walk\n" }"#);
        let ideas: Vec<&str> = c.plan_list_ideas(PlanList::Toolbox).collect();
        assert_eq!(ideas, ["Tea", "A walk"]);
        let english = Catalogue::english();
        assert_eq!(english.plan_list_ideas(PlanList::PeopleToAsk).count(), 0);
        assert_eq!(english.domain_ideas("health", Question::Want).count(), 3);
    }
}
