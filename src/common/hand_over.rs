//! What "Share a copy" and the care team's file both need: the settings core makes a copy
//! with (what only the browser and the host know), and handing the finished file to the
//! person.

use crate::browser::{self, Handover};
use crate::i18n::Words;
use crate::settings::{HostCrisisLines, LifeDomains};
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::share::ShareSettings;
use recovery_core::Timestamp;
use wasm_bindgen_futures::JsFuture;

/// What a copy is made with besides the record: the person's words, and what the host set.
/// Taken when the component is set up (where the host's settings are in context), used on
/// each click.
#[derive(Clone)]
pub(super) struct CopyMaker {
    words: Words,
    crisis: Option<HostCrisisLines>,
    domains: Option<LifeDomains>,
}

impl CopyMaker {
    /// The person's words and the host's crisis lines and life areas, from context.
    pub(super) fn from_context(words: Words) -> Self {
        CopyMaker {
            words,
            crisis: use_context::<HostCrisisLines>(),
            domains: use_context::<LifeDomains>(),
        }
    }

    /// How a copy made `now` is written: in the person's language, with dates and numbers as
    /// the browser writes them in it, and the host's crisis lines and life areas.
    pub(super) fn settings(&self, now: Timestamp) -> ShareSettings<'_> {
        let words = &self.words;
        let lang = words.lang();
        let mut settings = ShareSettings::new(words.catalogue(), &browser::long_date(now, &lang));
        let date_lang = lang.clone();
        settings.date = Box::new(move |d| browser::long_calendar_date(d, &date_lang));
        settings.number = Box::new(move |n| browser::number(n, &lang));
        if let Some(crisis) = &self.crisis {
            settings.crisis_lines = words.crisis_lines(&crisis.0);
        }
        if let Some(domains) = &self.domains {
            settings.domains = domains.domains.clone();
        }
        settings
    }
}

/// What to say when a file has been handed over.
pub(super) struct HandedOver {
    /// Where to say it.
    pub message: RwSignal<String>,
    /// The share menu took it.
    pub shared: String,
    /// It was downloaded.
    pub saved: String,
    /// What the file is, for the web team's console if it could not be handed over.
    pub what: &'static str,
}

/// Hands a file to the person: to the system's share menu, or as a download where there is
/// none, and says which. If the share menu refuses it (not the person closing the menu), the
/// file is downloaded instead, so they are never left with nothing. Call it straight from a
/// click: the share menu needs the person's gesture.
pub(super) fn hand_over(name: String, mime: &'static str, contents: String, said: HandedOver) {
    let HandedOver {
        message,
        shared,
        saved,
        what,
    } = said;
    let could_not = move |e: wasm_bindgen::JsValue| {
        browser::warn_web_team(&format!("{what} could not be handed over: {e:?}"))
    };
    match browser::share_or_download(&name, mime, &contents) {
        Ok(Handover::Saved) => message.set(saved),
        Ok(Handover::Sharing(promise)) => spawn_local(async move {
            match JsFuture::from(promise).await {
                Ok(_) => message.set(shared),
                Err(e) if browser::share_was_cancelled(&e) => {}
                Err(_) => match browser::download(&name, mime, &contents) {
                    Ok(()) => message.set(saved),
                    Err(e) => could_not(e),
                },
            }
        }),
        Err(e) => could_not(e),
    }
}
