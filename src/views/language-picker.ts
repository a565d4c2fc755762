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

/**
 * A closed select changes its value on every arrow key or typed letter, and a
 * language switch re-renders the whole widget (WCAG 3.2.2). So a choice made
 * with keys applies on Enter or on leaving the menu; a pointer choice at once.
 */
const keyChoices = new WeakSet<HTMLSelectElement>();

function pickerEvents(current: string, onPick: (locale: string) => void) {
  const apply = (select: HTMLSelectElement) => {
    keyChoices.delete(select);
    if (select.value !== current) onPick(select.value);
  };
  return {
    change: (event: Event) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (!keyChoices.has(select)) apply(select);
    },
    keydown: (event: KeyboardEvent) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (event.key === 'Enter') apply(select);
      else if (event.key !== 'Tab' && event.key !== 'Shift') keyChoices.add(select);
    },
    blur: (event: FocusEvent) => {
      const select = event.currentTarget as HTMLSelectElement;
      if (keyChoices.has(select)) apply(select);
    },
  };
}

export function languagePicker({current, choices, offer, onPick}: LanguagePickerProps) {
  const events = pickerEvents(current, onPick);
  return html`<div class="languages">
    ${
      offer
        ? html`<button type="button" class="link offer" lang=${offer} @click=${() => onPick(offer)}>
            ${endonyms[offer] ?? offer}
          </button>`
        : nothing
    }
    <label class="picker">
      <span>${msg('Language', {id: 'lang', desc: 'Label of the language menu.'})}</span>
      <select
        part="language-picker"
        data-focus-target="language-picker"
        @change=${events.change}
        @keydown=${events.keydown}
        @blur=${events.blur}
      >
        ${choices.map(
          (locale) =>
            html`<option value=${locale} lang=${locale} ?selected=${locale === current}>
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
  msg('IOP guide and private fit check', {
    id: 'label',
    desc: 'Name of the whole widget for screen readers.',
  });
