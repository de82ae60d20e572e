//! Component tests: each mounts a widget through the real embedding path (`mount_widget` on a
//! custom element in the page) in headless Chromium, then checks what a person would see.
//!
//! Run with `scripts/test.sh`, or:
//! `CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown --test web`
#![cfg(target_arch = "wasm32")]

use recovery_widgets::{mount_widget, MountedWidget};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, HtmlButtonElement, HtmlElement, HtmlSelectElement, HtmlTextAreaElement,
    ShadowRoot,
};

wasm_bindgen_test_configure!(run_in_browser);

/// A widget on the page, with its shadow root.
struct Mounted {
    host: HtmlElement,
    _widget: MountedWidget,
}

impl Mounted {
    fn new(tag: &str, attributes: &[(&str, &str)]) -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document.create_element(tag).unwrap().unchecked_into();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        document.body().unwrap().append_child(&host).unwrap();
        let widget = mount_widget(host.clone(), tag).expect("the widget mounts");
        Mounted {
            host,
            _widget: widget,
        }
    }

    fn shadow(&self) -> ShadowRoot {
        self.host.shadow_root().expect("an open shadow root")
    }

    fn text(&self) -> String {
        self.shadow().text_content().unwrap_or_default()
    }

    fn find(&self, selector: &str) -> Element {
        self.shadow()
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn count(&self, selector: &str) -> u32 {
        self.shadow().query_selector_all(selector).unwrap().length()
    }

    fn button(&self, label: &str) -> HtmlButtonElement {
        let buttons = self.shadow().query_selector_all("button").unwrap();
        (0..buttons.length())
            .filter_map(|i| buttons.get(i))
            .map(|n| n.unchecked_into::<HtmlButtonElement>())
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button says {label:?}"))
    }

    /// Types into the "add" box of a question and presses its Add button.
    async fn add_answer(&self, question: &str, text: &str) {
        let textarea: HtmlTextAreaElement = self
            .find(&format!("textarea[id$='-{question}-new']"))
            .unchecked_into();
        textarea.set_value(text);
        textarea
            .dispatch_event(&Event::new("input").unwrap())
            .unwrap();
        let form = textarea.closest("form").unwrap().unwrap();
        form.query_selector("button[type=submit]")
            .unwrap()
            .unwrap()
            .unchecked_into::<HtmlButtonElement>()
            .click();
        settle().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// Puts a JSON block on the page, the way a host configures wording or crisis lines.
fn host_json(id: &str, json: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let block = document.create_element("script").unwrap();
    block.set_id(id);
    block.set_attribute("type", "application/json").unwrap();
    block.set_text_content(Some(json));
    document.body().unwrap().append_child(&block).unwrap();
    block
}

/// Types into a box (as the browser's input event reports it).
fn type_into(element: &Element, text: &str) {
    let _ = js_sys::Reflect::set(element, &"value".into(), &text.into());
    element
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
}

/// Lets Leptos run the effects a change scheduled.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn memory(namespace: &str) -> [(&str, &str); 2] {
    [("storage", "memory"), ("namespace", namespace)]
}

#[wasm_bindgen_test]
async fn every_registered_widget_mounts_with_the_heading_a_kiosk_sends_the_keyboard_to() {
    for widget in recovery_widgets::host::registry::WIDGETS {
        let w = Mounted::new(widget.tag, &memory("registry"));
        settle().await;
        let heading = w.find(&format!("#{}", widget.heading_id));
        assert_eq!(heading.tag_name(), "H2", "<{}>", widget.tag);
    }
}

#[wasm_bindgen_test]
async fn a_new_inventory_greets_the_person_and_lists_seven_life_areas() {
    let w = Mounted::new("strengths-inventory", &memory("greets"));
    settle().await;
    let text = w.text();
    assert!(text.contains("My strengths"), "{text}");
    assert!(
        text.contains("0 of 7 life areas have something written"),
        "{text}"
    );
    assert_eq!(w.count(".rw-area-choice"), 7);
    assert!(text.contains("Daily living and home"));
    assert!(text.contains("Spirit, culture and meaning"));
    assert!(text.contains("Your answers are kept only while this page is open"));
}

#[wasm_bindgen_test]
async fn adding_an_answer_shows_it_and_counts_the_area() {
    let w = Mounted::new("strengths-inventory", &memory("adds"));
    settle().await;
    w.add_answer("have_now", "I make a great curry").await;
    let saved: HtmlTextAreaElement = w.find(".rw-entry textarea").unchecked_into();
    assert_eq!(saved.value(), "I make a great curry");
    assert!(w
        .text()
        .contains("1 of 7 life areas have something written"));
    assert!(w
        .find(".rw-area-choice[aria-current='true']")
        .text_content()
        .unwrap()
        .contains('✓'));
}

#[wasm_bindgen_test]
async fn a_blank_answer_is_not_added_and_the_person_is_told_why() {
    let w = Mounted::new("strengths-inventory", &memory("blank"));
    settle().await;
    w.add_answer("want", "   ").await;
    assert_eq!(w.count(".rw-entry"), 0);
    assert!(w.text().contains("Write a few words first."));
}

#[wasm_bindgen_test]
async fn a_strength_can_be_tagged_and_the_summary_counts_it() {
    let w = Mounted::new("strengths-inventory", &memory("tags"));
    settle().await;
    w.add_answer("have_now", "My sister").await;
    let select: HtmlSelectElement = w.find(".rw-entry select").unchecked_into();
    select.set_value("interpersonal");
    select
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    settle().await;
    w.button("My summary").click();
    settle().await;
    let chart = w.find("figure.rw-chart").text_content().unwrap();
    assert!(chart.contains("In my relationships: 1."), "{chart}");
    assert_eq!(w.count(".rw-chart-svg rect"), 4);
    assert!(w.text().contains("My sister"));
}

#[wasm_bindgen_test]
async fn the_host_chooses_and_orders_the_life_areas() {
    let w = Mounted::new(
        "strengths-inventory",
        &[
            ("storage", "memory"),
            ("namespace", "domains"),
            ("domains", "money, leisure, not-a-domain, money"),
        ],
    );
    settle().await;
    assert_eq!(w.count(".rw-area-choice"), 2);
    let first = w.find(".rw-area-choice").text_content().unwrap();
    assert!(first.contains("Money"), "{first}");
    assert!(w.text().contains("0 of 2 life areas"));
}

#[wasm_bindgen_test]
async fn the_host_can_reword_any_text() {
    let wording = host_json(
        "wording-test",
        r#"{"inventory.title": "Mes forces", "domain.money": "Argent"}"#,
    );
    let w = Mounted::new(
        "strengths-inventory",
        &[
            ("storage", "memory"),
            ("namespace", "wording"),
            ("lang", "fr"),
            ("text-from", "wording-test"),
        ],
    );
    settle().await;
    assert!(w.text().contains("Mes forces"));
    assert!(w.text().contains("Argent"));
    assert_eq!(
        w.find(".rw-root").get_attribute("lang").as_deref(),
        Some("fr")
    );
    wording.remove();
}

#[wasm_bindgen_test]
async fn widgets_on_one_page_share_the_record() {
    let first = Mounted::new("strengths-inventory", &memory("shared"));
    let second = Mounted::new("strengths-inventory", &memory("shared"));
    let elsewhere = Mounted::new("strengths-inventory", &memory("other-service"));
    settle().await;
    first
        .add_answer("helped_before", "Walking by the river")
        .await;
    assert!(second.text().contains("1 of 7 life areas"));
    assert!(elsewhere.text().contains("0 of 7 life areas"));
}

#[wasm_bindgen_test]
async fn qualities_can_be_chosen_and_at_most_five_starred() {
    let w = Mounted::new("strengths-inventory", &memory("qualities"));
    settle().await;
    w.button("My qualities").click();
    settle().await;
    assert_eq!(w.count(".rw-quality"), 24);
    let stars = w.shadow().query_selector_all(".rw-star").unwrap();
    for i in 0..6 {
        stars
            .get(i)
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .click();
        settle().await;
    }
    assert_eq!(w.count(".rw-star[aria-pressed='true']"), 5);
    assert!(w.text().contains("You already have 5 starred."));
    assert!(w.text().contains("Chosen: 5. Starred: 5 of 5."));
}

#[wasm_bindgen_test]
async fn priorities_are_reordered_with_buttons() {
    let w = Mounted::new("strengths-inventory", &memory("priorities"));
    settle().await;
    w.button("My priorities").click();
    settle().await;
    assert!(w.text().contains("No priorities yet."));
    for _ in 0..2 {
        w.button("Add to my priorities").click();
        settle().await;
    }
    let names = || {
        let list = w.shadow().query_selector_all(".rw-priority-name").unwrap();
        (0..list.length())
            .map(|i| list.get(i).unwrap().text_content().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(), ["Daily living and home", "Money"]);
    let down: HtmlButtonElement = w.find(".rw-priority button:nth-child(2)").unchecked_into();
    down.click();
    settle().await;
    assert_eq!(names(), ["Money", "Daily living and home"]);
    assert!(w
        .text()
        .contains("“Daily living and home” is now number 2."));
}

#[wasm_bindgen_test]
async fn a_new_goal_builder_invites_a_first_goal() {
    let w = Mounted::new("goal-builder", &memory("goals-empty"));
    settle().await;
    assert!(w.text().contains("My goals"));
    assert!(w.text().contains("No goals yet."));
}

async fn add_goal(w: &Mounted, text: &str) {
    let textarea: HtmlTextAreaElement = w.find("#rw-goal-text").unchecked_into();
    textarea.set_value(text);
    textarea
        .dispatch_event(&Event::new("input").unwrap())
        .unwrap();
    settle().await;
    w.button("Add this goal").click();
    settle().await;
}

#[wasm_bindgen_test]
async fn a_goal_is_added_opened_and_a_blank_one_refused() {
    let w = Mounted::new("goal-builder", &memory("goals-add"));
    settle().await;
    add_goal(&w, "   ").await;
    assert!(w.text().contains("Write a few words first."));
    add_goal(&w, "Walk to the beach on Saturday").await;
    assert_eq!(
        w.find("#rw-goal-heading").text_content().unwrap(),
        "Walk to the beach on Saturday"
    );
    assert!(w.text().contains("0 of 0 steps done"));
}

#[wasm_bindgen_test]
async fn steps_show_progress_as_they_are_done() {
    let w = Mounted::new("goal-builder", &memory("goals-steps"));
    settle().await;
    add_goal(&w, "Join the walking group").await;
    for step in ["Ring Sam about the group", "Go on Tuesday"] {
        let what: HtmlTextAreaElement = w.find("#rw-new-step-what").unchecked_into();
        what.set_value(step);
        what.dispatch_event(&Event::new("input").unwrap()).unwrap();
        settle().await;
        w.button("Add this step").click();
        settle().await;
    }
    assert!(w.text().contains("0 of 2 steps done"));
    w.find(".rw-step-status button")
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert!(w.text().contains("1 of 2 steps done"));
    assert_eq!(w.count(".rw-step-done"), 1);
}

#[wasm_bindgen_test]
async fn a_strength_added_in_the_inventory_is_ready_to_link_at_once() {
    let inventory = Mounted::new("strengths-inventory", &memory("goals-link"));
    let goals = Mounted::new("goal-builder", &memory("goals-link"));
    settle().await;
    add_goal(&goals, "Cook for friends").await;
    assert!(goals.text().contains("Strengths and qualities you add"));
    inventory
        .add_answer("have_now", "I make a great curry")
        .await;
    let choice: HtmlSelectElement = goals.find("#rw-link-choice").unchecked_into();
    assert!(choice
        .text_content()
        .unwrap()
        .contains("I make a great curry (Daily living and home)"));
}

#[wasm_bindgen_test]
async fn the_planner_shows_the_australian_crisis_lines_by_default() {
    let w = Mounted::new("warning-sign-planner", &memory("plan-default"));
    settle().await;
    let links = w.shadow().query_selector_all(".rw-crisis a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .map(|i| {
            links
                .get(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("href")
                .unwrap()
        })
        .collect();
    assert_eq!(
        hrefs,
        [
            "tel:000",
            "tel:131114",
            "sms:0477131114",
            "tel:1300224636",
            "tel:139276"
        ]
    );
}

#[wasm_bindgen_test]
async fn host_crisis_lines_are_shown_as_text_and_bad_ones_give_way_to_the_defaults() {
    let good = host_json(
        "lines-good",
        r#"[{"name":"<b>Local</b> team","number":"(02) 5550 1234"}]"#,
    );
    let bad = host_json("lines-bad", r#"[{"name":"No number here"}]"#);

    let w = Mounted::new(
        "warning-sign-planner",
        &[
            ("storage", "memory"),
            ("namespace", "plan-host"),
            ("crisis-lines-from", "lines-good"),
        ],
    );
    let fallback = Mounted::new(
        "warning-sign-planner",
        &[
            ("storage", "memory"),
            ("namespace", "plan-bad"),
            ("crisis-lines-from", "lines-bad"),
        ],
    );
    settle().await;
    let call = w.find(".rw-crisis a");
    assert_eq!(
        call.get_attribute("href").as_deref(),
        Some("tel:0255501234")
    );
    assert_eq!(w.count(".rw-crisis b"), 0, "host text is never HTML");
    assert!(w
        .find(".rw-crisis")
        .text_content()
        .unwrap()
        .contains("<b>Local</b> team"));
    assert_eq!(
        fallback
            .find(".rw-crisis a")
            .get_attribute("href")
            .as_deref(),
        Some("tel:000")
    );
    good.remove();
    bad.remove();
}

#[wasm_bindgen_test]
async fn a_contact_gets_call_and_text_links_and_an_odd_number_is_kept_and_flagged() {
    let w = Mounted::new("warning-sign-planner", &memory("plan-contacts"));
    settle().await;
    w.button("Staying safe in a crisis").click();
    settle().await;
    let add_contact = |name: &str, phone: &str| {
        type_into(&w.find("#rw-list-people_to_ask-new"), name);
        type_into(&w.find("#rw-list-people_to_ask-new-response"), phone);
    };
    let submit = || {
        w.find("#rw-list-people_to_ask-new")
            .closest("form")
            .unwrap()
            .unwrap()
            .query_selector("button")
            .unwrap()
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .click();
    };
    for (name, phone) in [("Jo", "0400 123 456"), ("Sam", "ask Jo")] {
        add_contact(name, phone);
        settle().await;
        submit();
        settle().await;
    }
    let contacts = w.shadow().query_selector_all(".rw-contact").unwrap();
    assert_eq!(contacts.length(), 2);
    let jo = contacts.get(0).unwrap().unchecked_into::<Element>();
    let links: Vec<_> = ["a.rw-call:nth-child(1)", "a.rw-call:nth-child(2)"]
        .iter()
        .map(|s| {
            jo.query_selector(s)
                .unwrap()
                .unwrap()
                .get_attribute("href")
                .unwrap()
        })
        .collect();
    assert_eq!(links, ["tel:0400123456", "sms:0400123456"]);
    let sam = contacts.get(1).unwrap().unchecked_into::<Element>();
    assert!(sam.query_selector("a").unwrap().is_none());
    assert!(sam
        .text_content()
        .unwrap()
        .contains("This number may not work for calls."));
    let typed: web_sys::HtmlInputElement = sam
        .query_selector("input[type=tel]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(typed.value(), "ask Jo");
}

#[wasm_bindgen_test]
async fn if_the_bundle_stops_a_calm_note_offers_the_last_saved_answers_and_storage_is_untouched() {
    let namespace = "panic-note";
    let w = Mounted::new("strengths-inventory", &[("namespace", namespace)]);
    w.add_answer("have_now", "I keep going").await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let key = format!("recovery-widgets:{namespace}:record");
    let stored = storage
        .get_item(&key)
        .unwrap()
        .expect("the answer was saved");

    // widgets.js hears that the bundle stopped, with the words for widgets not built yet.
    let heard = std::rc::Rc::new(std::cell::RefCell::new(None::<String>));
    let listener = {
        let heard = heard.clone();
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::CustomEvent)>::new(
            move |event: web_sys::CustomEvent| *heard.borrow_mut() = event.detail().as_string(),
        )
    };
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .add_event_listener_with_callback(
            recovery_widgets::panic_note::STOPPED_EVENT,
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();

    // What the panic hook does, without stopping the module.
    recovery_widgets::panic_note::show();
    settle().await;
    document
        .remove_event_listener_with_callback(
            recovery_widgets::panic_note::STOPPED_EVENT,
            listener.as_ref().unchecked_ref(),
        )
        .unwrap();
    assert_eq!(
        heard.borrow().as_deref(),
        Some("Something went wrong, and this tool has stopped working. Nothing you saved on this device was changed. Please reload the page.")
    );

    let note = w.find("[role=alert].rw-panic-note");
    let text = note.text_content().unwrap_or_default();
    assert!(text.contains("this tool has stopped working"), "{text}");
    assert!(
        text.contains("Nothing you saved on this device was changed"),
        "{text}"
    );
    assert_eq!(w.count("textarea"), 0, "the stopped widget is gone");
    let link: web_sys::HtmlAnchorElement = w.find("a[download]").unchecked_into();
    assert_eq!(
        link.text_content().unwrap_or_default(),
        "Save a copy to this device"
    );
    assert!(link.href().starts_with("blob:"), "{}", link.href());
    // The link holds exactly the record as saved, and storage still holds it whole.
    let response: web_sys::Response =
        JsFuture::from(web_sys::window().unwrap().fetch_with_str(&link.href()))
            .await
            .unwrap()
            .unchecked_into();
    let body = JsFuture::from(response.text().unwrap()).await.unwrap();
    assert_eq!(body.as_string().unwrap(), stored);
    assert!(stored.contains("I keep going"));
    assert_eq!(storage.get_item(&key).unwrap(), Some(stored));
}

/// Chooses a rating in the journey's check-in: the radio button for `rating` in `domain`.
async fn rate(w: &Mounted, domain: &str, rating: u8) {
    let radio: web_sys::HtmlInputElement = w
        .find(&format!(
            "input[name='rw-journey-{domain}-rating'][value='{rating}']"
        ))
        .unchecked_into();
    radio.click();
    settle().await;
}

#[wasm_bindgen_test]
async fn a_journey_check_in_rates_each_area_in_words_and_looks_back_on_it() {
    let w = Mounted::new(
        "recovery-journey",
        &[
            ("storage", "memory"),
            ("namespace", "journey-check-in"),
            ("domains", "money,health"),
        ],
    );
    settle().await;
    // One group of eleven choices for each life area the host offers, none chosen.
    assert_eq!(w.count("fieldset.rw-rating"), 2);
    assert_eq!(w.count("input[type=radio]"), 22);
    assert_eq!(w.count("input[type=radio]:checked"), 0);
    assert!(w.text().contains("0 is a really hard time"));
    rate(&w, "money", 2).await;
    assert!(
        w.text().contains("2 out of 10: a harder time"),
        "{}",
        w.text()
    );
    rate(&w, "money", 8).await;
    assert!(w.text().contains("8 out of 10: going well"));
    assert_eq!(w.count("input[type=radio]:checked"), 1);
    // Cleared again, then rated once more.
    w.button("Clear my answer").click();
    settle().await;
    assert_eq!(w.count("input[type=radio]:checked"), 0);
    rate(&w, "health", 5).await;

    w.button("Look back").click();
    settle().await;
    let text = w.text();
    assert!(text.contains("Check-ins so far: 1"), "{text}");
    assert!(text.contains("Health and wellbeing: 5 on "), "{text}");
    assert!(!text.contains("Money: "), "{text}");
    assert_eq!(w.count("svg.rw-area-chart circle"), 1);
}

#[wasm_bindgen_test]
async fn what_has_helped_joins_the_strengths_inventory_in_one_step() {
    let attributes = [
        ("storage", "memory"),
        ("namespace", "journey-helped"),
        ("domains", "money"),
    ];
    let journey = Mounted::new("recovery-journey", &attributes);
    let inventory = Mounted::new("strengths-inventory", &attributes);
    settle().await;
    type_into(
        &journey.find("textarea#rw-journey-money-helped"),
        "The budget app",
    );
    settle().await;
    journey.button("Add to “What has helped me before”").click();
    settle().await;
    assert!(journey
        .text()
        .contains("This is in “What has helped me before”."));
    let answers = inventory.shadow().query_selector_all("textarea").unwrap();
    let values: Vec<String> = (0..answers.length())
        .filter_map(|i| answers.get(i))
        .map(|n| n.unchecked_into::<HtmlTextAreaElement>().value())
        .collect();
    assert!(values.iter().any(|v| v == "The budget app"), "{values:?}");
}

/// Numbers core writes without `Intl` (so a first screen need not wait for the browser's
/// language data) are exactly what this browser's `Intl` writes, in every built-in language
/// and the regions hosts use; where core is not certain, it leaves the number to `Intl`.
#[wasm_bindgen_test]
fn numbers_written_without_intl_are_what_intl_writes() {
    use recovery_core::languages::number_without_intl;
    let tags = [
        "en",
        "en-AU",
        "en-GB",
        "en-IN",
        "en-US",
        "es",
        "es-419",
        "es-ES",
        "es-MX",
        "es-US",
        "vi",
        "vi-VN",
        "zh",
        "zh-CN",
        "zh-HK",
        "zh-MO",
        "zh-SG",
        "zh-TW",
        "zh-Hans",
        "zh-Hant",
        "zh-Hant-TW",
        "pa",
        "pa-IN",
        "pa-Guru",
        "pa-Guru-IN",
        "pa-PK",
        "pa-Arab",
        "ar",
        "ar-EG",
        "ar-MA",
        "en-u-nu-arab",
    ];
    let mut without_intl = 0;
    for tag in tags {
        for n in 0..1200usize {
            let intl = js_sys::Number::from(n as f64).to_locale_string(tag);
            if let Some(ours) = number_without_intl(n, tag) {
                without_intl += 1;
                assert_eq!(
                    JsValue::from(ours.as_str()),
                    JsValue::from(intl),
                    "{n} in {tag}"
                );
            }
        }
    }
    // 25 tags whose numbers below 1,000 need no Intl; the other six (Punjabi in Pakistan
    // or the Arabic script, Arabic, and an extension) always go to Intl.
    assert_eq!(without_intl, 25 * 1000);
}
