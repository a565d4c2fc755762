import {test} from 'node:test';
import {wellAnswers} from './answer-sets.js';
import assert from 'node:assert/strict';
import {
  askIf,
  detoxIsCertain,
  higherCareIsCertain,
  questions,
} from '../../src/fit-check/questions.js';
import type {PartialAnswers, QuestionId} from '../../src/fit-check/questions.js';
import {initialState, longestPath, transition} from '../../src/fit-check/flow.js';
import type {FlowState} from '../../src/fit-check/flow.js';

test("the sixteen questions and their options, in DESIGN's order", () => {
  assert.deepEqual(
    questions.map(({id, options}) => [id, [...options]]),
    [
      ['safety', ['medical', 'harm-others', 'self-harm', 'none']],
      ['daily-use', ['yes', 'no']],
      ['past-withdrawal', ['yes', 'no']],
      ['withdrawal-now', ['yes', 'no']],
      ['opioids', ['yes', 'no']],
      ['overdose', ['yes', 'no']],
      ['physical-health', ['yes', 'no']],
      ['mental-health', ['ok', 'some', 'severe']],
      ['care-before', ['none', 'weekly', 'iop', 'residential']],
      ['care-result', ['helped', 'relapse']],
      ['home', ['safe', 'others-use', 'unsafe']],
      ['support', ['strong', 'some', 'little']],
      ['coping', ['strong', 'some', 'little']],
      ['time', ['yes', 'unsure', 'no']],
      ['life-impact', ['rarely', 'sometimes', 'most-days']],
      ['pregnancy', ['yes', 'no', 'not-applicable']],
    ]
  );
  assert.deepEqual(
    Object.keys(askIf),
    questions.map(({id}) => id),
    'one askIf per question, in order'
  );
  assert.equal(longestPath, 16);
});

/** The questions the flow asks when the visitor answers from `answers`. */
function askedFor(answers: PartialAnswers): QuestionId[] {
  let state: FlowState = initialState('quiz');
  while (state.screen === 'question') {
    const id = state.path[state.path.length - 1];
    const option = answers[id];
    assert.ok(option, `no answer given for ${id}`);
    state = transition(state, {type: 'answer', option}).state;
  }
  return [...state.path];
}

test('once detox-first is certain, only the questions that add a safety reason are asked', () => {
  const asked = askedFor({...wellAnswers, 'past-withdrawal': 'yes'});
  assert.deepEqual(asked, [
    'safety',
    'daily-use',
    'past-withdrawal',
    'withdrawal-now',
    'opioids',
    'overdose',
    'mental-health',
    'pregnancy',
  ]);
  // Withdrawal signs without opioid use: certain once opioids is answered "no".
  assert.deepEqual(askedFor({...wellAnswers, 'withdrawal-now': 'yes'}), asked);
  // With opioid use, withdrawal signs are not detox-first yet: pregnancy could still make them so.
  assert.equal(askedFor({...wellAnswers, 'withdrawal-now': 'yes', opioids: 'yes'}).length, 15);
});

test('once higher care is certain, the plan questions are skipped; pregnancy is still asked', () => {
  const afterHealth = [
    'safety',
    'daily-use',
    'past-withdrawal',
    'withdrawal-now',
    'opioids',
    'overdose',
  ];
  assert.deepEqual(askedFor({...wellAnswers, 'physical-health': 'yes'}), [
    ...afterHealth,
    'physical-health',
    'mental-health',
    'pregnancy',
  ]);
  assert.deepEqual(askedFor({...wellAnswers, 'mental-health': 'severe'}), [
    ...afterHealth,
    'physical-health',
    'mental-health',
    'pregnancy',
  ]);
  assert.deepEqual(
    askedFor({...wellAnswers, 'care-before': 'iop', 'care-result': 'relapse'}).slice(-3),
    ['care-before', 'care-result', 'pregnancy']
  );
  assert.deepEqual(askedFor({...wellAnswers, home: 'unsafe'}).slice(-2), ['home', 'pregnancy']);
});

test('care-result is asked only after some care', () => {
  assert.ok(!askedFor(wellAnswers).includes('care-result'));
  for (const care of ['weekly', 'iop', 'residential'] as const) {
    assert.ok(askedFor({...wellAnswers, 'care-before': care}).includes('care-result'), care);
  }
});

test('the named certainty checks', () => {
  assert.equal(detoxIsCertain({'withdrawal-now': 'yes'}), false, 'opioid use not known yet');
  assert.equal(detoxIsCertain({'withdrawal-now': 'yes', opioids: 'no'}), true);
  assert.equal(detoxIsCertain({'withdrawal-now': 'yes', opioids: 'yes'}), false);
  assert.equal(detoxIsCertain({'withdrawal-now': 'yes', 'daily-use': 'yes'}), true);
  assert.equal(detoxIsCertain({'past-withdrawal': 'yes'}), true);
  assert.equal(higherCareIsCertain({'care-before': 'iop'}), false);
  assert.equal(higherCareIsCertain({'care-before': 'iop', 'care-result': 'relapse'}), true);
  assert.equal(higherCareIsCertain({'care-before': 'weekly', 'care-result': 'relapse'}), false);
});
