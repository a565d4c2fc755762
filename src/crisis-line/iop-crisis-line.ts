import {LitElement, html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {updateWhenLocaleChanges} from '@lit/localize';
import {styles} from './iop-crisis-line.styles.js';
import {callNumber, textNumber} from '../content/common-messages.js';
import {parsePhone} from '../validate.js';
import type {Phone} from '../validate.js';
import {fire} from '../events.js';
import type {CtaKind} from '../events.js';
import {getLocale, sourceLocale} from '../localization.js';
import {textDirection} from '../locale-negotiation.js';
import {phoneInText} from '../views/text.js';
import {warn} from '../warn.js';

export const defaultNumbers = {
  crisis: parsePhone('988')!,
  emergency: parsePhone('911')!,
};

/** The crisis line for `crisis-phone` (988 unless a valid number is set), warning once on a bad one. */
export const crisisNumber = (value: string | undefined) =>
  checked('crisis-phone', value) ?? defaultNumbers.crisis;
export const emergencyNumber = (value: string | undefined) =>
  checked('emergency-phone', value) ?? defaultNumbers.emergency;

function checked(name: string, value: string | undefined): Phone | undefined {
  const phone = parsePhone(value);
  if (value != null && !phone) warn(name, value);
  return phone;
}

/**
 * The crisis and emergency line: "Need help now? Call or text 988" and
 * "Emergency: call 911". Part of every screen of `<iop-fit-check>`, and usable
 * alone (in a site header, say) with the same two attributes.
 *
 * @tagname iop-crisis-line
 * @summary The crisis and emergency line, alone or inside the widget.
 *
 * @fires iop-cta-click - `{kind}`: `crisis` or `emergency` link activated.
 *
 * @csspart crisis - The line itself.
 *
 * @cssproperty --iop-color-crisis - Text and links of the crisis line. Default `#155e75` (dark `#a5f3fc`).
 * @cssproperty --iop-color-crisis-surface - Background of the crisis line. Default `#ecfeff` (dark `#083344`).
 */
export class IopCrisisLine extends LitElement {
  static override styles = styles;

  static override properties = {
    crisisPhone: {attribute: 'crisis-phone'},
    emergencyPhone: {attribute: 'emergency-phone'},
    colorScheme: {attribute: 'color-scheme', reflect: true},
  };

  /** The crisis line for the visitor's country. Default `988` (call or text). */
  crisisPhone?: string;

  /** The emergency number for the visitor's country. Default `911`. */
  emergencyPhone?: string;

  /** `light` (default), `dark`, or `auto`, as on `<iop-fit-check>`. */
  colorScheme?: string;

  private crisis = defaultNumbers.crisis;
  private emergency = defaultNumbers.emergency;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('crisisPhone')) this.crisis = crisisNumber(this.crisisPhone);
    if (changed.has('emergencyPhone')) this.emergency = emergencyNumber(this.emergencyPhone);
  }

  private readonly tapped = (kind: CtaKind) => () => fire(this, 'iop-cta-click', {kind});

  override render() {
    const locale = getLocale();
    const is988 = this.crisis.href === defaultNumbers.crisis.href;
    const crisis = phoneInText(this.crisis.text);
    return html`<div
      part="crisis"
      class="line"
      role="note"
      lang=${locale}
      dir=${textDirection(locale)}
    >
      <p>
        <span class="label"
          >${msg('Need help now?', {
            id: 'crisis2',
            desc: 'Start of the crisis line, always in view. Followed by "Call 988" and "Text 988".',
          })}</span
        >
        <a href=${this.crisis.href} @click=${this.tapped('crisis')}>${callNumber(crisis)}</a>
        ${
          is988
            ? html`<a href="sms:988" @click=${this.tapped('crisis')}>${textNumber(crisis)}</a>`
            : nothing
        }
        ${
          is988 && locale !== sourceLocale
            ? html`<span class="note"
                >${msg('Interpreters are available.', {
                  id: 'crisis.lang',
                  desc: 'Only shown in translations, after the 988 crisis line. Spanish: say that 988 answers in Spanish (press 2). Other languages: say interpreters are available.',
                })}</span
              >`
            : nothing
        }
      </p>
      <p>
        <span class="label"
          >${msg('Emergency:', {
            id: 'emergency2',
            desc: 'Before the emergency number link ("Call 911").',
          })}</span
        >
        <a href=${this.emergency.href} @click=${this.tapped('emergency')}
          >${callNumber(phoneInText(this.emergency.text))}</a
        >
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-crisis-line': IopCrisisLine;
  }
}
