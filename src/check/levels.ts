/**
 * The levels of care as a picture, the suggested one marked: a list (so
 * assistive technology reads it as one, the suggestion marked with
 * aria-current), drawn with CSS bars, not an image, so its words translate.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {Outcome} from '../fit-check/rules.js';

const levels = ['medical', 'program', 'iop', 'weekly'] as const;
type Level = (typeof levels)[number];

const levelOf: Partial<Record<Outcome, Level>> = {
  'detox-first': 'medical',
  'higher-care': 'program',
  'iop-with-support': 'iop',
  'iop-fit': 'iop',
  outpatient: 'weekly',
};

const labels: Record<Level, () => string> = {
  medical: () => msg('Medical care to stop safely', {id: 'lv.medical'}),
  program: () => msg('A live-in or day program', {id: 'lv.program'}),
  iop: () => msg('An IOP', {id: 'lv.iop'}),
  weekly: () => msg('Weekly outpatient care', {id: 'lv.weekly'}),
};

export function levelsPicture(outcome: Outcome) {
  const suggested = levelOf[outcome];
  if (!suggested) return nothing;
  return html`<figure part="levels" class="levels">
    <figcaption>
      ${msg('Levels of care, from the most care each day to the least', {
        id: 'lv.title',
        desc: 'Caption of the picture of the four levels of care on the result.',
      })}
    </figcaption>
    <ol>
      ${levels.map(
        (level) =>
          html`<li
            class=${`level ${level}${level === suggested ? ' suggested' : ''}`}
            aria-current=${level === suggested ? 'true' : 'false'}
          >
            <span class="bar" aria-hidden="true"></span>
            <span class="name">${labels[level]()}</span>
            ${
              level === suggested
                ? html`<strong class="tag">${msg('Suggested for you', {id: 'lv.yours'})}</strong>`
                : nothing
            }
          </li>`
      )}
    </ol>
  </figure>`;
}
