import {css} from 'lit';
import {baseStyles} from '../styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
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
