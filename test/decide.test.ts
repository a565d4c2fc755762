import {expect} from '@open-wc/testing';
import {decide, outcomes, reasonIds} from '../src/fit-check/decide.js';
import type {Outcome} from '../src/fit-check/decide.js';
import {questions} from '../src/fit-check/questions.js';
import type {Answers} from '../src/fit-check/questions.js';

/** Every complete set of answers: the product of every question's options. */
function* everyCombination(): Generator<Answers> {
  const current: Record<string, string> = {};
  function* fill(index: number): Generator<Answers> {
    if (index === questions.length) {
      yield {...current} as Answers;
      return;
    }
    const {id, options} = questions[index];
    for (const option of options) {
      current[id] = option;
      yield* fill(index + 1);
    }
  }
  yield* fill(0);
}

const expectedCount = questions.reduce((product, q) => product * q.options.length, 1);
const ipoOrOutpatient: Outcome[] = ['iop-with-support', 'iop-fit', 'outpatient'];

describe('decide() over every combination of answers', function () {
  this.timeout(120000);
  const seen = new Map<Outcome, number>();
  let count = 0;
  const failures: string[] = [];
  const fail = (answers: Answers, why: string) => {
    if (failures.length < 5) failures.push(`${why}: ${JSON.stringify(answers)}`);
  };

  before(() => {
    for (const answers of everyCombination()) {
      count++;
      const {outcome, reasons} = decide(answers);
      seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
      if (!outcomes.includes(outcome)) fail(answers, `unknown outcome ${outcome}`);
      if (reasons.length === 0) fail(answers, 'no reason');
      if (new Set(reasons).size !== reasons.length) fail(answers, 'a reason twice');
      if (reasons.some((r) => !reasonIds.includes(r))) fail(answers, 'unknown reason');
      const danger = answers.safety !== 'none';
      if (danger !== (outcome === 'crisis')) fail(answers, 'danger-now and crisis disagree');
      if (danger) continue;
      const complicatedWithdrawal =
        answers['past-withdrawal'] === 'yes' ||
        (answers['withdrawal-now'] === 'yes' && answers['daily-use'] === 'yes');
      if (complicatedWithdrawal && outcome !== 'detox-first')
        fail(answers, 'withdrawal risk not sent to detox');
      if (answers.home === 'unsafe' && ipoOrOutpatient.includes(outcome))
        fail(answers, 'unsafe home given IOP');
      if (answers['withdrawal-now'] === 'yes' && !reasons.some((r) => r.startsWith('withdrawal'))) {
        fail(answers, 'withdrawal signs now not told to the team');
      }
      if (
        (answers['physical-health'] === 'yes' || answers['mental-health'] === 'yes') &&
        ipoOrOutpatient.includes(outcome)
      ) {
        fail(answers, 'unstable health given IOP');
      }
      if (answers['care-before'] === 'iop-relapse' && ipoOrOutpatient.includes(outcome)) {
        fail(answers, 'relapse in IOP given IOP');
      }
      if (answers.pregnancy === 'yes' && outcome === 'outpatient')
        fail(answers, 'pregnancy given outpatient');
      if (answers['care-before'] === 'weekly-relapse' && outcome === 'outpatient') {
        fail(answers, 'relapse in weekly care given outpatient');
      }
      if (answers.opioids === 'yes') {
        if (!reasons.includes('opioids')) fail(answers, 'opioid medicine reason missing');
        // Opioid use alone never decides detox: without it, the outcome is the same.
        const without = decide({...answers, opioids: 'no'});
        if (without.outcome !== outcome) fail(answers, 'opioid use changed the outcome');
      }
    }
  });

  it(`checks all ${expectedCount} combinations`, () => {
    expect(count).to.equal(expectedCount);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });

  it('reaches every outcome', () => {
    for (const outcome of outcomes) expect(seen.get(outcome) ?? 0, outcome).to.be.above(0);
  });

  it('ends on crisis from the first answer alone, leading with what was said', () => {
    expect(decide({safety: 'self-harm'})).to.deep.equal({
      outcome: 'crisis',
      reasons: ['danger-self-harm'],
    });
    expect(decide({safety: 'medical'}).reasons).to.deep.equal(['danger-medical']);
    expect(decide({safety: 'harm-others'}).reasons).to.deep.equal(['danger-harm-others']);
  });
});
