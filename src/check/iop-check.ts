import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {styles} from './iop-check.styles.js';
import {questions} from '../fit-check/questions.js';
import {longestPath, questionCount} from '../fit-check/flow.js';
import type {FlowEvent, FlowState} from '../fit-check/flow.js';
import type {CtaKind} from '../events.js';
import type {Phone} from '../validate.js';
import {getLocale} from '../localization.js';
import {questionScreen} from './question-screen.js';
import {resultScreen} from './result-screen.js';
import {TapGuard} from './tap-guard.js';

/** What `<iop-fit-check>` passes down: the partner's settings, validated. */
export interface CheckSettings {
  headingLevel: number;
  crisis: Phone;
  emergency: Phone;
  isDefault988: boolean;
  /** The clinic's call to action and the helpline line, made by the host element. */
  cta: unknown;
  helpline: unknown;
}

/**
 * The questions, one per screen with one-tap answers, and the results.
 * It renders the flow's state (fit-check/flow.ts) and reports the visitor's
 * actions as flow events; `<iop-fit-check>` owns the state and its effects.
 *
 * @tagname iop-check
 * @summary The fit check's questions and results, inside `<iop-fit-check>`.
 *
 * @slot result-footer - The clinic's own content, shown under every result but the crisis one.
 *
 * @csspart quiz - The question screen.
 * @csspart question - The group of answer buttons.
 * @csspart option - Each answer button.
 * @csspart back - The Back button (on the crisis result: Change my answer).
 * @csspart result - The result screen.
 * @csspart cta - The clinic's call to action on a result.
 * @csspart levels - The picture of the levels of care on a result.
 */
export class IopCheck extends LitElement {
  static override styles = styles;

  static override properties = {
    colorScheme: {attribute: 'color-scheme', reflect: true},
    flow: {attribute: false},
    settings: {attribute: false},
    onEvent: {attribute: false},
    onCtaClick: {attribute: false},
    onPrint: {attribute: false},
  };

  /** The widget's `color-scheme`, so this part takes the same palette. */
  colorScheme?: string;

  /** Where the visitor is: the flow's state. */
  flow?: FlowState;
  settings?: CheckSettings;
  /** Reports one visitor action to the owner of the flow. */
  onEvent: (event: FlowEvent) => void = () => undefined;
  onCtaClick: (kind: CtaKind) => void = () => undefined;
  onPrint: () => void = () => undefined;

  private readonly guard = new TapGuard();
  /** The question last on screen, so the tap guard knows when a new one appears. */
  private shownQuestion?: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private readonly answer = (option: string, event: MouseEvent) => {
    if (this.guard.accepts(event)) this.onEvent({type: 'answer', option});
  };
  private readonly back = () => this.onEvent({type: 'back'});
  private readonly startOver = () => this.onEvent({type: 'start-over'});

  override render() {
    const {flow, settings} = this;
    if (!flow || !settings) return undefined;
    const locale = getLocale();
    if (flow.screen === 'result' && flow.decision) {
      this.shownQuestion = undefined;
      return resultScreen({
        ...settings,
        decision: flow.decision,
        path: flow.path,
        answers: flow.answers,
        locale,
        onCtaClick: this.onCtaClick,
        onBack: this.back,
        onChange: (questionId) => this.onEvent({type: 'change', questionId}),
        onStartOver: this.startOver,
        onPrint: this.onPrint,
      });
    }
    const id = flow.path[flow.path.length - 1];
    const screen = `${flow.path.length}:${id}`;
    if (screen !== this.shownQuestion) {
      this.shownQuestion = screen;
      this.guard.screenChanged();
    }
    const {step, total} = questionCount(flow)!;
    return questionScreen({
      id,
      options: questions.find((question) => question.id === id)!.options,
      step,
      total,
      longest: longestPath,
      answer: flow.answers[id],
      headingLevel: settings.headingLevel,
      locale,
      onAnswer: this.answer,
      onBack: this.back,
      onPress: this.guard.pressed,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-check': IopCheck;
  }
}
