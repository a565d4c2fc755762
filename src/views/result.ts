/** The result screen: headline, meaning, reasons, next step, and help to call. */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Decision} from '../fit-check/decide.js';
import {outcomeText, reasonText} from '../content/result-messages.js';
import {callNumber, startOver, textNumber} from '../content/common-messages.js';
import type {CtaKind} from '../events.js';
import type {Phone} from '../validate.js';
import {heading, phoneInText} from './text.js';

export interface ResultProps {
  decision: Decision;
  headingLevel: number;
  crisis: Phone;
  emergency: Phone;
  isDefault988: boolean;
  /** The clinic's call to action and the helpline. */
  cta: unknown;
  onCtaClick: (kind: CtaKind) => void;
  onBack: () => void;
  onStartOver: () => void;
  onPrint: () => void;
  locale: string;
}

/** On the crisis result, the numbers to call come first, in the order the danger calls for. */
function crisisActions(props: ResultProps) {
  const crisisCall = html`<a
    class="button danger"
    href=${props.crisis.href}
    @click=${() => props.onCtaClick('crisis')}
    >${callNumber(phoneInText(props.crisis.text))}</a
  >`;
  const crisisText = props.isDefault988
    ? html`<a class="button danger" href="sms:988" @click=${() => props.onCtaClick('crisis')}
        >${textNumber(phoneInText(props.crisis.text))}</a
      >`
    : nothing;
  const emergencyCall = html`<a
    class="button danger"
    href=${props.emergency.href}
    @click=${() => props.onCtaClick('emergency')}
    >${callNumber(phoneInText(props.emergency.text))}</a
  >`;
  // Thoughts of self-harm lead with the crisis line; a medical emergency or a
  // risk to others leads with the emergency number.
  const selfHarm = props.decision.reasons[0] === 'danger-self-harm';
  return html`<p class="actions crisis-actions">
    ${selfHarm ? html`${crisisCall}${crisisText}${emergencyCall}` : html`${emergencyCall}${crisisCall}${crisisText}`}
  </p>`;
}

export function result(props: ResultProps) {
  const {outcome, reasons} = props.decision;
  const text = outcomeText(outcome);
  const sub = Math.min(props.headingLevel + 1, 6);
  const today = new Intl.DateTimeFormat(props.locale, {dateStyle: 'long'}).format(new Date());
  return html`<section part="result" class="result" data-outcome=${outcome}>
    ${heading(props.headingLevel, text.headline)}
    ${outcome === 'crisis' ? crisisActions(props) : nothing}
    <p>${text.meaning}</p>
    ${heading(sub, msg('Why we suggest this', {id: 'why'}))}
    <ul class="reasons">
      ${reasons.map((reason) => html`<li>${reasonText(reason)}</li>`)}
    </ul>
    ${heading(sub, msg('Your next step', {id: 'step.next'}))}
    <p>${text.nextStep}</p>
    ${props.cta}
    <p class="note">
      ${msg("This is not a diagnosis or medical advice. A care provider's assessment decides which care is right for you.", {id: 'not.dx'})}
    </p>
    <p class="print-only">
      ${msg(str`Printed on ${today}`, {
        id: 'printed',
        desc: 'Only on the printed or saved result. Placeholder: the date.',
      })}
    </p>
    <slot name="result-footer"></slot>
    <div class="nav">
      <button type="button" class="button print" @click=${props.onPrint}>
        ${msg('Print or save this result', {id: 'print', desc: 'Button that opens the print dialog (where the result can also be saved as PDF).'})}
      </button>
      <button type="button" part="back" class="button" @click=${props.onBack}>
        ${msg('Change my answers', {id: 'change'})}
      </button>
      <button type="button" class="button" @click=${props.onStartOver}>${startOver()}</button>
    </div>
  </section>`;
}
