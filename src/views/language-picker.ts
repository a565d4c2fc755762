/** The language row: a one-tap offer of the browser's language, and the picker. */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {endonyms} from '../locale-negotiation.js';

export interface LanguagePickerProps {
  /** The language shown now. */
  current: string;
  /** The languages to list, in display order. */
  choices: readonly string[];
  /** A language the browser prefers over the one shown, if any. */
  offer?: string;
  onPick: (locale: string) => void;
}

export function languagePicker({current, choices, offer, onPick}: LanguagePickerProps) {
  const change = (event: Event) => onPick((event.target as HTMLSelectElement).value);
  return html`<div class="languages">
    ${offer
      ? html`<button type="button" class="link offer" lang=${offer} @click=${() => onPick(offer)}>
          ${endonyms[offer] ?? offer}
        </button>`
      : nothing}
    <label class="picker">
      <span>${msg('Language', {id: 'lang', desc: 'Label of the language menu.'})}</span>
      <select part="language-picker" @change=${change}>
        ${choices.map(
          (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === current}>
            ${endonyms[locale] ?? locale}
          </option>`
        )}
      </select>
    </label>
  </div>`;
}

/** Said once by the live region after the language changes. */
export const languageChanged = () =>
  msg('Now showing this in English.', {
    id: 'lang.now',
    desc: 'Announced to screen readers after a language switch. Name YOUR language, e.g. Spanish: "Ahora se muestra en español."',
  });

/** The widget's accessible name, for its landmark region. */
export const widgetLabel = () =>
  msg('IOP guide and private fit check', {id: 'label', desc: 'Name of the whole widget for screen readers.'});
