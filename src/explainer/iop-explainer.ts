import {LitElement, nothing} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {styles} from './iop-explainer.styles.js';
import {explainer, startButton, startCheck} from './explainer-content.js';
import {getLocale} from '../localization.js';

/**
 * What an IOP is, who it helps, what it gives and where it falls short, with
 * "Start the check" under its title and at its end (or, in the explainer view,
 * the clinic's call to action at its end). Rendered by `<iop-fit-check>`,
 * which passes its settings down as properties.
 *
 * @tagname iop-explainer
 * @summary The IOP explainer of `<iop-fit-check>`.
 *
 * @slot program-details - The clinic's own program details.
 *
 * @csspart explainer - The explainer section.
 * @csspart start - Each Start button.
 * @csspart cta - The clinic's call to action (explainer view).
 */
export class IopExplainer extends LitElement {
  static override styles = styles;

  static override properties = {
    colorScheme: {attribute: 'color-scheme', reflect: true},
    headingLevel: {attribute: false},
    resume: {attribute: false},
    onStart: {attribute: false},
    ending: {attribute: false},
  };

  /** The widget's `color-scheme`, so this part takes the same palette. */
  colorScheme?: string;

  /** Level of the explainer's title, 1–6. */
  headingLevel = 2;

  /** True when the visitor has begun the check and came back to read. */
  resume = false;

  /** Starts (or resumes) the check; absent in the explainer view, which has no check. */
  onStart?: () => void;

  /** What ends the explainer when there is no check: the clinic's call to action. */
  ending: unknown = nothing;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const {headingLevel, resume, onStart} = this;
    const sub = Math.min(headingLevel + 1, 6);
    return explainer({
      headingLevel,
      locale: getLocale(),
      start: onStart ? startButton({headingLevel: sub, resume, onStart}) : nothing,
      ending: onStart ? startCheck({headingLevel: sub, resume, onStart}) : this.ending,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-explainer': IopExplainer;
  }
}
