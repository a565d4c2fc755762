/**
 * The fit-check rules: answers in, `{outcome, reasons}` out. Pure: no DOM, no Lit.
 *
 * The most serious need decides; answers are never added into a score. Outcomes
 * are checked in order of seriousness and the first that applies wins.
 */
import type {Answers, OptionOf, PartialAnswers} from './questions.js';
import {questions} from './questions.js';

export const outcomes = [
  'crisis',
  'detox-first',
  'higher-care',
  'iop-with-support',
  'iop-fit',
  'outpatient',
] as const;
export type Outcome = (typeof outcomes)[number];

export const reasonIds = [
  'danger-self-harm',
  'danger-medical',
  'danger-harm-others',
  'past-withdrawal',
  'withdrawal-with-daily-use',
  'home-unsafe',
  'physical-health',
  'mental-health',
  'relapse-in-iop',
  'support-little',
  'coping-little',
  'time-unsure',
  'time-no',
  'daily-use',
  'home-safe',
  'time-yes',
  'support-some',
  'support-strong',
  'coping-some',
  'coping-strong',
  'step-up',
  'step-down',
  'life-impact-rarely',
  'life-impact-sometimes',
  'life-impact-most-days',
  'withdrawal-now',
  'opioids',
  'pregnancy',
] as const;
export type ReasonId = (typeof reasonIds)[number];

export interface Decision {
  outcome: Outcome;
  /** Why, in the visitor's own answers; the most important first. Never empty. */
  reasons: ReasonId[];
}

type DangerAnswer = Exclude<OptionOf<'safety'>, 'none'>;

/** Answers that ended the check early on a danger-now answer. */
export type CrisisAnswers = PartialAnswers & {safety: DangerAnswer};

const dangerReasons: Record<DangerAnswer, ReasonId> = {
  'self-harm': 'danger-self-harm',
  medical: 'danger-medical',
  'harm-others': 'danger-harm-others',
};

/** True when the answers so far mean the check must stop on the crisis result. */
export const isDangerNow = (answers: PartialAnswers): answers is CrisisAnswers =>
  answers.safety !== undefined && answers.safety !== 'none';

/** True when every question has an answer. */
export const isComplete = (answers: PartialAnswers): answers is Answers =>
  questions.every(({id}) => answers[id] !== undefined);

export function decide(answers: Answers | CrisisAnswers): Decision {
  if (isDangerNow(answers)) {
    return {outcome: 'crisis', reasons: [dangerReasons[answers.safety]]};
  }
  const a = answers as Answers;
  const dailyUse = a['daily-use'] === 'yes';
  const withdrawalNow = a['withdrawal-now'] === 'yes';

  // Facts the care team needs whatever the level of care.
  const notes: ReasonId[] = [];
  // Withdrawal signs without daily alcohol or sedatives (opioid withdrawal, say)
  // do not call for detox first, but the team must know.
  if (withdrawalNow && !dailyUse) notes.push('withdrawal-now');
  if (a.opioids === 'yes') notes.push('opioids');
  if (a.pregnancy === 'yes') notes.push('pregnancy');

  const detox: ReasonId[] = [];
  if (a['past-withdrawal'] === 'yes') detox.push('past-withdrawal');
  if (withdrawalNow && dailyUse) detox.push('withdrawal-with-daily-use');
  if (detox.length) return {outcome: 'detox-first', reasons: [...detox, ...notes]};

  const higher: ReasonId[] = [];
  if (a.home === 'unsafe') higher.push('home-unsafe');
  if (a['physical-health'] === 'yes') higher.push('physical-health');
  if (a['mental-health'] === 'yes') higher.push('mental-health');
  if (a['care-before'] === 'iop-relapse') higher.push('relapse-in-iop');
  if (higher.length) return {outcome: 'higher-care', reasons: [...higher, ...notes]};

  const openNeeds: ReasonId[] = [];
  if (a.support === 'little') openNeeds.push('support-little');
  if (a.coping === 'little') openNeeds.push('coping-little');
  if (a.time === 'unsure') openNeeds.push('time-unsure');
  if (a.time === 'no') openNeeds.push('time-no');
  // Daily use without withdrawal signs: the team still checks withdrawal risk.
  if (dailyUse) openNeeds.push('daily-use');
  if (openNeeds.length) {
    return {outcome: 'iop-with-support', reasons: [...openNeeds, ...notes]};
  }

  // From here the home is safe, there is some support and some coping skill,
  // the visitor can attend, and there is no daily alcohol or sedative use.
  const strengths: ReasonId[] = [
    'home-safe',
    a.support === 'strong' ? 'support-strong' : 'support-some',
    a.coping === 'strong' ? 'coping-strong' : 'coping-some',
    'time-yes',
  ];
  const stepUp = a['care-before'] === 'weekly-relapse';
  const stepDown = a['care-before'] === 'residential';
  const outpatient =
    a.support === 'strong' &&
    a.coping === 'strong' &&
    a['life-impact'] === 'rarely' &&
    a.pregnancy !== 'yes' &&
    !withdrawalNow &&
    !stepUp &&
    !stepDown;
  if (outpatient) {
    return {
      outcome: 'outpatient',
      reasons: ['life-impact-rarely', ...strengths, ...notes],
    };
  }

  const fit: ReasonId[] = [];
  if (stepUp) fit.push('step-up');
  if (stepDown) fit.push('step-down');
  if (a['life-impact'] === 'most-days') fit.push('life-impact-most-days');
  if (a['life-impact'] === 'sometimes') fit.push('life-impact-sometimes');
  return {outcome: 'iop-fit', reasons: [...fit, ...strengths, ...notes]};
}
