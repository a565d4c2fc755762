/**
 * The words of each fit-check question and answer, by id. Called only while
 * rendering, so the text follows the current language.
 */
import {msg} from '@lit/localize';
import type {OptionOf, QuestionId} from '../fit-check/questions.js';

export interface QuestionText<Q extends QuestionId> {
  legend: string;
  hint?: string;
  options: Record<OptionOf<Q>, string>;
}

const yesNo = () => ({
  yes: msg('Yes', {id: 'yes', desc: 'Answer to a yes/no question.'}),
  no: msg('No', {id: 'no', desc: 'Answer to a yes/no question.'}),
});

const questionTexts: {[Q in QuestionId]: () => QuestionText<Q>} = {
  safety: () => ({
    legend: msg('Right now, today, is any of this true?', {
      id: 'q.safety',
      desc: 'First question: danger right now. Any answer but the last ends the check on the crisis screen.',
    }),
    options: {
      'self-harm': msg('I have thoughts of ending my life or hurting myself', {
        id: 'q.safety.self',
      }),
      medical: msg(
        'I have a medical emergency, like an overdose, a seizure, chest pain, trouble breathing, or seeing or hearing things that are not there',
        {id: 'q.safety.med'}
      ),
      'harm-others': msg('I have thoughts of hurting someone else', {id: 'q.safety.others'}),
      none: msg('None of these', {id: 'q.safety.none'}),
    },
  }),
  'daily-use': () => ({
    legend: msg('Do you drink alcohol or take sedatives every day or almost every day?', {
      id: 'q.daily',
    }),
    hint: msg(
      'Sedatives are drugs that calm you or make you sleepy, like benzos or sleeping pills.',
      {
        id: 'q.daily.hint',
      }
    ),
    options: yesNo(),
  }),
  'past-withdrawal': () => ({
    legend: msg(
      'When you cut down or stopped in the past, did you ever have a seizure or DTs, or see or hear things that were not there?',
      {id: 'q.pastw'}
    ),
    hint: msg('DTs are a severe kind of withdrawal with sudden confusion and shaking.', {
      id: 'q.pastw.hint',
    }),
    options: yesNo(),
  }),
  'withdrawal-now': () => ({
    legend: msg(
      'When you cut down now, do you get shaky, sweaty, or very sick, or does your heart race?',
      {id: 'q.noww'}
    ),
    options: yesNo(),
  }),
  opioids: () => ({
    legend: msg(
      'Do you use heroin or fentanyl, or take pain pills in a way a doctor did not prescribe?',
      {id: 'q.opioids'}
    ),
    options: yesNo(),
  }),
  'physical-health': () => ({
    legend: msg('Do you have a health problem that needs medical care every day right now?', {
      id: 'q.body',
    }),
    options: yesNo(),
  }),
  'mental-health': () => ({
    legend: msg('Right now, does your mental health make it hard to get through the day safely?', {
      id: 'q.mind',
    }),
    hint: msg('This can mean deep sadness, fear, or worry that you cannot manage.', {
      id: 'q.mind.hint',
    }),
    options: yesNo(),
  }),
  'care-before': () => ({
    legend: msg('Have you had treatment for alcohol or drug use before? Pick the most recent.', {
      id: 'q.care',
    }),
    hint: msg('A day program is also called partial hospital care.', {
      id: 'q.care.hint',
      desc: 'Partial hospitalization program (PHP): treatment for most of the day.',
    }),
    options: {
      none: msg('No, this would be my first time', {id: 'q.care.none'}),
      'weekly-helped': msg('Weekly counseling or outpatient care, and it helped', {
        id: 'q.care.wk1',
      }),
      'weekly-relapse': msg(
        'Weekly counseling or outpatient care, but I went back to drinking or using',
        {
          id: 'q.care.wk2',
        }
      ),
      'iop-helped': msg('An IOP or day program, and it helped', {id: 'q.care.iop1'}),
      'iop-relapse': msg('An IOP or day program, but I went back to drinking or using during it', {
        id: 'q.care.iop2',
      }),
      residential: msg('A live-in program, such as residential or inpatient care', {
        id: 'q.care.res',
      }),
    },
  }),
  home: () => ({
    legend: msg('Do you have a safe place to live where people are not drinking or using drugs?', {
      id: 'q.home',
    }),
    options: {safe: yesNo().yes, unsafe: yesNo().no},
  }),
  support: () => ({
    legend: msg('Do you have people in your life who support your recovery?', {id: 'q.support'}),
    options: {
      strong: msg('Yes, people I can count on', {id: 'q.support.yes'}),
      some: msg('A few, or only some of the time', {id: 'q.support.some'}),
      little: msg('Not really', {id: 'q.support.no'}),
    },
  }),
  coping: () => ({
    legend: msg('When cravings or stress hit, do you have ways to cope without alcohol or drugs?', {
      id: 'q.coping',
    }),
    options: {
      strong: msg('Yes, and they usually work', {id: 'q.coping.yes'}),
      some: msg('Some, but they do not always work', {id: 'q.coping.some'}),
      little: msg('Not yet', {id: 'q.coping.no', desc: 'Hopeful wording: skills can be learned.'}),
    },
  }),
  time: () => ({
    legend: msg('Could you go to sessions about 3 hours a day, 3 or more days a week?', {
      id: 'q.time',
    }),
    hint: msg('Many programs meet in the evening or online.', {id: 'q.time.hint'}),
    options: {
      yes: yesNo().yes,
      unsure: msg('I am not sure', {id: 'q.time.unsure'}),
      no: msg('Not right now', {id: 'q.time.no'}),
    },
  }),
  'life-impact': () => ({
    legend: msg(
      'Lately, how often does drinking or drug use get in the way of work, family, or health?',
      {
        id: 'q.impact',
      }
    ),
    options: {
      rarely: msg('Rarely', {id: 'q.impact.rare'}),
      sometimes: msg('Sometimes', {id: 'q.impact.some'}),
      'most-days': msg('Most days', {id: 'q.impact.most'}),
    },
  }),
  pregnancy: () => ({
    legend: msg('Are you pregnant, or could you be?', {id: 'q.preg'}),
    hint: msg('If this does not apply to you, choose No.', {id: 'q.preg.hint'}),
    options: yesNo(),
  }),
};

/** The current language's text for one question. */
export const questionText = <Q extends QuestionId>(id: Q): QuestionText<Q> =>
  questionTexts[id]() as QuestionText<Q>;
