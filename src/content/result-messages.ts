/**
 * The words of each outcome and reason, by id. Called only while rendering.
 */
import {msg, str} from '@lit/localize';
import type {Outcome, ReasonId} from '../fit-check/rules.js';

export interface OutcomeText {
  headline: string;
  meaning: string;
  nextStep: string;
}

/** The numbers a reason may name, as set by the partner (already isolated for bidi). */
export interface ReasonNumbers {
  crisis: string;
  emergency: string;
  /** True while the crisis line is the default 988, which also takes texts. */
  isDefault988: boolean;
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
      'Stopping alcohol or some drugs can be dangerous. A medical team can help you stop safely, or start medicine that makes stopping safer. After that, an IOP can be a good next step.',
      {id: 'r.detox.what2'}
    ),
    nextStep: msg(
      'Call and tell the team about your withdrawal. They can help you find medical care to stop safely.',
      {id: 'r.detox.next'}
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
      {id: 'r.op.next'}
    ),
  }),
};

/** "If you ever feel unsafe…": call or text 988, or call the partner's crisis line. */
const ifUnsafe = ({crisis, isDefault988}: ReasonNumbers) =>
  isDefault988
    ? msg('If you ever feel unsafe, call or text 988.', {id: 'w.unsafe.988'})
    : msg(str`If you ever feel unsafe, call ${crisis}.`, {
        id: 'w.unsafe.n',
        desc: 'Placeholder: the crisis line number the clinic set.',
      });

const reasonTexts: Record<ReasonId, (numbers: ReasonNumbers) => string> = {
  'danger-medical': () => msg('You said you have a medical emergency.', {id: 'w.med'}),
  'danger-harm-others': () =>
    msg('You said you have thoughts of hurting someone else.', {id: 'w.others'}),
  'danger-self-harm': () =>
    msg('You said you have thoughts of ending your life or hurting yourself.', {id: 'w.self'}),
  'stopping-alcohol-or-sedatives': () =>
    msg(
      'Do not stop drinking or taking sedatives all at once on your own. Stopping suddenly can be dangerous. The team can help you cut down safely.',
      {id: 'w.stop.alcohol'}
    ),
  'stopping-opioids': () =>
    msg('Do not stop opioids suddenly on your own. Medicine can make stopping safer.', {
      id: 'w.stop.opioids',
    }),
  'withdrawal-needs-medical-check': () =>
    msg('Do not push through withdrawal alone. Get a medical check first.', {
      id: 'w.stop.check',
    }),
  'withdrawal-danger-signs': ({emergency}) =>
    msg(
      str`If you have a seizure, get confused, or see things that are not there, call ${emergency} right away.`,
      {id: 'w.danger.signs', desc: 'Placeholder: the emergency number (911 by default).'}
    ),
  'opioid-withdrawal-medicine': () =>
    msg('Medicine such as buprenorphine can ease withdrawal, and it can start soon. Call today.', {
      id: 'w.opioid.wd',
    }),
  'pregnancy-with-opioids': () =>
    msg(
      'Do not stop opioids suddenly while pregnant. Medicine such as buprenorphine or methadone is the safest care in pregnancy. Tell the team today.',
      {id: 'w.preg.opioids'}
    ),
  pregnancy: () =>
    msg('You may be pregnant. Tell the team, because it changes the safest plan.', {id: 'w.preg'}),
  'recent-overdose': () =>
    msg(
      'You overdosed in the past year, so another one is more likely. Tell the team. Keep naloxone (Narcan) near you, and tell people close to you where it is.',
      {id: 'w.od'}
    ),
  'opioid-use-medicines': () =>
    msg(
      'You use opioids. Medicines like buprenorphine or methadone can start before an IOP and go on during it.',
      {id: 'w.opioids'}
    ),
  'mental-health-severe': (numbers) =>
    `${msg(
      'Your mental health makes it hard to get through the day safely. A program can include mental health care.',
      {id: 'w.mind.severe'}
    )} ${ifUnsafe(numbers)}`,
  'mental-health-some': () =>
    msg(
      'Your mental health is hard some days. Tell the team. An IOP can include mental health care.',
      {id: 'w.mind.some'}
    ),
  'home-others-use': () =>
    msg('Someone at home drinks or uses drugs. Ask about recovery (sober) housing.', {
      id: 'w.home.others',
    }),
  'time-no': () =>
    msg('An IOP needs about 9 hours a week. Ask about evening or online groups, or weekly care.', {
      id: 'w.time.no2',
    }),
  'past-complicated-withdrawal': () =>
    msg('You have had a seizure, DTs, or seen or heard things when you cut down before.', {
      id: 'w.pastw',
    }),
  'withdrawal-with-daily-use': () =>
    msg('You have withdrawal signs now, and you drink or take sedatives every day.', {
      id: 'w.noww.daily',
    }),
  'unexplained-withdrawal': () =>
    msg('You have withdrawal signs now. A medical check can find out why and keep you safe.', {
      id: 'w.noww.other',
    }),
  'pregnancy-with-withdrawal-risk': () =>
    msg(
      'You may be pregnant, and you drink or take sedatives every day or have withdrawal signs. Medical care comes first.',
      {id: 'w.preg.risk'}
    ),
  'home-unsafe': () =>
    msg(
      'Your home is not safe for your recovery right now, or you may lose it. A live-in program can give you a safe place to start.',
      {id: 'w.home.unsafe'}
    ),
  'physical-health': () =>
    msg(
      'You have a health problem that is not under control. A program with more medical care can help with it.',
      {id: 'w.body2'}
    ),
  'relapse-after-iop': () =>
    msg(
      'You went back to drinking or using during or after an IOP or day program. More care each day may help this time.',
      {id: 'w.iop.back2'}
    ),
  'support-little': () =>
    msg('You do not have many people to support you yet.', {id: 'w.support.no'}),
  'coping-little': () =>
    msg('You are still building ways to cope with cravings and stress.', {id: 'w.coping.no'}),
  'time-unsure': () =>
    msg('You are not sure you can make time for sessions. Ask about evening or online groups.', {
      id: 'w.time.unsure',
    }),
  'step-up': () =>
    msg('Weekly care was not enough to help you stay sober. An IOP gives more support.', {
      id: 'w.stepup',
    }),
  'step-down': () =>
    msg('An IOP can help you keep going after a live-in program.', {id: 'w.stepdown'}),
  'relapse-after-residential': () =>
    msg(
      'You went back to drinking or using after a live-in program. An IOP can help, with a plan for what made it hard.',
      {id: 'w.res.back'}
    ),
  'home-safe': () => msg('You have a safe place to live.', {id: 'w.home.yes'}),
  'support-strong': () => msg('You have people you can count on.', {id: 'w.support.yes'}),
  'support-some': () => msg('You have some people who support you.', {id: 'w.support.some'}),
  'coping-strong': () =>
    msg('You have ways to cope with cravings and stress that usually work.', {id: 'w.coping.yes'}),
  'coping-some': () =>
    msg('You have some ways to cope with cravings and stress.', {id: 'w.coping.some'}),
  'time-yes': () => msg('You can make time for sessions.', {id: 'w.time.yes'}),
  'life-impact-rarely': () =>
    msg('Drinking or drug use rarely gets in the way of your life lately.', {id: 'w.impact.rare'}),
};

export const outcomeText = (outcome: Outcome): OutcomeText => outcomeTexts[outcome]();
export const reasonText = (reason: ReasonId, numbers: ReasonNumbers): string =>
  reasonTexts[reason](numbers);
