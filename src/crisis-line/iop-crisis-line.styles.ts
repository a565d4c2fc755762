import {css} from 'lit';
import {baseStyles} from '../styles/base.styles.js';

export const styles = [
  baseStyles,
  css`
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.75em;
      color: var(--_crisis);
      font-size: var(--_font-size);
      line-height: 1.25;
    }

    .line p {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.375em;
      margin: 0;
    }

    .label {
      font-weight: 700;
    }

    a {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      color: var(--_crisis);
      font-weight: 700;
    }

    .note {
      color: var(--_crisis);
    }
  `,
];
