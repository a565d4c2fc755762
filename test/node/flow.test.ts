import {test} from 'node:test';
import {iopAnswers} from './answer-sets.js';
import assert from 'node:assert/strict';
import {askIf, endsTheCheck, questions} from '../../src/fit-check/questions.js';
import type {PartialAnswers, QuestionId} from '../../src/fit-check/questions.js';
import {decide} from '../../src/fit-check/rules.js';
import {initialState, questionCount, transition} from '../../src/fit-check/flow.js';
import type {FlowEffect, FlowEvent, FlowState} from '../../src/fit-check/flow.js';

const current = (state: FlowState) => state.path[state.path.length - 1];
const answer = (option: string): FlowEvent => ({type: 'answer', option});
const fired = (effects: FlowEffect[]) =>
  effects.flatMap((e) => (e.type === 'fire' ? [e.event] : []));
const focused = (effects: FlowEffect[]) =>
  effects.flatMap((e) => (e.type === 'focus' ? [e.target] : []));

/** Applies the events in turn; returns the last state and every effect. */
function run(state: FlowState, ...events: FlowEvent[]) {
  const effects: FlowEffect[] = [];
  for (const event of events) {
    const next = transition(state, event);
    effects.push(...next.effects);
    state = next.state;
  }
  return {state, effects};
}

/** Answers each question shown from `answers` until the result, or until `stopAt` is shown. */
function answerFrom(state: FlowState, answers: PartialAnswers, stopAt?: QuestionId) {
  const effects: FlowEffect[] = [];
  while (state.screen === 'question' && current(state) !== stopAt) {
    const next = transition(state, answer(answers[current(state)]!));
    effects.push(...next.effects);
    state = next.state;
  }
  return {state, effects};
}

const started = () => transition(initialState('full'), {type: 'start'}).state;
const atResult = (answers: PartialAnswers = iopAnswers) => answerFrom(started(), answers).state;

test('full view: Start fires iop-quiz-start once and shows the first question', () => {
  const first = initialState('full');
  assert.equal(first.screen, 'explainer');
  const {state, effects} = transition(first, {type: 'start'});
  assert.equal(state.screen, 'question');
  assert.deepEqual(state.path, ['safety']);
  assert.deepEqual(effects, [
    {type: 'fire', event: 'iop-quiz-start', detail: {}},
    {type: 'focus', target: 'question-heading'},
  ]);
  assert.deepEqual(questionCount(state), {step: 1, total: 16});
  assert.deepEqual(
    transition(state, {type: 'start'}).effects,
    [],
    'Start on a question does nothing'
  );
  const answered = transition(state, answer('none'));
  assert.deepEqual(answered.effects, [
    {type: 'fire', event: 'iop-quiz-answer', detail: {questionId: 'safety', step: 1, total: 16}},
    {type: 'focus', target: 'question-heading'},
  ]);
});

test('quiz view: the first question at once, and the first answer fires iop-quiz-start', () => {
  const first = initialState('quiz');
  assert.equal(first.screen, 'question');
  assert.deepEqual(first.path, ['safety']);
  const one = transition(first, answer('none'));
  assert.deepEqual(fired(one.effects), ['iop-quiz-start', 'iop-quiz-answer']);
  const two = transition(one.state, answer('yes'));
  assert.deepEqual(fired(two.effects), ['iop-quiz-answer']);
  const {effects} = answerFrom(two.state, {...iopAnswers, 'daily-use': 'yes'});
  assert.equal(fired(effects).filter((e) => e === 'iop-quiz-start').length, 0);
});

test('a danger answer goes straight to the crisis result', () => {
  for (const [option, lead] of [
    ['medical', 'danger-medical'],
    ['harm-others', 'danger-harm-others'],
    ['self-harm', 'danger-self-harm'],
  ]) {
    const {state, effects} = transition(started(), answer(option));
    assert.equal(state.screen, 'result');
    assert.deepEqual(state.decision, {outcome: 'crisis', reasons: [lead]});
    assert.deepEqual(state.path, ['safety']);
    assert.deepEqual(effects, [
      {type: 'fire', event: 'iop-quiz-answer', detail: {questionId: 'safety', step: 1, total: 1}},
      {type: 'fire', event: 'iop-quiz-complete', detail: {outcome: 'crisis'}},
      {type: 'focus', target: 'result-heading'},
    ]);
  }
});

test('"Question N of M": M shrinks as skips become certain', () => {
  let {state} = answerFrom(started(), iopAnswers, 'daily-use');
  assert.deepEqual(questionCount(state), {step: 2, total: 16});
  state = transition(state, answer('yes')).state;
  assert.deepEqual(questionCount(state), {step: 3, total: 16});
  const {state: detox, effects} = transition(state, answer('yes'));
  assert.deepEqual(questionCount(detox), {step: 4, total: 8});
  assert.deepEqual(effects[0], {
    type: 'fire',
    event: 'iop-quiz-answer',
    detail: {questionId: 'past-withdrawal', step: 3, total: 8},
  });
  assert.equal(questionCount(atResult()), undefined, 'no count on a result');
});

test('Back after a skipped question returns to the question actually asked before', () => {
  const detox = {...iopAnswers, 'past-withdrawal': 'yes'} as const;
  let {state} = answerFrom(started(), detox, 'mental-health');
  assert.deepEqual(
    state.path.slice(-2),
    ['overdose', 'mental-health'],
    'physical-health was skipped'
  );
  const {state: back, effects} = transition(state, {type: 'back'});
  assert.equal(current(back), 'overdose');
  assert.equal(back.answers.overdose, 'no', 'its answer is kept, to be marked');
  assert.deepEqual(effects, [{type: 'focus', target: 'question-heading'}]);

  state = answerFrom(started(), iopAnswers, 'home').state;
  assert.deepEqual(state.path.slice(-2), ['care-before', 'home'], 'care-result was skipped');
  assert.equal(current(transition(state, {type: 'back'}).state), 'care-before');
});

test('Back walks forward again through the kept answers', () => {
  let {state} = answerFrom(started(), iopAnswers, 'overdose');
  state = run(state, {type: 'back'}, {type: 'back'}).state;
  assert.equal(current(state), 'withdrawal-now');
  assert.equal(state.answers.opioids, 'no', 'answers further on are kept');
  state = transition(state, answer('no')).state;
  assert.equal(current(state), 'opioids', 'the next question, not the first unanswered');
  // A new answer that makes detox-first certain drops what no longer matters, later.
  state = run(state, {type: 'back'}, {type: 'back'}, answer('yes')).state;
  assert.equal(current(state), 'withdrawal-now');
  state = answerFrom(state, {...iopAnswers, 'past-withdrawal': 'yes'}).state;
  assert.equal(state.screen, 'result');
  assert.equal(state.decision?.outcome, 'detox-first');
  assert.deepEqual(Object.keys(state.answers), [...state.path]);
});

test('Back from the result returns to the last asked question, its answer kept', () => {
  const result = atResult();
  const {state, effects} = transition(result, {type: 'back'});
  assert.equal(state.screen, 'question');
  assert.equal(current(state), 'pregnancy');
  assert.equal(state.answers.pregnancy, 'no');
  assert.equal(state.decision, undefined);
  assert.deepEqual(effects, [{type: 'focus', target: 'question-heading'}]);
  assert.deepEqual(questionCount(state), {step: 15, total: 15});
  const again = transition(state, answer('no'));
  assert.deepEqual(again.state.decision, result.decision);
  assert.deepEqual(fired(again.effects), ['iop-quiz-answer', 'iop-quiz-complete']);
});

test('Back from the first question: the explainer in the full view, nothing in the quiz view', () => {
  const {state, effects} = transition(started(), {type: 'back'});
  assert.equal(state.screen, 'explainer');
  assert.deepEqual(effects, [{type: 'focus', target: 'explainer-heading'}]);
  const resumed = transition(state, {type: 'start'});
  assert.equal(resumed.state.screen, 'question');
  assert.deepEqual(
    resumed.effects,
    [{type: 'focus', target: 'question-heading'}],
    'started already'
  );
  const quiz = initialState('quiz');
  assert.deepEqual(transition(quiz, {type: 'back'}), {state: quiz, effects: []});
});

test('Change that makes a new question relevant asks it, then returns to the result', () => {
  const result = atResult();
  assert.ok(!result.path.includes('care-result'));
  const {state: changing, effects} = transition(result, {
    type: 'change',
    questionId: 'care-before',
  });
  assert.equal(changing.screen, 'question');
  assert.equal(current(changing), 'care-before');
  assert.equal(changing.answers['care-before'], 'none', 'the old answer is marked');
  assert.deepEqual(effects, [{type: 'focus', target: 'question-heading'}]);

  const weekly = transition(changing, answer('weekly'));
  assert.equal(current(weekly.state), 'care-result', 'newly relevant');
  assert.deepEqual(weekly.effects, [
    {
      type: 'fire',
      event: 'iop-quiz-answer',
      detail: {questionId: 'care-before', step: 9, total: 16},
    },
    {type: 'focus', target: 'question-heading'},
  ]);
  const {state, effects: done} = transition(weekly.state, answer('relapse'));
  assert.equal(state.screen, 'result', 'nothing else needs asking');
  assert.equal(state.path.length, 16);
  assert.equal(state.answers.home, 'safe', 'the other answers are kept');
  assert.deepEqual(
    state.decision,
    decide({...iopAnswers, 'care-before': 'weekly', 'care-result': 'relapse'})
  );
  assert.ok(state.decision?.reasons.includes('step-up'));
  assert.deepEqual(done, [
    {
      type: 'fire',
      event: 'iop-quiz-answer',
      detail: {questionId: 'care-result', step: 10, total: 16},
    },
    {type: 'fire', event: 'iop-quiz-complete', detail: {outcome: 'iop-fit'}},
    {type: 'focus', target: 'result-heading'},
  ]);
});

test('Change that makes questions irrelevant drops their answers', () => {
  const result = atResult();
  const {state} = run(result, {type: 'change', questionId: 'physical-health'}, answer('yes'));
  assert.equal(state.screen, 'result');
  assert.equal(state.decision?.outcome, 'higher-care');
  assert.deepEqual(state.path.slice(-3), ['physical-health', 'mental-health', 'pregnancy']);
  assert.deepEqual(Object.keys(state.answers), [...state.path]);
  assert.equal(state.answers.home, undefined);

  // And back: the plan questions are relevant again, and asked anew.
  const back = run(state, {type: 'change', questionId: 'physical-health'}, answer('no')).state;
  assert.equal(current(back), 'care-before');
  assert.equal(back.answers['care-before'], undefined);
  const finished = answerFrom(back, iopAnswers).state;
  assert.deepEqual(finished.decision, result.decision);
  assert.deepEqual(finished.path, result.path);
});

test('Change on the crisis result, and Change to a danger answer', () => {
  const crisis = run(started(), answer('self-harm')).state;
  const {state} = run(crisis, {type: 'change', questionId: 'safety'}, answer('none'));
  assert.equal(current(state), 'daily-use');
  const toCrisis = run(atResult(), {type: 'change', questionId: 'safety'}, answer('medical')).state;
  assert.deepEqual(toCrisis.decision, {outcome: 'crisis', reasons: ['danger-medical']});
  assert.deepEqual(toCrisis.answers, {safety: 'medical'});
  const notAsked = transition(atResult(), {type: 'change', questionId: 'care-result'});
  assert.equal(notAsked.state.screen, 'result', 'only asked questions can be changed');
});

test('Start over clears the answers and begins a new run', () => {
  const result = atResult();
  const {state, effects} = transition(result, {type: 'start-over'});
  assert.equal(state.screen, 'question');
  assert.deepEqual(state.path, ['safety']);
  assert.deepEqual(state.answers, {});
  assert.equal(state.started, false);
  assert.deepEqual(effects, [{type: 'focus', target: 'question-heading'}]);
  assert.deepEqual(fired(transition(state, answer('none')).effects), [
    'iop-quiz-start',
    'iop-quiz-answer',
  ]);
});

test('About keeps the answers; Start then resumes where the visitor was', () => {
  const partway = answerFrom(started(), iopAnswers, 'home').state;
  const about = transition(partway, {type: 'about'});
  assert.equal(about.state.screen, 'explainer');
  assert.deepEqual(about.effects, [{type: 'focus', target: 'explainer-heading'}]);
  const resumed = transition(about.state, {type: 'start'});
  assert.deepEqual(resumed.state.path, partway.path);
  assert.deepEqual(resumed.state.answers, partway.answers);
  assert.equal(resumed.state.screen, 'question');
  assert.deepEqual(resumed.effects, [{type: 'focus', target: 'question-heading'}]);

  const result = atResult();
  const back = run(result, {type: 'about'}, {type: 'start'});
  assert.equal(back.state.screen, 'result');
  assert.deepEqual(back.state.decision, result.decision);
  assert.deepEqual(back.effects, [
    {type: 'focus', target: 'explainer-heading'},
    {type: 'focus', target: 'result-heading'},
  ]);
});

test('events the screen cannot take change nothing', () => {
  const explainerOnly = initialState('explainer');
  for (const event of [
    {type: 'start'},
    answer('none'),
    {type: 'back'},
    {type: 'about'},
  ] as FlowEvent[]) {
    assert.deepEqual(transition(explainerOnly, event), {state: explainerOnly, effects: []});
  }
  const first = started();
  assert.deepEqual(transition(first, answer('maybe')), {state: first, effects: []});
  assert.deepEqual(transition(first, {type: 'change', questionId: 'safety'}), {
    state: first,
    effects: [],
  });
  const result = atResult();
  assert.deepEqual(transition(result, answer('no')), {state: result, effects: []});
});

/** The questions the skip rules ask for these answers, up to and including `upTo`. */
function expectedPath(answers: PartialAnswers, upTo: QuestionId): QuestionId[] {
  const soFar: Record<string, string> = {};
  const path: QuestionId[] = [];
  for (const {id} of questions) {
    if (endsTheCheck(soFar) || !askIf[id](soFar)) continue;
    path.push(id);
    if (id === upTo) return path;
    const given = answers[id];
    if (given === undefined) break;
    soFar[id] = given;
  }
  return path;
}

/**
 * Wraps every askIf so that it fails when the flow passes it an answer to its
 * own or a later question (the predicates may read those, and must not see them).
 */
function watchAskIf(): () => void {
  const saved = {...askIf};
  const order = questions.map(({id}) => id);
  const late: string[] = [];
  for (const [index, id] of order.entries()) {
    const ownAndLater = order.slice(index);
    (askIf as Record<QuestionId, (a: PartialAnswers) => boolean>)[id] = (answers) => {
      for (const later of ownAndLater)
        if (answers[later] !== undefined) late.push(`${id} saw ${later}`);
      return saved[id](answers);
    };
  }
  return () => {
    Object.assign(askIf, saved);
    assert.deepEqual(late.slice(0, 3), [], 'askIf given a later answer');
  };
}

test('random visits: the state stays consistent whatever the visitor presses', () => {
  const stopWatching = watchAskIf();
  let seed = 2024;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  for (let visit = 0; visit < 2000; visit++) {
    let state = initialState(random(2) ? 'full' : 'quiz');
    let startsThisRun = 0;
    let lastTotal = Infinity;
    for (let press = 0; press < 60; press++) {
      let event: FlowEvent;
      const roll = random(20);
      if (state.screen === 'explainer') event = roll < 18 ? {type: 'start'} : {type: 'about'};
      else if (state.screen === 'result') {
        event =
          roll < 12
            ? {type: 'change', questionId: state.path[random(state.path.length)]}
            : roll < 16
              ? {type: 'back'}
              : roll < 18
                ? {type: 'start-over'}
                : {type: 'about'};
      } else {
        const options = questions.find(({id}) => id === current(state))!.options;
        // Mostly the mildest answers, so the visits go deep.
        const pick = random(3)
          ? options[options.length - 1 - random(2)]
          : options[random(options.length)];
        event =
          roll < 15
            ? answer(current(state) === 'safety' && random(8) ? 'none' : pick)
            : roll < 18
              ? {type: 'back'}
              : roll < 19
                ? {type: 'start-over'}
                : {type: 'about'};
      }
      const before = state;
      const {state: next, effects} = transition(state, event);
      state = next;
      const fires = fired(effects);
      if (event.type === 'start-over') startsThisRun = 0;
      startsThisRun += fires.filter((e) => e === 'iop-quiz-start').length;
      assert.ok(startsThisRun <= 1, 'iop-quiz-start once per run');
      if (state !== before)
        assert.equal(focused(effects).length, 1, `one focus move after ${event.type}`);
      else assert.deepEqual(effects, []);
      if (fires.includes('iop-quiz-complete')) assert.equal(state.screen, 'result');

      if (state.screen === 'question') {
        const id = current(state);
        assert.deepEqual(
          state.path,
          expectedPath(state.answers, id),
          'the path follows the skip rules'
        );
        const count = questionCount(state)!;
        assert.equal(count.step, state.path.length);
        assert.ok(count.total >= count.step);
        if (
          event.type === 'answer' &&
          before.screen === 'question' &&
          before.path.length < state.path.length
        ) {
          assert.ok(count.total <= lastTotal, 'M never grows on the way forward');
        }
        lastTotal = count.total;
      }
      if (state.screen === 'result') {
        assert.deepEqual(Object.keys(state.answers).sort(), [...state.path].sort());
        assert.deepEqual(state.decision, decide(state.answers));
        assert.deepEqual(
          state.path,
          expectedPath(state.answers, state.path[state.path.length - 1])
        );
        lastTotal = Infinity;
      }
      if (state.screen !== 'question') lastTotal = Infinity;
    }
  }
  stopWatching();
});
