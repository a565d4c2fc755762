import {test} from 'node:test';
import {wellAnswers} from './answer-sets.js';
import assert from 'node:assert/strict';
import type {Answers} from '../../src/fit-check/questions.js';
import {decide, leadAction, reasonIds, safetyReasonIds} from '../../src/fit-check/rules.js';

const outcomeOf = (changes: Partial<Answers>) => decide({...wellAnswers, ...changes}).outcome;
const reasonsOf = (changes: Partial<Answers>) => decide({...wellAnswers, ...changes}).reasons;

test('crisis: each danger answer, leading with the number that fits', () => {
  for (const [safety, reason, lead] of [
    ['medical', 'danger-medical', 'emergency'],
    ['harm-others', 'danger-harm-others', 'emergency'],
    ['self-harm', 'danger-self-harm', 'crisis'],
  ] as const) {
    const decision = decide({safety});
    assert.deepEqual(decision, {outcome: 'crisis', reasons: [reason]});
    assert.equal(leadAction(decision), lead);
    assert.deepEqual(decide({...wellAnswers, safety}), decision, 'other answers do not matter');
  }
  assert.equal(leadAction(decide(wellAnswers)), undefined);
});

test('detox-first, in each of its forms', () => {
  assert.equal(outcomeOf({'past-withdrawal': 'yes'}), 'detox-first');
  assert.equal(outcomeOf({'withdrawal-now': 'yes', 'daily-use': 'yes'}), 'detox-first');
  assert.equal(outcomeOf({'withdrawal-now': 'yes'}), 'detox-first', 'signs nothing explains');
  assert.equal(
    outcomeOf({'withdrawal-now': 'yes', opioids: 'yes'}),
    'iop-with-support',
    'opioid withdrawal'
  );
  assert.equal(
    outcomeOf({'withdrawal-now': 'yes', opioids: 'yes', pregnancy: 'yes'}),
    'detox-first'
  );
  assert.equal(outcomeOf({'daily-use': 'yes', pregnancy: 'yes'}), 'detox-first');
  assert.equal(outcomeOf({'daily-use': 'yes'}), 'iop-with-support');
  assert.equal(
    outcomeOf({opioids: 'yes'}),
    'outpatient',
    'opioid use alone is no bar to weekly care'
  );
  assert.deepEqual(reasonsOf({'past-withdrawal': 'yes'}), [
    'withdrawal-needs-medical-check',
    'withdrawal-danger-signs',
    'past-complicated-withdrawal',
  ]);
  assert.deepEqual(
    reasonsOf({'withdrawal-now': 'yes', 'daily-use': 'yes', opioids: 'yes', pregnancy: 'yes'}),
    [
      'stopping-alcohol-or-sedatives',
      'stopping-opioids',
      'withdrawal-danger-signs',
      'opioid-withdrawal-medicine',
      'pregnancy-with-opioids',
      'opioid-use-medicines',
      'withdrawal-with-daily-use',
      'pregnancy-with-withdrawal-risk',
    ]
  );
});

test('higher care outranks every IOP outcome', () => {
  assert.deepEqual(reasonsOf({home: 'unsafe'}), ['home-unsafe']);
  assert.deepEqual(reasonsOf({'physical-health': 'yes'}), ['physical-health']);
  assert.deepEqual(reasonsOf({'mental-health': 'severe'}), ['mental-health-severe']);
  assert.deepEqual(reasonsOf({'care-before': 'iop', 'care-result': 'relapse'}), [
    'relapse-after-iop',
  ]);
  assert.equal(outcomeOf({'care-before': 'iop', 'care-result': 'helped'}), 'outpatient');
  assert.equal(outcomeOf({home: 'unsafe', 'past-withdrawal': 'yes'}), 'detox-first');
});

test('outpatient is checked before iop-with-support, and needs no time', () => {
  assert.deepEqual(reasonsOf({}), [
    'home-safe',
    'support-strong',
    'coping-strong',
    'time-yes',
    'life-impact-rarely',
  ]);
  assert.equal(outcomeOf({time: 'unsure'}), 'outpatient');
  assert.deepEqual(reasonsOf({time: 'no'}), [
    'time-no',
    'home-safe',
    'support-strong',
    'coping-strong',
    'life-impact-rarely',
  ]);
  for (const bar of [
    {support: 'some'},
    {coping: 'some'},
    {'life-impact': 'sometimes'},
    {home: 'others-use'},
    {'mental-health': 'some'},
    {'daily-use': 'yes'},
    {overdose: 'yes'},
    {pregnancy: 'yes'},
    {'care-before': 'weekly', 'care-result': 'relapse'},
    {'care-before': 'residential', 'care-result': 'helped'},
    {'care-before': 'residential', 'care-result': 'relapse'},
  ] as Partial<Answers>[]) {
    assert.notEqual(outcomeOf(bar), 'outpatient', JSON.stringify(bar));
  }
  assert.equal(outcomeOf({'care-before': 'weekly', 'care-result': 'helped'}), 'outpatient');
  assert.equal(
    outcomeOf({'care-before': 'none', 'care-result': 'relapse'}),
    'outpatient',
    'no care, no relapse'
  );
});

test('iop-with-support for any open need; iop-fit otherwise', () => {
  const fit = {'life-impact': 'sometimes'} as const;
  assert.equal(outcomeOf(fit), 'iop-fit');
  for (const need of [
    {support: 'little'},
    {coping: 'little'},
    {time: 'unsure'},
    {time: 'no'},
    {'daily-use': 'yes'},
    {'withdrawal-now': 'yes', opioids: 'yes'},
    {home: 'others-use'},
    {'mental-health': 'some'},
    {overdose: 'yes'},
    {'care-before': 'residential', 'care-result': 'relapse'},
  ] as Partial<Answers>[]) {
    assert.equal(outcomeOf({...fit, ...need}), 'iop-with-support', JSON.stringify(need));
  }
  for (const notANeed of [
    {opioids: 'yes'},
    {pregnancy: 'yes'},
    {support: 'some', coping: 'some'},
  ] as Partial<Answers>[]) {
    assert.equal(outcomeOf({...fit, ...notANeed}), 'iop-fit', JSON.stringify(notANeed));
  }
});

test('reasons: safety first, then other notes, what decided, and strengths', () => {
  assert.deepEqual(
    reasonsOf({
      'daily-use': 'yes',
      opioids: 'yes',
      overdose: 'yes',
      'mental-health': 'some',
      'care-before': 'weekly',
      'care-result': 'relapse',
      home: 'others-use',
      support: 'little',
      coping: 'some',
      time: 'no',
      'life-impact': 'most-days',
    }),
    [
      'stopping-alcohol-or-sedatives',
      'stopping-opioids',
      'recent-overdose',
      'opioid-use-medicines',
      'mental-health-some',
      'home-others-use',
      'time-no',
      'support-little',
      'step-up',
      'coping-some',
    ]
  );
  // Step up and step down show on every IOP outcome.
  assert.deepEqual(
    reasonsOf({'life-impact': 'sometimes', 'care-before': 'weekly', 'care-result': 'relapse'}),
    ['step-up', 'home-safe', 'support-strong', 'coping-strong', 'time-yes']
  );
  assert.deepEqual(
    reasonsOf({'care-before': 'residential', 'care-result': 'helped', support: 'little'}),
    ['support-little', 'step-down', 'home-safe', 'coping-strong', 'time-yes', 'life-impact-rarely']
  );
  assert.deepEqual(reasonsOf({'care-before': 'residential', 'care-result': 'relapse'}), [
    'relapse-after-residential',
    'home-safe',
    'support-strong',
    'coping-strong',
    'time-yes',
    'life-impact-rarely',
  ]);
  assert.deepEqual(reasonsOf({pregnancy: 'yes', 'life-impact': 'sometimes'}).slice(0, 1), [
    'pregnancy',
  ]);
});

test('the reason lists', () => {
  assert.equal(new Set(reasonIds).size, reasonIds.length, 'no id twice');
  assert.deepEqual(reasonIds.slice(3, 3 + safetyReasonIds.length), [...safetyReasonIds]);
});
