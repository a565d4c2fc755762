/** Small helpers shared by the views. */
import {html, nothing} from 'lit';
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
 * Keeps a phone number or other left-to-right value in its written order
 * inside right-to-left text (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP).
 */
export const isolateLtr = (text: string) => `\u2066${text}\u2069`;

/** A number in the visitor's language's digits. */
export const formatNumber = (value: number, locale: string) =>
  new Intl.NumberFormat(locale).format(value);

/** A left-to-right value shown on its own, such as a phone number. */
export const ltr = (text: string) => html`<bdi dir="ltr">${text}</bdi>`;
