//! The goal builder's small types, and the words for the core's reflection prompts (a goal's
//! state and a helper have theirs in core: `GoalState::text`, `Helper::text`).

use recovery_core::goals::ReflectionPrompt;
use recovery_core::text::Text;

/// The parts of the goal builder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalPart {
    /// The goals, one open at a time.
    Goals,
    /// Every goal on one page, to print.
    Summary,
}

/// The on-screen words of a reflection prompt.
pub fn reflection_text(prompt: ReflectionPrompt) -> Text {
    match prompt {
        ReflectionPrompt::WorkedWell => Text::ReflectWorkedWell,
        ReflectionPrompt::Learned => Text::ReflectLearned,
        ReflectionPrompt::WhereElse => Text::ReflectWhereElse,
    }
}
