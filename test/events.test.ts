import {expect, html} from '@open-wc/testing';
import {
  $,
  $$,
  answerAll,
  answer,
  click,
  iopFitAnswers,
  listen,
  mount,
  questions,
} from './helpers.js';

const names = ['iop-quiz-start', 'iop-quiz-answer', 'iop-quiz-complete', 'iop-cta-click'];
// Only these keys: no answer and no reason ever leaves the widget in an event.
const allowedKeys: Record<string, string[]> = {
  'iop-quiz-start': [],
  'iop-quiz-answer': ['questionId', 'step', 'total'],
  'iop-quiz-complete': ['outcome'],
};

describe('events a partner page hears', () => {
  it('bubble out of the shadow root, composed, with details that carry no answers', async () => {
    const el = await mount(html`<iop-fit-check view="quiz" phone="555 0100"></iop-fit-check>`);
    const heard = listen(document.body, names);
    await answerAll(el, iopFitAnswers);
    for (const event of heard) {
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
      expect(Object.keys(event.detail), event.type).to.deep.equal(allowedKeys[event.type]);
    }
    expect(heard.map((e) => e.type)).to.deep.equal([
      'iop-quiz-start',
      ...questions.map(() => 'iop-quiz-answer'),
      'iop-quiz-complete',
    ]);
    expect(heard.slice(1, 3).map((e) => e.detail)).to.deep.equal([
      {questionId: questions[0].id, step: 1, total: questions.length},
      {questionId: questions[1].id, step: 2, total: questions.length},
    ]);
    expect(heard.at(-1)!.detail).to.deep.equal({outcome: 'iop-fit'});
  });

  it('fires nothing on first render, and quiz-start once per run', async () => {
    const heard = listen(document.body, names);
    const el = await mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
    expect(heard).to.have.length(0);
    await answer(el, 'medical');
    expect(heard.map((e) => e.type)).to.deep.equal([
      'iop-quiz-start',
      'iop-quiz-answer',
      'iop-quiz-complete',
    ]);
    await click(
      el,
      $$(el, '[part~=result] button').find((b) => b.textContent!.includes('Start over'))!
    );
    await answer(el, 'none');
    expect(heard.filter((e) => e.type === 'iop-quiz-start')).to.have.length(2);
  });

  it('names the kind of each call-to-action link', async () => {
    const el = await mount(
      html`<iop-fit-check
        view="explainer"
        phone="555 0100"
        insurance-url="https://example.org/#ins"
      ></iop-fit-check>`
    );
    const heard = listen(el, ['iop-cta-click']);
    // Stop the links from navigating away from the test page.
    el.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
    const links = [
      '[part~=crisis] a[href^="tel:988"]',
      '[part~=crisis] a[href^="sms"]',
      '[part~=crisis] a[href="tel:911"]',
      '[part~=cta] a[href="tel:5550100"]',
      '[part~=cta] a[href^="https"]',
      '.helpline a[href="tel:18006624357"]',
    ];
    for (const selector of links) await click(el, $(el, selector));
    expect(heard.map((e) => e.detail.kind)).to.deep.equal([
      'crisis',
      'crisis',
      'emergency',
      'phone',
      'insurance',
      'helpline',
    ]);
  });
});
