//! Taking the record home by QR code: a link to the host's page with the record inside the
//! address's fragment (after `#`, which browsers never send to a server).
//!
//! # The link
//!
//! `<page address>#rw1.<part>.<parts>.<data>`, where
//!
//! - `rw1` names this encoding (version 1);
//! - `<part>` and `<parts>` say which code of how many this is (`1.1` for a single code);
//! - `<data>` is the raw-deflate compression of [`code_text`] (the record as compact
//!   version-3 JSON, see [`crate::format`]), written with [`base43_encode`]: two bytes in
//!   three characters, all of them in the QR code's alphanumeric set (which packs a character
//!   in 5.5 bits instead of 8) and all of them allowed in a fragment as they are. That holds
//!   a third more than base64 in the same code.
//!
//! Before that, [`with_short_ids`] gives every entry a shorter id, the same every time: the
//! bundle's own ids are long and random, and random text does not compress.
//!
//! Compression is left to the browser (`CompressionStream("deflate-raw")`), which costs the
//! bundle nothing; this module does everything else, so that all of it is tested natively.
//!
//! A record too large for one code is cut with [`split_in_two`] until every piece fits. Each
//! piece is a whole record in its own right, and the phone adds each code to what it has
//! (see [`crate::merge()`]), so the codes can be scanned in any order and none depends on
//! another.

use crate::goals::StrengthLink;
use crate::inventory::{DomainAnswers, Entry};
use crate::plan::PlanSection;
use crate::{ItemId, Record};
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use std::collections::{BTreeMap, BTreeSet};

/// What a take-home fragment starts with (after the `#`).
pub const FRAGMENT_PREFIX: &str = "rw1.";

/// The largest QR code version made: 177 modules a side, the largest there is. With low error
/// correction it holds 4,296 alphanumeric characters; drawn across most of a tablet's screen
/// (4 or more pixels a module), a phone's camera reads it.
pub const MAX_QR_VERSION: u8 = 40;

/// The most codes one record is cut into; past this, printing is the better way home.
pub const MAX_CODES: usize = 6;

/// The longest fragment read: more than one version-40 code holds. A longer one did not come
/// from a code, and is refused before it is decoded or decompressed.
pub const MAX_FRAGMENT_CHARS: usize = 4_400;

/// The record as one code carries it: compact JSON with no list of removals, and every
/// entry's time set to the record's own (a phone adds the code to its own copy, where the
/// times of single entries no longer matter, and equal times compress to almost nothing).
pub fn code_text(record: &Record) -> String {
    let mut copy = record.clone();
    let at = copy.updated;
    copy.removed.clear();
    copy.set_times_version_3_added(at);
    for domain in &mut copy.inventory.domains {
        for entry in domain
            .have_now
            .iter_mut()
            .chain(&mut domain.want)
            .chain(&mut domain.helped_before)
        {
            entry.updated = at;
        }
    }
    for check_in in &mut copy.journey.check_ins {
        check_in.updated = at;
    }
    super::to_storage_json(&copy)
}

/// The record with every id made short, references (a goal's strengths, a priority's wish)
/// following their entries.
///
/// A short id is three characters from the record's start time, then five from the entry's
/// own id (both hashed, in base 36). So the same entry gets the same short id however often
/// the codes are made: a phone that adds a code twice, or a fresh code next week, updates
/// its entries instead of adding them again. Two records share no short ids unless their start
/// times and ids both collide. Within a record, an entry whose short id is taken keeps its
/// own.
pub fn with_short_ids(record: &Record) -> Record {
    let mut originals = BTreeSet::new();
    visit_ids(&mut record.clone(), &mut |id| {
        originals.insert(id.as_str().to_owned());
    });
    let prefix = hashed(&record.created.to_string());
    let prefix = &prefix[..3];
    let mut short: BTreeMap<String, ItemId> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    let mut copy = record.clone();
    copy.removed.clear();
    visit_ids(&mut copy, &mut |id| {
        let new = short.entry(id.as_str().to_owned()).or_insert_with(|| {
            let candidate = format!("{prefix}{}", &hashed(id.as_str())[..5]);
            let chosen = if taken.contains(&candidate) || originals.contains(&candidate) {
                id.as_str().to_owned()
            } else {
                candidate
            };
            taken.insert(chosen.clone());
            ItemId::new(chosen)
        });
        *id = new.clone();
    });
    copy
}

/// Calls `each` on every id and every reference to one, in a fixed order.
fn visit_ids(record: &mut Record, each: &mut impl FnMut(&mut ItemId)) {
    let inventory = &mut record.inventory;
    for domain in &mut inventory.domains {
        for entry in domain
            .have_now
            .iter_mut()
            .chain(&mut domain.want)
            .chain(&mut domain.helped_before)
        {
            each(&mut entry.id);
        }
    }
    for priority in &mut inventory.priorities {
        each(&mut priority.id);
        if let Some(wish) = &mut priority.wish {
            each(wish);
        }
    }
    for goal in &mut record.goals.goals {
        each(&mut goal.id);
        goal.steps.iter_mut().for_each(|s| each(&mut s.id));
        for link in &mut goal.strengths {
            if let StrengthLink::Entry(id) = link {
                each(id);
            }
        }
    }
    for list in PlanSection::ALL.iter().flat_map(|s| s.lists()) {
        record
            .plan
            .items_mut(*list)
            .iter_mut()
            .for_each(|i| each(&mut i.id));
    }
    for check_in in &mut record.journey.check_ins {
        each(&mut check_in.id);
        check_in.noticed.iter_mut().for_each(|n| each(&mut n.sign));
    }
}

/// FNV-1a (64 bits) of the text, in base 36, at least seven characters.
fn hashed(text: &str) -> String {
    let mut n = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let mut out = String::new();
    while out.len() < 7 || n > 0 {
        out.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    out
}

/// Cuts a record into two smaller ones that together hold everything it holds, or `None`
/// when it is a single entry that cannot be cut.
///
/// It cuts between the widgets' parts first (the check-ins apart from the rest, then the
/// inventory, the goals, the plan), then within one part: between life areas (the qualities
/// and priorities go with the first half), between the answers of one life area, between
/// goals, between the plan's lists or the entries of one list, and between check-ins. A goal
/// stays whole, with its steps, and so does a check-in.
pub fn split_in_two(record: &Record) -> Option<(Record, Record)> {
    let mut first = record.clone();
    let mut second = record.clone();
    first.removed.clear();
    second.removed.clear();
    let check_ins = &record.journey.check_ins;
    if !check_ins.is_empty() {
        let mut rest = record.clone();
        rest.journey = Default::default();
        if !rest.is_empty() {
            first.journey = Default::default();
            second.inventory = Default::default();
            second.goals.goals.clear();
            second.plan = Default::default();
            return Some((first, second));
        }
        if check_ins.len() < 2 {
            return None;
        }
        let half = check_ins.len() / 2;
        first.journey.check_ins.truncate(half);
        second.journey.check_ins.drain(..half);
        return Some((first, second));
    }
    let has_inventory = !inventory_is_empty(record);
    let has_goals = !record.goals.goals.is_empty();
    let has_plan = record.plan.all_items().next().is_some();
    match (has_inventory, has_goals, has_plan) {
        // Two or three parts: the first part alone, then the rest.
        (true, true, _) | (true, _, true) => {
            clear_goals_and_plan(&mut first);
            clear_inventory(&mut second);
        }
        (false, true, true) => {
            first.plan = Default::default();
            second.goals.goals.clear();
        }
        (true, false, false) => split_inventory(record, &mut first, &mut second)?,
        (false, true, false) => {
            let goals = &record.goals.goals;
            if goals.len() < 2 {
                return None;
            }
            let half = goals.len() / 2;
            first.goals.goals.truncate(half);
            second.goals.goals.drain(..half);
        }
        (false, false, true) => split_plan(record, &mut first, &mut second)?,
        (false, false, false) => return None,
    }
    Some((first, second))
}

fn inventory_is_empty(record: &Record) -> bool {
    let inventory = &record.inventory;
    inventory.qualities.is_empty()
        && inventory.priorities.is_empty()
        && inventory
            .domains
            .iter()
            .all(|d| d.have_now.is_empty() && d.want.is_empty() && d.helped_before.is_empty())
}

fn clear_inventory(record: &mut Record) {
    record.inventory = Default::default();
}

fn clear_goals_and_plan(record: &mut Record) {
    record.goals.goals.clear();
    record.plan = Default::default();
}

fn split_inventory(record: &Record, first: &mut Record, second: &mut Record) -> Option<()> {
    let domains: Vec<&DomainAnswers> = record
        .inventory
        .domains
        .iter()
        .filter(|d| !(d.have_now.is_empty() && d.want.is_empty() && d.helped_before.is_empty()))
        .collect();
    let chosen = &record.inventory;
    if domains.len() >= 2 {
        let half = domains.len() / 2;
        first.inventory.domains = domains[..half].iter().map(|d| (*d).clone()).collect();
        second.inventory.domains = domains[half..].iter().map(|d| (*d).clone()).collect();
        second.inventory.qualities.clear();
        second.inventory.priorities.clear();
        return Some(());
    }
    let Some(domain) = domains.first() else {
        // Only qualities and priorities: small enough for any code.
        return None;
    };
    if !chosen.qualities.is_empty() || !chosen.priorities.is_empty() {
        // The one life area apart from the qualities and priorities.
        first.inventory.domains.clear();
        second.inventory.domains = vec![(*domain).clone()];
        second.inventory.qualities.clear();
        second.inventory.priorities.clear();
        return Some(());
    }
    // One life area's answers, cut in the middle.
    let answers: Vec<(u8, &Entry)> = [&domain.have_now, &domain.want, &domain.helped_before]
        .into_iter()
        .enumerate()
        .flat_map(|(question, list)| list.iter().map(move |e| (question as u8, e)))
        .collect();
    if answers.len() < 2 {
        return None;
    }
    let half = answers.len() / 2;
    first.inventory.domains = vec![domain_with(domain, &answers[..half])];
    second.inventory.domains = vec![domain_with(domain, &answers[half..])];
    Some(())
}

fn domain_with(domain: &DomainAnswers, answers: &[(u8, &Entry)]) -> DomainAnswers {
    let pick = |question: u8| {
        answers
            .iter()
            .filter(|(q, _)| *q == question)
            .map(|(_, e)| (*e).clone())
            .collect()
    };
    DomainAnswers {
        domain: domain.domain.clone(),
        have_now: pick(0),
        want: pick(1),
        helped_before: pick(2),
    }
}

fn split_plan(record: &Record, first: &mut Record, second: &mut Record) -> Option<()> {
    let lists: Vec<_> = PlanSection::ALL
        .iter()
        .flat_map(|s| s.lists())
        .copied()
        .filter(|l| !record.plan.items(*l).is_empty())
        .collect();
    if lists.len() >= 2 {
        let half = lists.len() / 2;
        for list in &lists[..half] {
            second.plan.items_mut(*list).clear();
        }
        for list in &lists[half..] {
            first.plan.items_mut(*list).clear();
        }
        return Some(());
    }
    let list = *lists.first()?;
    let items = record.plan.items(list);
    if items.len() < 2 {
        return None;
    }
    let half = items.len() / 2;
    first.plan.items_mut(list).truncate(half);
    second.plan.items_mut(list).drain(..half);
    Some(())
}

/// One take-home code's link: the page's address (without any fragment) and the fragment.
pub fn link(page: &str, part: usize, parts: usize, compressed: &[u8]) -> String {
    let page = page.split('#').next().unwrap_or(page);
    format!(
        "{page}#{FRAGMENT_PREFIX}{part}.{parts}.{}",
        base43_encode(compressed)
    )
}

/// What a take-home link's fragment carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodePart {
    /// Which code this is, from 1.
    pub part: usize,
    /// How many codes the record was cut into.
    pub parts: usize,
    /// The compressed record (raw deflate of [`code_text`]).
    pub compressed: Vec<u8>,
}

/// Reads an address's fragment (with or without its `#`). `None` when it is not a take-home
/// fragment at all; `Some(Err(()))` when it is one but is cut short or garbled.
pub fn read_fragment(fragment: &str) -> Option<Result<CodePart, ()>> {
    let rest = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix(FRAGMENT_PREFIX)?;
    if rest.len() > MAX_FRAGMENT_CHARS {
        return Some(Err(()));
    }
    let mut fields = rest.splitn(3, '.');
    let mut number = || fields.next().and_then(|n| n.parse::<usize>().ok());
    let (part, parts) = (number(), number());
    let compressed = fields.next().and_then(base43_decode);
    Some(match (part, parts, compressed) {
        (Some(part), Some(parts), Some(compressed))
            if part >= 1 && part <= parts && parts <= MAX_CODES && !compressed.is_empty() =>
        {
            Ok(CodePart {
                part,
                parts,
                compressed,
            })
        }
        _ => Err(()),
    })
}

/// A QR code drawn as one SVG path on a grid of `size` × `size` modules (plus a four-module
/// quiet zone on every side, included in `size`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// The side of the picture, in modules, quiet zone included.
    pub size: usize,
    /// An SVG path (`d`) that fills the dark modules, one rectangle per run in a row.
    pub path: String,
}

/// The QR code for a link, with low error correction (a screen is clean and flat) raised
/// whenever the version allows it; `None` when the link needs a version above
/// [`MAX_QR_VERSION`].
pub fn qr_picture(link: &str) -> Option<QrPicture> {
    // The address up to the data as bytes, the data in the denser alphanumeric mode.
    let data_at = link
        .find(&format!("#{FRAGMENT_PREFIX}"))
        .and_then(|at| {
            let numbers = at + 1 + FRAGMENT_PREFIX.len();
            let mut dots = link[numbers..]
                .match_indices('.')
                .map(|(i, _)| numbers + i + 1);
            dots.nth(1)
        })
        .unwrap_or(link.len());
    let (address, data) = link.split_at(data_at);
    let mut segments = vec![QrSegment::make_bytes(address.as_bytes())];
    if !data.is_empty() {
        if !QrSegment::is_alphanumeric(data) {
            return None;
        }
        segments.push(QrSegment::make_alphanumeric(data));
    }
    let code = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Low,
        Version::new(1),
        Version::new(MAX_QR_VERSION),
        None,
        true,
    )
    .ok()?;
    const QUIET: i32 = 4;
    let side = code.size();
    let mut path = String::new();
    for y in 0..side {
        let mut x = 0;
        while x < side {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < side && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{},{}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            ));
        }
    }
    Some(QrPicture {
        size: (side + 2 * QUIET) as usize,
        path,
    })
}

/// The 43 characters of the QR code's alphanumeric set that stand for themselves in an
/// address's fragment (the set's space and `%` do not).
const ALPHABET: &[u8; 43] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:";

/// Writes bytes in base 43: each two bytes as three characters of `0-9A-Z$*+-./:`, least
/// significant first, and a last odd byte as two.
pub fn base43_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    for pair in bytes.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (usize::from(*a) << 8 | usize::from(*b), 3),
            [a] => (usize::from(*a), 2),
            _ => unreachable!("chunks of two"),
        };
        for _ in 0..digits {
            out.push(ALPHABET[n % 43] as char);
            n /= 43;
        }
    }
    out
}

/// Reads [`base43_encode`]'s text; `None` for any other character, a cut-off length or a
/// group too large for its bytes.
pub fn base43_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 3 * 2 + 1);
    for group in text.as_bytes().chunks(3) {
        let mut n = 0usize;
        for c in group.iter().rev() {
            n = n * 43 + ALPHABET.iter().position(|a| a == c)?;
        }
        match group.len() {
            3 if n <= 0xFFFF => out.extend([(n >> 8) as u8, n as u8]),
            2 if n <= 0xFF => out.push(n as u8),
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::import_json;

    fn sample() -> Record {
        import_json(include_str!(
            "../../tests/fixtures/v3-inventory-goals-plan.json"
        ))
        .expect("the golden file reads")
    }

    fn typical() -> Record {
        import_json(include_str!("../../tests/fixtures/v3-typical.json"))
            .expect("the typical record reads")
    }

    fn with_check_ins() -> Record {
        import_json(include_str!("../../tests/fixtures/v4-journey.json"))
            .expect("the golden file reads")
    }

    #[test]
    fn a_code_carries_the_check_ins_with_their_signs_following_the_plan() {
        let record = with_check_ins();
        let short = with_short_ids(&record);
        let carried = crate::format::import_json(&code_text(&short)).unwrap();
        assert_eq!(carried.journey.check_ins.len(), 3);
        for (c, before) in carried
            .journey
            .check_ins
            .iter()
            .zip(&record.journey.check_ins)
        {
            assert_eq!((c.date, &c.areas), (before.date, &before.areas));
            assert_eq!(c.updated, record.updated);
            for n in &c.noticed {
                // A noticed sign still points at its plan entry, by its new short id.
                let entry = carried.plan.all_items().find(|i| i.id == n.sign);
                assert_eq!(entry.map(|i| i.text.as_str()), Some(n.text.as_str()));
            }
        }
    }

    #[test]
    fn check_ins_are_cut_from_the_rest_first_then_between_days() {
        let record = with_check_ins();
        let (rest, journey) = split_in_two(&record).unwrap();
        assert!(rest.journey.check_ins.is_empty());
        assert_eq!(rest.goals, record.goals);
        assert_eq!(journey.journey, record.journey);
        assert!(journey.goals.goals.is_empty() && journey.inventory.is_empty());
        let (early, late) = split_in_two(&journey).unwrap();
        assert_eq!(early.journey.check_ins.len(), 1);
        assert_eq!(late.journey.check_ins.len(), 2);
        // One check-in alone is not cut.
        assert_eq!(split_in_two(&early), None);
    }

    #[test]
    fn base43_round_trips_every_length_and_stays_in_the_alphanumeric_set() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..bytes.len() {
            let text = base43_encode(&bytes[..len]);
            assert_eq!(text.len(), len / 2 * 3 + len % 2 * 2);
            assert!(QrSegment::is_alphanumeric(&text) && !text.contains([' ', '%']));
            assert_eq!(base43_decode(&text).as_deref(), Some(&bytes[..len]));
        }
        assert_eq!(base43_encode(&[0xFF, 0xFF]), "3JZ");
        assert_eq!(base43_decode("::::"), None, "a group past 0xFFFF");
        assert_eq!(base43_decode(":::"), None, "three characters past 0xFFFF");
        assert_eq!(base43_decode("::"), None, "two characters past 0xFF");
        assert_eq!(base43_decode("ab"), None, "lower case is not in the set");
        assert_eq!(base43_decode("A"), None, "cut off");
    }

    /// Every id in a record, with where the reference points (the words it names).
    fn ids_and_words(record: &Record) -> Vec<(String, String)> {
        let words_of = |id: &ItemId| {
            record
                .inventory
                .domains
                .iter()
                .flat_map(|d| d.have_now.iter().chain(&d.want).chain(&d.helped_before))
                .find(|e| &e.id == id)
                .map(|e| e.text.clone())
                .unwrap_or_default()
        };
        let mut out = Vec::new();
        visit_ids(&mut record.clone(), &mut |id| {
            out.push((id.as_str().to_owned(), words_of(id)))
        });
        out
    }

    #[test]
    fn short_ids_are_unique_stable_follow_every_reference_and_shrink_the_text() {
        let record = typical();
        let short = with_short_ids(&record);
        import_json(&code_text(&short)).expect("still a record, every id used once");
        assert!(code_text(&short).len() < code_text(&record).len());
        // The same record gives the same ids every time.
        assert_eq!(with_short_ids(&record), short);
        let before = ids_and_words(&record);
        let after = ids_and_words(&short);
        assert_eq!(before.len(), after.len());
        let prefix = &after[0].0[..3];
        for ((old, old_words), (new, new_words)) in before.iter().zip(&after) {
            assert_eq!(new.len(), 8, "{old} became {new}");
            assert!(new.starts_with(prefix));
            // A reference names the same answer's words as before (or none, as before).
            assert_eq!(old_words, new_words, "{old} became {new}");
        }
        // Another record (another start time) shares no short id with this one.
        let mut other = record.clone();
        other.created = record.updated;
        assert!(ids_and_words(&with_short_ids(&other))
            .iter()
            .all(|(id, _)| !id.starts_with(prefix)));
    }

    #[test]
    fn a_short_id_that_is_taken_keeps_the_entrys_own() {
        let mut record = typical();
        // Give the second answer the id the first answer's short id would be.
        let first = record.inventory.domains[0].have_now[0].id.clone();
        let short_first = with_short_ids(&record).inventory.domains[0].have_now[0]
            .id
            .clone();
        record.inventory.domains[0].have_now[1].id = short_first.clone();
        let short = with_short_ids(&record);
        assert_ne!(short.inventory.domains[0].have_now[0].id, short_first);
        assert_eq!(short.inventory.domains[0].have_now[0].id, first);
        import_json(&code_text(&short)).expect("every id is still used once");
    }

    #[test]
    fn a_code_reads_back_as_the_same_record_with_the_records_time() {
        let record = sample();
        let back = import_json(&code_text(&record)).expect("a code's text is a record");
        assert_eq!(back.summary(), record.summary());
        assert_eq!(back.goals.goals[0].text, record.goals.goals[0].text);
        assert!(back.goals.goals.iter().all(|g| g.updated == record.updated));
        assert!(back.removed.is_empty());
    }

    #[test]
    fn links_carry_the_part_numbers_and_bytes() {
        let link = link("https://example.org/recovery/?a=1#old", 2, 3, &[1, 2, 250]);
        assert_eq!(link, "https://example.org/recovery/?a=1#rw1.2.3.060Z5");
        let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
        assert_eq!(
            read_fragment(fragment),
            Some(Ok(CodePart {
                part: 2,
                parts: 3,
                compressed: vec![1, 2, 250]
            }))
        );
    }

    #[test]
    fn other_fragments_are_left_alone_and_broken_ones_are_named() {
        assert_eq!(read_fragment("#main"), None);
        assert_eq!(read_fragment(""), None);
        for broken in [
            "#rw1.",
            "#rw1.1.1.",
            "#rw1.0.1.060Z5",
            "#rw1.3.2.060Z5",
            "#rw1.1.1.A",
            "#rw1.1.99.060Z5",
            "#rw1.1.1.060z5",
            &format!("#rw1.1.1.{}", "0".repeat(MAX_FRAGMENT_CHARS)),
        ] {
            assert_eq!(read_fragment(broken), Some(Err(())), "{broken}");
        }
    }

    #[test]
    fn splitting_keeps_every_entry_once_until_single_entries_remain() {
        let record = sample();
        let mut pieces = vec![record.clone()];
        let mut single = Vec::new();
        while let Some(piece) = pieces.pop() {
            match split_in_two(&piece) {
                Some((a, b)) => {
                    assert!(a.summary() != piece.summary() && b.summary() != piece.summary());
                    pieces.push(a);
                    pieces.push(b);
                }
                None => single.push(piece),
            }
        }
        for piece in &single {
            import_json(&code_text(piece)).expect("every piece reads on its own");
        }
        let total = |f: fn(&crate::RecordSummary) -> usize| {
            single.iter().map(|r| f(&r.summary())).sum::<usize>()
        };
        let whole = record.summary();
        assert_eq!(total(|s| s.strengths), whole.strengths);
        assert_eq!(total(|s| s.wishes), whole.wishes);
        assert_eq!(total(|s| s.goals), whole.goals);
        assert_eq!(total(|s| s.steps), whole.steps);
        assert_eq!(total(|s| s.plan_entries), whole.plan_entries);
        assert_eq!(total(|s| s.qualities), whole.qualities);
        assert_eq!(total(|s| s.priorities), whole.priorities);
        // Merging the pieces back gives the whole record's contents.
        let mut joined = Record::new(record.created);
        for piece in &single {
            joined = crate::merge(&joined, piece, crate::Removals::KeepAll);
        }
        assert_eq!(joined.summary().goals, whole.goals);
        assert_eq!(joined.summary().plan_entries, whole.plan_entries);
        assert_eq!(joined.summary().strengths, whole.strengths);
    }

    #[test]
    fn short_ids_are_the_same_in_every_release() {
        // A phone keeps the codes it has read: a code made by a later release must give the
        // same entry the same short id, or the phone would hold the entry twice.
        assert_eq!(hashed(""), "54xu4jzhiin33");
        assert_eq!(hashed("a1"), "nw1ybr1jmop4");
        let record = typical();
        let first = &record.inventory.domains[0].have_now[0].id;
        let expected = format!(
            "{}{}",
            &hashed(&record.created.to_string())[..3],
            &hashed(first.as_str())[..5]
        );
        let short = with_short_ids(&record);
        assert_eq!(short.inventory.domains[0].have_now[0].id.as_str(), expected);
    }

    /// Every item's id (a quality's own id) in a record, in order.
    fn holds(record: &Record) -> String {
        let inv = &record.inventory;
        let entries = inv
            .domains
            .iter()
            .flat_map(|d| d.have_now.iter().chain(&d.want).chain(&d.helped_before))
            .map(|e| e.id.to_string());
        let qualities = inv.qualities.iter().map(|q| q.quality.clone());
        let priorities = inv.priorities.iter().map(|p| p.id.to_string());
        let goals = record.goals.goals.iter().flat_map(|g| {
            std::iter::once(g.id.to_string()).chain(g.steps.iter().map(|s| s.id.to_string()))
        });
        let plan = record.plan.all_items().map(|i| i.id.to_string());
        let all: Vec<String> = entries
            .chain(qualities)
            .chain(priorities)
            .chain(goals)
            .chain(plan)
            .collect();
        all.join(" ")
    }

    /// A record made by `build`, at one moment.
    fn made(build: impl FnOnce(&mut Record) -> Result<(), crate::EditError>) -> Record {
        let now = crate::Timestamp::from_millis(1_795_426_200_000);
        let mut record = Record::new(now);
        record.apply(now, build).expect("a record");
        record
    }

    #[test]
    fn inventory_is_empty_means_no_answer_quality_or_priority() {
        use crate::inventory::Question;
        let now = crate::Timestamp::from_millis(0);
        let answer = |q: Question| {
            made(move |r| {
                r.inventory
                    .add_entry("money", q, "Savings", ItemId::new("e"), now)
            })
        };
        let cases = [
            ("nothing", Record::new(now), true),
            (
                "a quality",
                made(|r| {
                    r.inventory.set_quality("hope", true);
                    Ok(())
                }),
                false,
            ),
            (
                "a priority",
                made(|r| r.inventory.add_priority("money", None, ItemId::new("p"))),
                false,
            ),
            ("have now", answer(Question::HaveNow), false),
            ("want", answer(Question::Want), false),
            ("helped before", answer(Question::HelpedBefore), false),
            (
                "an area whose answers were removed",
                made(|r| {
                    r.inventory.add_entry(
                        "money",
                        Question::Want,
                        "Savings",
                        ItemId::new("e"),
                        now,
                    )?;
                    r.inventory.remove_entry(&ItemId::new("e"))
                }),
                true,
            ),
        ];
        for (what, record, empty) in cases {
            assert_eq!(inventory_is_empty(&record), empty, "{what}");
        }
    }

    #[test]
    fn a_record_is_cut_between_parts_then_areas_goals_lists_and_entries() {
        use crate::inventory::Question::{HaveNow, HelpedBefore, Want};
        use crate::plan::PlanList::{Toolbox, Triggers};
        let now = crate::Timestamp::from_millis(0);
        let id = ItemId::new;
        type Build = Box<dyn FnOnce(&mut Record) -> Result<(), crate::EditError>>;
        // What the record holds, and what each piece holds (`None`: it is not cut).
        type Case = (&'static str, Build, Option<(&'static str, &'static str)>);
        let cases: Vec<Case> = vec![
            ("nothing", Box::new(|_| Ok(())), None),
            (
                "the inventory, goals and the plan",
                Box::new(move |r| {
                    r.inventory
                        .add_entry("money", Want, "Savings", id("e1"), now)?;
                    r.goals.add_goal("Save", id("g1"), now)?;
                    r.plan.add_item(Toolbox, "Music", "", id("t1"))
                }),
                Some(("e1", "g1 t1")),
            ),
            (
                "goals and the plan",
                Box::new(move |r| {
                    r.goals.add_goal("Save", id("g1"), now)?;
                    r.plan.add_item(Toolbox, "Music", "", id("t1"))
                }),
                Some(("g1", "t1")),
            ),
            (
                "three goals",
                Box::new(move |r| {
                    for g in ["g1", "g2", "g3"] {
                        r.goals.add_goal("Save", id(g), now)?;
                    }
                    Ok(())
                }),
                Some(("g1", "g2 g3")),
            ),
            (
                "two goals",
                Box::new(move |r| {
                    r.goals.add_goal("Save", id("g1"), now)?;
                    r.goals.add_goal("Swim", id("g2"), now)
                }),
                Some(("g1", "g2")),
            ),
            (
                "one goal with its steps",
                Box::new(move |r| {
                    r.goals.add_goal("Save", id("g1"), now)?;
                    r.goals
                        .add_step(&id("g1"), "Open an account", None, None, id("s1"), now)?;
                    r.goals
                        .add_step(&id("g1"), "Ask the bank", None, None, id("s2"), now)
                }),
                None,
            ),
            (
                "two areas with answers (and one without), a quality and a priority",
                Box::new(move |r| {
                    r.inventory
                        .add_entry("leisure", HaveNow, "Guitar", id("e0"), now)?;
                    r.inventory.remove_entry(&id("e0"))?;
                    r.inventory
                        .add_entry("money", HaveNow, "I pay rent", id("e1"), now)?;
                    r.inventory
                        .add_entry("health", Want, "Sleep", id("e2"), now)?;
                    r.inventory.set_quality("hope", true);
                    r.inventory.add_priority("health", None, id("p1"))
                }),
                Some(("e1 hope p1", "e2")),
            ),
            (
                "one area and a quality",
                Box::new(move |r| {
                    r.inventory
                        .add_entry("money", HaveNow, "I pay rent", id("e1"), now)?;
                    r.inventory
                        .add_entry("money", Want, "Savings", id("e2"), now)?;
                    r.inventory.set_quality("hope", true);
                    Ok(())
                }),
                Some(("hope", "e1 e2")),
            ),
            (
                "one area with three answers",
                Box::new(move |r| {
                    r.inventory
                        .add_entry("money", HaveNow, "I pay rent", id("e1"), now)?;
                    r.inventory
                        .add_entry("money", Want, "Savings", id("e2"), now)?;
                    r.inventory
                        .add_entry("money", HelpedBefore, "A budget", id("e3"), now)
                }),
                Some(("e1", "e2 e3")),
            ),
            (
                "one area with two answers",
                Box::new(move |r| {
                    r.inventory
                        .add_entry("money", Want, "Savings", id("e1"), now)?;
                    r.inventory
                        .add_entry("money", Want, "A holiday", id("e2"), now)
                }),
                Some(("e1", "e2")),
            ),
            (
                "one answer",
                Box::new(move |r| {
                    r.inventory
                        .add_entry("money", Want, "Savings", id("e1"), now)
                }),
                None,
            ),
            (
                "qualities and a priority",
                Box::new(move |r| {
                    r.inventory.set_quality("hope", true);
                    r.inventory.set_quality("humour", true);
                    r.inventory.add_priority("money", None, id("p1"))
                }),
                None,
            ),
            (
                "two lists of the plan",
                Box::new(move |r| {
                    r.plan
                        .add_item(Triggers, "Crowds", "Leave early", id("t1"))?;
                    r.plan.add_item(Toolbox, "Music", "", id("t2"))?;
                    r.plan.add_item(Toolbox, "A bath", "", id("t3"))
                }),
                Some(("t2 t3", "t1")),
            ),
            (
                "one list with two entries",
                Box::new(move |r| {
                    r.plan.add_item(Toolbox, "Music", "", id("t1"))?;
                    r.plan.add_item(Toolbox, "A bath", "", id("t2"))
                }),
                Some(("t1", "t2")),
            ),
            (
                "one plan entry",
                Box::new(move |r| r.plan.add_item(Toolbox, "Music", "", id("t1"))),
                None,
            ),
        ];
        for (what, build, expected) in cases {
            let record = made(build);
            let pieces = split_in_two(&record);
            let held = pieces.as_ref().map(|(a, b)| (holds(a), holds(b)));
            let expected = expected.map(|(a, b)| (a.to_owned(), b.to_owned()));
            assert_eq!(held, expected, "{what}");
        }
    }

    #[test]
    fn a_fragment_of_exactly_the_longest_length_is_read() {
        // "01.1." and 4,395 characters of data: 4,400 after the prefix.
        let data = "0".repeat(MAX_FRAGMENT_CHARS - 5);
        assert_eq!(
            read_fragment(&format!("#rw1.01.1.{data}")),
            Some(Ok(CodePart {
                part: 1,
                parts: 1,
                compressed: vec![0; (MAX_FRAGMENT_CHARS - 5) / 3 * 2],
            }))
        );
        assert_eq!(
            read_fragment(&format!("#rw1.01.1.{data}000")),
            Some(Err(()))
        );
    }

    #[test]
    fn the_data_goes_in_the_denser_mode_from_the_character_after_the_part_numbers() {
        // Version 40 with low error correction holds 23,648 bits. After a 23-byte address
        // (204 bits with its header) that is 4,259 alphanumeric characters (23,442 bits), and
        // after a 25-byte one 4,256, and not one more. Had the data started a character
        // earlier or later, one of the two counts would differ.
        for (page, most) in [("https://e.org/", 4259), ("https://e.org/a/", 4256)] {
            let link = |n: usize| format!("{page}#rw1.1.1.{}", "A".repeat(n));
            assert!(qr_picture(&link(most)).is_some(), "{page}");
            assert_eq!(qr_picture(&link(most + 1)), None, "{page}");
        }
        // A short link: version 3, 29 modules a side, and the quiet zone of four on each side;
        // the last dark module is in the bottom row.
        let picture = qr_picture("https://example.org/#rw1.1.1.060Z5").expect("fits");
        assert_eq!(picture.size, 29 + 2 * 4);
        assert!(picture.path.ends_with("M31,32h1v1h-1z"), "{}", picture.path);
    }

    #[test]
    fn a_short_link_makes_a_small_code_and_a_huge_one_none() {
        let picture = qr_picture("https://example.org/#rw1.1.1.060Z5").expect("fits");
        // Version 2 or 3 (25 or 29 modules) plus the quiet zone.
        assert!(picture.size <= 29 + 8, "{}", picture.size);
        assert!(
            picture.path.starts_with("M4,4h7v1h-7z"),
            "the finder pattern comes first"
        );
        // Version 40 holds 2,953 bytes, or 4,296 alphanumeric characters.
        assert_eq!(qr_picture(&"x".repeat(2954)), None);
        assert!(qr_picture(&"x".repeat(2953)).is_some());
        let data = "A".repeat(4250);
        assert!(qr_picture(&format!("https://e.org/#rw1.1.1.{data}")).is_some());
        assert_eq!(
            qr_picture(&format!(
                "https://e.org/#rw1.1.1.{data}AAAAAAAAAAAAAAAAAAAA"
            )),
            None
        );
        assert_eq!(qr_picture("https://e.org/#rw1.1.1.lower"), None);
    }
}
