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
    hint: msg('If more than one is true, choose the first one.', {id: 'q.safety.hint'}),
    options: {
      medical: msg(
        'I have a medical emergency, like an overdose, a seizure, chest pain, trouble breathing, or seeing or hearing things that are not there',
        {id: 'q.safety.med'}
      ),
      'harm-others': msg('I have thoughts of hurting someone else', {id: 'q.safety.others'}),
      'self-harm': msg('I have thoughts of ending my life or hurting myself', {
        id: 'q.safety.self',
      }),
      none: msg('None of these', {id: 'q.safety.none'}),
    },
  }),
  'daily-use': () => ({
    legend: msg('Do you drink alcohol or take sedatives every day or almost every day?', {
      id: 'q.daily',
    }),
    hint: msg(
      'Sedatives are drugs that calm you or make you sleepy, like benzos or sleeping pills. Pills a doctor prescribed count too.',
      {id: 'q.daily.hint2'}
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
  overdose: () => ({
    legend: msg(
      'In the past year, have you overdosed, or needed someone to help you wake up after using?',
      {id: 'q.od'}
    ),
    options: yesNo(),
  }),
  'physical-health': () => ({
    legend: msg('Do you have a health problem that is not under control right now?', {
      id: 'q.body2',
    }),
    hint: msg(
      "For example, it needs a doctor's or nurse's care every day, or it is getting worse. A problem that is under control does not count.",
      {id: 'q.body.hint'}
    ),
    options: yesNo(),
  }),
  'mental-health': () => ({
    legend: msg('How is your mental health right now?', {id: 'q.mind2'}),
    hint: msg('This can mean deep sadness, fear, or worry that you cannot manage.', {
      id: 'q.mind.hint',
    }),
    options: {
      ok: msg('I am managing', {id: 'q.mind.ok'}),
      some: msg('It is hard some days', {id: 'q.mind.some'}),
      severe: msg('It is so hard that it is hard to get through the day safely', {
        id: 'q.mind.severe',
      }),
    },
  }),
  'care-before': () => ({
    legend: msg('What is the most recent treatment you had for alcohol or drug use?', {
      id: 'q.care2',
    }),
    hint: msg('A day program is also called partial hospital care.', {
      id: 'q.care.hint',
      desc: 'Partial hospitalization program (PHP): treatment for most of the day.',
    }),
    options: {
      none: msg('None, this would be my first time', {id: 'q.care.none2'}),
      weekly: msg('Weekly counseling or outpatient care', {id: 'q.care.weekly'}),
      iop: msg('An IOP or a day program', {id: 'q.care.iop'}),
      residential: msg('A live-in program, such as residential or inpatient care', {
        id: 'q.care.res',
      }),
    },
  }),
  'care-result': () => ({
    legend: msg('How did that treatment go?', {
      id: 'q.result',
      desc: 'Asked after the visitor names the most recent treatment they had.',
    }),
    options: {
      helped: msg('It helped, or I am in it now or just finished', {id: 'q.result.helped'}),
      relapse: msg('I went back to drinking or using during or after it', {
        id: 'q.result.relapse',
      }),
    },
  }),
  home: () => ({
    legend: msg('Is your home a safe place for your recovery?', {id: 'q.home2'}),
    options: {
      safe: msg('Yes, and nobody there drinks or uses drugs', {id: 'q.home.safe'}),
      'others-use': msg('It is safe, but someone there drinks or uses drugs', {
        id: 'q.home.others',
      }),
      unsafe: msg('No, it is not safe, or I may lose my place to live', {id: 'q.home.unsafe'}),
    },
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
    legend: msg('Could you go to sessions for about 9 hours a week?', {id: 'q.time2'}),
    hint: msg(
      'That is often about 3 hours a day, 3 or more days a week. Many programs meet in the evening or online.',
      {id: 'q.time.hint2'}
    ),
    options: {
      yes: yesNo().yes,
      unsure: msg('I am not sure', {id: 'q.time.unsure'}),
      no: msg('Not right now', {id: 'q.time.no'}),
    },
  }),
  'life-impact': () => ({
    legend: msg(
      'Lately, how often does drinking or drug use get in the way of work, family, or health?',
      {id: 'q.impact'}
    ),
    options: {
      rarely: msg('Rarely', {id: 'q.impact.rare'}),
      sometimes: msg('Sometimes', {id: 'q.impact.some'}),
      'most-days': msg('Most days', {id: 'q.impact.most'}),
    },
  }),
  pregnancy: () => ({
    legend: msg('Are you pregnant, or could you be?', {id: 'q.preg'}),
    hint: msg('Pregnancy changes which care is safest.', {id: 'q.preg.hint2'}),
    options: {
      yes: msg('Yes, or I might be', {id: 'q.preg.yes'}),
      no: yesNo().no,
      'not-applicable': msg('This does not apply to me', {id: 'q.preg.na'}),
    },
  }),
};

/** The current language's text for one question. */
export const questionText = <Q extends QuestionId>(id: Q): QuestionText<Q> =>
  questionTexts[id]() as QuestionText<Q>;
