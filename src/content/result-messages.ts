/**
 * The words of each outcome and reason, by id. Called only while rendering.
 */
import {msg} from '@lit/localize';
import type {Outcome, ReasonId} from '../fit-check/decide.js';

export interface OutcomeText {
  headline: string;
  meaning: string;
  nextStep: string;
}

const outcomeTexts: Record<Outcome, () => OutcomeText> = {
  crisis: () => ({
    headline: msg('Please get help right now', {id: 'r.crisis'}),
    meaning: msg('Your safety comes first. You do not have to face this alone.', {
      id: 'r.crisis.what',
    }),
    nextStep: msg('Reach out now. The rest of this check can wait.', {id: 'r.crisis.next'}),
  }),
  'detox-first': () => ({
    headline: msg('Start with medical care to stop safely', {id: 'r.detox'}),
    meaning: msg(
      'Withdrawal from alcohol or some drugs can be dangerous. A medical team can help you stop safely. After that, an IOP can be a good next step.',
      {id: 'r.detox.what'}
    ),
    nextStep: msg(
      'Call and tell the team about your withdrawal. They can help you find medical care to stop safely.',
      {
        id: 'r.detox.next',
      }
    ),
  }),
  'higher-care': () => ({
    headline: msg('More care each day may help first', {id: 'r.higher'}),
    meaning: msg(
      'A live-in program or a day program may fit better to start. They give more care and support each day. An IOP can come after.',
      {id: 'r.higher.what'}
    ),
    nextStep: msg('Talk with the team about which program fits you best.', {id: 'r.higher.next'}),
  }),
  'iop-with-support': () => ({
    headline: msg('An IOP may fit, with extra support', {id: 'r.iopplus'}),
    meaning: msg(
      'An IOP could work for you. A few things may make it harder, so it helps to plan for them.',
      {id: 'r.iopplus.what'}
    ),
    nextStep: msg('Call to talk it through. The team can help you plan for what you need.', {
      id: 'r.iopplus.next',
    }),
  }),
  'iop-fit': () => ({
    headline: msg('An IOP looks like a good fit', {id: 'r.iop'}),
    meaning: msg(
      'You have what helps most in an IOP: a safe home, some support, and time for sessions.',
      {id: 'r.iop.what'}
    ),
    nextStep: msg('Call the team to set up a first talk, called an assessment.', {
      id: 'r.iop.next',
    }),
  }),
  outpatient: () => ({
    headline: msg('Regular outpatient care may be enough', {id: 'r.op'}),
    meaning: msg(
      'You have strong support and skills, and drinking or drug use rarely gets in your way. Counseling with fewer hours than an IOP may be enough.',
      {id: 'r.op.what'}
    ),
    nextStep: msg(
      'Talk with the team about your choices. An IOP is still there if you need more help.',
      {
        id: 'r.op.next',
      }
    ),
  }),
};

const reasonTexts: Record<ReasonId, () => string> = {
  'danger-self-harm': () =>
    msg('You said you have thoughts of ending your life or hurting yourself.', {id: 'w.self'}),
  'danger-medical': () => msg('You said you have a medical emergency.', {id: 'w.med'}),
  'danger-harm-others': () =>
    msg('You said you have thoughts of hurting someone else.', {id: 'w.others'}),
  'past-withdrawal': () =>
    msg('You have had a seizure, DTs, or seen or heard things when you cut down before.', {
      id: 'w.pastw',
    }),
  'withdrawal-with-daily-use': () =>
    msg('You have withdrawal signs now, and you drink or take sedatives every day.', {
      id: 'w.noww.daily',
    }),
  'home-unsafe': () =>
    msg('You said your home is not a safe place to stay sober.', {id: 'w.home.no'}),
  'physical-health': () =>
    msg('You have a health problem that needs daily medical care.', {id: 'w.body'}),
  'mental-health': () =>
    msg('Your mental health makes it hard to get through the day safely.', {id: 'w.mind'}),
  'relapse-in-iop': () =>
    msg('You went back to drinking or using while in an IOP or day program.', {id: 'w.iop.back'}),
  'support-little': () =>
    msg('You do not have many people to support you yet.', {id: 'w.support.no'}),
  'coping-little': () =>
    msg('You are still building ways to cope with cravings and stress.', {id: 'w.coping.no'}),
  'time-unsure': () =>
    msg('You are not sure you can make time for sessions. Ask about evening or online groups.', {
      id: 'w.time.unsure',
    }),
  'time-no': () =>
    msg('Making time for sessions is hard right now. Ask about evening or online groups.', {
      id: 'w.time.no',
    }),
  'daily-use': () =>
    msg(
      'You drink or take sedatives every day. The team will check if you need medical care to cut down safely.',
      {
        id: 'w.daily',
      }
    ),
  'home-safe': () => msg('You have a safe place to live.', {id: 'w.home.yes'}),
  'time-yes': () => msg('You can make time for sessions.', {id: 'w.time.yes'}),
  'support-some': () => msg('You have some people who support you.', {id: 'w.support.some'}),
  'support-strong': () => msg('You have people you can count on.', {id: 'w.support.yes'}),
  'coping-some': () =>
    msg('You have some ways to cope with cravings and stress.', {id: 'w.coping.some'}),
  'coping-strong': () =>
    msg('You have ways to cope with cravings and stress that usually work.', {id: 'w.coping.yes'}),
  'step-up': () =>
    msg('Weekly care was not enough to help you stay sober. An IOP gives more support.', {
      id: 'w.stepup',
    }),
  'step-down': () =>
    msg('An IOP can help you keep going after a live-in program.', {id: 'w.stepdown'}),
  'life-impact-rarely': () =>
    msg('Drinking or drug use rarely gets in the way of your life lately.', {id: 'w.impact.rare'}),
  'life-impact-sometimes': () =>
    msg('Drinking or drug use gets in the way of your life sometimes.', {id: 'w.impact.some'}),
  'life-impact-most-days': () =>
    msg('Drinking or drug use gets in the way of your life most days.', {id: 'w.impact.most'}),
  'withdrawal-now': () =>
    msg('You have withdrawal signs now. Tell the team so they can keep you safe.', {id: 'w.noww'}),
  opioids: () =>
    msg(
      'You use opioids. Medicines like buprenorphine or methadone can start before an IOP and go on during it.',
      {
        id: 'w.opioids',
      }
    ),
  pregnancy: () =>
    msg('You may be pregnant. Tell the team, because it changes the safest plan.', {id: 'w.preg'}),
};

export const outcomeText = (outcome: Outcome): OutcomeText => outcomeTexts[outcome]();
export const reasonText = (reason: ReasonId): string => reasonTexts[reason]();
