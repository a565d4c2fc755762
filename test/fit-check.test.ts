import {expect, html} from '@open-wc/testing';
import {decide, outcomes} from '../src/fit-check/rules.js';
import {longestPath} from '../src/fit-check/flow.js';
import {outcomeText, reasonText} from '../src/content/result-messages.js';
import {
  $,
  $$,
  answerAll,
  askedAnswers,
  clean,
  defaultNumbers,
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
      const expectedReasons = decide(askedAnswers(answers)).reasons.map((reason) =>
        clean(reasonText(reason, defaultNumbers))
      );
      const shownReasons =
        outcome === 'crisis'
          ? [textOf(shown.querySelector('.heading + p'))]
          : $$(el, '.reasons li').map(textOf);
      expect(shownReasons).to.deep.equal(expectedReasons);
      expect(heard).to.have.length(1);
      expect(heard[0].detail).to.deep.equal({outcome});
      expect(textOf(shown)).to.contain('This is not a diagnosis or medical advice.');
    });
  }

  it('numbers each question "Question N of M", M the most still possible, only ever shrinking', async () => {
    const el = await quiz();
    expect(legendText(el)).to.match(new RegExp(`^Question 1 of ${longestPath} `));
    await choose(el, 'none');
    await next(el);
    expect(legendText(el)).to.match(new RegExp(`^Question 2 of ${longestPath} `));
    expect(currentQuestionId(el)).to.equal(questions[1].id);
    // Past complicated withdrawal makes detox-first certain: the plan questions drop out.
    await choose(el, 'no');
    await next(el);
    await choose(el, 'yes');
    await next(el);
    expect(legendText(el)).to.match(/^Question 4 of 8 /);
  });

  it('says on the first screen that it is short and private', async () => {
    const el = await quiz();
    const intro = textOf($(el, '.intro'));
    expect(intro).to.contain(`Up to ${longestPath} short questions.`);
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
    expect(currentQuestionId(el)).to.equal('pregnancy');
    expect($<HTMLInputElement>(el, `input[value=${iopFitAnswers.pregnancy}]`)!.checked).to.equal(
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
      const shown = $(el, '[part~=result]')!;
      expect(
        $$<HTMLAnchorElement>(el, '.lead-action a').map((a) => a.getAttribute('href'))
      ).to.deep.equal(order);
      const lead = textOf(shown.querySelector('.lead-action'));
      expect(lead).to.contain(
        danger === 'self-harm'
          ? '988 is free and private, and open day and night.'
          : 'Calling 911 sends help to where you are.'
      );
      // The whole screen is the crisis help: no admissions, insurance, helpline or Print.
      for (const absent of ['[part~=cta]', '.print', 'a[href="tel:18006624357"]']) {
        expect(shows(el, absent), absent).to.equal(false);
      }
      const buttons = $$(el, '[part~=result] button').map(textOf);
      expect(buttons).to.deep.equal(['Change my answer', 'Start over']);
      const steps = $$(el, '.overdose-steps li').map(textOf);
      expect(steps).to.deep.equal(
        danger === 'medical'
          ? [
              'Call 911.',
              'Give naloxone (Narcan) if there is some.',
              'Stay with the person until help comes.',
            ]
          : []
      );
    });
  }

  it('the crisis result with a clinic set still shows no admissions call and no insurance link', async () => {
    const el = await mount(
      html`<iop-fit-check
        view="quiz"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
        insurance-url="https://example.org/insurance"
      ></iop-fit-check>`
    );
    await answerAll(el, pathTo.crisis);
    expect(shows(el, 'a[href="tel:5550100100"]'), 'clinic call').to.equal(false);
    expect(shows(el, 'a[href="https://example.org/insurance"]'), 'insurance').to.equal(false);
    await click(el, $(el, '[part~=back]'));
    expect(currentQuestionId(el)).to.equal('safety');
    expect($<HTMLInputElement>(el, 'input[value=self-harm]')!.checked).to.equal(true);
  });

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
    await click(el, $(el, '[part~=back]'));
    expectFocusOn(el, 'legend', 'Change my answers');
    await answerAll(el, iopFitAnswers);
    await click(
      el,
      $$(el, '[part~=result] button').find((b) => textOf(b) === 'Start over')!
    );
    expectFocusOn(el, 'legend', 'Start over');
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
