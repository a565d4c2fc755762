import {css} from 'lit';
import {paletteStyles} from './styles/palette.js';

export const styles = [
  paletteStyles,
  css`
    :host {
      /* Each public custom property is read once, here. */
      --_primary: var(--iop-color-primary, var(--_default-primary));
      --_on-primary: var(--iop-color-on-primary, var(--_default-on-primary));
      --_surface: var(--iop-color-surface, var(--_default-surface));
      --_text: var(--iop-color-text, var(--_default-text));
      --_muted: var(--iop-color-muted, var(--_default-muted));
      --_border: var(--iop-color-border, var(--_default-border));
      --_focus: var(--iop-color-focus, var(--_default-focus));
      --_danger: var(--iop-color-danger, var(--_default-danger));
      --_on-danger: var(--iop-color-on-danger, var(--_default-on-danger));
      --_danger-surface: var(--iop-color-danger-surface, var(--_default-danger-surface));
      --_font-size: max(16px, var(--iop-font-size, 1rem));
      --_line-height: var(--iop-line-height, 1.5);
      --_heading-font: var(--iop-heading-font-family, inherit);
      --_radius: var(--iop-radius, 8px);
      --_space: var(--iop-space, 1em);
      --_shadow: var(--iop-shadow, none);
      --_max-width: var(--iop-max-width, 40em);

      /* A theme's generic rules (display: none, all: unset) must not hide the widget. */
      display: block !important;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    .root {
      position: relative;
      color-scheme: var(--_scheme);
      /* Inherited text properties that host pages often set are reset here;
       the font family alone is inherited, so the widget matches the page. */
      font-family: var(--iop-font-family, inherit);
      font-size: var(--_font-size);
      font-style: normal;
      font-variant: normal;
      font-weight: 400;
      line-height: var(--_line-height);
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      hyphens: manual;
      visibility: visible;
      cursor: auto;
      color: var(--_text);
      background: var(--_surface);
      max-inline-size: var(--_max-width);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--_shadow);
      overflow-wrap: break-word;
    }

    p,
    ul {
      margin-block: 0 calc(var(--_space) * 0.75);
    }

    ul {
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

    .languages {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.25em 1em;
      margin-block-end: 0.5em;
      font-size: 0.9375em;
    }

    .picker {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
    }

    select {
      min-block-size: max(44px, 2.75em);
      padding-inline: 0.5em;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .crisis {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em var(--_space);
      margin-block-end: var(--_space);
      padding: 0.5em 0.75em;
      background: var(--_danger-surface);
      border-inline-start: 4px solid var(--_danger);
      border-radius: var(--_radius);
    }

    .crisis p {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5em;
      margin: 0;
    }

    .crisis-label {
      font-weight: 700;
    }

    .crisis a {
      display: inline-flex;
      align-items: center;
      min-block-size: 2em;
      color: var(--_danger);
      font-weight: 700;
    }

    .crisis-note {
      flex-basis: 100%;
      font-size: 0.9375em;
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
    }

    .button.primary {
      color: var(--_on-primary);
      background: var(--_primary);
    }

    .button.danger {
      color: var(--_on-danger);
      background: var(--_danger);
      border-color: var(--_danger);
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

    .actions,
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }

    .nav {
      margin-block-start: var(--_space);
    }

    /* On the crisis result: each number with one line of what it is. */
    .lead-action {
      margin-block: var(--_space);
    }

    .lead-action p {
      margin-block: 0.5em;
    }

    .overdose-steps {
      padding-inline-start: 1.5em;
    }

    .nav [part~='next'] {
      margin-inline-start: auto;
    }

    .start,
    .cta {
      margin-block-start: calc(var(--_space) * 1.5);
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }

    .intro {
      color: var(--_muted);
    }

    progress {
      display: block;
      inline-size: 100%;
      block-size: 0.5em;
      margin-block: 0 var(--_space);
      appearance: none;
      border: 0;
      border-radius: 0.25em;
      background: color-mix(in srgb, var(--_border) 25%, var(--_surface));
      overflow: hidden;
      color: var(--_primary);
    }

    progress::-webkit-progress-bar {
      background: color-mix(in srgb, var(--_border) 25%, var(--_surface));
    }

    progress::-webkit-progress-value {
      background: var(--_primary);
    }

    progress::-moz-progress-bar {
      background: var(--_primary);
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    legend {
      padding: 0;
      margin-block-end: 0.75em;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }

    .step {
      display: block;
      margin-block-end: 0.25em;
      font-size: 0.8em;
      font-weight: 400;
      color: var(--_muted);
    }

    .hint {
      color: var(--_muted);
    }

    .options {
      display: grid;
      gap: 0.5em;
    }

    .option {
      display: flex;
      align-items: flex-start;
      gap: 0.75em;
      min-block-size: 2.75em;
      padding: 0.625em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .option:has(:checked) {
      border-color: var(--_primary);
      box-shadow: inset 0 0 0 1px var(--_primary);
      background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    }

    .option input {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin: 0.125em 0 0;
      accent-color: var(--_primary);
    }

    .error {
      margin-block: 0.75em 0;
      font-weight: 700;
      color: var(--_danger);
    }

    .note {
      margin-block-start: var(--_space);
      font-size: 0.9375em;
      color: var(--_muted);
    }

    .about {
      margin: var(--_space) 0 0;
    }

    .print-only {
      display: none;
    }

    @media print {
      .root {
        border: 0;
        padding: 0;
        max-inline-size: none;
      }

      .print-only {
        display: block;
      }

      .languages,
      .nav,
      .about,
      .restart,
      progress {
        display: none !important;
      }

      .cta a[href^='http']::after {
        content: ' (' attr(href) ')';
      }
    }

    @media (forced-colors: active) {
      .option:has(:checked) {
        outline: 3px solid Highlight;
        outline-offset: -3px;
      }

      :focus-visible {
        outline-color: Highlight;
      }

      .crisis,
      progress {
        border: 1px solid CanvasText;
      }
    }
  `,
];
