//! The inventory's small types.

use recovery_core::text::Text;

/// The parts of the inventory a person can move between, in any order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The life areas, one at a time.
    Areas,
    /// Personal qualities.
    Qualities,
    /// What to work on first.
    Priorities,
    /// The strengths profile.
    Summary,
}

impl Part {
    /// Every part, in the order of the menu.
    pub const ALL: [Part; 4] = [
        Part::Areas,
        Part::Qualities,
        Part::Priorities,
        Part::Summary,
    ];

    /// The part's name on screen.
    pub fn label(self) -> Text {
        match self {
            Part::Areas => Text::NavAreas,
            Part::Qualities => Text::NavQualities,
            Part::Priorities => Text::NavPriorities,
            Part::Summary => Text::NavSummary,
        }
    }
}
