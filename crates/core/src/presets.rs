//! The built-in life domains and personal qualities, in our own words.
//!
//! The structure follows the Strengths Model's strengths assessment (a row per life domain,
//! three questions per row); every name, idea and description here was written for this
//! project. A host can choose which domains to show and can reword any of this text through
//! the string catalogue (see [`crate::text`]), using the keys [`DomainPreset::name_key`] and
//! friends.

use crate::inventory::Question;
use crate::text::Catalogue;

/// A life domain the inventory asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DomainPreset {
    /// The domain's lasting id, stored in the record.
    pub id: &'static str,
    /// Its name as a person reads it.
    pub name: &'static str,
    /// Example ideas for each question, one idea a line, in the order of [`Question::ALL`].
    pub ideas: [&'static str; 3],
}

/// A personal quality a person can choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QualityPreset {
    /// The quality's lasting id, stored in the record.
    pub id: &'static str,
    /// Its short name.
    pub name: &'static str,
    /// One line in the person's voice saying what it looks like.
    pub about: &'static str,
}

impl DomainPreset {
    /// The catalogue key that rewords this domain's name: `domain.<id>`.
    pub fn name_key(id: &str) -> String {
        format!("domain.{id}")
    }

    /// The catalogue key that rewords the ideas for one question: `domain.<id>.ideas.<question>`.
    pub fn ideas_key(id: &str, question: Question) -> String {
        format!("domain.{id}.ideas.{}", question.key())
    }

    /// The example ideas for one question.
    pub fn ideas_for(&self, question: Question) -> &'static str {
        self.ideas[question as usize]
    }
}

impl QualityPreset {
    /// The catalogue key that renames this quality: `quality.<id>`.
    pub fn name_key(id: &str) -> String {
        format!("quality.{id}")
    }

    /// The catalogue key that rewords this quality's line: `quality.<id>.about`.
    pub fn about_key(id: &str) -> String {
        format!("quality.{id}.about")
    }
}

/// The life areas a host chose (its `domains` setting), and what the web team should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainChoice {
    /// The area ids to show, in order.
    pub domains: Vec<String>,
    /// Why an area listed was left out, or the list was not used, for the console. Empty
    /// when every one was used.
    pub problems: Vec<String>,
}

/// Reads a comma-separated list of area ids: keeps those built in, or that the host has
/// named in its wording (`named_by_host`), each once and in order. When none is usable, the
/// built-in seven are shown instead.
pub fn choose_domains(list: &str, named_by_host: impl Fn(&str) -> bool) -> DomainChoice {
    let mut domains: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        if domain(id).is_none() && !named_by_host(id) {
            problems.push(format!(
                "domains: \"{id}\" is not a built-in domain and has no name in the host's wording; left out"
            ));
        } else if !domains.iter().any(|c| c == id) {
            domains.push(id.to_owned());
        }
    }
    if domains.is_empty() {
        problems.push("domains: no usable domain listed; using the built-in seven".to_owned());
        domains = built_in_domain_ids();
    }
    DomainChoice { domains, problems }
}

/// The built-in domains' ids, in order: what a host that sets no `domains` shows.
pub fn built_in_domain_ids() -> Vec<String> {
    DOMAINS.iter().map(|d| d.id.to_owned()).collect()
}

/// Finds a built-in domain by id.
pub fn domain(id: &str) -> Option<&'static DomainPreset> {
    DOMAINS.iter().find(|d| d.id == id)
}

/// Finds a built-in quality by id.
pub fn quality(id: &str) -> Option<&'static QualityPreset> {
    QUALITIES.iter().find(|q| q.id == id)
}

/// A life domain's name in `words` (the host's wording, else ours; a host's own domain is
/// named by its id).
pub fn domain_name(words: &Catalogue, id: &str) -> String {
    let default = domain(id).map_or(id, |d| d.name);
    words
        .lookup(&DomainPreset::name_key(id), default)
        .to_owned()
}

/// A personal quality's name in `words`.
pub fn quality_name(words: &Catalogue, id: &str) -> String {
    let default = quality(id).map_or(id, |q| q.name);
    words
        .lookup(&QualityPreset::name_key(id), default)
        .to_owned()
}

/// The seven life domains, in the order a person meets them unless the host sets another.
pub static DOMAINS: &[DomainPreset] = &[
    DomainPreset {
        id: "daily-living",
        name: "Daily living and home",
        ideas: [
            "I have a place to live that feels safe\nI can cook a simple meal\nI get to appointments on time",
            "A place of my own\nA regular sleep routine\nTo feel on top of the housework",
            "Writing a list for the day\nA friend who helped me move\nA housing worker",
        ],
    },
    DomainPreset {
        id: "money",
        name: "Money",
        ideas: [
            "I pay my rent on time\nI know how much I have each week\nI am good at finding a bargain",
            "To save a little each week\nTo pay off a debt\nTo understand my payments",
            "A budget app on my phone\nA money counsellor\nSetting bills to pay by themselves",
        ],
    },
    DomainPreset {
        id: "work-study",
        name: "Work, study and volunteering",
        ideas: [
            "Skills from jobs I have had\nI volunteer on Saturdays\nI finished a course",
            "A part-time job\nTo go back to study\nTo help people who have been where I am",
            "A job coach\nStarting with a few hours a week\nA teacher who believed in me",
        ],
    },
    DomainPreset {
        id: "relationships",
        name: "Relationships and people around me",
        ideas: [
            "My sister calls me every week\nI get on well with my neighbour\nMy dog",
            "To see my kids more\nTo make a new friend\nTo join a group",
            "Telling one person how I really felt\nA peer support group\nSaying sorry and starting again",
        ],
    },
    DomainPreset {
        id: "health",
        name: "Health and wellbeing",
        ideas: [
            "I walk most days\nI have a doctor I trust\nI know some things that calm me",
            "To sleep better\nTo have more energy\nTo cut down on smoking",
            "Going to bed at the same time each night\nTalking with my doctor about my medicine\nBreathing slowly when I feel tense",
        ],
    },
    DomainPreset {
        id: "leisure",
        name: "Fun and free time",
        ideas: [
            "I love music\nI am good at drawing\nI enjoy watching the footy",
            "To learn guitar\nTo go fishing again\nTo join a sports team",
            "A free class at the library\nGoing along with a friend\nStarting small, ten minutes a day",
        ],
    },
    DomainPreset {
        id: "meaning",
        name: "Spirit, culture and meaning",
        ideas: [
            "My culture and family history\nTime on Country or in nature\nMy faith",
            "To reconnect with my community\nTo feel part of something bigger\nTo learn my language",
            "Talking with an Elder\nQuiet time each morning\nHelping at a community event",
        ],
    },
];

/// Twenty-four personal qualities, each with a line in the person's voice.
pub static QUALITIES: &[QualityPreset] = &[
    QualityPreset {
        id: "kindness",
        name: "Kindness",
        about: "I care about other people and like to help.",
    },
    QualityPreset {
        id: "humour",
        name: "Humour",
        about: "I can find the funny side and make people smile.",
    },
    QualityPreset {
        id: "persistence",
        name: "Sticking with it",
        about: "I keep going, even when things are hard.",
    },
    QualityPreset {
        id: "curiosity",
        name: "Curiosity",
        about: "I like to explore, ask questions and find out more.",
    },
    QualityPreset {
        id: "honesty",
        name: "Honesty",
        about: "I tell the truth and I am real with people.",
    },
    QualityPreset {
        id: "courage",
        name: "Courage",
        about: "I do hard things, even when I feel scared.",
    },
    QualityPreset {
        id: "creativity",
        name: "Creativity",
        about: "I come up with new ideas and new ways to do things.",
    },
    QualityPreset {
        id: "fairness",
        name: "Fairness",
        about: "I treat people equally and give everyone a go.",
    },
    QualityPreset {
        id: "gratitude",
        name: "Thankfulness",
        about: "I notice good things and say thank you.",
    },
    QualityPreset {
        id: "hope",
        name: "Hope",
        about: "I believe things can get better.",
    },
    QualityPreset {
        id: "love-of-learning",
        name: "Love of learning",
        about: "I enjoy learning new skills and new things.",
    },
    QualityPreset {
        id: "patience",
        name: "Patience",
        about: "I can wait calmly and give things time.",
    },
    QualityPreset {
        id: "loyalty",
        name: "Loyalty",
        about: "I stand by the people who matter to me.",
    },
    QualityPreset {
        id: "teamwork",
        name: "Teamwork",
        about: "I work well with others on something we share.",
    },
    QualityPreset {
        id: "forgiveness",
        name: "Forgiveness",
        about: "I can let go of hurt and give second chances.",
    },
    QualityPreset {
        id: "modesty",
        name: "Modesty",
        about: "I let what I do speak for itself.",
    },
    QualityPreset {
        id: "self-control",
        name: "Self-control",
        about: "I can manage what I do and say.",
    },
    QualityPreset {
        id: "good-judgement",
        name: "Good judgement",
        about: "I think things through before I decide.",
    },
    QualityPreset {
        id: "big-picture",
        name: "Seeing the big picture",
        about: "I can step back and see what really matters.",
    },
    QualityPreset {
        id: "noticing-beauty",
        name: "Noticing beauty",
        about: "I notice beauty and skill in nature, art and people.",
    },
    QualityPreset {
        id: "sense-of-meaning",
        name: "Sense of meaning",
        about: "I have beliefs or values that guide me.",
    },
    QualityPreset {
        id: "energy",
        name: "Energy",
        about: "I bring get-up-and-go to what I do.",
    },
    QualityPreset {
        id: "leadership",
        name: "Leadership",
        about: "I can help a group get organised and get things done.",
    },
    QualityPreset {
        id: "warmth",
        name: "Warmth",
        about: "I build close, caring relationships.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_chooses_built_in_areas_and_its_own_named_ones_in_its_order() {
        let named = |id: &str| id == "culture";
        let cases: [(&str, &[&str], usize); 5] = [
            ("money, health", &["money", "health"], 0),
            (" culture ,money,", &["culture", "money"], 0),
            ("money,money,health", &["money", "health"], 0),
            ("money,nowhere", &["money"], 1),
            // Nothing usable: the built-in seven, and two notes.
            ("nowhere", &[], 2),
        ];
        for (list, chosen, problems) in cases {
            let choice = choose_domains(list, named);
            let expected = if chosen.is_empty() {
                built_in_domain_ids()
            } else {
                chosen.iter().map(|d| (*d).to_owned()).collect()
            };
            assert_eq!(choice.domains, expected, "{list:?}");
            assert_eq!(choice.problems.len(), problems, "{list:?}");
        }
        assert_eq!(
            choose_domains(",", named).problems,
            ["domains: no usable domain listed; using the built-in seven"]
        );
    }
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_plain() {
        let mut seen = HashSet::new();
        for id in DOMAINS
            .iter()
            .map(|d| d.id)
            .chain(QUALITIES.iter().map(|q| q.id))
        {
            assert!(seen.insert(id), "{id} twice");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
        }
    }

    #[test]
    fn there_are_seven_domains_and_twenty_four_qualities() {
        assert_eq!(DOMAINS.len(), 7);
        assert_eq!(QUALITIES.len(), 24);
    }

    #[test]
    fn every_question_has_three_ideas() {
        for d in DOMAINS {
            for q in Question::ALL {
                assert_eq!(d.ideas_for(q).lines().count(), 3, "{} {:?}", d.id, q);
            }
        }
    }
}
