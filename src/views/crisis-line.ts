/** The crisis and emergency line: on screen in every view, step and language. */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {callNumber, textNumber} from '../content/common-messages.js';
import type {Phone} from '../validate.js';
import type {CtaKind} from '../events.js';
import {phoneInText} from './text.js';

export interface CrisisLineProps {
  crisis: Phone;
  emergency: Phone;
  /** True while the crisis line is the default 988, which also takes texts. */
  isDefault988: boolean;
  /** True when the widget shows a translation, where 988's language help is noted. */
  translated: boolean;
  onCtaClick: (kind: CtaKind) => void;
}

export function crisisLine(props: CrisisLineProps) {
  const crisis = phoneInText(props.crisis.text);
  const emergency = phoneInText(props.emergency.text);
  return html`<div part="crisis" class="crisis" role="note">
    <p>
      <span class="crisis-label"
        >${msg('In crisis?', {id: 'crisis', desc: 'Start of the crisis line shown at the top of every screen.'})}</span
      >
      <a href=${props.crisis.href} @click=${() => props.onCtaClick('crisis')}
        >${callNumber(crisis)}</a
      >
      ${
        props.isDefault988
          ? html`<a href="sms:988" @click=${() => props.onCtaClick('crisis')}
              >${textNumber(crisis)}</a
            >`
          : nothing
      }
      ${
        props.isDefault988 && props.translated
          ? html`<span class="crisis-note"
              >${msg('Interpreters are available.', {
                id: 'crisis.lang',
                desc: 'Only shown in translations, after the 988 crisis line. Spanish: say that 988 answers in Spanish (press 2). Other languages: say interpreters are available.',
              })}</span
            >`
          : nothing
      }
    </p>
    <p>
      <span class="crisis-label">${msg('Emergency?', {id: 'emergency'})}</span>
      <a href=${props.emergency.href} @click=${() => props.onCtaClick('emergency')}
        >${callNumber(emergency)}</a
      >
    </p>
  </div>`;
}
