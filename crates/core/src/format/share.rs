//! A copy of the record for people to read: a self-contained HTML document, or plain text for
//! pasting into a message, holding only the parts the person chose, in their language.
//!
//! Both are built from one [`SharedCopy`] (headings and lines, already in the person's
//! words), so the document and the text never say different things. The document:
//!
//! - is one file with its own styles and no script, that opens offline in any browser and
//!   prints well;
//! - carries a Content-Security-Policy that lets nothing run and nothing load, so even a
//!   browser that ignored the escaping would run nothing;
//! - has the `lang` and `dir` of the person's language, and `dir="auto"` on their own words;
//! - escapes every text (`&`, `<`, `>`, `"`, `'`), the person's and the host's alike.
//!
//! ```
//! use recovery_core::format::share::{share_html, SharePart, ShareSettings};
//! use recovery_core::plan::{PlanList, PlanSection};
//! use recovery_core::text::Catalogue;
//! use recovery_core::{ItemId, Record, Timestamp};
//!
//! let mut record = Record::new(Timestamp::from_millis(0));
//! record.plan.add_item(PlanList::PeopleToAsk, "Jo <my sister>", "0400 123 456", ItemId::new("c1"))?;
//! let catalogue = Catalogue::english();
//! let settings = ShareSettings::new(&catalogue, "1 Dec 2026");
//! let html = share_html(&record, &[SharePart::Plan(PlanSection::Crisis)], &settings);
//! assert!(html.contains("Jo &lt;my sister&gt;"));
//! assert!(html.contains("<a href=\"tel:0400123456\" dir=\"ltr\">0400 123 456</a>"));
//! # Ok::<(), recovery_core::EditError>(())
//! ```

use crate::crisis::CrisisLine;
use crate::goals::{Helper, StepState, StrengthLink};
use crate::inventory::Question;
use crate::journey::{rating_said, Journey};
use crate::languages::{direction, Direction};
use crate::plan::{dial_string, ItemShape, PlanSection};
use crate::presets;
use crate::record::Record;
use crate::text::{Catalogue, Text};
use crate::time::CalendarDate;
use std::fmt::Write;

/// One part a person can choose to put in a shared copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SharePart {
    /// The strengths inventory: priorities, qualities and each life area's answers.
    Strengths,
    /// Every goal, with its steps.
    Goals,
    /// One section of the warning-sign plan (the crisis section with the crisis lines).
    Plan(PlanSection),
    /// The journey: how each life area has moved, then every check-in, newest first.
    Journey,
}

impl SharePart {
    /// Every part, in the order a copy holds them: the plan first (crisis first), as a
    /// supporter needs it, then goals, strengths and the journey.
    pub const ALL: [SharePart; 10] = [
        SharePart::Plan(PlanSection::Crisis),
        SharePart::Plan(PlanSection::StayingWell),
        SharePart::Plan(PlanSection::Triggers),
        SharePart::Plan(PlanSection::EarlySigns),
        SharePart::Plan(PlanSection::GettingWorse),
        SharePart::Plan(PlanSection::Supporters),
        SharePart::Plan(PlanSection::AfterCrisis),
        SharePart::Goals,
        SharePart::Strengths,
        SharePart::Journey,
    ];

    /// A stable name for the part, for a checkbox's value and for tests.
    pub fn key(self) -> String {
        match self {
            SharePart::Strengths => "strengths".to_owned(),
            SharePart::Goals => "goals".to_owned(),
            SharePart::Plan(section) => format!("plan.{}", section.key()),
            SharePart::Journey => "journey".to_owned(),
        }
    }

    /// Whether the person has written anything in this part.
    pub fn has_words(self, record: &Record) -> bool {
        match self {
            SharePart::Strengths => !record.inventory.is_empty(),
            SharePart::Goals => !record.goals.goals.is_empty(),
            SharePart::Journey => !record.journey.check_ins.is_empty(),
            SharePart::Plan(section) => section
                .lists()
                .iter()
                .any(|l| record.plan.entries_with_words(*l).next().is_some()),
        }
    }

    /// The part's heading, in the person's words.
    pub fn title(self, words: &Catalogue) -> String {
        match self {
            SharePart::Strengths => words.text(Text::InventoryTitle).to_owned(),
            SharePart::Goals => words.text(Text::GoalsTitle).to_owned(),
            SharePart::Journey => words.text(Text::JourneyTitle).to_owned(),
            SharePart::Plan(section) => words
                .lookup(&section.title_key(), section.title())
                .to_owned(),
        }
    }
}

/// The copy's title, for what is in it: one part is named by its heading; sections of the
/// plan alone are "my plan"; anything else, the whole of "my recovery".
pub fn copy_title(parts: &[SharePart], words: &Catalogue) -> String {
    let chosen = chosen_in_order(parts);
    match chosen.as_slice() {
        [one] => one.title(words),
        several if several.iter().all(|p| matches!(p, SharePart::Plan(_))) => {
            words.text(Text::ShareDocTitle).to_owned()
        }
        _ => words.text(Text::ShareDocTitleSeveral).to_owned(),
    }
}

/// A file name for the copy, `my-goals-2026-12-01.html`: what is in it (as [`copy_title`]
/// names it, in plain ASCII whatever the language, so every device can keep it) and the day.
pub fn file_name(parts: &[SharePart], day: &str) -> String {
    let what = |part: &SharePart| match part {
        SharePart::Plan(_) => "my-plan",
        SharePart::Goals => "my-goals",
        SharePart::Strengths => "my-strengths",
        SharePart::Journey => "my-journey",
    };
    let chosen = chosen_in_order(parts);
    let name = match chosen.split_first() {
        Some((first, rest)) if rest.iter().all(|p| what(p) == what(first)) => what(first),
        _ => "my-recovery",
    };
    format!("{name}-{day}.html")
}

/// The chosen parts in [`SharePart::ALL`]'s order, each once: the order a copy holds them.
pub(crate) fn chosen_in_order(parts: &[SharePart]) -> Vec<SharePart> {
    SharePart::ALL
        .into_iter()
        .filter(|p| parts.contains(p))
        .collect()
}

/// The parts with something written in them, in [`SharePart::ALL`]'s order: what "everything"
/// means, and what the person is offered.
pub fn parts_with_words(record: &Record) -> Vec<SharePart> {
    SharePart::ALL
        .into_iter()
        .filter(|p| p.has_words(record))
        .collect()
}

/// What a copy is made with besides the record: the person's words, and what only the browser
/// knows (dates as people write them in this language, the crisis lines the host set).
pub struct ShareSettings<'a> {
    /// The person's language's words.
    pub words: &'a Catalogue,
    /// Today, written as people write dates in this language.
    pub made_on: String,
    /// A step's date as people write it in this language.
    pub date: Box<dyn Fn(CalendarDate) -> String + 'a>,
    /// A number (a journey rating) as people write it in this language.
    pub number: Box<dyn Fn(usize) -> String + 'a>,
    /// The crisis lines shown in the crisis section.
    pub crisis_lines: Vec<CrisisLine>,
    /// The host's life areas, in its order (the strengths part follows it).
    pub domains: Vec<String>,
}

impl<'a> ShareSettings<'a> {
    /// Settings with dates written `YYYY-MM-DD`, numbers in ASCII digits, no crisis lines, and
    /// the built-in life areas.
    pub fn new(words: &'a Catalogue, made_on: &str) -> Self {
        ShareSettings {
            words,
            made_on: made_on.to_owned(),
            date: Box::new(|d| d.to_string()),
            number: Box::new(|n| n.to_string()),
            crisis_lines: Vec::new(),
            domains: presets::built_in_domain_ids(),
        }
    }
}

/// A copy ready to be written as a document or as text: headings and lines in the person's
/// words, nothing escaped yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedCopy {
    /// The language tag, for `lang`.
    pub lang: String,
    /// Which way the words are written.
    pub direction: Direction,
    /// The copy's heading.
    pub title: String,
    /// The line under the heading: who wrote it, and when the copy was made.
    pub made: String,
    /// The chosen parts, in order.
    pub parts: Vec<CopyPart>,
}

/// One chosen part of a copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyPart {
    /// Which part, for the section's class.
    pub part: SharePart,
    /// The part's heading.
    pub title: String,
    /// Its groups of lines; none when nothing is written in it.
    pub groups: Vec<CopyGroup>,
}

/// A heading and its lines (a plan list, a goal, a life area).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyGroup {
    /// The group's heading.
    pub title: String,
    /// Whether the heading is the person's own words (a goal), written `dir="auto"`.
    pub title_is_theirs: bool,
    /// Lines under the heading that are not list items (a goal's state, its reason).
    pub notes: Vec<CopyLine>,
    /// The list.
    pub lines: Vec<CopyLine>,
}

/// One line: a label in the tool's words, the person's words, a phone number, and details.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CopyLine {
    /// A mark before the line (a step's ✓), never read out.
    pub mark: Option<&'static str>,
    /// Words of the tool's before the person's ("Why it matters:").
    pub label: Option<String>,
    /// The tool's words after the label, not set apart (a rating in words: "6 out of 10:
    /// some good, some hard"; a life area's story).
    pub said: Option<String>,
    /// The person's own words, or a name.
    pub theirs: String,
    /// A phone number as typed, after the words.
    pub phone: Option<String>,
    /// What I will do, after a sign: the label, and the person's words.
    pub then: Option<(String, String)>,
    /// Details in the tool's words and the person's (a helper, a date), in brackets.
    pub details: Vec<String>,
}

impl CopyLine {
    fn theirs(words: &str) -> Self {
        CopyLine {
            theirs: words.trim().to_owned(),
            ..CopyLine::default()
        }
    }

    fn labelled(label: String, words: &str) -> Self {
        CopyLine {
            label: Some(label),
            ..CopyLine::theirs(words)
        }
    }
}

/// The copy of the chosen parts, in the order of [`SharePart::ALL`], each once.
pub fn shared_copy(record: &Record, parts: &[SharePart], settings: &ShareSettings) -> SharedCopy {
    let words = settings.words;
    SharedCopy {
        lang: words.text_lang().to_owned(),
        direction: direction(words.text_lang()),
        title: copy_title(parts, words),
        made: words.fill(Text::ShareDocMade, &[("date", &settings.made_on)]),
        parts: chosen_in_order(parts)
            .into_iter()
            .map(|part| CopyPart {
                part,
                title: part.title(words),
                groups: match part {
                    SharePart::Plan(section) => plan_groups(record, section, settings),
                    SharePart::Goals => goal_groups(record, settings),
                    SharePart::Strengths => strength_groups(record, settings),
                    SharePart::Journey => journey_groups(&record.journey, settings),
                },
            })
            .collect(),
    }
}

fn plan_groups(record: &Record, section: PlanSection, settings: &ShareSettings) -> Vec<CopyGroup> {
    let words = settings.words;
    let mut groups = Vec::new();
    if section == PlanSection::Crisis && !settings.crisis_lines.is_empty() {
        groups.push(CopyGroup {
            title: words.text(Text::CrisisTitle).to_owned(),
            title_is_theirs: false,
            notes: Vec::new(),
            lines: settings
                .crisis_lines
                .iter()
                .map(|line| CopyLine {
                    label: Some(line.name.clone()),
                    phone: Some(line.number.clone()),
                    ..CopyLine::default()
                })
                .collect(),
        });
    }
    let lists = section
        .lists()
        .iter()
        .filter(|l| record.plan.entries_with_words(**l).next().is_some());
    for list in lists {
        let lines = record
            .plan
            .entries_with_words(*list)
            .map(|item| {
                let mut line = CopyLine::theirs(&item.text);
                let response = item.response.trim();
                match list.shape() {
                    ItemShape::Contact if !response.is_empty() => {
                        line.phone = Some(response.to_owned());
                    }
                    ItemShape::WithResponse if !response.is_empty() => {
                        line.then = Some((
                            words.text(Text::PlanSummaryThen).to_owned(),
                            response.to_owned(),
                        ));
                    }
                    _ => {}
                }
                line
            })
            .collect();
        groups.push(CopyGroup {
            title: list.title_in(words),
            title_is_theirs: false,
            notes: Vec::new(),
            lines,
        });
    }
    groups
}

fn goal_groups(record: &Record, settings: &ShareSettings) -> Vec<CopyGroup> {
    let words = settings.words;
    record
        .goals
        .goals
        .iter()
        .map(|goal| {
            let (done, total) = goal.progress();
            let mut meta = vec![
                words.text(goal.state.text()).to_owned(),
                words.fill(
                    Text::GoalProgress,
                    &[("done", &done.to_string()), ("total", &total.to_string())],
                ),
            ];
            if let Some(domain) = &goal.domain {
                meta.push(presets::domain_name(words, domain));
            }
            let mut notes = vec![CopyLine {
                label: Some(meta.join(" · ")),
                ..CopyLine::default()
            }];
            if !goal.why.trim().is_empty() {
                notes.push(CopyLine::labelled(
                    words.text(Text::GoalsSummaryWhy).to_owned(),
                    &goal.why,
                ));
            }
            let strengths: Vec<String> = goal
                .strengths
                .iter()
                .map(|link| match link {
                    StrengthLink::Entry(id) => record.inventory.entry(id).map(|(domain, _, e)| {
                        format!(
                            "{} ({})",
                            e.text.trim(),
                            presets::domain_name(words, domain)
                        )
                    }),
                    StrengthLink::Quality(q) => record
                        .inventory
                        .has_quality(q)
                        .then(|| presets::quality_name(words, q)),
                })
                .map(|name| name.unwrap_or_else(|| words.text(Text::GoalsSummaryGone).to_owned()))
                .collect();
            if !strengths.is_empty() {
                notes.push(CopyLine::labelled(
                    words.text(Text::GoalsSummaryStrengths).to_owned(),
                    &strengths.join(", "),
                ));
            }
            let lines = goal
                .steps
                .iter()
                .map(|step| {
                    let mut line = CopyLine::theirs(&step.what);
                    line.mark = Some(match step.state() {
                        StepState::Done => "✓",
                        StepState::NotThisTime => "↺",
                        StepState::Open => "○",
                    });
                    if let Some(who) = &step.who {
                        line.details.push(match who {
                            Helper::Someone(name) => name.trim().to_owned(),
                            other => words.text(other.text()).to_owned(),
                        });
                    }
                    if let Some(done) = step.done {
                        let on = (settings.date)(done);
                        line.details
                            .push(format!("{}: {on}", words.text(Text::StepDoneOn)));
                    } else if let Some(target) = step.target {
                        let by = (settings.date)(target);
                        line.details
                            .push(format!("{}: {by}", words.text(Text::StepTarget)));
                    }
                    if step.not_this_time {
                        line.details
                            .push(words.text(Text::StepNotThisTime).to_owned());
                    }
                    line
                })
                .collect();
            CopyGroup {
                title: goal.text.trim().to_owned(),
                title_is_theirs: true,
                notes,
                lines,
            }
        })
        .collect()
}

fn strength_groups(record: &Record, settings: &ShareSettings) -> Vec<CopyGroup> {
    let words = settings.words;
    let inv = &record.inventory;
    let mut groups = Vec::new();
    if !inv.priorities.is_empty() {
        groups.push(CopyGroup {
            title: words.text(Text::SummaryPriorities).to_owned(),
            title_is_theirs: false,
            notes: Vec::new(),
            lines: inv
                .priorities
                .iter()
                .map(|p| {
                    let area = presets::domain_name(words, &p.domain);
                    match p.wish.as_ref().and_then(|w| inv.entry(w)) {
                        Some((.., wish)) => CopyLine {
                            details: vec![area],
                            ..CopyLine::theirs(&wish.text)
                        },
                        None => CopyLine::labelled(area, ""),
                    }
                })
                .collect(),
        });
    }
    let qualities = inv.qualities_top_first();
    if !qualities.is_empty() {
        groups.push(CopyGroup {
            title: words.text(Text::SummaryQualities).to_owned(),
            title_is_theirs: false,
            notes: Vec::new(),
            lines: qualities
                .into_iter()
                .map(|q| CopyLine {
                    mark: q.top.then_some("★"),
                    label: Some(presets::quality_name(words, &q.quality)),
                    details: q
                        .top
                        .then(|| words.text(Text::SummaryTopQuality).to_owned())
                        .into_iter()
                        .collect(),
                    ..CopyLine::default()
                })
                .collect(),
        });
    }
    for area in inv.areas_for_profile(&settings.domains) {
        let name = presets::domain_name(words, &area.domain);
        for question in Question::ALL {
            let lines: Vec<CopyLine> = area.words(question).map(CopyLine::theirs).collect();
            if lines.is_empty() {
                continue;
            }
            let heading = match question {
                Question::HaveNow => Text::SummaryHaveNow,
                Question::Want => Text::SummaryWant,
                Question::HelpedBefore => Text::SummaryHelpedBefore,
            };
            groups.push(CopyGroup {
                title: format!("{name}: {}", words.text(heading)),
                title_is_theirs: false,
                notes: Vec::new(),
                lines,
            });
        }
    }
    groups
}

/// The journey as the widget's "how far I have come" tells it: each life area's story in one
/// line (where it started, where it is now), then every check-in, newest first, with each
/// area's answer in words ("Skipped" where it was left out, as the widget shows it), what
/// helped in the person's words, and the signs they noticed.
fn journey_groups(journey: &Journey, settings: &ShareSettings) -> Vec<CopyGroup> {
    let words = settings.words;
    let (number, date) = (&*settings.number, &*settings.date);
    let areas = journey.areas_answered(&settings.domains);
    let mut groups = Vec::new();
    let stories: Vec<CopyLine> = areas
        .iter()
        .filter_map(|area| {
            let summary = journey.area_summary(area)?;
            let name = presets::domain_name(words, area);
            Some(CopyLine {
                said: Some(summary.said(words, &name, number, date)),
                ..CopyLine::default()
            })
        })
        .collect();
    if !stories.is_empty() {
        groups.push(CopyGroup {
            title: words.text(Text::JourneyHowFar).to_owned(),
            title_is_theirs: false,
            notes: Vec::new(),
            lines: stories,
        });
    }
    for check_in in journey.check_ins.iter().rev() {
        let mut lines: Vec<CopyLine> = areas
            .iter()
            .map(|area| {
                let answer = check_in.area(area);
                let said = match answer.and_then(|a| a.rating) {
                    Some(rating) => rating_said(words, rating, number),
                    None => words.text(Text::JourneySkipped).to_owned(),
                };
                let name = presets::domain_name(words, area);
                let helped = answer.map_or("", |a| a.helped.trim());
                CopyLine {
                    label: Some(words.fill(Text::ShareJourneyArea, &[("area", &name)])),
                    said: Some(said),
                    then: (!helped.is_empty()).then(|| {
                        (
                            words.text(Text::ShareJourneyHelped).to_owned(),
                            helped.to_owned(),
                        )
                    }),
                    ..CopyLine::default()
                }
            })
            .collect();
        lines.extend(check_in.noticed.iter().map(|sign| {
            CopyLine::labelled(words.text(Text::ShareJourneyNoticed).to_owned(), &sign.text)
        }));
        groups.push(CopyGroup {
            title: words.fill(Text::JourneyToday, &[("date", &date(check_in.date))]),
            title_is_theirs: false,
            notes: Vec::new(),
            lines,
        });
    }
    groups
}

/// The chosen parts as one self-contained HTML document (see the module's notes).
pub fn share_html(record: &Record, parts: &[SharePart], settings: &ShareSettings) -> String {
    let copy = shared_copy(record, parts, settings);
    let empty = escape(settings.words.text(Text::ShareDocEmpty));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title}</title>\n<style>{DOCUMENT_CSS}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p class=\"made\">{made}</p>\n",
        lang = escape(&copy.lang),
        dir = copy.direction.as_attribute(),
        title = escape(&copy.title),
        made = escape(&copy.made),
    );
    for part in &copy.parts {
        let _ = write!(
            out,
            "<section class=\"part part-{key}\">\n<h2>{title}</h2>\n",
            key = escape(&part.part.key().replace('.', "-")),
            title = escape(&part.title),
        );
        if part.groups.is_empty() {
            let _ = writeln!(out, "<p class=\"empty\">{empty}</p>");
        }
        for group in &part.groups {
            let dir = if group.title_is_theirs {
                " dir=\"auto\""
            } else {
                ""
            };
            let _ = writeln!(out, "<h3{dir}>{}</h3>", escape(&group.title));
            for note in &group.notes {
                let _ = writeln!(out, "<p>{}</p>", html_line(note));
            }
            if !group.lines.is_empty() {
                out.push_str("<ul>\n");
                for line in &group.lines {
                    let _ = writeln!(out, "<li>{}</li>", html_line(line));
                }
                out.push_str("</ul>\n");
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn html_line(line: &CopyLine) -> String {
    let mut out = String::new();
    if let Some(mark) = line.mark {
        let _ = write!(out, "<span aria-hidden=\"true\">{mark} </span>");
    }
    if let Some(label) = &line.label {
        let _ = write!(out, "<strong>{}</strong>", escape(label));
        if !line.theirs.is_empty() || line.said.is_some() {
            out.push_str(space_after(label));
        }
    }
    if let Some(said) = &line.said {
        out.push_str(&escape(said));
        if !line.theirs.is_empty() {
            out.push(' ');
        }
    }
    if !line.theirs.is_empty() {
        let _ = write!(out, "<bdi>{}</bdi>", escape(&line.theirs));
    }
    if let Some(phone) = &line.phone {
        out.push_str(": ");
        match dial_string(phone) {
            Some(dial) => {
                let _ = write!(
                    out,
                    "<a href=\"tel:{}\" dir=\"ltr\">{}</a>",
                    escape(&dial),
                    escape(phone)
                );
            }
            None => {
                let _ = write!(out, "<bdi dir=\"ltr\">{}</bdi>", escape(phone));
            }
        }
    }
    if let Some((label, words)) = &line.then {
        let _ = write!(
            out,
            " — <em>{}</em>{}<bdi>{}</bdi>",
            escape(label),
            space_after(label),
            escape(words)
        );
    }
    if !line.details.is_empty() {
        let details: Vec<String> = line
            .details
            .iter()
            .map(|d| format!("<bdi>{}</bdi>", escape(d)))
            .collect();
        let _ = write!(
            out,
            " <span class=\"details\">({})</span>",
            details.join(" · ")
        );
    }
    out
}

/// The chosen parts as plain text, for pasting into a message: the same words as the
/// document, a heading a line, each entry a line starting "• ", with the words put in kept in
/// their own direction (see `TextDirection`).
pub fn share_text(record: &Record, parts: &[SharePart], settings: &ShareSettings) -> String {
    let copy = shared_copy(record, parts, settings);
    let bidi = TextDirection(copy.direction);
    let empty = settings.words.text(Text::ShareDocEmpty);
    let mut out = String::new();
    let mut line = |text: &str| {
        if !text.is_empty() {
            out.push_str(bidi.line_start());
        }
        out.push_str(text);
        out.push('\n');
    };
    line(&copy.title);
    line(&copy.made);
    for part in &copy.parts {
        line("");
        line(&format!("== {} ==", part.title));
        if part.groups.is_empty() {
            line(empty);
        }
        for group in &part.groups {
            line("");
            line(&group.title);
            for note in &group.notes {
                line(&text_line(note, bidi));
            }
            for entry in &group.lines {
                line(&format!("• {}", text_line(entry, bidi)));
            }
        }
    }
    out
}

/// How the plain-text copy keeps mixed directions readable where there is no markup.
///
/// A message app lays out each line by the Unicode bidi algorithm, usually taking the line's
/// direction from its first strong letter. So an English name or a phone number inside an
/// Arabic line drags the neutral characters around it (colons, brackets, spaces) to the wrong
/// side, and "13 11 14" can read "14 11 13". The text therefore:
///
/// - in a right-to-left language, starts each line with a RIGHT-TO-LEFT MARK (U+200F), so
///   the line is right to left even when it begins with a bullet or with words isolated
///   below (an isolate's letters never set a line's direction), and wraps every value put
///   into a line (the person's words, names, the host's crisis lines, dates, the tool's own
///   labels) in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069), and a
///   phone number in LEFT-TO-RIGHT ISOLATE (U+2066) … U+2069, so it always reads left to
///   right;
/// - in a left-to-right language, isolates only a value with a right-to-left letter in it
///   (an Arabic name in an English copy): the line is left to right already, and a copy in
///   English alone stays free of invisible characters, which some apps and older phones show
///   as boxes.
#[derive(Clone, Copy)]
struct TextDirection(Direction);

impl TextDirection {
    /// What each line starts with.
    fn line_start(self) -> &'static str {
        match self.0 {
            Direction::Rtl => "\u{200F}",
            Direction::Ltr => "",
        }
    }

    /// A value put into a line, isolated where it needs to be.
    fn isolate(self, value: &str) -> String {
        if value.is_empty() || (self.0 == Direction::Ltr && !has_right_to_left(value)) {
            return value.to_owned();
        }
        format!("\u{2068}{value}\u{2069}")
    }

    /// A phone number, always left to right.
    fn phone(self, number: &str) -> String {
        if self.0 == Direction::Ltr && !has_right_to_left(number) {
            return number.to_owned();
        }
        format!("\u{2066}{number}\u{2069}")
    }
}

/// Whether text holds a letter written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko,
/// Samaritan, Mandaic and their presentation forms): the scripts that reorder a line.
fn has_right_to_left(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(u32::from(c),
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
    })
}

fn text_line(line: &CopyLine, bidi: TextDirection) -> String {
    let words = line_words(line, &|value| bidi.isolate(value), &|phone| {
        bidi.phone(phone)
    });
    match line.mark {
        Some(mark) => format!("{mark} {words}"),
        None => words,
    }
}

/// A line's words without its mark (the mark is for the eye), as one plain string: for a
/// document that sets the direction itself, such as the care team's file's narrative.
pub(crate) fn plain_line(line: &CopyLine) -> String {
    line_words(line, &str::to_owned, &str::to_owned)
}

/// A line's words in reading order, each value put in through `value` and a phone number
/// through `phone`.
fn line_words(
    line: &CopyLine,
    value: &dyn Fn(&str) -> String,
    phone: &dyn Fn(&str) -> String,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(label) = &line.label {
        parts.push(value(label));
    }
    if let Some(said) = &line.said {
        parts.push(value(said));
    }
    if !line.theirs.is_empty() {
        parts.push(value(&line.theirs));
    }
    let mut out = String::new();
    for part in &parts {
        if !out.is_empty() {
            out.push_str(space_after(&out));
        }
        out.push_str(part);
    }
    if let Some(number) = &line.phone {
        let _ = write!(out, ": {}", phone(number));
    }
    if let Some((label, words)) = &line.then {
        let label = value(label);
        let _ = write!(out, " — {label}{}{}", space_after(&label), value(words));
    }
    if !line.details.is_empty() {
        let details: Vec<String> = line.details.iter().map(|d| value(d)).collect();
        let _ = write!(out, " ({})", details.join(" · "));
    }
    out
}

/// The space between a label and what follows it: none after full-width punctuation, which
/// carries its own space ("金钱：3分", not "金钱： 3分"), one otherwise ("Money: 3").
fn space_after(label: &str) -> &'static str {
    let full_width = |c: char| matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}');
    // Direction marks and isolates a label may end with are not its last letter.
    let last = label
        .chars()
        .rev()
        .find(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}'));
    if last.is_some_and(full_width) {
        ""
    } else {
        " "
    }
}

/// Text made safe inside HTML, in an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The document's styles: readable on a phone, plain on paper, logical properties so that a
/// right-to-left copy needs nothing else.
const DOCUMENT_CSS: &str = "\
:root{color-scheme:light;}\
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;\
font-size:18px;line-height:1.5;color:#1d1d1f;background:#fff;}\
main{max-inline-size:40em;margin:0 auto;padding:1em 1.25em 3em;}\
h1{font-size:1.6em;margin:0.5em 0 0.2em;}\
h2{font-size:1.3em;margin:1.6em 0 0.4em;padding-block-end:0.2em;border-block-end:2px solid #2d6a4f;}\
h3{font-size:1.05em;margin:1.1em 0 0.3em;}\
p{margin:0.3em 0;}\
ul{margin:0.2em 0;padding-inline-start:1.4em;}\
li{margin:0.25em 0;}\
a{color:#1b4d8c;}a[href^=tel]{white-space:nowrap;}\
.made,.details{color:#4a4a4f;}\
.empty{font-style:italic;}\
@media print{body{font-size:12pt;}main{max-inline-size:none;padding:0;}\
section{break-inside:auto;}h2,h3{break-after:avoid;}li{break-inside:avoid;}a{color:inherit;text-decoration:none;}}";
