/** One question: its answers as large buttons; one tap records the answer and moves on. */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {QuestionId} from '../fit-check/questions.js';
import {questionText} from '../content/question-messages.js';
import {formatNumber, heading} from '../views/text.js';

export interface QuestionScreenProps {
  id: QuestionId;
  options: readonly string[];
  /** "Question step of total": this visitor's place, and the most questions still possible. */
  step: number;
  total: number;
  /** The most questions any visitor is asked, for the first screen's "up to N questions". */
  longest: number;
  /** The answer given before, marked when the visitor comes back with Back or Change. */
  answer?: string;
  headingLevel: number;
  locale: string;
  onAnswer: (option: string, event: MouseEvent) => void;
  onBack: () => void;
  onPress: () => void;
}

export function questionScreen(props: QuestionScreenProps) {
  const text = questionText(props.id);
  const labels = text.options as Record<string, string>;
  const n = (value: number) => formatNumber(value, props.locale);
  const isFirst = props.step === 1;
  return html`<section
    part="quiz"
    class="quiz"
    data-question=${props.id}
    @pointerdown=${props.onPress}
  >
    ${
      isFirst
        ? html`<div class="intro">
            <p>
              ${msg(
                str`Up to ${n(props.longest)} short questions. Your answers stay on this device. They are not sent anywhere.`,
                {
                  id: 'intro2',
                  desc: 'First screen of the check. Placeholder: the most questions anyone is asked.',
                }
              )}
            </p>
            <p>
              ${msg('Answering for someone else? Answer as best you can for them.', {
                id: 'intro.other',
              })}
            </p>
          </div>`
        : nothing
    }
    <progress aria-hidden="true" max=${props.total} .value=${props.step}></progress>
    ${heading(
      props.headingLevel,
      html`<span id="question"
        ><span class="step"
          >${msg(str`Question ${n(props.step)} of ${n(props.total)}`, {
            id: 'step',
            desc: 'Progress. Placeholders: this question number, the number of questions.',
          })}</span
        >
        ${text.legend}</span
      >`,
      'question-heading'
    )}
    ${text.hint ? html`<p id="hint" class="hint">${text.hint}</p>` : nothing}
    <div
      part="question"
      class="options"
      role="group"
      aria-labelledby="question"
      aria-describedby=${text.hint ? 'hint' : nothing}
    >
      ${props.options.map(
        (option) =>
          html`<button
            type="button"
            part="option"
            class=${option === 'none' ? 'option none' : 'option'}
            data-value=${option}
            aria-pressed=${props.answer === option ? 'true' : 'false'}
            @click=${(event: MouseEvent) => props.onAnswer(option, event)}
          >
            ${labels[option]}
          </button>`
      )}
    </div>
    ${
      isFirst
        ? nothing
        : html`<p class="nav">
            <button type="button" part="back" class="button" @click=${props.onBack}>
              ${msg('Back', {id: 'back'})}
            </button>
          </p>`
    }
  </section>`;
}
