/** Drives the widget the way a visitor does: by clicking what is on screen. */
import {fixture, html, waitUntil} from '@open-wc/testing';
import '../src/register.js';
import type {IopFitCheck} from '../src/iop-fit-check.js';
import {questions} from '../src/fit-check/questions.js';
import type {Answers, PartialAnswers} from '../src/fit-check/questions.js';
import {initialState, transition} from '../src/fit-check/flow.js';
import {iopAnswers} from './node/answer-sets.js';

export {questions};

export async function mount(template = html`<iop-fit-check></iop-fit-check>`) {
  const el = await fixture<IopFitCheck>(template);
  await settled(el);
  return el;
}

export const root = (el: IopFitCheck) => el.shadowRoot!;

/**
 * A widget with a clinic's details, once it shows `locale`: what the
 * per-language sweeps look at on every screen.
 */
export async function mountInLocale(
  locale: string,
  view: string,
  {colorScheme = 'light', quickExit = false} = {}
) {
  const el = await mount(
    html`<iop-fit-check
      locale=${locale}
      view=${view}
      color-scheme=${colorScheme}
      ?quick-exit=${quickExit}
      center-name="Sample Recovery Center"
      phone="(555) 010-0100"
      insurance-url="https://example.org/insurance"
    ></iop-fit-check>`
  );
  await waitUntil(() => $(el, '.root')?.getAttribute('lang') === locale, `never showed ${locale}`, {
    timeout: 10000,
  });
  return el;
}

/** The widget's own shadow root and those of its parts, outermost first. */
export function shadowRoots(el: Element): ShadowRoot[] {
  return roots(el);
}

function roots(el: Element): ShadowRoot[] {
  const own = el.shadowRoot;
  if (!own) return [];
  const parts = [...own.querySelectorAll('iop-crisis-line, iop-explainer, iop-check')];
  return [own, ...parts.flatMap(roots)];
}

/** The first element matching `selector` anywhere in the widget, as a visitor sees it. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => {
  for (const shadow of roots(el)) {
    const found = shadow.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  roots(el).flatMap((shadow) => [...shadow.querySelectorAll<T>(selector)]);

/** The focused element, looking into the widget's parts. */
export function activeIn(el: Element): Element | null {
  let active = el.shadowRoot?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the widget and its parts to render, and for focus to move. */
export async function settled(el: Element) {
  await (el as IopFitCheck).updateComplete;
  for (const shadow of roots(el).slice(1)) await (shadow.host as IopFitCheck).updateComplete;
  await (el as IopFitCheck).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Text as read on screen: spaces folded, bidi isolation marks removed. */
export const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u2060\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export const textOf = (el: Element | null) => clean(el?.textContent);

export async function click(el: Element, target: Element | null) {
  if (!target) throw new Error('nothing to click');
  (target as HTMLElement).click();
  await settled(el);
}

/** Taps the answer button with this value: one tap records it and moves on. */
export async function answer(el: Element, value: string) {
  const button = $(el, `[part~=option][data-value="${value}"]`);
  if (!button) throw new Error(`no answer "${value}" on ${currentQuestionId(el) ?? 'this screen'}`);
  await click(el, button);
}

export const back = (el: Element) => click(el, $(el, '[part~=back]'));
/** The question heading's text: "Question N of M" and the question. */
export const questionText = (el: Element) => textOf($(el, '[data-focus-target=question-heading]'));
export const currentQuestionId = (el: Element) =>
  $(el, '[part~=quiz]')?.getAttribute('data-question') ?? undefined;
/** The answer marked on screen (after Back or Change), if any. */
export const markedAnswer = (el: Element) =>
  $(el, '[part~=option][aria-pressed=true]')?.getAttribute('data-value') ?? undefined;

/** Answers each question on screen from `answers` until a result shows. */
export async function answerAll(el: Element, answers: Partial<Answers>) {
  for (let guard = 0; guard <= questions.length; guard++) {
    if ($(el, '[part~=result]')) return;
    const id = currentQuestionId(el) as keyof Answers;
    const value = answers[id];
    if (!value) throw new Error(`no answer given for ${id}`);
    await answer(el, value);
  }
}

/**
 * A visitor for whom an IOP fits, after weekly care that helped, so every one
 * of the sixteen questions is asked; each outcome's path changes a few answers.
 */
export const iopFitAnswers: Answers = {...iopAnswers, 'care-before': 'weekly'};

export const pathTo = {
  crisis: {...iopFitAnswers, safety: 'self-harm'},
  'detox-first': {...iopFitAnswers, 'daily-use': 'yes', 'withdrawal-now': 'yes'},
  'higher-care': {...iopFitAnswers, home: 'unsafe'},
  'iop-with-support': {...iopFitAnswers, support: 'little'},
  'iop-fit': iopFitAnswers,
  outpatient: {...iopFitAnswers, support: 'strong', coping: 'strong', 'life-impact': 'rarely'},
} as const satisfies Record<string, Answers>;

/** Records the events a partner page would hear. */
export function listen(el: HTMLElement, names: string[]) {
  const heard: CustomEvent[] = [];
  for (const name of names) el.addEventListener(name, (event) => heard.push(event as CustomEvent));
  return heard;
}

const blockSelector =
  'h1, h2, h3, h4, h5, h6, p, li, dt, dd, figcaption, .step, label, button, a, option';

/** The text of each heading, question, option, list item and paragraph on screen. */
export function blocksOnScreen(el: IopFitCheck): string[] {
  const groups = new Map<Element, string>();
  for (const shadow of roots(el)) {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const block = node.parentElement?.closest(blockSelector);
      if (block && !block.closest('.languages'))
        groups.set(block, (groups.get(block) ?? '') + node.textContent);
    }
  }
  return [...groups.values()].map(clean).filter(Boolean);
}

/**
 * Visits every screen a visitor can reach: the explainer view, and in the full
 * view the explainer, the no-answer message, each question and each outcome.
 */
export async function visitEveryScreen(
  mountOne: (view: 'full' | 'explainer') => Promise<IopFitCheck>,
  visit: (el: IopFitCheck, screen: string) => void | Promise<void>,
  {questionsOnce = false} = {}
) {
  await visit(await mountOne('explainer'), 'explainer view');
  const paths = {...pathTo, 'crisis (medical)': {...iopFitAnswers, safety: 'medical'}};
  for (const [outcome, path] of Object.entries(paths)) {
    const el = await mountOne('full');
    // Every path shows the same questions with other answers chosen; the iop-fit path passes all of them.
    const visitQuestions = !questionsOnce || outcome === 'iop-fit';
    if (visitQuestions) await visit(el, 'explainer');
    await click(el, $(el, '[part~=start]'));
    while (!$(el, '[part~=result]')) {
      const id = currentQuestionId(el) as keyof Answers;
      if (visitQuestions) await visit(el, `question ${id}`);
      await answer(el, path[id]);
    }
    await visit(el, `result ${outcome}`);
  }
}

/** Opens a page in an iframe of the given width and waits for its widget to render. */
export async function openFrame(src: string, width = 390, height = 800) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('iop-fit-check');
  const widgets = [...win.document.querySelectorAll('iop-fit-check')] as IopFitCheck[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return {frame, win, doc: win.document, widget: widgets[0], widgets};
}

/** Clicks whatever a pointer at the centre of `target` would hit, as a finger tap does. */
export async function tap(el: IopFitCheck, target: Element | null) {
  if (!target) throw new Error('nothing to tap');
  target.scrollIntoView({block: 'center', behavior: 'instant'});
  const box = target.getBoundingClientRect();
  const shadow = target.getRootNode() as ShadowRoot;
  const hit = shadow.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit || !(hit === target || target.contains(hit) || hit.contains(target))) {
    throw new Error(`a tap on ${describeElement(target)} hits ${describeElement(hit)}`);
  }
  (hit as HTMLElement).click();
  await settled(el);
}

/** A short, readable name for an element in a failure message (never the node itself). */
export function describeElement(node: Element | null | undefined) {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  const text = clean(node.textContent).slice(0, 50);
  return `<${node.localName}${part ? ` part="${part}"` : ''}${node.id ? `#${node.id}` : ''}> "${text}"`;
}

/**
 * Fails at once, with both elements described, unless focus is on the element
 * `selector` matches in the widget. (Comparing nodes with expect() makes the
 * reporter serialise the DOM, which can hang a failing file.)
 */
export function expectFocusOn(el: Element, selector: string, step = '') {
  const wanted = $(el, selector);
  const active = activeIn(el) ?? document.activeElement;
  const where = step ? `${step}: ` : '';
  if (!wanted) throw new Error(`${where}nothing matches ${selector}`);
  if (active !== wanted) {
    throw new Error(
      `${where}focus should be on ${describeElement(wanted)} (${selector}) but is on ${describeElement(active)}`
    );
  }
}

/** Fails at once unless focus is on `node` in the page itself. */
export function expectPageFocusOn(node: Element, step = '') {
  if (document.activeElement !== node) {
    throw new Error(
      `${step ? `${step}: ` : ''}focus should be on ${describeElement(node)} but is on ${describeElement(document.activeElement)}`
    );
  }
}

/** Collects what `console.warn` says while `run` runs, and still shows it. */
export async function captureWarnings(run: () => unknown | Promise<unknown>, {quiet = false} = {}) {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    said.push(args.map(String).join(' '));
    if (!quiet) warn(...args);
  };
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return said;
}

/** Whether something matching `selector` is on screen, as a boolean (a readable failure). */
export const shows = (el: Element, selector: string) => $(el, selector) !== null;

/**
 * A page of the given size in an iframe, where widgets from the sources are
 * mounted from markup: how narrow layouts are tested in every engine (WebKitGTK's
 * window cannot be narrower than about 447 px, and WebDriver cannot resize it).
 */
export async function narrowPage(width: number, height = 640) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  frame.src = '/test/fixtures/narrow.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('iop-fit-check');
  return {
    frame,
    win,
    doc: win.document,
    /** Replaces the page's content with `markup` and returns its first widget, rendered. */
    async mount(markup: string) {
      win.document.body.innerHTML = markup;
      const widget = win.document.querySelector('iop-fit-check') as IopFitCheck;
      await widget.updateComplete;
      return widget;
    },
    remove: () => frame.remove(),
  };
}

/** The answers the flow asks for, in order, when a visitor answers from `answers`. */
export function askedAnswers(answers: Answers): PartialAnswers {
  let state = initialState('quiz');
  while (state.screen === 'question') {
    const id = state.path[state.path.length - 1];
    state = transition(state, {type: 'answer', option: answers[id]}).state;
  }
  return state.answers;
}

/** The default numbers, as a reason's text names them. */
export const defaultNumbers = {crisis: '988', emergency: '911', isDefault988: true};

/** All the text of the widget and its parts, folded, as one string. */
export const widgetText = (el: Element) =>
  clean(
    roots(el)
      .map((shadow) => shadow.textContent)
      .join(' ')
  );

/**
 * Checks that look at every language are about the words, not the engine:
 * all languages in Chromium, and a representative set (a right-to-left
 * language, a CJK one, and one with long words) in Firefox and WebKit.
 */
export const inChromium = navigator.userAgent.includes('Chrome/');
export const everyOrSome = <T extends string>(all: readonly T[], some: readonly T[]) =>
  inChromium ? all : all.filter((item) => some.includes(item));

/** A computed style value of `el` (its text color by default). */
export const color = (el: Element, property = 'color') =>
  getComputedStyle(el).getPropertyValue(property);

/** How this browser writes a #rrggbb color once computed, to compare with `color()`. */
export function rgb(hex: string) {
  const probe = document.createElement('i');
  probe.style.color = hex;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
