//! In "Share a copy", when the host offers it: the chosen parts as a file for the person's care
//! team's computer system (a FHIR R4 document, made in core: [`recovery_core::format::fhir`]).

use super::hand_over::{hand_over, CopyMaker, HandedOver};
use crate::browser;
use crate::i18n::use_words;
use crate::settings::CareTeamFile;
use crate::store::RecordStore;
use leptos::prelude::*;
use recovery_core::format::fhir::care_team_file;
use recovery_core::format::share::SharePart;
use recovery_core::text::Text;

/// The file's type: FHIR's own JSON media type.
const FHIR_JSON: &str = "application/fhir+json";

/// A button, and one sentence saying what the file is for, shown only when the host set
/// `care-team-file="fhir-r4"` (never on a kiosk, where there is no "Share a copy"). The file
/// goes the way the readable copy goes: the share menu, or a download where there is none.
#[component]
pub fn CareTeamFileChoice(
    /// The record to make the file from.
    store: RecordStore,
    /// The parts the person chose in "Share a copy".
    chosen: RwSignal<Vec<SharePart>>,
    /// Where to say it worked.
    message: RwSignal<String>,
    /// Where to say what is needed first.
    problem: RwSignal<String>,
) -> impl IntoView {
    let offered = use_context::<CareTeamFile>().is_some_and(|c| c.0);
    offered.then(|| {
        let words = use_words();
        let choose_one = words.get(Text::ShareChooseOne);
        let (shared, saved) = (words.get(Text::ShareShared), words.get(Text::ShareSaved));
        let maker = CopyMaker::from_context(words.clone());
        let save = move |_| {
            message.set(String::new());
            problem.set(String::new());
            let parts = chosen.get_untracked();
            if parts.is_empty() {
                problem.set(choose_one.clone());
                return;
            }
            let now = browser::now();
            let settings = maker.settings(now);
            let file = store.with_untracked(|r| care_team_file(r, &parts, &settings, now));
            // Named for what it is and the day, never for the person.
            let name = format!(
                "care-team-file-{}.json",
                browser::local_date_for_file_name()
            );
            let said = HandedOver {
                message,
                shared: shared.clone(),
                saved: saved.clone(),
                what: "the care team's file",
            };
            hand_over(name, FHIR_JSON, file, said);
        };
        view! {
            <div class="rw-care-team-file">
                <p id="rw-care-team-about">{words.get(Text::CareTeamAbout)}</p>
                <button type="button" class="rw-button rw-button-quiet"
                    aria-describedby="rw-care-team-about" on:click=save>
                    {words.get(Text::CareTeamSend)}
                </button>
            </div>
        }
    })
}
