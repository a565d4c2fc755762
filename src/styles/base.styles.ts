import {css} from 'lit';
import {paletteStyles} from './palette.js';

/**
 * What every element of the widget shares: the palette, each public custom
 * property read once into a private one, and the few pieces all screens use
 * (headings, links, buttons, focus rings). Custom properties inherit through
 * shadow roots, so a partner's `--iop-*` on the page reaches every part.
 */
export const baseStyles = [
  paletteStyles,
  css`
    :host {
      --_primary: var(--iop-color-primary, var(--_default-primary));
      --_on-primary: var(--iop-color-on-primary, var(--_default-on-primary));
      --_surface: var(--iop-color-surface, var(--_default-surface));
      --_text: var(--iop-color-text, var(--_default-text));
      --_muted: var(--iop-color-muted, var(--_default-muted));
      --_border: var(--iop-color-border, var(--_default-border));
      --_focus: var(--iop-color-focus, var(--_default-focus));
      --_crisis: var(--iop-color-crisis, var(--_default-crisis));
      --_crisis-surface: var(--iop-color-crisis-surface, var(--_default-crisis-surface));
      --_font-size: max(16px, var(--iop-font-size, 1rem));
      --_line-height: var(--iop-line-height, 1.5);
      --_heading-font: var(--iop-heading-font-family, inherit);
      --_radius: var(--iop-radius, 8px);
      --_space: var(--iop-space, 1em);
      /* A theme's generic rules (display: none, all: unset) must not hide the widget. */
      display: block !important;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    /* The sticky crisis line must never cover the focused element (WCAG 2.4.11). */
    a,
    button,
    select,
    [tabindex] {
      scroll-margin-block: 0.5em calc(var(--_bar-offset, 0px) + 0.5em);
    }

    p,
    ul,
    ol {
      margin-block: 0 calc(var(--_space) * 0.75);
    }

    ul,
    ol {
      padding-inline-start: 1.25em;
    }

    li + li {
      margin-block-start: 0.375em;
    }

    .heading {
      font-family: var(--_heading-font);
      font-size: 1.25em;
      line-height: 1.3;
      margin-block: calc(var(--_space) * 1.25) calc(var(--_space) * 0.5);
    }

    /* A screen's own title (the explainer's, a result's) is the largest heading. */
    .explainer > .heading:first-child,
    .result > .heading:first-child {
      font-size: 1.5em;
      margin-block-start: 0;
    }

    a {
      color: var(--_primary);
      text-underline-offset: 0.15em;
    }

    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }

    [tabindex='-1']:focus:not(:focus-visible) {
      outline: none;
    }

    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-block-size: 2.75em;
      padding: 0.5em 1.25em;
      font: inherit;
      font-weight: 700;
      line-height: 1.25;
      text-align: center;
      text-decoration: none;
      color: var(--_primary);
      background: var(--_surface);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      cursor: pointer;
      /* At large text sizes a long word or a phone number may break rather than be cut off. */
      overflow-wrap: anywhere;
    }

    .button.primary {
      color: var(--_on-primary);
      background: var(--_primary);
    }

    .button.crisis {
      color: var(--_crisis-surface);
      background: var(--_crisis);
      border-color: var(--_crisis);
    }

    .link {
      min-block-size: 2.75em;
      padding: 0;
      font: inherit;
      color: var(--_primary);
      background: none;
      border: 0;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }

    /* Calls to action and result buttons: one column, all of one width. */
    .stack {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75em;
      margin-block: var(--_space);
    }

    .stack .button {
      display: block;
      inline-size: 100%;
      padding-inline: 0.75em;
    }

    .note {
      font-size: 0.9375em;
      color: var(--_muted);
    }

    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
