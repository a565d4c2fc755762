/** The widget's public events and their `detail`, as in the DESIGN contract. */
import type {FireEffect} from './fit-check/flow.js';
import type {Outcome} from './fit-check/rules.js';
import type {QuestionId} from './fit-check/questions.js';

export type CtaKind = 'phone' | 'insurance' | 'crisis' | 'emergency' | 'helpline';

export interface IopEventDetails {
  'iop-quiz-start': Record<string, never>;
  /** Never the answer itself: answers stay on the visitor's device. */
  'iop-quiz-answer': {questionId: QuestionId; step: number; total: number};
  'iop-quiz-complete': {outcome: Outcome};
  'iop-cta-click': {kind: CtaKind};
  'iop-locale-change': {locale: string};
}

export type IopEventName = keyof IopEventDetails;

/** Fires one of the widget's events; all bubble out of the shadow root. */
export const fire = <N extends IopEventName>(
  target: EventTarget,
  name: N,
  detail: IopEventDetails[N]
) => target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true}));

/** Fires the event a flow effect names (fit-check/flow.ts): the same events, typed there. */
export const fireEffect = (target: EventTarget, {event, detail}: FireEffect) =>
  target.dispatchEvent(new CustomEvent(event, {detail, bubbles: true, composed: true}));

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-quiz-start': CustomEvent<IopEventDetails['iop-quiz-start']>;
    'iop-quiz-answer': CustomEvent<IopEventDetails['iop-quiz-answer']>;
    'iop-quiz-complete': CustomEvent<IopEventDetails['iop-quiz-complete']>;
    'iop-cta-click': CustomEvent<IopEventDetails['iop-cta-click']>;
    'iop-locale-change': CustomEvent<IopEventDetails['iop-locale-change']>;
  }
}
