/**
 * The floor: a bare Lit element that shows what the widget's first screen
 * shows (the same intro, question heading and answer buttons, in English)
 * and, for the answer loop, steps through the same number of screens with the
 * same answer controls to a plain result text. No styles, no crisis line, no
 * rules, flow, validation, localization setup or events.
 */
import {LitElement, html} from 'lit';
import {questions} from '../../src/fit-check/questions.js';
import {questionText} from '../../src/content/question-messages.js';

/** As many screens as the widget's path in run.js: all sixteen questions. */
const screens = questions.length;

class BenchFloor extends LitElement {
  static override properties = {step: {state: true}};
  step = 0;

  override render() {
    if (this.step === screens) return html`<h2 class="result">Result</h2>`;
    const {id, options} = questions[this.step];
    const text = questionText(id);
    return html`<section data-question=${id}>
      ${
        this.step === 0
          ? html`<p>Up to 16 short questions. Your answers stay on this device.</p>`
          : ''
      }
      <h2 id="q" tabindex="-1">Question ${this.step + 1} of ${screens} ${text.legend}</h2>
      ${text.hint ? html`<p>${text.hint}</p>` : ''}
      <div role="group" aria-labelledby="q">
        ${options.map(
          (option) =>
            html`<button type="button" data-value=${option} @click=${() => this.step++}>
              ${(text.options as Record<string, string>)[option]}
            </button>`
        )}
      </div>
    </section>`;
  }
}
customElements.define('bench-floor', BenchFloor);
