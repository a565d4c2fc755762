/** Small helpers shared by the views. */
import {nothing} from 'lit';
import {literal, html as staticHtml} from 'lit/static-html.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A real heading at `level` (1–6, clamped), so the widget's outline can fit
 * the host page's. `focusable` lets focus land on it after a screen change.
 */
export const heading = (level: number, content: unknown, focusable = false) => {
  const tag = headingTags[Math.min(Math.max(level, 1), 6) - 1];
  return staticHtml`<${tag} class="heading" tabindex=${focusable ? -1 : nothing}>${content}</${tag}>`;
};

/**
 * A phone number for use inside a sentence: kept in its written order inside
 * right-to-left text (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP), and kept on
 * one line (no-break spaces, a word joiner after each hyphen). Only the text
 * changes; the `tel:` link keeps the digits.
 */
export const phoneInText = (text: string) =>
  `\u2066${text.replace(/ /g, '\u00a0').replace(/-/g, '-\u2060')}\u2069`;

/** A number in the visitor's language's digits. */
export const formatNumber = (value: number, locale: string) =>
  new Intl.NumberFormat(locale).format(value);
