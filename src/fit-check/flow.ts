/**
 * The fit-check flow as a pure state machine: which question comes next, which
 * are skipped, Back, Change, Start over. `transition(state, event)` returns the
 * next state and the effects (events to fire, where focus goes) as data, so the
 * UI only renders the state and carries out the effects. No DOM, no Lit.
 */
import {askIf, endsTheCheck, questions} from './questions.js';
import type {PartialAnswers, QuestionId} from './questions.js';
import {decide} from './rules.js';
import type {Decision, Outcome} from './rules.js';

export type View = 'full' | 'quiz' | 'explainer';
export type Screen = 'explainer' | 'question' | 'result';

export interface FlowState {
  readonly view: View;
  readonly screen: Screen;
  /** The questions asked, in order; on a question screen the last one is shown. */
  readonly path: readonly QuestionId[];
  /**
   * The answers to the questions on the path, and after Back also those further
   * on, kept so each can be shown marked when the visitor comes to it again.
   */
  readonly answers: PartialAnswers;
  /** The result shown; only on the result screen. */
  readonly decision?: Decision;
  /** Whether this run has fired `iop-quiz-start`. */
  readonly started: boolean;
  /** Set by Change: once nothing else needs asking, the next answer returns to the result. */
  readonly changing: boolean;
  /** Where Start returns to after About; absent when Start begins the check. */
  readonly resume?: 'question' | 'result';
}

export type FlowEvent =
  | {type: 'start'}
  | {type: 'answer'; option: string}
  | {type: 'back'}
  | {type: 'change'; questionId: QuestionId}
  | {type: 'start-over'}
  | {type: 'about'};

export type FocusTarget = 'question-heading' | 'result-heading' | 'explainer-heading';

/**
 * The public events' details, as in the DESIGN contract: never an answer. In
 * `iop-quiz-answer`, `step` is the answered question's place in the path and
 * `total` the most questions this visitor can now be asked (the next screen's
 * "of M"); on the answer that shows the result, exactly the questions asked.
 */
export type FireEffect =
  | {type: 'fire'; event: 'iop-quiz-start'; detail: Record<string, never>}
  | {
      type: 'fire';
      event: 'iop-quiz-answer';
      detail: {questionId: QuestionId; step: number; total: number};
    }
  | {type: 'fire'; event: 'iop-quiz-complete'; detail: {outcome: Outcome}};

export type FlowEffect = FireEffect | {type: 'focus'; target: FocusTarget};

export interface Transition {
  state: FlowState;
  effects: FlowEffect[];
}

/** "Question `step` of `total`". */
export interface QuestionCount {
  step: number;
  total: number;
}

const first = questions[0].id;
const positionOf = new Map<QuestionId, number>(questions.map(({id}, i) => [id, i]));

/** The quiz view shows the first question at once; the others open on the explainer. */
export function initialState(view: View): FlowState {
  const quiz = view === 'quiz';
  return {
    view,
    screen: quiz ? 'question' : 'explainer',
    path: quiz ? [first] : [],
    answers: {},
    started: false,
    changing: false,
  };
}

interface Walk {
  /** The questions these answers lead to, up to the first unanswered one (included). */
  path: QuestionId[];
  /** The answers still relevant; after the first unanswered question, every answer is kept. */
  answers: PartialAnswers;
  /** Whether nothing more needs asking. */
  finished: boolean;
}

/** Follows the skip rules through the answers, dropping those no longer relevant. */
function walk(answers: PartialAnswers): Walk {
  const soFar: Record<string, string> = {};
  const path: QuestionId[] = [];
  for (const [index, {id}] of questions.entries()) {
    if (endsTheCheck(soFar)) break;
    if (!askIf[id](soFar)) continue;
    path.push(id);
    const answer = answers[id];
    if (answer === undefined) {
      // Relevance past here depends on this answer: keep the later ones for now.
      const kept: Record<string, string | undefined> = {...soFar};
      for (const later of questions.slice(index + 1)) kept[later.id] = answers[later.id];
      return {path, answers: dropUnanswered(kept), finished: false};
    }
    soFar[id] = answer;
  }
  return {path, answers: soFar, finished: true};
}

const dropUnanswered = (answers: Record<string, string | undefined>): PartialAnswers =>
  Object.fromEntries(Object.entries(answers).filter(([, answer]) => answer !== undefined));

/** The answers to the questions on `path` before its last. */
function answersBefore(path: readonly QuestionId[], answers: PartialAnswers): PartialAnswers {
  const before: Record<string, string | undefined> = {};
  for (const id of path.slice(0, -1)) before[id] = answers[id];
  return before;
}

/**
 * The most questions asked from question `from` on, over every way the rest
 * could be answered, given the answers to the questions before it. Depth first,
 * giving up on a branch as soon as even asking every remaining question could
 * not beat the longest found so far: skips are known when they happen, so this
 * prunes nearly everything.
 */
function mostQuestionsFrom(answersSoFar: PartialAnswers, from: number): number {
  const soFar: Record<string, string | undefined> = {...answersSoFar};
  let most = 0;
  const explore = (index: number, asked: number): void => {
    if (asked + questions.length - index <= most) return;
    if (index === questions.length || endsTheCheck(soFar)) {
      most = Math.max(most, asked);
      return;
    }
    const {id, options} = questions[index];
    if (!askIf[id](soFar)) {
      explore(index + 1, asked);
      return;
    }
    for (const option of options) {
      soFar[id] = option;
      explore(index + 1, asked + 1);
    }
    soFar[id] = undefined;
  };
  explore(from, 0);
  return most;
}

/** The most questions any visitor is asked: "up to N questions". */
export const longestPath = mostQuestionsFrom({}, 0);

/**
 * "Question N of M" on a question screen: N is the position in the path, M the
 * most questions still possible given the answers before this one, so along a
 * path it only ever shrinks, and it ends equal to the questions asked.
 */
export function questionCount(state: FlowState): QuestionCount | undefined {
  if (state.screen !== 'question') return undefined;
  const {path, answers} = state;
  const current = positionOf.get(path[path.length - 1])!;
  const total = path.length - 1 + mostQuestionsFrom(answersBefore(path, answers), current);
  return {step: path.length, total};
}

const focus = (target: FocusTarget): FlowEffect => ({type: 'focus', target});
const unchanged = (state: FlowState): Transition => ({state, effects: []});

export function transition(state: FlowState, event: FlowEvent): Transition {
  // The explainer view has no check.
  if (state.view === 'explainer') return unchanged(state);
  switch (event.type) {
    case 'start':
      return start(state);
    case 'answer':
      return answer(state, event.option);
    case 'back':
      return back(state);
    case 'change':
      return change(state, event.questionId);
    case 'start-over':
      return {
        state: {...initialState(state.view), screen: 'question', path: [first]},
        effects: [focus('question-heading')],
      };
    case 'about':
      if (state.screen === 'explainer') return unchanged(state);
      return {
        state: {...state, screen: 'explainer', resume: state.screen},
        effects: [focus('explainer-heading')],
      };
  }
}

/** Start begins the check, or after About returns to where the visitor was. */
function start(state: FlowState): Transition {
  if (state.screen !== 'explainer') return unchanged(state);
  const effects: FlowEffect[] = [];
  if (!state.started) effects.push({type: 'fire', event: 'iop-quiz-start', detail: {}});
  const screen = state.resume ?? 'question';
  effects.push(focus(screen === 'result' ? 'result-heading' : 'question-heading'));
  const path = state.path.length ? state.path : [first];
  return {state: {...state, resume: undefined, screen, path, started: true}, effects};
}

function answer(state: FlowState, option: string): Transition {
  if (state.screen !== 'question') return unchanged(state);
  const {path} = state;
  const id = path[path.length - 1];
  const question = questions[positionOf.get(id)!];
  if (!(question.options as readonly string[]).includes(option)) return unchanged(state);

  const effects: FlowEffect[] = [];
  if (!state.started) effects.push({type: 'fire', event: 'iop-quiz-start', detail: {}});
  const next = walk({...state.answers, [id]: option});
  const step = path.length;
  // Going on from Back walks forward one asked question at a time; after Change,
  // straight to the first question that now needs an answer, or the result.
  const goesOn = state.changing ? !next.finished : next.path.length > step;
  const base = {...state, answers: next.answers, started: true, decision: undefined};

  if (goesOn) {
    const nextState: FlowState = {
      ...base,
      path: state.changing ? next.path : next.path.slice(0, step + 1),
    };
    const {total} = questionCount(nextState)!;
    effects.push(
      {type: 'fire', event: 'iop-quiz-answer', detail: {questionId: id, step, total}},
      focus('question-heading')
    );
    return {state: nextState, effects};
  }

  const decision = decide(next.answers);
  // After Change the path runs on past this question: the total is all of it.
  const total = next.path.length;
  effects.push(
    {type: 'fire', event: 'iop-quiz-answer', detail: {questionId: id, step, total}},
    {type: 'fire', event: 'iop-quiz-complete', detail: {outcome: decision.outcome}},
    focus('result-heading')
  );
  return {
    state: {...base, screen: 'result', path: next.path, decision, changing: false},
    effects,
  };
}

function back(state: FlowState): Transition {
  const {path} = state;
  if (state.screen === 'result') {
    return {
      state: {...state, screen: 'question', decision: undefined, changing: false},
      effects: [focus('question-heading')],
    };
  }
  if (state.screen !== 'question') return unchanged(state);
  if (path.length > 1) {
    return {state: {...state, path: path.slice(0, -1)}, effects: [focus('question-heading')]};
  }
  // Before the first question there is only the explainer, and only in the full view.
  if (state.view !== 'full') return unchanged(state);
  return {
    state: {...state, screen: 'explainer', resume: 'question'},
    effects: [focus('explainer-heading')],
  };
}

/** From the result's "Your answers": back to that question, then on to the result again. */
function change(state: FlowState, id: QuestionId): Transition {
  const at = state.path.indexOf(id);
  if (state.screen !== 'result' || at < 0) return unchanged(state);
  return {
    state: {
      ...state,
      screen: 'question',
      path: state.path.slice(0, at + 1),
      decision: undefined,
      changing: true,
    },
    effects: [focus('question-heading')],
  };
}
