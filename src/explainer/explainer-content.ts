/** What an IOP is, who it helps, what it gives, and where it falls short. */
import {html} from 'lit';
import {msg, str} from '@lit/localize';
import {formatNumber, heading} from '../views/text.js';

export interface ExplainerProps {
  headingLevel: number;
  locale: string;
  /** The button that starts the check, shown under the title and at the end; none in the explainer view. */
  start: unknown;
  /** What ends the explainer: the Start button, or the clinic's call to action. */
  ending: unknown;
}

export function explainer({headingLevel, locale, start, ending}: ExplainerProps) {
  const sub = Math.min(headingLevel + 1, 6);
  const n = (value: number) => formatNumber(value, locale);
  return html`<section part="explainer" class="explainer">
    ${heading(
      headingLevel,
      msg('What is an Intensive Outpatient Program (IOP)?', {id: 'x.title'}),
      'explainer-heading'
    )}
    ${start}
    <p>
      ${msg('An IOP treats alcohol or drug use while you keep living at home.', {id: 'x.what'})}
      ${msg(
        str`You go to sessions for a few hours at a time, several days a week. Adults most often spend ${n(9)} to ${n(19)} hours a week there.`,
        {
          id: 'x.hours',
          desc: 'Placeholders: the numbers 9 and 19.',
        }
      )}
      ${msg('The rest of the time, you are at home, at work, or with family.', {id: 'x.rest'})}
    </p>
    ${heading(sub, msg('Who can an IOP help?', {id: 'x.who'}))}
    <ul>
      <li>${msg('People leaving a live-in program who want to keep going', {id: 'x.who.res'})}</li>
      <li>${msg('People starting treatment whose health is stable', {id: 'x.who.new'})}</li>
      <li>${msg('People who tried weekly counseling and need more help', {id: 'x.who.up'})}</li>
      <li>${msg('People who need to keep working or caring for family', {id: 'x.who.work'})}</li>
    </ul>
    ${heading(sub, msg('What an IOP gives you', {id: 'x.gives'}))}
    <ul>
      <li>${msg('You keep your job and your family life.', {id: 'x.gives.life'})}</li>
      <li>
        ${msg('You learn ways to cope, and practice them with peers and staff.', {id: 'x.gives.skills'})}
      </li>
      <li>${msg('Care moves at a pace that fits you.', {id: 'x.gives.pace'})}</li>
      <li>
        ${msg('Medicines for opioid or alcohol use can be part of your care.', {id: 'x.gives.meds'})}
      </li>
    </ul>
    ${heading(sub, msg('When an IOP may not be enough', {id: 'x.limits'}))}
    <ul>
      <li>
        ${msg('An IOP works best when you have support at home and some skills to keep from drinking or using again.', {id: 'x.limits.home'})}
      </li>
      <li>
        ${msg('Dangerous withdrawal needs medical care first. An IOP can come after.', {id: 'x.limits.detox'})}
      </li>
      <li>
        ${msg('If stress or an unsafe home makes it too hard to stay sober between sessions, a live-in program may fit better.', {id: 'x.limits.res'})}
      </li>
    </ul>
    <slot name="program-details"></slot>
    ${ending}
  </section>`;
}

export interface StartProps {
  headingLevel: number;
  /** True when the visitor has begun the check and came back to read. */
  resume: boolean;
  onStart: () => void;
}

/** The Start button; under the explainer's title it stands alone, at the end with a heading. */
export const startButton = ({resume, onStart}: StartProps) =>
  html`<p class="start-now">
    <button type="button" part="start" class="button primary" @click=${onStart}>
      ${
        resume
          ? msg('Go back to the check', {id: 'x.resume'})
          : msg('Start the check', {id: 'x.begin'})
      }
    </button>
  </p>`;

export const startCheck = (props: StartProps) =>
  html`<div class="start">
    ${heading(props.headingLevel, msg('Could an IOP fit you?', {id: 'x.start.title'}))}
    <p>${msg('Answer a few questions to see which kind of care may fit.', {id: 'x.start'})}</p>
    ${startButton(props)}
  </div>`;

/** Brings the explainer back during the check (full view). */
export const aboutLink = (onAbout: () => void) =>
  html`<button type="button" class="link about" @click=${onAbout}>
    ${msg('About IOP', {id: 'about', desc: 'Button that shows the IOP explainer again.'})}
  </button>`;
