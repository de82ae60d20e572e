//! Times, natively, the core's share of one keystroke in a large record: the change itself
//! (`Record::apply`, which clones the record to mark what changed), and writing the record
//! for storage: whole (`to_storage_json`) and only the parts that changed (`StoredText`).
//! A benchmark, not a test: it prints figures and checks nothing.
//!
//!   cargo run --release -p recovery-core --example keystroke -- <record.json>
//!
//! `bench/records.mjs` makes the record the browser benchmark uses (1,000 goals and 5,000
//! other entries): `node -e "import('./bench/records.mjs').then(m => process.stdout.write(
//! JSON.stringify(m.makeRecord({ goals: 1000 }))))" > /tmp/large.json`.
use recovery_core::format::{read_stored, to_storage_json, StoredText};
use recovery_core::Timestamp;
use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: keystroke <record.json>");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("could not read {path}: {error}");
            std::process::exit(1);
        }
    };
    let (mut record, _) = match read_stored(&text) {
        Ok(read) => read,
        Err(error) => {
            eprintln!("{path} is not a record: {error}");
            std::process::exit(1);
        }
    };
    let goal = record.goals.goals[record.goals.goals.len() / 2].id.clone();
    let mut now = record.updated;
    let rounds = 50;
    let (mut clone, mut apply, mut write, mut parts) = (0.0, 0.0, 0.0, 0.0);
    let mut stored = StoredText::new();
    stored.write(&record);
    let mut why = String::from("Because");
    for i in 0..rounds {
        why.push(if i % 2 == 0 { 'a' } else { ' ' });
        now = Timestamp::from_millis(now.millis() + 1000);
        let started = Instant::now();
        let copy = record.clone();
        clone += started.elapsed().as_secs_f64();
        drop(copy);
        let started = Instant::now();
        let _ = record.apply(now, |r| r.goals.set_why(&goal, &why));
        apply += started.elapsed().as_secs_f64();
        let started = Instant::now();
        let json = to_storage_json(&record);
        write += started.elapsed().as_secs_f64();
        let started = Instant::now();
        let changed_only = stored.write(&record);
        parts += started.elapsed().as_secs_f64();
        assert!(json.len() > 1000);
        assert!(changed_only == json, "StoredText wrote something else");
    }
    let ms = |total: f64| total * 1000.0 / f64::from(rounds);
    println!(
        "{} goals, {} KB stored; per keystroke, mean of {rounds}:",
        record.goals.goals.len(),
        text.len() / 1024
    );
    println!("  clone the record            {:7.2} ms", ms(clone));
    println!("  Record::apply (with clone)  {:7.2} ms", ms(apply));
    println!("  to_storage_json             {:7.2} ms", ms(write));
    println!("  StoredText::write           {:7.2} ms", ms(parts));
}
