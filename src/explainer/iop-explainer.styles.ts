import {css} from 'lit';
import {baseStyles} from '../styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
    .explainer > .heading:first-child {
      font-size: 1.5em;
      margin-block-start: 0;
    }

    .start,
    .cta {
      margin-block-start: calc(var(--_space) * 1.5);
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }

    .start-now .button {
      inline-size: 100%;
    }
  `,
];
