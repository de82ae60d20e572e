// The strengths inventory built with SurveyJS (survey-core + survey-js-ui, the framework-free
// UI), for the benchmark only. Same structure as the widget: one page per life area with its
// three questions, then the personal qualities, then what to work on first. Each question is a
// list the person adds to (a dynamic panel with one comment box per entry), as in the widget.
// Answers are saved to localStorage on every change and restored on load.
/* global Survey, SurveyUI */
'use strict';

const STORAGE_KEY = 'bench-surveyjs:answers';

// From crates/core/src/presets.rs (DOMAINS, QUALITIES) and crates/core/src/text.rs.
const DOMAINS = [
  ['daily-living', 'Daily living and home'],
  ['money', 'Money'],
  ['work-study', 'Work, study and volunteering'],
  ['relationships', 'Relationships and people around me'],
  ['health', 'Health and wellbeing'],
  ['leisure', 'Fun and free time'],
  ['meaning', 'Spirit, culture and meaning'],
];
const QUESTIONS = [
  ['have_now', 'What is going well, and what do I have now?', 'Things I can do, people I have, things that are going okay.'],
  ['want', 'What do I want?', 'Hopes and wishes, big or small.'],
  ['helped_before', 'What has helped me before?', 'People, places and things that helped in the past.'],
];
const QUALITIES = [
  ['kindness', 'Kindness'], ['humour', 'Humour'], ['persistence', 'Sticking with it'],
  ['curiosity', 'Curiosity'], ['honesty', 'Honesty'], ['courage', 'Courage'],
  ['creativity', 'Creativity'], ['fairness', 'Fairness'], ['gratitude', 'Thankfulness'],
  ['hope', 'Hope'], ['love-of-learning', 'Love of learning'], ['patience', 'Patience'],
  ['loyalty', 'Loyalty'], ['teamwork', 'Teamwork'], ['forgiveness', 'Forgiveness'],
  ['modesty', 'Modesty'], ['self-control', 'Self-control'], ['good-judgement', 'Good judgement'],
  ['big-picture', 'Seeing the big picture'], ['noticing-beauty', 'Noticing beauty'],
  ['sense-of-meaning', 'Sense of meaning'], ['energy', 'Energy'], ['leadership', 'Leadership'],
  ['warmth', 'Warmth'],
];

const json = {
  title: 'Your strengths',
  description: 'Notice what is strong in your life, in your own words.',
  // Save on every keystroke, like the widget (SurveyJS's default waits for the box to lose focus).
  textUpdateMode: 'onTyping',
  showQuestionNumbers: 'off',
  showCompletedPage: false,
  pages: [
    ...DOMAINS.map(([id, name]) => ({
      name: id,
      title: name,
      elements: QUESTIONS.map(([q, title, hint]) => ({
        type: 'paneldynamic',
        // Answer keys are "<area>__<question>", each a list of { text } (bench/records.mjs).
        name: `${id}__${q}`,
        title,
        description: hint,
        panelCount: 1,
        minPanelCount: 0,
        panelAddText: 'Add another',
        panelRemoveText: 'Remove',
        templateElements: [{ type: 'comment', name: 'text', titleLocation: 'hidden', rows: 2, maxLength: 2000 }],
      })),
    })),
    {
      name: 'qualities',
      title: 'My personal qualities',
      elements: [{
        type: 'checkbox',
        name: 'qualities',
        title: 'Which of these sound like you?',
        colCount: 2,
        choices: QUALITIES.map(([value, text]) => ({ value, text })),
      }],
    },
    {
      name: 'priorities',
      title: 'What to work on first',
      elements: [{
        type: 'ranking',
        name: 'priorities',
        title: 'Put the life areas in the order you want to work on them',
        choices: DOMAINS.map(([value, text]) => ({ value, text })),
      }],
    },
  ],
};

const survey = new Survey.Model(json);

// Restore what was saved, if it can be read.
try {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved) survey.data = JSON.parse(saved);
} catch (error) {
  console.warn('The saved answers could not be read', error);
}

// Save after every change.
function save() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(survey.data));
  } catch (error) {
    console.warn('The answers could not be saved', error);
  }
}
survey.onValueChanged.add(save);
survey.onDynamicPanelAdded.add(save);
survey.onDynamicPanelRemoved.add(save);

SurveyUI.renderSurvey(survey, document.getElementById('survey'));
