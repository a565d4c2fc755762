import {expect, html} from '@open-wc/testing';
import {decide, outcomes} from '../src/fit-check/decide.js';
import {outcomeText, reasonText} from '../src/content/result-messages.js';
import {
  $,
  $$,
  answerAll,
  back,
  choose,
  click,
  currentQuestionId,
  iopFitAnswers,
  legendText,
  listen,
  mount,
  next,
  pathTo,
  questions,
  textOf,
  shows,
  expectFocusOn,
  expectPageFocusOn,
} from './helpers.js';

const quiz = () => mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);

describe('the fit check, through the UI', () => {
  for (const outcome of outcomes) {
    it(`reaches "${outcome}" with its headline, reasons and event`, async () => {
      const el = await quiz();
      const heard = listen(el, ['iop-quiz-complete']);
      const answers = pathTo[outcome];
      await answerAll(el, answers);
      const shown = $(el, '[part~=result]')!;
      expect(textOf(shown.querySelector('.heading'))).to.equal(outcomeText(outcome).headline);
      const expectedReasons = decide(answers).reasons.map(reasonText);
      expect($$(el, '.reasons li').map(textOf)).to.deep.equal(expectedReasons);
      expect(heard).to.have.length(1);
      expect(heard[0].detail).to.deep.equal({outcome});
      expect(textOf(shown)).to.contain('This is not a diagnosis or medical advice.');
    });
  }

  it('numbers each question "Question N of M" from the data', async () => {
    const el = await quiz();
    expect(legendText(el)).to.match(new RegExp(`^Question 1 of ${questions.length} `));
    await choose(el, 'none');
    await next(el);
    expect(legendText(el)).to.match(new RegExp(`^Question 2 of ${questions.length} `));
    expect(currentQuestionId(el)).to.equal(questions[1].id);
  });

  it('says on the first screen that it is short and private', async () => {
    const el = await quiz();
    const intro = textOf($(el, '.intro'));
    expect(intro).to.contain('about two minutes');
    expect(intro).to.contain('stay on this device');
    expect(intro).to.contain('Answering for someone else?');
  });

  it('shows a message tied to the question when Next is pressed with no answer', async () => {
    const el = await quiz();
    const nextButton = $<HTMLButtonElement>(el, '[part~=next]')!;
    expect(nextButton.disabled).to.equal(false);
    await next(el);
    const error = $(el, '#error')!;
    expect(textOf(error)).to.equal('Please choose an answer to go on.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('error');
    expect(currentQuestionId(el)).to.equal('safety');
    await choose(el, 'none');
    expect(shows(el, '#error'), '#error').to.equal(false);
  });

  it('Back shows the earlier question with its answer kept', async () => {
    const el = await quiz();
    await choose(el, 'none');
    await next(el);
    await choose(el, 'yes');
    await next(el);
    await back(el);
    expect(currentQuestionId(el)).to.equal('daily-use');
    expect($<HTMLInputElement>(el, 'input[value=yes]')!.checked).to.equal(true);
    await back(el);
    expect($<HTMLInputElement>(el, 'input[value=none]')!.checked).to.equal(true);
  });

  it('Start over clears every answer and returns to the first question', async () => {
    const el = await quiz();
    await answerAll(el, iopFitAnswers);
    const startOver = $$(el, '[part~=result] button').find((b) => textOf(b) === 'Start over')!;
    await click(el, startOver);
    expect(currentQuestionId(el)).to.equal('safety');
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
    await choose(el, 'none');
    await next(el);
    expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(0);
  });

  it('Change my answers goes back to the last question, answer kept', async () => {
    const el = await quiz();
    await answerAll(el, iopFitAnswers);
    await back(el);
    const last = questions[questions.length - 1];
    expect(currentQuestionId(el)).to.equal(last.id);
    expect($<HTMLInputElement>(el, `input[value=${iopFitAnswers[last.id]}]`)!.checked).to.equal(
      true
    );
  });

  const dangerLeads = {
    'self-harm': ['tel:988', 'sms:988', 'tel:911'],
    medical: ['tel:911', 'tel:988', 'sms:988'],
    'harm-others': ['tel:911', 'tel:988', 'sms:988'],
  };
  for (const [danger, order] of Object.entries(dangerLeads)) {
    it(`ends at once on the crisis screen for "${danger}", leading with ${order[0]}`, async () => {
      const el = await quiz();
      await choose(el, danger);
      await next(el);
      expect($(el, '[part~=result]')!.dataset.outcome).to.equal('crisis');
      expect(
        $$<HTMLAnchorElement>(el, '.crisis-actions a').map((a) => a.getAttribute('href'))
      ).to.deep.equal(order);
    });
  }

  it('moves focus to the next legend and to the result heading, never on first render', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await quiz();
    expectPageFocusOn(outside, 'first render keeps focus on the page');
    await choose(el, 'none');
    await next(el);
    expectFocusOn(el, 'legend');
    await answerAll(el, iopFitAnswers);
    expectFocusOn(el, '[part~=result] .heading');
    outside.remove();
  });
});

describe('the full and explainer views', () => {
  it('full view: the explainer, then Start opens the check and About IOP returns', async () => {
    const el = await mount();
    const heard = listen(el, ['iop-quiz-start']);
    expect(textOf($(el, '[part~=explainer] .heading'))).to.contain('Intensive Outpatient Program');
    expect(shows(el, '[part~=quiz]'), '[part~=quiz]').to.equal(false);
    await click(el, $(el, '[part~=start]'));
    expect(heard).to.have.length(1);
    expect(currentQuestionId(el)).to.equal('safety');
    expectFocusOn(el, 'legend');
    await choose(el, 'none');
    await click(el, $$(el, '.about button')[0]);
    expect(shows(el, '[part~=explainer]'), '[part~=explainer]').to.equal(true);
    expect(textOf($(el, '[part~=start]'))).to.equal('Go back to the check');
    await click(el, $(el, '[part~=start]'));
    expect($<HTMLInputElement>(el, 'input[value=none]')!.checked).to.equal(true);
    expect(heard).to.have.length(1);
  });

  it('explainer view: ends with the clinic call to action, no Start', async () => {
    const el = await mount(
      html`<iop-fit-check
        view="explainer"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
        insurance-url="https://example.org/insurance"
      ></iop-fit-check>`
    );
    expect(shows(el, '[part~=start]'), '[part~=start]').to.equal(false);
    const cta = $(el, '[part~=explainer] [part~=cta]')!;
    const call = cta.querySelector<HTMLAnchorElement>('a[href^="tel:555"]')!;
    expect(textOf(call)).to.equal('Call Sample Recovery Center at (555) 010-0100');
    expect(call.getAttribute('href')).to.equal('tel:5550100100');
    const insurance = cta.querySelector<HTMLAnchorElement>(
      'a[href="https://example.org/insurance"]'
    )!;
    expect(textOf(insurance)).to.equal('Check your insurance with Sample Recovery Center');
  });

  it('shows the clinic call to action and the helpline on every result', async () => {
    const el = await mount(
      html`<iop-fit-check
        view="quiz"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
      ></iop-fit-check>`
    );
    await answerAll(el, iopFitAnswers);
    const cta = $(el, '[part~=result] [part~=cta]')!;
    expect(cta.querySelector('a[href="tel:5550100100"]')).to.not.equal(null);
    expect(cta.querySelector('a[href="tel:18006624357"]')).to.not.equal(null);
  });
});
