//! The shared copy (a readable HTML document, and text for a message) and calendar reminders,
//! against golden files: `tests/share/`. `RECOVERY_WRITE_GOLDEN=1 cargo test -p recovery-core
//! --test share` rewrites them after a change meant to alter them (read the diff).

mod common;

use common::language;
use recovery_core::crisis::CrisisLine;
use recovery_core::format::calendar::{all_day_event, plan_review_event, step_event};
use recovery_core::format::import_json;
use recovery_core::format::share::{
    copy_title, file_name, parts_with_words, share_html, share_text, SharePart, ShareSettings,
};
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::text::Catalogue;
use recovery_core::{CalendarDate, ItemId, Record, Timestamp};
use std::path::PathBuf;

fn fixture() -> Record {
    read_fixture("v3-typical.json")
}

fn read_fixture(name: &str) -> Record {
    let text = std::fs::read_to_string(dir("fixtures").join(name)).unwrap();
    import_json(&text).unwrap()
}

fn dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

fn settings(words: &Catalogue) -> ShareSettings<'_> {
    let mut settings = ShareSettings::new(words, "1 Dec 2026");
    settings.crisis_lines = vec![CrisisLine {
        name: "Lifeline".into(),
        number: "13 11 14".into(),
        text_number: None,
        hours: None,
        description: None,
    }];
    settings
}

/// Compares with the golden file in `tests/share/`, or writes it when asked to.
fn golden(name: &str, actual: &str) {
    common::golden(&dir("share").join(name), actual);
}

#[test]
fn everything_as_a_document_and_as_text_in_english() {
    let record = fixture();
    let words = language("en");
    let everything = parts_with_words(&record);
    golden(
        "everything.en.html",
        &share_html(&record, &everything, &settings(&words)),
    );
    golden(
        "everything.en.txt",
        &share_text(&record, &everything, &settings(&words)),
    );
}

#[test]
fn the_crisis_part_alone_in_arabic_is_right_to_left() {
    let record = fixture();
    let words = language("ar");
    let crisis = [SharePart::Plan(PlanSection::Crisis)];
    let html = share_html(&record, &crisis, &settings(&words));
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    golden("crisis.ar.html", &html);
    golden(
        "crisis.ar.txt",
        &share_text(&record, &crisis, &settings(&words)),
    );
}

#[test]
fn only_the_chosen_parts_go_in_each_once_in_the_copys_order() {
    let record = fixture();
    let words = Catalogue::english();
    let chosen = [
        SharePart::Strengths,
        SharePart::Plan(PlanSection::Crisis),
        SharePart::Strengths,
    ];
    let copy = recovery_core::format::share::shared_copy(&record, &chosen, &settings(&words));
    let parts: Vec<SharePart> = copy.parts.iter().map(|p| p.part).collect();
    assert_eq!(
        parts,
        [SharePart::Plan(PlanSection::Crisis), SharePart::Strengths]
    );
    let html = share_html(
        &record,
        &[SharePart::Plan(PlanSection::Crisis)],
        &settings(&words),
    );
    for part in SharePart::ALL {
        let heading = format!("<h2>{}</h2>", part.title(&words));
        assert_eq!(
            html.contains(&heading),
            part == SharePart::Plan(PlanSection::Crisis),
            "{heading}"
        );
    }
}

#[test]
fn an_empty_part_says_so_and_parts_with_words_skips_it() {
    let record = Record::new(Timestamp::from_millis(0));
    assert!(parts_with_words(&record).is_empty());
    let words = Catalogue::english();
    let html = share_html(
        &record,
        &[SharePart::Goals],
        &ShareSettings::new(&words, "today"),
    );
    assert!(html.contains("<h2>My goals</h2>\n<p class=\"empty\">Nothing written here yet.</p>"));
}

#[test]
fn hostile_text_is_inert_in_the_document() {
    let hostile = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "' onmouseover='alert(1)",
        "</style><script>alert(2)</script>",
        "javascript:alert(1)",
        "&lt;b&gt; already escaped",
    ];
    let mut record = Record::new(Timestamp::from_millis(0));
    for (i, text) in hostile.iter().enumerate() {
        record
            .plan
            .add_item(
                PlanList::PeopleToAsk,
                text,
                text,
                ItemId::new(format!("c{i}")),
            )
            .unwrap();
        record
            .plan
            .add_item(PlanList::Triggers, text, text, ItemId::new(format!("t{i}")))
            .unwrap();
        let day = CalendarDate::new(2026, 12, 1 + i as u8).unwrap();
        let now = Timestamp::from_millis(0);
        let new_id = ItemId::new(format!("j{i}"));
        let journey = &mut record.journey;
        journey
            .rate(day, "money", Some(3), new_id.clone(), now)
            .unwrap();
        journey
            .write_helped(day, text, text, new_id.clone(), now)
            .unwrap();
        journey
            .set_noticed(day, &ItemId::new("t0"), text, true, new_id, now)
            .unwrap();
    }
    let words = Catalogue::with_host_text(
        "en",
        r#"{"share.doc_title_several": "<script>x()</script>"}"#,
    )
    .unwrap();
    let mut settings = ShareSettings::new(&words, "<b>today</b>");
    settings.crisis_lines = vec![CrisisLine {
        name: "<i>Line</i>".into(),
        number: "javascript:alert(1)".into(),
        text_number: None,
        hours: None,
        description: None,
    }];
    let html = share_html(&record, &parts_with_words(&record), &settings);
    let tags: Vec<&str> = html
        .split('<')
        .skip(1)
        .map(|t| t.split([' ', '>', '\n']).next().unwrap_or(""))
        .collect();
    for tag in tags {
        assert!(
            [
                "!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style",
                "/style", "body", "/body", "main", "/main", "h1", "/h1", "p", "/p", "section",
                "/section", "h2", "/h2", "h3", "/h3", "ul", "/ul", "li", "/li", "strong",
                "/strong", "bdi", "/bdi", "em", "/em", "a", "/a", "span", "/span"
            ]
            .contains(&tag),
            "an element the document never writes: <{tag}"
        );
    }
    assert!(!html.contains("href=\"javascript"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&#39; onmouseover=&#39;alert(1)"));
    assert!(html.contains("&amp;lt;b&amp;gt; already escaped"));
    assert!(html.contains("<title>&lt;script&gt;x()&lt;/script&gt;</title>"));
    assert!(html.contains("<h2>My journey</h2>"), "{html}");
}

#[test]
fn the_journey_alone_tells_how_each_area_moved_then_every_check_in_newest_first() {
    let record = read_fixture("v4-journey.json");
    let journey = [SharePart::Journey];
    assert!(parts_with_words(&record).contains(&SharePart::Journey));
    let words = language("en");
    let html = share_html(&record, &journey, &settings(&words));
    assert!(html.contains("<title>My journey</title>"), "{html}");
    golden("journey.en.html", &html);
    let text = share_text(&record, &journey, &settings(&words));
    golden("journey.en.txt", &text);
    // The latest check-in comes first, and an area left out of it is "Skipped".
    let latest = text.find("My check-in for 2026-12-15").unwrap();
    let earliest = text.find("My check-in for 2026-12-01").unwrap();
    assert!(latest < earliest, "{text}");
    assert!(text.contains(
        "\n• Health and wellbeing: Skipped — What helped: Walks with Jo — most mornings ☀️\n"
    ));
    assert!(text.contains("\n• Money: 3 on 2026-12-01, 6 now. This has grown.\n"));
    // Nothing from the other parts.
    assert!(!text.contains("== My goals =="), "{text}");
    let words = language("ar");
    golden(
        "journey.ar.txt",
        &share_text(&record, &journey, &settings(&words)),
    );
}

/// Chinese labels end in a full-width colon, which carries its own space: "金钱：6分", never
/// "金钱： 6分"; English keeps its one space after ":".
#[test]
fn no_space_follows_a_chinese_labels_full_width_colon() {
    let record = read_fixture("v4-journey.json");
    let journey = [SharePart::Journey];
    for tag in ["zh-Hans", "zh-Hant"] {
        let words = language(tag);
        let text = share_text(&record, &journey, &settings(&words));
        let html = share_html(&record, &journey, &settings(&words));
        assert!(text.contains('：'), "{tag}: {text}");
        assert!(
            !text.contains("： "),
            "{tag}: a space after '：' in\n{text}"
        );
        assert!(
            !html.contains("：</strong> ") && !html.contains("：</em> "),
            "{tag}: a space after '：' in\n{html}"
        );
    }
    let text = share_text(&record, &journey, &settings(&language("en")));
    assert!(text.contains("• Money: 6 out of 10"), "{text}");
}

#[test]
fn the_title_and_file_name_fit_what_is_in_the_copy() {
    let words = Catalogue::english();
    let crisis = SharePart::Plan(PlanSection::Crisis);
    let well = SharePart::Plan(PlanSection::StayingWell);
    let cases: [(&[SharePart], &str, &str); 7] = [
        (&[crisis], "Staying safe in a crisis", "my-plan"),
        (&[crisis, well], "My plan, in my own words", "my-plan"),
        (&[SharePart::Goals], "My goals", "my-goals"),
        (&[SharePart::Strengths], "My strengths", "my-strengths"),
        (
            &[SharePart::Journey, SharePart::Journey],
            "My journey",
            "my-journey",
        ),
        (
            &[SharePart::Journey, crisis],
            "My recovery, in my own words",
            "my-recovery",
        ),
        (
            &SharePart::ALL,
            "My recovery, in my own words",
            "my-recovery",
        ),
    ];
    for (parts, title, name) in cases {
        assert_eq!(copy_title(parts, &words), title, "{parts:?}");
        assert_eq!(
            file_name(parts, "2026-12-01"),
            format!("{name}-2026-12-01.html"),
            "{parts:?}"
        );
    }
    let record = fixture();
    let html = share_html(&record, &[SharePart::Goals], &settings(&words));
    assert!(html.contains("<title>My goals</title>"));
    assert!(html.contains("<h1>My goals</h1>"));
    let words = language("ar");
    assert_eq!(copy_title(&[SharePart::Journey], &words), "رحلتي");
}

#[test]
fn the_text_keeps_an_english_name_and_a_phone_number_in_order_in_an_arabic_copy() {
    let mut record = Record::new(Timestamp::from_millis(0));
    record
        .plan
        .add_item(
            PlanList::PeopleToAsk,
            "Jo (my sister)",
            "0400 123 456",
            ItemId::new("c1"),
        )
        .unwrap();
    record
        .plan
        .add_item(
            PlanList::PeopleToAsk,
            "أختي سارة",
            "+61 400 999",
            ItemId::new("c2"),
        )
        .unwrap();
    let crisis = [SharePart::Plan(PlanSection::Crisis)];
    let words = language("ar");
    let text = share_text(&record, &crisis, &settings(&words));
    let lines: Vec<&str> = text.lines().collect();
    // Every line is right to left from its start, and each value is isolated; a phone number
    // is isolated left to right.
    assert!(
        lines.contains(&"\u{200F}• \u{2068}Jo (my sister)\u{2069}: \u{2066}0400 123 456\u{2069}"),
        "{text}"
    );
    assert!(
        lines.contains(&"\u{200F}• \u{2068}أختي سارة\u{2069}: \u{2066}+61 400 999\u{2069}"),
        "{text}"
    );
    assert!(
        lines.contains(&"\u{200F}• \u{2068}Lifeline\u{2069}: \u{2066}13 11 14\u{2069}"),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .all(|l| l.is_empty() || l.starts_with('\u{200F}')),
        "{text}"
    );
    // In English, only the Arabic name is isolated; the rest stays plain characters.
    let words = Catalogue::english();
    let text = share_text(&record, &crisis, &settings(&words));
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.contains(&"• Jo (my sister): 0400 123 456"), "{text}");
    assert!(
        lines.contains(&"• \u{2068}أختي سارة\u{2069}: +61 400 999"),
        "{text}"
    );
    let english_only = share_text(&fixture(), &parts_with_words(&fixture()), &settings(&words));
    assert!(
        !english_only.contains(['\u{200F}', '\u{2066}', '\u{2068}', '\u{2069}']),
        "{english_only}"
    );
}

#[test]
fn a_reminder_for_a_step_and_for_looking_at_the_plan_again() {
    let record = fixture();
    let goal = &record.goals.goals[0];
    let step = goal.steps.iter().find(|s| s.target.is_some()).unwrap();
    let event = step_event(
        step.id.as_str(),
        &step.what,
        &format!("A step toward my goal: {}", goal.text),
        step.target.unwrap(),
        "en",
    );
    let now = Timestamp::from_millis(1_795_426_200_250);
    golden("step.ics", &all_day_event(&event, now));
    let review = plan_review_event(
        "Look at my plan again",
        "A time to read my plan for staying well, and change what no longer fits.",
        CalendarDate::new(2027, 3, 1).unwrap(),
        "en",
    );
    golden("plan-review.ics", &all_day_event(&review, now));
}
