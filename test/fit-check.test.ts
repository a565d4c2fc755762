import {expect, html} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {decide, outcomes} from '../src/fit-check/rules.js';
import {longestPath} from '../src/fit-check/flow.js';
import {outcomeText, reasonText} from '../src/content/result-messages.js';
import {
  $,
  $$,
  answer,
  answerAll,
  askedAnswers,
  back,
  clean,
  click,
  currentQuestionId,
  defaultNumbers,
  expectFocusOn,
  expectPageFocusOn,
  iopFitAnswers,
  listen,
  markedAnswer,
  mount,
  pathTo,
  questionText,
  questions,
  settled,
  shows,
  textOf,
} from './helpers.js';

const quiz = () => mount(html`<iop-fit-check view="quiz"></iop-fit-check>`);
const withClinic = () =>
  mount(
    html`<iop-fit-check
      view="quiz"
      center-name="Sample Recovery Center"
      phone="(555) 010-0100"
      insurance-url="https://example.org/insurance"
    ></iop-fit-check>`
  );

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

  it('one tap answers and moves on; "Question N of M" only ever shrinks', async () => {
    const el = await quiz();
    expect(questionText(el)).to.match(new RegExp(`^Question 1 of ${longestPath} `));
    await answer(el, 'none');
    expect(questionText(el)).to.match(new RegExp(`^Question 2 of ${longestPath} `));
    expect(currentQuestionId(el)).to.equal(questions[1].id);
    // Past complicated withdrawal makes detox-first certain: the plan questions drop out.
    await answer(el, 'no');
    await answer(el, 'yes');
    expect(questionText(el)).to.match(/^Question 4 of 8 /);
  });

  it('answers are large buttons in a group named by the question, 8 px or more apart', async () => {
    const el = await quiz();
    const group = $(el, '[part~=question]')!;
    expect(group.getAttribute('role')).to.equal('group');
    const label = $(el, `#${group.getAttribute('aria-labelledby')}`);
    expect(textOf(label)).to.contain('Right now, today, is any of this true?');
    const boxes = $$(el, '[part~=option]').map((b) => b.getBoundingClientRect());
    expect(boxes).to.have.length(4);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].top - boxes[i - 1].bottom, `gap before answer ${i + 1}`).to.be.at.least(8);
    }
    for (const box of boxes) expect(box.height).to.be.at.least(44);
    // "None of these" is set apart from the danger answers.
    expect(boxes[3].top - boxes[2].bottom).to.be.above(boxes[2].top - boxes[1].bottom);
  });

  it('says on the first screen how long it is and that it is private', async () => {
    const el = await quiz();
    const intro = textOf($(el, '.intro'));
    expect(intro).to.contain(`Up to ${longestPath} short questions.`);
    expect(intro).to.contain('stay on this device');
    expect(intro).to.contain('Answering for someone else?');
  });

  it('Back shows the earlier question with its answer marked', async () => {
    const el = await quiz();
    await answer(el, 'none');
    await answer(el, 'yes');
    await back(el);
    expect(currentQuestionId(el)).to.equal('daily-use');
    expect(markedAnswer(el)).to.equal('yes');
    expect($(el, '[data-value=no]')!.getAttribute('aria-pressed')).to.equal('false');
    await back(el);
    expect(markedAnswer(el)).to.equal('none');
    expect(shows(el, '[part~=back]'), 'no Back on the first question').to.equal(false);
  });

  it('a double tap never answers the question after (mouse)', async () => {
    const el = await quiz();
    // A visitor reads the question first: the screen has settled before the first tap.
    await new Promise((resolve) => setTimeout(resolve, 450));
    const first = $(el, '[data-value=none]')!;
    first.scrollIntoView({block: 'center'});
    const box = first.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({type: 'click', position: [x, y]});
    await sendMouse({type: 'click', position: [x, y]});
    await settled(el);
    expect(currentQuestionId(el), 'the second tap landed on question 2 and was ignored').to.equal(
      'daily-use'
    );
    expect(markedAnswer(el)).to.equal(undefined);
  });

  it('a double tap never answers the question after (touch)', async () => {
    const el = await quiz();
    const tapNow = (target: Element) => {
      target.dispatchEvent(
        new PointerEvent('pointerdown', {bubbles: true, composed: true, pointerType: 'touch'})
      );
      target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, detail: 1}));
    };
    await new Promise((resolve) => setTimeout(resolve, 450));
    tapNow($(el, '[data-value=none]')!);
    await settled(el);
    // The second tap of a double tap, on whatever is now under the finger.
    tapNow($(el, '[part~=option]')!);
    await settled(el);
    expect(currentQuestionId(el)).to.equal('daily-use');
    // A tap that begins on this screen once it has settled counts.
    await new Promise((resolve) => setTimeout(resolve, 450));
    tapNow($(el, '[data-value=no]')!);
    await settled(el);
    expect(currentQuestionId(el)).to.equal('past-withdrawal');
  });

  it('the result leads with the clinic call to action, then the levels of care', async () => {
    const el = await withClinic();
    await answerAll(el, iopFitAnswers);
    const result = $(el, '[part~=result]')!;
    const headline = result.querySelector('.heading')!;
    expect(headline.nextElementSibling!.getAttribute('part')).to.equal('cta');
    const call = $<HTMLAnchorElement>(el, '[part~=cta] a[href="tel:5550100100"]')!;
    expect(textOf(call)).to.equal('Call Sample Recovery Center at (555) 010-0100');
    const levels = $(el, '[part~=levels]')!;
    const items = [...levels.querySelectorAll('li')];
    expect(items.map((li) => textOf(li.querySelector('.name')))).to.deep.equal([
      'Medical care to stop safely',
      'A live-in or day program',
      'An IOP',
      'Weekly outpatient care',
    ]);
    const marked = items.filter((li) => li.getAttribute('aria-current') === 'true');
    expect(marked.map((li) => textOf(li))).to.deep.equal(['An IOP Suggested for you']);
    expect(textOf($(el, '.helpline'))).to.contain('Call the helpline at 1-800-662-4357');
  });

  for (const [outcome, level] of [
    ['detox-first', 'Medical care to stop safely'],
    ['higher-care', 'A live-in or day program'],
    ['outpatient', 'Weekly outpatient care'],
  ] as const) {
    it(`marks "${level}" on the ${outcome} result`, async () => {
      const el = await quiz();
      await answerAll(el, pathTo[outcome]);
      expect(textOf($(el, '[part~=levels] [aria-current=true] .name'))).to.equal(level);
    });
  }

  it('"Your answers" lists each asked question; Change jumps there and returns to the result', async () => {
    const el = await quiz();
    const heard = listen(el, ['iop-quiz-complete']);
    await answerAll(el, iopFitAnswers);
    const rows = $$(el, '.your-answers .answer');
    expect(rows).to.have.length(16);
    expect(textOf(rows[8].querySelector('dd span'))).to.equal(
      'Weekly counseling or outpatient care'
    );
    // Change the most recent treatment to none: "how did it go" is no longer asked.
    await click(el, rows[8].querySelector('button'));
    expect(currentQuestionId(el)).to.equal('care-before');
    expect(markedAnswer(el)).to.equal('weekly');
    expectFocusOn(el, '[data-focus-target=question-heading]', 'Change');
    await answer(el, 'none');
    expect(shows(el, '[part~=result]'), 'straight back to the result').to.equal(true);
    expect($$(el, '.your-answers .answer')).to.have.length(15);
    // Change it to a live-in program: the question that became relevant is asked, then the result.
    await click(el, $$(el, '.your-answers .answer')[8].querySelector('button'));
    await answer(el, 'residential');
    expect(currentQuestionId(el)).to.equal('care-result');
    await answer(el, 'relapse');
    expect($(el, '[part~=result]')!.dataset.outcome).to.equal('iop-with-support');
    expect(heard.map((e) => e.detail.outcome)).to.deep.equal([
      'iop-fit',
      'iop-fit',
      'iop-with-support',
    ]);
  });

  it('Print and Start over are on the result, of one width; Start over clears every answer', async () => {
    const el = await withClinic();
    await answerAll(el, iopFitAnswers);
    const buttons = [
      $(el, '.print')!,
      $$(el, '[part~=result] button').find((b) => textOf(b) === 'Start over')!,
    ];
    const widths = buttons.map((b) => Math.round(b.getBoundingClientRect().width));
    expect(widths[0]).to.equal(widths[1]);
    expect(Math.round($(el, '[part~=cta] a')!.getBoundingClientRect().width)).to.equal(widths[0]);
    await click(el, buttons[1]);
    expect(currentQuestionId(el)).to.equal('safety');
    expect(markedAnswer(el)).to.equal(undefined);
    await answer(el, 'none');
    expect(markedAnswer(el)).to.equal(undefined);
  });

  it('Start over is never beside Back: only on results and in the quiet footer', async () => {
    const el = await quiz();
    expect(shows(el, '.footer button'), 'nothing to start over on the first question').to.equal(
      false
    );
    await answer(el, 'none');
    const nav = $(el, '[part~=back]')!.parentElement!;
    expect([...nav.querySelectorAll('button')].map(textOf)).to.deep.equal(['Back']);
    const footer = $$(el, '.footer button').map(textOf);
    expect(footer).to.deep.equal(['Start over']);
  });

  const dangerLeads = {
    'self-harm': ['tel:988', 'sms:988', 'tel:911'],
    medical: ['tel:911', 'tel:988', 'sms:988'],
    'harm-others': ['tel:911', 'tel:988', 'sms:988'],
  };
  for (const [danger, order] of Object.entries(dangerLeads)) {
    it(`ends at once on the crisis screen for "${danger}", leading with ${order[0]}`, async () => {
      const el = await quiz();
      await answer(el, danger);
      const shown = $(el, '[part~=result]')!;
      expect(shown.dataset.outcome).to.equal('crisis');
      expect(
        $$<HTMLAnchorElement>(el, '.lead-action a').map((a) => a.getAttribute('href'))
      ).to.deep.equal(order);
      const lead = textOf(shown.querySelector('.lead-action'));
      expect(lead).to.contain(
        danger === 'self-harm'
          ? '988 is free and private, and open day and night.'
          : 'Calling 911 sends help to where you are.'
      );
      // The whole screen is the crisis help: no admissions, insurance, helpline, Print, crisis bar.
      for (const absent of [
        '[part~=cta]',
        '.print',
        'a[href="tel:18006624357"]',
        'iop-crisis-line',
      ]) {
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

  it('the crisis result with a clinic set shows no admissions call and no insurance link', async () => {
    const el = await withClinic();
    await answerAll(el, pathTo.crisis);
    expect(shows(el, 'a[href="tel:5550100100"]'), 'clinic call').to.equal(false);
    expect(shows(el, 'a[href="https://example.org/insurance"]'), 'insurance').to.equal(false);
    await click(el, $(el, '[part~=back]'));
    expect(currentQuestionId(el)).to.equal('safety');
    expect(markedAnswer(el)).to.equal('self-harm');
  });

  it('moves focus to each new question heading and the result heading, never on first render', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await quiz();
    expectPageFocusOn(outside, 'first render keeps focus on the page');
    await answer(el, 'none');
    expectFocusOn(el, '[data-focus-target=question-heading]', 'after an answer');
    await back(el);
    expectFocusOn(el, '[data-focus-target=question-heading]', 'after Back');
    await answerAll(el, iopFitAnswers);
    expectFocusOn(el, '[data-focus-target=result-heading]', 'on the result');
    await click(el, $$(el, '.your-answers button')[0]);
    expectFocusOn(el, '[data-focus-target=question-heading]', 'after Change');
    await answer(el, 'none');
    await click(
      el,
      $$(el, '[part~=result] button').find((b) => textOf(b) === 'Start over')!
    );
    expectFocusOn(el, '[data-focus-target=question-heading]', 'after Start over');
    outside.remove();
  });
});

describe('the full and explainer views', () => {
  it('full view: Start under the title and at the end; About IOP returns; start fires once', async () => {
    const el = await mount();
    const heard = listen(el, ['iop-quiz-start']);
    expect(textOf($(el, '[part~=explainer] .heading'))).to.contain('Intensive Outpatient Program');
    const starts = $$(el, '[part~=start]');
    expect(starts.map(textOf)).to.deep.equal(['Start the check', 'Start the check']);
    const title = $(el, '[part~=explainer] .heading')!;
    expect(title.nextElementSibling!.contains(starts[0])).to.equal(true);
    expect(shows(el, '[part~=quiz]'), '[part~=quiz]').to.equal(false);
    await click(el, starts[0]);
    expect(heard).to.have.length(1);
    expect(currentQuestionId(el)).to.equal('safety');
    expectFocusOn(el, '[data-focus-target=question-heading]');
    await answer(el, 'none');
    await click(el, $(el, '.about'));
    expect(shows(el, '[part~=explainer]'), '[part~=explainer]').to.equal(true);
    expectFocusOn(el, '[data-focus-target=explainer-heading]', 'About IOP');
    expect(textOf($(el, '[part~=start]'))).to.equal('Go back to the check');
    await click(el, $(el, '[part~=start]'));
    expect(currentQuestionId(el)).to.equal('daily-use');
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
    const cta = $(el, '[part~=cta]')!;
    const call = cta.querySelector<HTMLAnchorElement>('a[href^="tel:555"]')!;
    expect(textOf(call)).to.equal('Call Sample Recovery Center at (555) 010-0100');
    const insurance = cta.querySelector<HTMLAnchorElement>(
      'a[href="https://example.org/insurance"]'
    )!;
    expect(textOf(insurance)).to.equal('Check your insurance with Sample Recovery Center');
  });
});
