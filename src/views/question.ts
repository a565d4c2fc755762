/** One question of the check: native radios in a fieldset, with Back and Next. */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {QuestionId} from '../fit-check/questions.js';
import {questionText} from '../content/question-messages.js';
import {startOver} from '../content/common-messages.js';
import {formatNumber} from './text.js';

export interface QuestionProps {
  id: QuestionId;
  options: readonly string[];
  /** "Question step of total": this visitor's place, and the most questions still possible. */
  step: number;
  total: number;
  /** The most questions any visitor is asked, for the first screen's "up to N questions". */
  longest: number;
  answer?: string;
  showError: boolean;
  locale: string;
  onChoose: (option: string) => void;
  onNext: () => void;
  onBack: () => void;
  onStartOver: () => void;
}

export function question(props: QuestionProps) {
  const text = questionText(props.id);
  const labels = text.options as Record<string, string>;
  const step = formatNumber(props.step, props.locale);
  const total = formatNumber(props.total, props.locale);
  const longest = formatNumber(props.longest, props.locale);
  const isFirst = props.step === 1;
  const isLast = props.step === props.total;
  const describedBy = [text.hint ? 'hint' : '', props.showError ? 'error' : ''].join(' ').trim();
  const submit = (event: Event) => {
    event.preventDefault();
    props.onNext();
  };
  return html`<form part="quiz" class="quiz" novalidate @submit=${submit}>
    ${
      isFirst
        ? html`<div class="intro">
            <p>
              ${msg(str`Up to ${longest} short questions. Your answers stay on this device. They are not sent anywhere.`, {id: 'intro2', desc: 'First screen of the check. Placeholder: the most questions anyone is asked.'})}
            </p>
            <p>
              ${msg('Answering for someone else? Answer as best you can for them.', {id: 'intro.other'})}
            </p>
          </div>`
        : nothing
    }
    <progress aria-hidden="true" max=${props.total} .value=${props.step}></progress>
    <fieldset part="question" aria-describedby=${describedBy || nothing}>
      <legend id="legend" tabindex="-1" data-focus-target="question-heading">
        <span class="step"
          >${msg(str`Question ${step} of ${total}`, {id: 'step', desc: 'Progress. Placeholders: this question number, the number of questions.'})}</span
        >
        <span class="ask">${text.legend}</span>
      </legend>
      ${text.hint ? html`<p id="hint" class="hint">${text.hint}</p>` : nothing}
      <div class="options">
        ${props.options.map(
          (option) =>
            html`<label part="option" class="option">
              <input
                type="radio"
                name=${props.id}
                value=${option}
                .checked=${props.answer === option}
                @change=${() => props.onChoose(option)}
              />
              <span>${labels[option]}</span>
            </label>`
        )}
      </div>
      ${props.showError ? html`<p id="error" class="error">${errorMessage()}</p>` : nothing}
    </fieldset>
    <div class="nav">
      ${
        isFirst
          ? nothing
          : html`<button type="button" part="back" class="button" @click=${props.onBack}>
              ${msg('Back', {id: 'back'})}
            </button>`
      }
      <button type="submit" part="next" class="button primary">
        ${isLast ? msg('See my result', {id: 'see'}) : msg('Next', {id: 'next'})}
      </button>
    </div>
    <p class="restart">
      <button type="button" class="link" @click=${props.onStartOver}>${startOver()}</button>
    </p>
  </form>`;
}

export const errorMessage = () => msg('Please choose an answer to go on.', {id: 'err.none'});
