//! The bridge between a host page's custom elements and the Leptos widgets.
//!
//! `widgets.js` (the loader hosts include) defines the custom elements and calls
//! [`mount_widget`] when one is connected. Each widget lives in its own open shadow root, so
//! the host's CSS cannot break it and its CSS cannot touch the host. Styles are adopted as a
//! constructed style sheet, which a strict `style-src 'self'` allows (a `<style>` element
//! would be blocked).

use super::attributes::WidgetConfig;
use super::registry;
use crate::browser::warn_web_team;
use crate::common::{LanguageMenu, LockedView};
use crate::i18n::{self, Words};
use crate::settings::{HostCrisisLines, LifeDomains};
use crate::store::{Lock, RecordStore};
use crate::widget::Widget;
use js_sys::{Array, Object, Reflect};
use leptos::mount::mount_to;
use leptos::prelude::*;
use recovery_core::languages::built_in_language;
use recovery_core::text::Text;
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, HtmlElement, ShadowRoot};

/// A widget mounted in an element. Dropping it (or calling `free()` from JavaScript) unmounts
/// the view and releases its reactive state; the record stays.
#[wasm_bindgen]
pub struct MountedWidget {
    _view: Box<dyn Any>,
}

// Page-wide, because every element of one kind can adopt the same sheet: made once, parsed
// once.
thread_local! {
    /// One constructed style sheet per kind of widget, shared by every element of that kind.
    static STYLE_SHEETS: RefCell<Vec<(&'static str, CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts the widget named `tag` in `host`'s shadow root (made if needed, emptied if reused).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(host: HtmlElement, tag: &str) -> Result<MountedWidget, JsValue> {
    let widget = registry::widget(tag)
        .ok_or_else(|| JsValue::from_str(&format!("no widget is called <{tag}>")))?;
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    shadow.set_text_content(None);
    adopt_style_sheet(&shadow, widget)?;

    let config = WidgetConfig::from_element(&host);
    let container: HtmlElement = crate::browser::document()?
        .create_element("div")?
        .unchecked_into();
    container.set_class_name(if config.kiosk.kiosk {
        "rw-root rw-kiosk"
    } else {
        "rw-root"
    });
    shadow.append_child(&container)?;

    let store = RecordStore::for_slot(config.slot.clone());
    let languages = config.languages;
    let chosen = i18n::chosen_language();
    // The language the person chose before, kept with their record (never on a kiosk).
    if chosen.with_untracked(String::is_empty) {
        match config.slot.load_language() {
            Ok(Some(saved)) => {
                let saved = built_in_language(&saved).filter(|l| languages.available().contains(l));
                if let Some(saved) = saved {
                    chosen.set(saved.to_owned());
                }
            }
            Ok(None) => {}
            Err(error) => warn_web_team(&format!(
                "the language chosen before could not be read ({error:?}); showing the default"
            )),
        }
    }
    show_language(
        &container,
        &languages.words(languages.current(&chosen.get_untracked())),
    )?;
    crate::panic_note::watch(&shadow, config.slot.key(), config.kiosk.kiosk);
    let domains = config.domain_ids;
    let crisis_lines = config.crisis_lines;
    let kiosk = config.kiosk;
    let care_team_file = config.care_team_file;
    let slot = config.slot;
    crate::widget::hand_down(registry::WIDGETS);
    crate::kiosk::prepare();
    let bar = kiosk.kiosk || kiosk.quick_exit.is_some();
    let view = mount_to(container.clone(), move || {
        provide_context(store);
        provide_context(LifeDomains { domains });
        provide_context(HostCrisisLines(crisis_lines));
        provide_context(care_team_file);
        let countdown = kiosk.kiosk.then(|| crate::kiosk::use_idle_watch(&kiosk));
        if let Some(url) = &kiosk.quick_exit {
            crate::kiosk::watch_quick_exit(url, kiosk.kiosk);
        }
        // One "Are you still there?" prompt for the page, in the first kiosk widget.
        let prompt = countdown.filter(|_| crate::kiosk::claim_still_there());
        provide_context(kiosk);

        // The person's language: every widget on the page follows their choice. A memo, so
        // a choice this widget cannot show does not rebuild it.
        let current = {
            let languages = languages.clone();
            Memo::new(move |_| chosen.with(|c| languages.current(c).to_owned()))
        };
        let offered = languages.available();
        i18n::note_offered(&offered);
        let menu = (offered.len() > 1).then(|| {
            let offered = offered.iter().map(|l| languages.menu_language(l)).collect();
            let choose = Callback::new(move |language: String| {
                // Kept with the record (a kiosk keeps nothing: its storage is memory only).
                if let Err(error) = slot.save_language(&language) {
                    warn_web_team(&format!("the chosen language could not be kept ({error:?}); it applies while this page is open"));
                }
                chosen.set(language);
            });
            let label = {
                let languages = languages.clone();
                Signal::derive(move || current.with(|c| languages.words(c).get(Text::LanguageMenu)))
            };
            view! { <LanguageMenu offered=offered current=current.into() label=label choose=choose/> }
        });
        let locked = Memo::new(move |_| store.lock() == Lock::Locked);
        let fresh_start = {
            let languages = languages.clone();
            move || {
                // Every wipe, and every change of language, rebuilds the widget, and its kiosk
                // bar, from the first screen; what the person typed is in the record and drafts.
                crate::kiosk::track_fresh_starts();
                let words = current.with(|c| languages.words(c));
                let _ = show_language(&container, &words);
                provide_context(words);
                // Locked with a passcode: only the passcode box, the crisis lines and quick
                // exit (in the bar); nothing of the record.
                let shown = move || {
                    if locked.get() {
                        view! { <LockedView/> }.into_any()
                    } else {
                        (widget.view)()
                    }
                };
                view! { {bar.then(|| view! { <crate::kiosk::KioskBar/> })} {shown} }
            }
        };
        let still_there = move || {
            provide_context(current.with(|c| languages.words(c)));
            prompt.map(|countdown| view! { <crate::kiosk::StillThere countdown=countdown/> })
        };
        view! { {menu} {fresh_start} {still_there} }
    });
    announce_ready(&host, widget)?;
    Ok(MountedWidget {
        _view: Box::new(view),
    })
}

/// Marks the widget with its words' language and direction, and gives the panic note its
/// words.
fn show_language(container: &HtmlElement, words: &Words) -> Result<(), JsValue> {
    container.set_attribute("lang", &words.text_lang())?;
    container.set_attribute("dir", words.direction().as_attribute())?;
    crate::panic_note::install(crate::panic_note::NoteWords {
        message: words.get(Text::PanicNote),
        message_without_copy: words.get(Text::PanicNoteNoCopy),
        save_label: words.get(Text::DataExport),
    });
    Ok(())
}

fn adopt_style_sheet(shadow: &ShadowRoot, widget: &Widget) -> Result<(), JsValue> {
    let sheet = STYLE_SHEETS.with(|sheets| -> Result<CssStyleSheet, JsValue> {
        if let Some((_, sheet)) = sheets.borrow().iter().find(|(tag, _)| *tag == widget.tag) {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(&[crate::common::CSS, widget.css].concat())?;
        sheets.borrow_mut().push((widget.tag, sheet.clone()));
        Ok(sheet)
    })?;
    shadow.set_adopted_style_sheets(&Array::of1(&sheet));
    Ok(())
}

/// Tells the host page the widget is ready. The event names the widget and nothing else: no
/// event ever carries what a person wrote.
fn announce_ready(host: &HtmlElement, widget: &Widget) -> Result<(), JsValue> {
    let detail = Object::new();
    Reflect::set(&detail, &"widget".into(), &widget.tag.into())?;
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    let event = CustomEvent::new_with_event_init_dict("recovery-widget-ready", &init)?;
    host.dispatch_event(&event)?;
    Ok(())
}
