import {css} from 'lit';
import {baseStyles} from './styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
    .root {
      position: relative;
      display: flex;
      flex-direction: column;
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
      max-inline-size: var(--iop-max-width, 40em);
      padding: var(--_space) var(--_space) 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: var(--iop-shadow, none);
      overflow-wrap: break-word;
      /* How far focused elements keep clear of the sticky crisis line. */
      --_bar-offset: var(--_bar-height, 0px);
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
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      max-inline-size: 100%;
    }

    select {
      min-block-size: max(44px, 2.75em);
      max-inline-size: 100%;
      padding-inline: 0.5em;
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 calc(var(--_space) * 1.5);
      margin: var(--_space) 0 0;
      font-size: 0.9375em;
      color: var(--_muted);
    }

    /* The crisis line: always in view at the bottom of the widget while any of it is on screen. */
    .bar {
      position: sticky;
      inset-block-end: 0;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25em var(--_space);
      margin: var(--_space) calc(var(--_space) * -1) 0;
      padding: 0.25em var(--_space);
      background: var(--_crisis-surface);
      border-block-start: 2px solid var(--_crisis);
      border-radius: 0 0 var(--_radius) var(--_radius);
    }

    .bar:empty {
      display: none;
    }

    .exit {
      min-block-size: 44px;
      padding-block: 0.25em;
      color: var(--_crisis);
      border-color: var(--_crisis);
      background: var(--_crisis-surface);
    }

    /* Too short a viewport to spare the room (400 % zoom, a phone held sideways):
       the line sits at the top of each screen instead. */
    @media (max-height: 500px) {
      .root {
        --_bar-offset: 0px;
      }

      .bar {
        position: static;
        order: -1;
        margin: 0 calc(var(--_space) * -1) var(--_space);
        border-block-start: 0;
        border-block-end: 2px solid var(--_crisis);
        border-radius: 0;
      }
    }

    @media print {
      .root {
        border: 0;
        padding: 0;
        max-inline-size: none;
      }

      .languages,
      .footer,
      .exit {
        display: none !important;
      }

      .bar {
        position: static;
      }
    }

    @media (forced-colors: active) {
      .bar {
        border: 1px solid CanvasText;
      }
    }
  `,
];
