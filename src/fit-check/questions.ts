/**
 * The fit-check questions, in the order a visitor sees them.
 *
 * This file and `decide.ts` are the whole clinical content of the check, kept
 * free of UI code so a partner's clinical lead can review them in one place.
 * The words shown for each id live in `../content/question-messages.ts`.
 */

export const questions = [
  // Asked first: any answer but `none` ends the check on the crisis result.
  {id: 'safety', options: ['self-harm', 'medical', 'harm-others', 'none']},
  // Daily alcohol or sedatives (benzos, sleeping pills).
  {id: 'daily-use', options: ['yes', 'no']},
  // Ever had seizures, DTs, or seeing or hearing things when cutting down.
  {id: 'past-withdrawal', options: ['yes', 'no']},
  // Shaking, sweating, racing heart, feeling very sick when cutting down now.
  {id: 'withdrawal-now', options: ['yes', 'no']},
  // Heroin, fentanyl, or pain pills not as prescribed.
  {id: 'opioids', options: ['yes', 'no']},
  // A health problem that needs daily medical care right now.
  {id: 'physical-health', options: ['yes', 'no']},
  // Mental health symptoms that make it hard to get through the day safely.
  {id: 'mental-health', options: ['yes', 'no']},
  // The most recent care, and whether it helped the person stay sober.
  {
    id: 'care-before',
    options: [
      'none',
      'weekly-helped',
      'weekly-relapse',
      'iop-helped',
      'iop-relapse',
      'residential',
    ],
  },
  // A safe place to live where alcohol and drugs are not being used.
  {id: 'home', options: ['safe', 'unsafe']},
  // People who back the person's recovery.
  {id: 'support', options: ['strong', 'some', 'little']},
  // Ways to cope with cravings and stress without alcohol or drugs.
  {id: 'coping', options: ['strong', 'some', 'little']},
  // About 3 hours, 3 or more days a week.
  {id: 'time', options: ['yes', 'unsure', 'no']},
  // How often use gets in the way of work, family or health lately.
  {id: 'life-impact', options: ['rarely', 'sometimes', 'most-days']},
  // Pregnancy changes the safest plan and rules out standard outpatient care.
  {id: 'pregnancy', options: ['yes', 'no']},
] as const;

export type Question = (typeof questions)[number];
export type QuestionId = Question['id'];

/** The answer options of the question with id `Q`. */
export type OptionOf<Q extends QuestionId> = Extract<Question, {id: Q}>['options'][number];

/** A complete set of answers, one option per question. */
export type Answers = {[Q in QuestionId]: OptionOf<Q>};

/** Answers given so far; the visitor may go back and change any of them. */
export type PartialAnswers = Partial<Answers>;
