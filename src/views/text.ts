/** Small helpers shared by the views. */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

/**
 * A real heading at `level` (1–6, clamped), so the widget's outline can fit
 * the host page's. Every heading can take focus from script (not from Tab),
 * so focus can land on the new screen's heading after a change.
 * (Six plain templates cost fewer bytes than lit's static-html.)
 */
export const heading = (level: number, content: unknown, focusTarget?: string) => {
  const target = ifDefined(focusTarget);
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 class="heading" tabindex="-1" data-focus-target=${target}>${content}</h1>`;
    case 2:
      return html`<h2 class="heading" tabindex="-1" data-focus-target=${target}>${content}</h2>`;
    case 3:
      return html`<h3 class="heading" tabindex="-1" data-focus-target=${target}>${content}</h3>`;
    case 4:
      return html`<h4 class="heading" tabindex="-1" data-focus-target=${target}>${content}</h4>`;
    case 5:
      return html`<h5 class="heading" tabindex="-1" data-focus-target=${target}>${content}</h5>`;
    default:
      return html`<h6 class="heading" tabindex="-1" data-focus-target=${target}>${content}</h6>`;
  }
};

/**
 * A phone number for use inside a sentence: kept in its written order inside
 * right-to-left text (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP), and kept on
 * one line (no-break spaces, a word joiner after each hyphen). Only the text
 * changes; the `tel:` link keeps the digits.
 */
export const phoneInText = (text: string) =>
  `\u2066${text.replace(/ /g, '\u00a0').replace(/-/g, '-\u2060')}\u2069`;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the visitor's language's digits (formatters are costly to make, so kept). */
export function formatNumber(value: number, locale: string) {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
