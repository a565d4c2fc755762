/**
 * The floor: a bare Lit element with the widget's own English explainer and
 * questions (the same view functions and question data), and only the least
 * logic needed to step through them: no decision, validation, localization
 * setup, events or crisis line.
 */
import {LitElement, html} from 'lit';
import {questions} from '../../src/fit-check/questions.js';
import {explainer} from '../../src/views/explainer.js';
import {question} from '../../src/views/question.js';

class BenchFloor extends LitElement {
  static override properties = {step: {state: true}, answer: {state: true}};
  step = 0;
  answer?: string;

  override render() {
    if (this.step === questions.length) return html`<h2 class="result">Result</h2>`;
    const current = questions[this.step];
    return html`${explainer({headingLevel: 2, locale: 'en', ending: ''})}
    ${question({
      id: current.id,
      options: current.options,
      index: this.step,
      total: questions.length,
      answer: this.answer,
      showError: false,
      locale: 'en',
      onChoose: (option) => (this.answer = option),
      onNext: () => {
        this.step++;
        this.answer = undefined;
      },
      onBack: () => this.step--,
      onStartOver: () => (this.step = 0),
    })}`;
  }
}
customElements.define('bench-floor', BenchFloor);
