/**
 * The fit-check questions, in the order a visitor sees them, and when each is asked.
 *
 * This file, `rules.ts` and `flow.ts` are the whole clinical logic of the check,
 * kept free of UI code so a partner's clinical lead can review them in one place.
 * The words shown for each id live in `../content/question-messages.ts`.
 */

export const questions = [
  // Today: a medical emergency, harm to others, or thoughts of self-harm; if more than one, the first.
  {id: 'safety', options: ['medical', 'harm-others', 'self-harm', 'none']},
  // Alcohol, or sedatives such as benzos or sleeping pills (prescribed ones count), (almost) every day.
  {id: 'daily-use', options: ['yes', 'no']},
  // Ever a seizure or DTs, or seeing or hearing things, when cutting down or stopping.
  {id: 'past-withdrawal', options: ['yes', 'no']},
  // Shaking, sweating, racing heart, feeling very sick when cutting down now.
  {id: 'withdrawal-now', options: ['yes', 'no']},
  // Heroin, fentanyl, or pain pills not as prescribed.
  {id: 'opioids', options: ['yes', 'no']},
  // In the past year, overdosed or needed help to wake up after using.
  {id: 'overdose', options: ['yes', 'no']},
  // A health problem not under control now (daily care from a doctor or nurse, or getting worse).
  {id: 'physical-health', options: ['yes', 'no']},
  // Managing; hard some days; so hard it is hard to get through the day safely.
  {id: 'mental-health', options: ['ok', 'some', 'severe']},
  // The most recent care for alcohol or drug use.
  {id: 'care-before', options: ['none', 'weekly', 'iop', 'residential']},
  // Whether that care helped (or is going on now), or was followed by drinking or using again.
  {id: 'care-result', options: ['helped', 'relapse']},
  // Safe with nobody using there; safe but someone there drinks or uses; not safe, or may lose it.
  {id: 'home', options: ['safe', 'others-use', 'unsafe']},
  // People who back the visitor's recovery.
  {id: 'support', options: ['strong', 'some', 'little']},
  // Ways to handle cravings and stress without alcohol or drugs.
  {id: 'coping', options: ['strong', 'some', 'little']},
  // About 9 hours a week (about 3 hours, 3 or more days; evening and online groups exist).
  {id: 'time', options: ['yes', 'unsure', 'no']},
  // How often use gets in the way of work, family or health lately.
  {id: 'life-impact', options: ['rarely', 'sometimes', 'most-days']},
  // Pregnant, or might be.
  {id: 'pregnancy', options: ['yes', 'no', 'not-applicable']},
] as const;

export type Question = (typeof questions)[number];
export type QuestionId = Question['id'];

/** The answer options of the question with id `Q`. */
export type OptionOf<Q extends QuestionId> = Extract<Question, {id: Q}>['options'][number];

/** A complete set of answers, one option per question. */
export type Answers = {[Q in QuestionId]: OptionOf<Q>};

/** Answers given so far; a question that was not asked has no answer. */
export type PartialAnswers = Partial<Answers>;

/**
 * Any danger answer ends the check at once on the crisis result, so no question
 * after `safety` is asked unless it is `none`.
 */
export const endsTheCheck = (answersSoFar: PartialAnswers): boolean =>
  answersSoFar.safety !== undefined && answersSoFar.safety !== 'none';

/**
 * Detox-first is already the outcome, whatever the remaining answers: the
 * conditions in `rules.ts`, counting only what has been answered. Withdrawal
 * signs without daily alcohol or sedatives are certain only once opioid use is
 * known to be "no" (opioid use explains them). Pregnancy can also make it
 * detox-first, but it is the last question: nothing is asked after it.
 */
export function detoxIsCertain(a: PartialAnswers): boolean {
  const withdrawalNow = a['withdrawal-now'] === 'yes';
  return (
    a['past-withdrawal'] === 'yes' ||
    (withdrawalNow && (a['daily-use'] === 'yes' || a.opioids === 'no'))
  );
}

/**
 * A reason for a live-in or day program is already given, so the outcome is
 * higher-care, or detox-first if a later answer calls for it: never an IOP.
 */
export const higherCareIsCertain = (a: PartialAnswers): boolean =>
  a['physical-health'] === 'yes' ||
  a['mental-health'] === 'severe' ||
  (a['care-before'] === 'iop' && a['care-result'] === 'relapse') ||
  a.home === 'unsafe';

/** An IOP or weekly outpatient care can still be the outcome. */
export const iopIsStillPossible = (a: PartialAnswers): boolean =>
  !detoxIsCertain(a) && !higherCareIsCertain(a);

const always = (): boolean => true;

/**
 * When each question is asked, given the answers to the questions asked before
 * it; the flow never passes its own or later answers. A question is asked only when its answer
 * could still change the outcome, add a safety reason, or, while an IOP or
 * outpatient care is still possible, add a plan reason. The exhaustive tests
 * prove that a skipped question could never have changed the outcome or the
 * safety reasons.
 */
export const askIf: {readonly [Q in QuestionId]: (answersSoFar: PartialAnswers) => boolean} = {
  // First: a danger answer ends the check.
  safety: always,
  // Can decide detox-first, and names what not to stop suddenly.
  'daily-use': always,
  // Can decide detox-first.
  'past-withdrawal': always,
  // Asked even when detox-first is certain: with opioid use it adds the withdrawal-medicine reason.
  'withdrawal-now': always,
  // Always adds a safety reason (opioid medicines), and can keep withdrawal signs out of detox-first.
  opioids: always,
  // A recent overdose is always a safety reason.
  overdose: always,
  // Can only lift an IOP to a program; skipped once detox-first, which outranks both, is certain.
  'physical-health': (a) => !detoxIsCertain(a),
  // Both "hard some days" and "severe" add a safety reason.
  'mental-health': always,
  // Decides a program, a step up or down, or outpatient care: skipped once an IOP is out of reach.
  'care-before': iopIsStillPossible,
  // Only about care there was, and only while an IOP is still possible.
  'care-result': (a) =>
    a['care-before'] !== undefined && a['care-before'] !== 'none' && iopIsStillPossible(a),
  // An unsafe home lifts an IOP to a program; someone using there is a plan need.
  home: iopIsStillPossible,
  // Support, coping, time and life impact are plan reasons for an IOP or outpatient care.
  support: iopIsStillPossible,
  coping: iopIsStillPossible,
  time: iopIsStillPossible,
  'life-impact': iopIsStillPossible,
  // Always adds a safety reason, and with daily use or withdrawal signs makes it detox-first.
  pregnancy: always,
};
