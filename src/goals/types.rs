//! The goal builder's small types, and the words for the core's goal states, helpers and prompts.

use recovery_core::goals::{GoalState, Helper, ReflectionPrompt};
use recovery_core::text::Text;

/// The parts of the goal builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalPart {
    /// The goals, one open at a time.
    Goals,
    /// Every goal on one page, to print.
    Summary,
}

/// The on-screen name of a goal's state.
pub fn state_text(state: GoalState) -> Text {
    match state {
        GoalState::Active => Text::GoalStateActive,
        GoalState::Paused => Text::GoalStatePaused,
        GoalState::Achieved => Text::GoalStateAchieved,
        GoalState::LetGo => Text::GoalStateLetGo,
    }
}

/// The on-screen name of a helper (a named person shows their name instead).
pub fn helper_text(helper: &Helper) -> Text {
    match helper {
        Helper::Me => Text::HelperMe,
        Helper::Family => Text::HelperFamily,
        Helper::Friend => Text::HelperFriend,
        Helper::PeerWorker => Text::HelperPeerWorker,
        Helper::Practitioner => Text::HelperPractitioner,
        Helper::Someone(_) => Text::HelperSomeone,
    }
}

/// The on-screen words of a reflection prompt.
pub fn reflection_text(prompt: ReflectionPrompt) -> Text {
    match prompt {
        ReflectionPrompt::WorkedWell => Text::ReflectWorkedWell,
        ReflectionPrompt::Learned => Text::ReflectLearned,
        ReflectionPrompt::WhereElse => Text::ReflectWhereElse,
    }
}
