/** Answer sets the tests start from, changing a few answers for each case. */
import type {Answers} from '../../src/fit-check/questions.js';

/** Everything going well: weekly outpatient care may be enough (care-result is not asked). */
export const wellAnswers: Answers = {
  safety: 'none',
  'daily-use': 'no',
  'past-withdrawal': 'no',
  'withdrawal-now': 'no',
  opioids: 'no',
  overdose: 'no',
  'physical-health': 'no',
  'mental-health': 'ok',
  'care-before': 'none',
  'care-result': 'helped',
  home: 'safe',
  support: 'strong',
  coping: 'strong',
  time: 'yes',
  'life-impact': 'rarely',
  pregnancy: 'no',
};

/** An IOP fits: every question but care-result is asked (15). */
export const iopAnswers: Answers = {
  ...wellAnswers,
  support: 'some',
  coping: 'some',
  'life-impact': 'sometimes',
};
