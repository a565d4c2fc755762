/**
 * The result screens: each outcome's, with the clinic's call to action right
 * under the headline, and the crisis screen, which is different.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {leadAction} from '../fit-check/rules.js';
import type {Decision} from '../fit-check/rules.js';
import type {PartialAnswers, QuestionId} from '../fit-check/questions.js';
import {outcomeText, reasonText} from '../content/result-messages.js';
import {questionText} from '../content/question-messages.js';
import {callNumber, startOver, textNumber} from '../content/common-messages.js';
import type {CtaKind} from '../events.js';
import type {CheckSettings} from './iop-check.js';
import {heading, phoneInText} from '../views/text.js';
import {levelsPicture} from './levels.js';

/** The partner's settings (`cta` is nothing when the partner set no phone or link), and the result. */
export interface ResultProps extends CheckSettings {
  decision: Decision;
  /** The questions asked, in order, and their answers: for "Your answers". */
  path: readonly QuestionId[];
  answers: PartialAnswers;
  locale: string;
  onCtaClick: (kind: CtaKind) => void;
  onBack: () => void;
  onChange: (id: QuestionId) => void;
  onStartOver: () => void;
  onPrint: () => void;
}

const notADiagnosis = () =>
  msg(
    "This is not a diagnosis or medical advice. A care provider's assessment decides which care is right for you.",
    {id: 'not.dx'}
  );

const startOverButton = (props: ResultProps) =>
  html`<button type="button" class="button" @click=${props.onStartOver}>${startOver()}</button>`;

const numbersOf = (props: ResultProps) => ({
  crisis: phoneInText(props.crisis.text),
  emergency: phoneInText(props.emergency.text),
  isDefault988: props.isDefault988,
});

/** Each asked question and its answer, with a Change button that goes back to it. */
function yourAnswers(props: ResultProps, level: number) {
  return html`<section class="your-answers">
    ${heading(level, msg('Your answers', {id: 'answers'}))}
    <dl>
      ${props.path.map((id) => {
        const text = questionText(id);
        const answer = props.answers[id];
        return html`<div class="answer">
          <dt>${text.legend}</dt>
          <dd>
            <span>${answer ? (text.options as Record<string, string>)[answer] : ''}</span>
            <button type="button" class="link" @click=${() => props.onChange(id)}>
              ${msg('Change', {id: 'change.q', desc: 'Button beside one answer in "Your answers".'})}<span
                class="visually-hidden"
                >: ${text.legend}</span
              >
            </button>
          </dd>
        </div>`;
      })}
    </dl>
  </section>`;
}

/**
 * The crisis screen leads with the one action that fits the danger (the
 * emergency number for a medical emergency or harm to others, the crisis line
 * for thoughts of self-harm), each with one plain line of what it is, and the
 * other number below. No clinic call to action, insurance link, helpline or Print.
 */
function crisisResult(props: ResultProps) {
  const {decision} = props;
  const text = outcomeText('crisis');
  const crisis = phoneInText(props.crisis.text);
  const emergency = phoneInText(props.emergency.text);
  const crisisHelp = html`<div class="lead-action">
    <p class="stack">
      <a class="button crisis" href=${props.crisis.href} @click=${() => props.onCtaClick('crisis')}
        >${callNumber(crisis)}</a
      >
      ${
        props.isDefault988
          ? html`<a class="button crisis" href="sms:988" @click=${() => props.onCtaClick('crisis')}
              >${textNumber(crisis)}</a
            >`
          : nothing
      }
    </p>
    <p>
      ${
        props.isDefault988
          ? msg('988 is free and private, and open day and night. You can call or text.', {
              id: 'r.crisis.988',
            })
          : msg('A crisis line is open to talk with you now.', {
              id: 'r.crisis.line',
              desc: 'Under the Call button of a crisis line other than 988.',
            })
      }
    </p>
  </div>`;
  const emergencyHelp = html`<div class="lead-action">
    <p class="stack">
      <a
        class="button crisis"
        href=${props.emergency.href}
        @click=${() => props.onCtaClick('emergency')}
        >${callNumber(emergency)}</a
      >
    </p>
    <p>
      ${msg(str`Calling ${emergency} sends help to where you are.`, {
        id: 'r.crisis.911',
        desc: 'Under the emergency Call button. Placeholder: the emergency number (911 by default).',
      })}
    </p>
  </div>`;
  const leadsWithEmergency = leadAction(decision) === 'emergency';
  const medical = decision.reasons.includes('danger-medical');
  const sub = Math.min(props.headingLevel + 1, 6);
  return html`<section part="result" class="result crisis-result" data-outcome="crisis">
    ${heading(props.headingLevel, text.headline, 'result-heading')}
    <p>${decision.reasons.map((reason) => reasonText(reason, numbersOf(props)))}</p>
    ${leadsWithEmergency ? emergencyHelp : crisisHelp}
    ${
      medical
        ? html`${heading(sub, msg('If it may be an overdose', {id: 'r.od.title'}))}
            <ol class="overdose-steps">
              <li>
                ${msg(str`Call ${emergency}.`, {
                  id: 'r.od.call',
                  desc: 'Placeholder: the emergency number.',
                })}
              </li>
              <li>${msg('Give naloxone (Narcan) if there is some.', {id: 'r.od.naloxone'})}</li>
              <li>${msg('Stay with the person until help comes.', {id: 'r.od.stay'})}</li>
            </ol>`
        : nothing
    }
    ${leadsWithEmergency ? crisisHelp : emergencyHelp}
    <p>${text.meaning}</p>
    <p>${text.nextStep}</p>
    <p class="note">${notADiagnosis()}</p>
    <p class="stack">
      <button type="button" part="back" class="button" @click=${props.onBack}>
        ${msg('Change my answer', {id: 'change.one'})}
      </button>
      ${startOverButton(props)}
    </p>
  </section>`;
}

export function resultScreen(props: ResultProps) {
  const {outcome, reasons} = props.decision;
  if (outcome === 'crisis') return crisisResult(props);
  const text = outcomeText(outcome);
  const sub = Math.min(props.headingLevel + 1, 6);
  const today = new Intl.DateTimeFormat(props.locale, {dateStyle: 'long'}).format(new Date());
  const numbers = numbersOf(props);
  return html`<section part="result" class="result" data-outcome=${outcome}>
    ${heading(props.headingLevel, text.headline, 'result-heading')} ${props.cta}
    <p>${text.meaning}</p>
    ${levelsPicture(outcome)} ${heading(sub, msg('Why we suggest this', {id: 'why'}))}
    <ul class="reasons">
      ${reasons.map((reason) => html`<li>${reasonText(reason, numbers)}</li>`)}
    </ul>
    ${heading(sub, msg('Your next step', {id: 'step.next'}))}
    <p>${text.nextStep}</p>
    ${props.helpline}
    <p class="note">${notADiagnosis()}</p>
    <p class="print-only">
      ${msg(str`Printed on ${today}`, {
        id: 'printed',
        desc: 'Only on the printed or saved result. Placeholder: the date.',
      })}
    </p>
    <slot name="result-footer"></slot>
    ${yourAnswers(props, sub)}
    <p class="stack">
      <button type="button" class="button print" @click=${props.onPrint}>
        ${msg('Print or save this result', {
          id: 'print',
          desc: 'Button that opens the print dialog (where the result can also be saved as PDF).',
        })}
      </button>
      ${startOverButton(props)}
    </p>
  </section>`;
}
