/** The clinic's call to action, and the national treatment helpline. */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {Phone} from '../validate.js';
import type {CtaKind} from '../events.js';
import {heading, phoneInText} from './text.js';

export interface ClinicCtaProps {
  /** The clinic's name as the partner wrote it, or undefined for the neutral phrase. */
  centerName?: string;
  phone?: Phone;
  insuranceUrl?: string;
  helpline: Phone;
  headingLevel: number;
  onCtaClick: (kind: CtaKind) => void;
}

const clinicName = (props: ClinicCtaProps) =>
  props.centerName ??
  msg('our team', {
    id: 'center',
    desc: 'Stands in for the clinic name when none is set, as in "Call our team at …".',
  });

/** The clinic's Call and insurance links, or nothing when the partner set neither. */
export function clinicActions(props: ClinicCtaProps) {
  const name = clinicName(props);
  const {phone, insuranceUrl} = props;
  if (!phone && !insuranceUrl) return nothing;
  return html`<p part="cta" class="cta stack">
    ${
      phone
        ? html`<a
            class="button primary"
            href=${phone.href}
            @click=${() => props.onCtaClick('phone')}
            >${msg(str`Call ${name} at ${phoneInText(phone.text)}`, {id: 'cta.call'})}</a
          >`
        : nothing
    }
    ${
      insuranceUrl
        ? html`<a class="button" href=${insuranceUrl} @click=${() => props.onCtaClick('insurance')}
            >${msg(str`Check your insurance with ${name}`, {id: 'cta.ins'})}</a
          >`
        : nothing
    }
  </p>`;
}

/** The national treatment helpline, for other treatment nearby. */
export const helplineLine = (props: ClinicCtaProps) =>
  html`<p class="helpline">
    ${msg('To find other treatment near you, you can also call a national helpline.', {
      id: 'help',
      desc: 'Before the link to the treatment helpline (SAMHSA by default).',
    })}
    <a href=${props.helpline.href} @click=${() => props.onCtaClick('helpline')}
      >${msg(str`Call the helpline at ${phoneInText(props.helpline.text)}`, {id: 'help.call'})}</a
    >
  </p>`;

/** The explainer view's ending: a heading over the clinic's links, then the helpline. */
export const clinicCta = (props: ClinicCtaProps) =>
  html`<section class="ending">
    ${heading(
      props.headingLevel,
      msg(str`Talk with ${clinicName(props)}`, {
        id: 'cta',
        desc: 'Heading over the clinic phone and insurance links.',
      })
    )}
    ${clinicActions(props)} ${helplineLine(props)}
  </section>`;
