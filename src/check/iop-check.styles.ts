import {css} from 'lit';
import {baseStyles} from '../styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
    .intro,
    .hint,
    .step {
      color: var(--_muted);
    }

    .step {
      display: block;
      margin-block-end: 0.25em;
      font-size: 0.8em;
      font-weight: 400;
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

    progress::-webkit-progress-value,
    progress::-moz-progress-bar {
      background: var(--_primary);
    }

    /* Large answer buttons, 12 px apart; "None of these" set apart from the danger answers. */
    .options {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75em;
    }

    .option {
      display: block;
      inline-size: 100%;
      min-block-size: 3em;
      padding: 0.75em 1em;
      font: inherit;
      text-align: start;
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .option:hover {
      border-color: var(--_primary);
    }

    /* The earlier answer, when the visitor comes back: a check mark and the primary color. */
    .option[aria-pressed='true'] {
      color: var(--_on-primary);
      background: var(--_primary);
      border-color: var(--_primary);
      font-weight: 700;
    }

    .option[aria-pressed='true']::before {
      content: '✓ ';
    }

    .option.none {
      margin-block-start: 0.75em;
    }

    .nav {
      margin-block: var(--_space) 0;
    }

    .lead-action {
      margin-block: var(--_space);
    }

    .lead-action .stack {
      margin-block: 0 0.5em;
    }

    /* The levels of care: four bars, longest for the most care each day. */
    .levels {
      margin: var(--_space) 0;
    }

    .levels figcaption {
      font-size: 0.9375em;
      color: var(--_muted);
      margin-block-end: 0.5em;
    }

    .levels ol {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.375em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* Each level: its bar (longer for more care each day), then its name, in one column
       so long words and large text never push it past the edge. */
    .level {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25em;
      overflow-wrap: anywhere;
      margin: 0;
      padding: 0.375em 0.5em;
      border: 2px solid transparent;
      border-radius: var(--_radius);
    }

    .bar {
      block-size: 0.75em;
      border-radius: 0.375em;
      background: color-mix(in srgb, var(--_border) 45%, var(--_surface));
    }

    .medical .bar {
      inline-size: 100%;
    }

    .program .bar {
      inline-size: 75%;
    }

    .iop .bar {
      inline-size: 50%;
    }

    .weekly .bar {
      inline-size: 25%;
    }

    .suggested {
      border-color: var(--_primary);
      font-weight: 700;
    }

    .suggested .bar {
      background: var(--_primary);
    }

    .tag {
      font-size: 0.875em;
      color: var(--_primary);
    }

    .your-answers dl {
      margin: 0;
    }

    .answer {
      overflow-wrap: anywhere;
      padding-block: 0.5em;
      border-block-end: 1px solid color-mix(in srgb, var(--_border) 40%, var(--_surface));
    }

    .answer dd span {
      min-inline-size: 0;
    }

    .answer dt {
      color: var(--_muted);
      font-size: 0.9375em;
    }

    .answer dd {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 var(--_space);
      margin: 0;
      font-weight: 700;
    }

    .answer .link {
      font-weight: 400;
    }

    .print-only {
      display: none;
    }

    @media print {
      .print-only {
        display: block;
      }

      .stack .print,
      .your-answers .link,
      progress {
        display: none !important;
      }
    }

    @media (forced-colors: active) {
      .option[aria-pressed='true'],
      .suggested {
        outline: 3px solid Highlight;
        outline-offset: -3px;
      }

      .bar,
      .suggested .bar {
        background: CanvasText;
      }

      .suggested .bar {
        background: Highlight;
      }
    }
  `,
];
