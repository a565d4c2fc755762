/** The clinic's call to action, with the national treatment helpline under it. */
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

export function clinicCta(props: ClinicCtaProps) {
  const name =
    props.centerName ??
    msg('our team', {
      id: 'center',
      desc: 'Stands in for the clinic name when none is set, as in "Call our team at …".',
    });
  const {phone, insuranceUrl} = props;
  return html`<section part="cta" class="cta">
    ${heading(props.headingLevel, msg(str`Talk with ${name}`, {id: 'cta', desc: 'Heading over the clinic phone and insurance links.'}))}
    ${
      phone || insuranceUrl
        ? html`<p class="actions">
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
                ? html`<a
                    class="button"
                    href=${insuranceUrl}
                    @click=${() => props.onCtaClick('insurance')}
                    >${msg(str`Check your insurance with ${name}`, {id: 'cta.ins'})}</a
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
    <p>
      ${msg('To find other treatment near you, you can also call a national helpline.', {id: 'help', desc: 'Before the link to the treatment helpline (SAMHSA by default).'})}
      <a href=${props.helpline.href} @click=${() => props.onCtaClick('helpline')}
        >${msg(str`Call the helpline at ${phoneInText(props.helpline.text)}`, {id: 'help.call'})}</a
      >
    </p>
  </section>`;
}
