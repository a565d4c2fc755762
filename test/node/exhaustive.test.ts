/**
 * Every combination of answers to all sixteen questions, through the flow and
 * the rules, with every DESIGN invariant checked on each.
 *
 * The flow is deterministic, so it is first run (with the real `transition`)
 * down every path it can take, building a tree of its question screens; each
 * combination then follows that tree from the start, one answer per question
 * the flow asks, to the result the flow shows for it. That is the same as
 * running the flow for each combination, without 4.5 million state machines.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {questions} from '../../src/fit-check/questions.js';
import type {QuestionId} from '../../src/fit-check/questions.js';
import {decide, outcomes, reasonIds, safetyReasonIds} from '../../src/fit-check/rules.js';
import type {Decision, Outcome, ReasonId} from '../../src/fit-check/rules.js';
import {initialState, longestPath, questionCount, transition} from '../../src/fit-check/flow.js';
import type {FlowEffect, FlowState} from '../../src/fit-check/flow.js';

const count = questions.length;
const position = new Map<string, number>(questions.map(({id}, i) => [id, i]));
const at = (id: QuestionId) => position.get(id)!;
const outcomeIndex = new Map<Outcome, number>(outcomes.map((o, i) => [o, i]));
const reasonIndex = new Map<ReasonId, number>(reasonIds.map((r, i) => [r, i]));
const safetyBit = new Map<ReasonId, number>(safetyReasonIds.map((r, i) => [r, 1 << i]));
/** Reasons that justify asking a question while an IOP or outpatient care is possible. */
const planReasons = new Set<ReasonId>([
  'support-little',
  'support-some',
  'support-strong',
  'coping-little',
  'coping-some',
  'coping-strong',
  'time-unsure',
  'time-no',
  'time-yes',
  'life-impact-rarely',
  'step-up',
  'step-down',
]);
const iopOrOutpatient = new Set<Outcome>(['iop-with-support', 'iop-fit', 'outpatient']);

const safetyMaskOf = (reasons: readonly ReasonId[]) => {
  let mask = 0;
  for (const reason of reasons) mask |= safetyBit.get(reason) ?? 0;
  return mask;
};
/** Outcome, safety reasons and plan reasons: what a question must be able to change to be asked. */
const mattersKey = ({outcome, reasons}: Decision) => {
  const plan = iopOrOutpatient.has(outcome) ? reasons.filter((r) => planReasons.has(r)).join() : '';
  return `${outcome}|${safetyMaskOf(reasons)}|${plan}`;
};

// The flow's tree. Node n shows question nodeQuestion[n]; its child for option k
// is nodeChild[n * 4 + k]: another node, or a result as -(leaf + 1).
const nodeQuestion: number[] = [];
const nodeChild: number[] = [];
const nodeStep: number[] = [];
const leafOutcome: number[] = [];
const leafSafety: number[] = [];
const leafLength: number[] = [];
const leafReasons: ReasonId[][] = [];
const leafPath: QuestionId[][] = [];
const askedSomewhere = new Set<QuestionId>();
const countTimes: number[] = [];

const problems: string[] = [];
let problemCount = 0;
const fail = (why: string, where: unknown) => {
  problemCount++;
  if (problems.length < 8) problems.push(`${why}: ${JSON.stringify(where)}`);
};

function timedCount(state: FlowState) {
  const begin = performance.now();
  const result = questionCount(state)!;
  countTimes.push(performance.now() - begin);
  return result;
}

function checkShownDecision(state: FlowState) {
  const {decision, path, answers} = state;
  if (!decision) return fail('result without a decision', path);
  const {outcome, reasons} = decision;
  if (!outcomeIndex.has(outcome)) fail('unknown outcome', {outcome, path});
  if (reasons.length === 0) fail('no reason', {path, answers});
  if (new Set(reasons).size !== reasons.length) fail('a reason twice', {reasons, answers});
  if (reasons.some((r) => !reasonIndex.has(r))) fail('unknown reason', reasons);
  const firstOther = reasons.findIndex((r) => !safetyBit.has(r));
  if (firstOther >= 0 && reasons.slice(firstOther).some((r) => safetyBit.has(r))) {
    fail('a safety reason after another reason', reasons);
  }
  const answered = Object.keys(answers).sort().join();
  if (answered !== [...path].sort().join())
    fail('answers other than the asked ones', {path, answers});
  for (let i = 1; i < path.length; i++) {
    if (at(path[i]) <= at(path[i - 1])) fail('questions out of order', path);
  }
}

/**
 * Walks the flow down every path from a question screen; returns the longest
 * path below it, which "of M" must equal.
 */
function grow(state: FlowState, announcedTotal: number): number {
  const {step, total} = timedCount(state);
  const id = state.path[state.path.length - 1];
  askedSomewhere.add(id);
  if (step !== state.path.length) fail('step is not the position in the path', state.path);
  if (total !== announcedTotal) fail('"of M" differs from the total just announced', state.path);
  const node = nodeQuestion.length;
  nodeQuestion.push(at(id));
  nodeStep.push(step);
  nodeChild.push(-1, -1, -1, -1);
  let longest = 0;
  questions[at(id)].options.forEach((option, k) => {
    const {state: next, effects} = transition(state, {type: 'answer', option});
    const fires = effects.filter(
      (e): e is Extract<FlowEffect, {type: 'fire'}> => e.type === 'fire'
    );
    const focuses = effects.filter((e) => e.type === 'focus');
    const answerEvent = fires.find((e) => e.event === 'iop-quiz-answer');
    if (fires.some((e) => e.event === 'iop-quiz-start'))
      fail('iop-quiz-start fired again', state.path);
    if (!answerEvent) return fail('no iop-quiz-answer', state.path);
    const detail = answerEvent.detail as {questionId: string; step: number; total: number};
    if (detail.questionId !== id || detail.step !== step)
      fail('iop-quiz-answer step', {detail, path: state.path});
    if (detail.total > total) fail('the total grew', {detail, total});
    if (next.screen === 'result') {
      checkShownDecision(next);
      const complete = fires.find((e) => e.event === 'iop-quiz-complete');
      if (!complete || (complete.detail as {outcome: string}).outcome !== next.decision?.outcome) {
        fail('no iop-quiz-complete with the outcome', next.path);
      }
      if (detail.total !== step || next.path.length !== step)
        fail('the last total is not the path length', next.path);
      if (focuses.length !== 1 || focuses[0].target !== 'result-heading')
        fail('focus on a result', effects);
      const leaf = leafOutcome.length;
      leafOutcome.push(outcomeIndex.get(next.decision!.outcome)!);
      leafSafety.push(safetyMaskOf(next.decision!.reasons));
      leafLength.push(next.path.length);
      leafReasons.push(next.decision!.reasons);
      leafPath.push([...next.path]);
      nodeChild[node * 4 + k] = -(leaf + 1);
      longest = Math.max(longest, next.path.length);
    } else {
      if (fires.length !== 1) fail('events on a question', effects);
      if (focuses.length !== 1 || focuses[0].target !== 'question-heading')
        fail('focus on a question', effects);
      if (next.path.length !== step + 1) fail('the next question is not one further on', next.path);
      nodeChild[node * 4 + k] = nodeQuestion.length;
      longest = Math.max(longest, grow(next, detail.total));
    }
  });
  if (total !== longest)
    fail('"of M" is not the longest path still possible', {path: state.path, total, longest});
  return longest;
}

test('every combination of answers, through the flow and the rules', () => {
  const begin = performance.now();
  const started = transition(initialState('full'), {type: 'start'}).state;
  const treeLongest = grow(started, timedCount(started).total);
  assert.equal(treeLongest, longestPath, 'longestPath is the longest path of the flow');
  const treeTime = performance.now() - begin;

  // Every combination, filled in question order; `node` follows the flow's tree.
  const full: Record<string, string> = {};
  const digit = new Int8Array(count);
  const seen = new Int32Array(reasonIds.length);
  let generation = 0;
  let combinations = 0;
  const perOutcome = outcomes.map(() => new Array<number>(count + 1).fill(0));
  const proven = new Uint8Array(nodeQuestion.length);
  const pathNodes = new Int32Array(count);
  let pathDepth = 0;

  const o = (id: QuestionId) => digit[at(id)];
  const opt = (id: QuestionId, option: string) =>
    (questions[at(id)].options as readonly string[]).indexOf(option);
  const yes = 0;
  const is = {
    safetyNone: opt('safety', 'none'),
    mhOk: opt('mental-health', 'ok'),
    careNone: opt('care-before', 'none'),
    residential: opt('care-before', 'residential'),
    relapse: opt('care-result', 'relapse'),
    homeUnsafe: opt('home', 'unsafe'),
  };
  const detoxFirst = outcomeIndex.get('detox-first')!;
  const crisis = outcomeIndex.get('crisis')!;
  const bit = (r: ReasonId) => safetyBit.get(r)!;

  function check(leaf: number) {
    combinations++;
    const decision = decide(full as never);
    const outcome = leafOutcome[leaf];
    const shownSafety = leafSafety[leaf];
    // (a) what the flow asked decides the outcome and the safety reasons.
    if (outcomeIndex.get(decision.outcome) !== outcome)
      fail('a skipped question changed the outcome', full);
    if (safetyMaskOf(decision.reasons) !== shownSafety)
      fail('a skipped question changed the safety reasons', full);
    // While an IOP or outpatient care is possible every plan question is asked: all reasons match.
    if (
      iopOrOutpatient.has(decision.outcome) &&
      decision.reasons.join() !== leafReasons[leaf].join()
    ) {
      fail('a skipped question changed the reasons of an IOP or outpatient result', full);
    }
    // Exactly one outcome, at least one reason, none twice: for the full answers too.
    generation++;
    if (decision.reasons.length === 0) fail('no reason (full answers)', full);
    for (const reason of decision.reasons) {
      const r = reasonIndex.get(reason)!;
      if (seen[r] === generation) fail('a reason twice (full answers)', full);
      seen[r] = generation;
    }
    const length = leafLength[leaf];
    perOutcome[outcome][length]++;

    // (b) DESIGN's invariants.
    const danger = o('safety') !== is.safetyNone;
    if (danger !== (outcome === crisis)) fail('danger answers and crisis disagree', full);
    if (danger) return;
    const daily = o('daily-use') === yes;
    const withdrawalNow = o('withdrawal-now') === yes;
    const opioids = o('opioids') === yes;
    const pregnant = o('pregnancy') === yes;
    const name = outcomes[outcome];
    if (o('past-withdrawal') === yes && outcome !== detoxFirst)
      fail('past withdrawal not detox-first', full);
    if (withdrawalNow && daily && outcome !== detoxFirst)
      fail('withdrawal with daily use not detox-first', full);
    if (pregnant && (daily || withdrawalNow) && outcome !== detoxFirst)
      fail('pregnancy with withdrawal risk', full);
    if (withdrawalNow && (name === 'iop-fit' || name === 'outpatient'))
      fail('withdrawal signs given iop-fit/outpatient', full);
    if (o('home') === is.homeUnsafe && iopOrOutpatient.has(name))
      fail('unsafe home given an IOP or outpatient', full);
    if (name === 'outpatient') {
      const relapse = o('care-before') !== is.careNone && o('care-result') === is.relapse;
      if (
        o('overdose') === yes ||
        pregnant ||
        daily ||
        relapse ||
        o('care-before') === is.residential
      ) {
        fail(
          'outpatient despite overdose, pregnancy, daily use, relapse or residential care',
          full
        );
      }
    }
    if (outcome === detoxFirst && opioids) {
      // Opioid use never tips the outcome into detox-first: without it, still detox-first.
      full.opioids = 'no';
      if (decide(full as never).outcome !== 'detox-first')
        fail('opioid use alone gave detox-first', full);
      full.opioids = 'yes';
    }
    const stopping = daily || outcome === detoxFirst;
    const expected =
      (stopping && daily ? bit('stopping-alcohol-or-sedatives') : 0) |
      (stopping && opioids ? bit('stopping-opioids') : 0) |
      (stopping && !daily && !opioids ? bit('withdrawal-needs-medical-check') : 0) |
      (outcome === detoxFirst ? bit('withdrawal-danger-signs') : 0);
    const stopMask =
      bit('stopping-alcohol-or-sedatives') |
      bit('stopping-opioids') |
      bit('withdrawal-needs-medical-check') |
      bit('withdrawal-danger-signs');
    if ((shownSafety & stopMask) !== expected)
      fail('the do-not-stop-suddenly reason does not fit what is used', full);

    // The skip rule's other half: each asked question could have changed something.
    let mine: string | undefined;
    for (let i = 0; i < pathDepth; i++) {
      const node = pathNodes[i];
      if (proven[node]) continue;
      const q = questions[nodeQuestion[node]];
      mine ??= mattersKey(decision);
      const own = full[q.id];
      for (const option of q.options) {
        if (option === own) continue;
        full[q.id] = option;
        if (mattersKey(decide(full as never)) !== mine) proven[node] = 1;
      }
      full[q.id] = own;
    }
  }

  function fill(index: number, node: number) {
    if (index === count) {
      if (node >= 0) fail('combination ended on a question', full);
      else check(-node - 1);
      return;
    }
    const {id, options} = questions[index];
    const asked = node >= 0 && nodeQuestion[node] === index;
    if (asked) pathNodes[pathDepth++] = node;
    for (let k = 0; k < options.length; k++) {
      full[id] = options[k];
      digit[index] = k;
      fill(index + 1, asked ? nodeChild[node * 4 + k] : node);
    }
    if (asked) pathDepth--;
  }
  fill(0, 0);

  const expectedCombinations = questions.reduce((product, q) => product * q.options.length, 1);
  assert.equal(combinations, expectedCombinations);
  assert.deepEqual(problems, [], `${problemCount} problems`);

  // (c) Every question is asked on some path; every outcome is reached.
  assert.deepEqual(
    questions.map(({id}) => id).filter((id) => !askedSomewhere.has(id)),
    [],
    'questions never asked'
  );
  for (const outcome of outcomes) {
    const reached = perOutcome[outcomeIndex.get(outcome)!].reduce((a, b) => a + b, 0);
    assert.ok(reached > 0, `${outcome} is reachable`);
  }
  const pointless = [...proven.keys()].filter((n) => !proven[n]);
  assert.deepEqual(
    pointless
      .slice(0, 3)
      .map((n) => ({question: questions[nodeQuestion[n]].id, step: nodeStep[n]})),
    [],
    `${pointless.length} question screens whose answer could change nothing`
  );

  const longest = leafLength.indexOf(Math.max(...leafLength));
  const stats = (lengths: number[]) => {
    const total = lengths.reduce((a, b) => a + b, 0);
    let min = -1;
    let max = 0;
    let median = -1;
    let running = 0;
    lengths.forEach((n, length) => {
      if (!n) return;
      if (min < 0) min = length;
      max = length;
      running += n;
      if (median < 0 && running * 2 >= total) median = length;
    });
    return {combinations: total, min, median, max};
  };
  console.log(`combinations checked: ${combinations}`);
  console.log(
    `flow tree: ${nodeQuestion.length} question screens, ${leafOutcome.length} distinct paths, built in ${Math.round(treeTime)} ms`
  );
  console.log('questions asked per outcome (min / median / max):');
  for (const outcome of outcomes) {
    const {combinations: n, min, median, max} = stats(perOutcome[outcomeIndex.get(outcome)!]);
    console.log(`  ${outcome.padEnd(17)} ${min} / ${median} / ${max}  (${n} combinations)`);
  }
  const nonCrisis = perOutcome
    .filter((_, i) => i !== crisis)
    .reduce((sum, lengths) => sum.map((n, i) => n + lengths[i]));
  const all = stats(nonCrisis);
  console.log(`  ${'all but crisis'.padEnd(17)} ${all.min} / ${all.median} / ${all.max}`);
  console.log(`longest path (${leafLength[longest]}): ${leafPath[longest].join(', ')}`);
  const times = [...countTimes].sort((a, b) => a - b);
  const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `questionCount on every question screen: ${times.length} calls, mean ${micro(mean)}, median ${micro(times[times.length >> 1])}, 99th percentile ${micro(times[Math.floor(times.length * 0.99)])}, slowest ${micro(times[times.length - 1])} (the first, before the JIT)`
  );
  console.log(`whole check: ${Math.round(performance.now() - begin)} ms`);
});
