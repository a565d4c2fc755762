/**
 * The fit-check rules: answers in, `{outcome, reasons}` out. Pure: no DOM, no Lit.
 *
 * The most serious need decides; answers are never added into a score. Outcomes
 * are checked in order of priority and the first that applies wins. A question
 * the flow did not ask has no answer here, and counts as "no".
 */
import type {OptionOf, PartialAnswers} from './questions.js';

export const outcomes = [
  'crisis',
  'detox-first',
  'higher-care',
  'iop-with-support',
  'iop-fit',
  'outpatient',
] as const;
export type Outcome = (typeof outcomes)[number];

/** The crisis result's only reasons: the danger the visitor chose. */
export const dangerReasonIds = [
  'danger-medical',
  'danger-harm-others',
  'danger-self-harm',
] as const;

/**
 * Reasons that keep the visitor safe whatever the level of care; shown first.
 * The skip rules keep every question that can still add one.
 */
export const safetyReasonIds = [
  // Do not stop suddenly on your own, naming what the visitor uses (with daily use or detox-first).
  'stopping-alcohol-or-sedatives',
  'stopping-opioids',
  'withdrawal-needs-medical-check',
  // Detox-first: a seizure, confusion, or seeing things that are not there means call 911.
  'withdrawal-danger-signs',
  'opioid-withdrawal-medicine',
  'pregnancy-with-opioids',
  'pregnancy',
  'recent-overdose',
  'opioid-use-medicines',
  'mental-health-severe',
  'mental-health-some',
] as const;

/** Practical notes, after the safety reasons. */
export const otherReasonIds = ['home-others-use', 'time-no'] as const;

/** What decided the outcome, after the safety and other reasons. */
export const decidingReasonIds = [
  'past-complicated-withdrawal',
  'withdrawal-with-daily-use',
  'unexplained-withdrawal',
  'pregnancy-with-withdrawal-risk',
  'home-unsafe',
  'physical-health',
  'relapse-after-iop',
  'support-little',
  'coping-little',
  'time-unsure',
  'step-up',
  'step-down',
  'relapse-after-residential',
] as const;

/** What the visitor has going for them; last, on IOP and outpatient results. */
export const strengthReasonIds = [
  'home-safe',
  'support-strong',
  'support-some',
  'coping-strong',
  'coping-some',
  'time-yes',
  'life-impact-rarely',
] as const;

export const reasonIds = [
  ...dangerReasonIds,
  ...safetyReasonIds,
  ...otherReasonIds,
  ...decidingReasonIds,
  ...strengthReasonIds,
] as const;
export type ReasonId = (typeof reasonIds)[number];
export type SafetyReasonId = (typeof safetyReasonIds)[number];

export interface Decision {
  outcome: Outcome;
  /** Why, in the visitor's own answers: safety reasons first. Never empty, never one twice. */
  reasons: ReasonId[];
}

type DangerAnswer = Exclude<OptionOf<'safety'>, 'none'>;

const dangerReasons: Record<DangerAnswer, ReasonId> = {
  medical: 'danger-medical',
  'harm-others': 'danger-harm-others',
  'self-harm': 'danger-self-harm',
};

/** Which number the crisis result leads with: `emergency-phone` or `crisis-phone`. */
export type CrisisLead = 'emergency' | 'crisis';

/**
 * The one action the crisis result leads with: the emergency number sends help
 * to a medical emergency or harm to others; the crisis line is for thoughts of
 * self-harm. `undefined` for every other outcome.
 */
export function leadAction(decision: Decision): CrisisLead | undefined {
  if (decision.outcome !== 'crisis') return undefined;
  return decision.reasons.includes('danger-self-harm') ? 'crisis' : 'emergency';
}

/**
 * The outcome and reasons for the answers to the questions the flow asked.
 * Every answer set a finished flow produces gets at least one reason.
 */
export function decide(answers: PartialAnswers): Decision {
  const {safety} = answers;
  if (safety !== undefined && safety !== 'none') {
    return {outcome: 'crisis', reasons: [dangerReasons[safety]]};
  }
  const dailyUse = answers['daily-use'] === 'yes';
  const pastWithdrawal = answers['past-withdrawal'] === 'yes';
  const withdrawalNow = answers['withdrawal-now'] === 'yes';
  const opioids = answers.opioids === 'yes';
  const overdose = answers.overdose === 'yes';
  const pregnant = answers.pregnancy === 'yes';
  const mentalHealth = answers['mental-health'];
  const {home, support, coping, time} = answers;
  const care = answers['care-before'];
  // A care result means nothing without care before it.
  const result = care === undefined || care === 'none' ? undefined : answers['care-result'];
  const stepUp = care === 'weekly' && result === 'relapse';
  const stepDown = care === 'residential' && result === 'helped';
  const relapseAfterResidential = care === 'residential' && result === 'relapse';

  const detox: ReasonId[] = [];
  if (pastWithdrawal) detox.push('past-complicated-withdrawal');
  if (withdrawalNow && dailyUse) detox.push('withdrawal-with-daily-use');
  // Signs that neither daily alcohol or sedatives nor opioids explain: a medical check first.
  if (withdrawalNow && !dailyUse && !opioids) detox.push('unexplained-withdrawal');
  if (pregnant && (dailyUse || withdrawalNow)) detox.push('pregnancy-with-withdrawal-risk');

  const higher: ReasonId[] = [];
  if (home === 'unsafe') higher.push('home-unsafe');
  if (answers['physical-health'] === 'yes') higher.push('physical-health');
  if (care === 'iop' && result === 'relapse') higher.push('relapse-after-iop');
  // Severe mental health decides too; its safety reason already says so.
  const higherCare = higher.length > 0 || mentalHealth === 'severe';

  const outpatient =
    support === 'strong' &&
    coping === 'strong' &&
    answers['life-impact'] === 'rarely' &&
    home === 'safe' &&
    mentalHealth === 'ok' &&
    !dailyUse &&
    !withdrawalNow &&
    !overdose &&
    !pregnant &&
    !stepUp &&
    care !== 'residential';

  // Open needs that an IOP can meet with a plan. Daily use, opioid withdrawal,
  // some mental-health strain, a recent overdose and someone using at home are
  // told by their safety or other reasons; these are the rest.
  const needs: ReasonId[] = [];
  if (support === 'little') needs.push('support-little');
  if (coping === 'little') needs.push('coping-little');
  if (time === 'unsure') needs.push('time-unsure');
  const openNeed =
    needs.length > 0 ||
    time === 'no' ||
    dailyUse ||
    withdrawalNow ||
    home === 'others-use' ||
    mentalHealth === 'some' ||
    overdose ||
    relapseAfterResidential;

  const outcome: Outcome = detox.length
    ? 'detox-first'
    : higherCare
      ? 'higher-care'
      : outpatient
        ? 'outpatient'
        : openNeed
          ? 'iop-with-support'
          : 'iop-fit';

  const reasons: ReasonId[] = [];
  // Do not stop suddenly on your own: whatever the visitor uses, each named.
  if (dailyUse || outcome === 'detox-first') {
    if (dailyUse) reasons.push('stopping-alcohol-or-sedatives');
    if (opioids) reasons.push('stopping-opioids');
    if (!dailyUse && !opioids) reasons.push('withdrawal-needs-medical-check');
  }
  if (outcome === 'detox-first') reasons.push('withdrawal-danger-signs');
  if (withdrawalNow && opioids) reasons.push('opioid-withdrawal-medicine');
  if (pregnant) reasons.push(opioids ? 'pregnancy-with-opioids' : 'pregnancy');
  if (overdose) reasons.push('recent-overdose');
  if (opioids) reasons.push('opioid-use-medicines');
  if (mentalHealth === 'severe') reasons.push('mental-health-severe');
  if (mentalHealth === 'some') reasons.push('mental-health-some');

  if (home === 'others-use') reasons.push('home-others-use');
  if (time === 'no') reasons.push('time-no');

  if (outcome === 'detox-first') reasons.push(...detox);
  if (outcome === 'higher-care') reasons.push(...higher);
  if (outcome === 'iop-with-support' || outcome === 'iop-fit') {
    reasons.push(...needs);
    if (stepUp) reasons.push('step-up');
    if (stepDown) reasons.push('step-down');
    if (relapseAfterResidential) reasons.push('relapse-after-residential');
  }
  if (outcome === 'iop-with-support' || outcome === 'iop-fit' || outcome === 'outpatient') {
    if (home === 'safe') reasons.push('home-safe');
    if (support === 'strong') reasons.push('support-strong');
    if (support === 'some') reasons.push('support-some');
    if (coping === 'strong') reasons.push('coping-strong');
    if (coping === 'some') reasons.push('coping-some');
    if (time === 'yes') reasons.push('time-yes');
    if (answers['life-impact'] === 'rarely') reasons.push('life-impact-rarely');
  }
  return {outcome, reasons};
}
