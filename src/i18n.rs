//! The widget's words: the catalogue of the person's language, provided to every component
//! as context; the language files the loader handed over; and the language the person chose,
//! which is the page's.

use crate::settings::HostLanguages;
use leptos::prelude::*;
use recovery_core::crisis::{CrisisLine, CrisisLines};
use recovery_core::inventory::Question;
use recovery_core::languages::{built_in_language, direction, ByLanguage, Direction};
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::presets::{self, DomainPreset, QualityPreset};
use recovery_core::text::{read_words, Catalogue, CatalogueError, Text};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;

// Page-wide, because the loader fetches each language's file once for every widget, and a
// person's choice of language is theirs on the whole page.
thread_local! {
    /// The built-in languages' words, by tag, as the loader handed them over.
    static LANGUAGE_FILES: RefCell<ByLanguage<BTreeMap<String, String>>> =
        RefCell::new(ByLanguage::default());
    /// The language the person chose on this page ("" until they choose one).
    static CHOSEN: RwSignal<String> = crate::browser::for_the_page(|| RwSignal::new(String::new()));
    /// The languages the first widget on the page offers, to tell the web team when another
    /// offers different ones.
    static OFFERED_ON_PAGE: RefCell<Option<Vec<&'static str>>> = const { RefCell::new(None) };
}

/// Keeps a built-in language's file (its text, a JSON object of key → text) for every widget
/// on the page. A tag that is not built in, or text that is not such an object, is refused.
pub fn add_language_file(tag: &str, json: &str) -> Result<(), CatalogueError> {
    let language = built_in_language(tag).ok_or(CatalogueError::NotAnObjectOfStrings)?;
    let words = read_words(json)?;
    LANGUAGE_FILES.with(|files| files.borrow_mut().set(language, words));
    Ok(())
}

/// Whether a built-in language's words are here (English always is).
pub fn has_language(language: &str) -> bool {
    language == "en" || LANGUAGE_FILES.with(|files| files.borrow().contains(language))
}

/// A language's name in its own words, as the menu of languages shows it.
pub fn language_name(language: &str) -> String {
    let file = LANGUAGE_FILES.with(|files| files.borrow().get(language).cloned());
    file.and_then(|words| words.get(Text::LanguageName.key()).cloned())
        .unwrap_or_else(|| {
            if language == "en" {
                Text::LanguageName.english().to_owned()
            } else {
                language.to_owned()
            }
        })
}

/// The language the person chose on this page ("": each widget's default). A string, as
/// the bundle's other signals hold, not a new signal type.
pub fn chosen_language() -> RwSignal<String> {
    CHOSEN.with(|chosen| *chosen)
}

/// One language in the menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MenuLanguage {
    /// The value chosen (a built-in language's tag).
    pub value: &'static str,
    /// The language the name is written in, for its `lang` attribute: the host's own tag for
    /// a language the host wrote itself.
    pub lang: String,
    /// The language's name, in its own words and script.
    pub name: String,
}

/// Notes the languages a widget offers; when widgets on one page offer different languages,
/// tells the web team (a choice in one cannot then apply to every widget).
pub fn note_offered(offered: &[&'static str]) {
    OFFERED_ON_PAGE.with(|first| {
        let mut first = first.borrow_mut();
        match first.as_deref() {
            None => *first = Some(offered.to_vec()),
            Some(first) if first != offered => crate::browser::warn_web_team(&format!(
                "widgets on this page offer different languages ({} and {}): offer the same \
                 list on each, so a person's choice applies to every widget",
                first.join(" "),
                offered.join(" ")
            )),
            Some(_) => {}
        }
    });
}

impl HostLanguages {
    /// A language as the menu shows it: named in its own words, marked with its own tag. The
    /// default language, when the host wrote it itself (its own `lang` is not built in), is
    /// named by the host's `language.name`, else by its tag.
    pub fn menu_language(&self, language: &'static str) -> MenuLanguage {
        let hosts_own = language == self.default_language()
            && built_in_language(&self.page_lang) != Some(language)
            && self.host_words.contains(language);
        if hosts_own {
            let name = self
                .host_words
                .get(language)
                .and_then(|w| w.get(Text::LanguageName.key()).cloned())
                .unwrap_or_else(|| self.page_lang.clone());
            MenuLanguage {
                value: language,
                lang: self.page_lang.clone(),
                name,
            }
        } else {
            MenuLanguage {
                value: language,
                lang: language.to_owned(),
                name: language_name(language),
            }
        }
    }

    /// The languages the person can choose from: those offered whose words are here (a file
    /// that could not load is left out; the default is always there).
    pub fn available(&self) -> Vec<&'static str> {
        let default = self.default_language();
        self.offered
            .iter()
            .copied()
            .filter(|l| *l == default || has_language(l) || self.host_words.contains(l))
            .collect()
    }

    /// The language a widget shows now: the person's choice if this widget offers it, else
    /// the host's default.
    pub fn current(&self, chosen: &str) -> &'static str {
        self.available()
            .into_iter()
            .find(|l| *l == chosen)
            .unwrap_or_else(|| self.default_language())
    }

    /// The words of one language, ready for views.
    pub fn words(&self, language: &str) -> Words {
        let file = LANGUAGE_FILES.with(|files| files.borrow().get(language).cloned());
        Words::new(self.catalogue(language, file.unwrap_or_default()))
    }
}

/// The catalogue in use, cheap to clone into views.
#[derive(Clone, Debug)]
pub struct Words(Arc<Catalogue>);

impl Words {
    /// Wraps a catalogue.
    pub fn new(catalogue: Catalogue) -> Self {
        Words(Arc::new(catalogue))
    }

    /// The catalogue itself, for core's export formats (a shared copy, a reminder).
    pub fn catalogue(&self) -> &Catalogue {
        &self.0
    }

    /// The wording for a piece of text.
    pub fn get(&self, text: Text) -> String {
        self.0.text(text).to_owned()
    }

    /// The wording with its `{name}` placeholders filled.
    pub fn fill(&self, text: Text, values: &[(&str, &str)]) -> String {
        self.0.fill(text, values)
    }

    /// The language tag, which sets how dates and numbers read.
    pub fn lang(&self) -> String {
        self.0.lang().to_owned()
    }

    /// The language the words are in, for a `lang` attribute.
    pub fn text_lang(&self) -> String {
        self.0.text_lang().to_owned()
    }

    /// Which way the words are written.
    pub fn direction(&self) -> Direction {
        direction(self.0.text_lang())
    }

    /// A number as people write it in this language (`2,000` in English, `٢٬٠٠٠` in Arabic),
    /// through the browser's `Intl`, which holds every language's rules.
    pub fn number(&self, n: usize) -> String {
        crate::browser::number(n, &self.lang())
    }

    /// A phone number inside a sentence. In a right-to-left language it is kept left to right
    /// (an isolate), so "13 11 14" never reads "14 11 13".
    pub fn phone_number(&self, number: &str) -> String {
        match self.direction() {
            Direction::Rtl => format!("\u{2066}{number}\u{2069}"),
            Direction::Ltr => number.to_owned(),
        }
    }

    /// A person's own words inside a sentence in a right-to-left language: set apart (an
    /// isolate) so that words in another script keep their own order.
    pub fn their_words(&self, words: &str) -> String {
        match self.direction() {
            Direction::Rtl => format!("\u{2068}{words}\u{2069}"),
            Direction::Ltr => words.to_owned(),
        }
    }

    /// The crisis lines to show in these words: the host's for this language, or the
    /// defaults.
    pub fn crisis_lines(&self, host: &CrisisLines) -> Vec<CrisisLine> {
        host.for_words(&self.0)
    }

    /// A life domain's name.
    pub fn domain_name(&self, id: &str) -> String {
        presets::domain_name(&self.0, id)
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
        presets::quality_name(&self.0, id)
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
        list.title_in(&self.0)
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
