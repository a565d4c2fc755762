import {LitElement, html, nothing} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {styles} from './iop-fit-check.styles.js';
import {questions} from './fit-check/questions.js';
import {initialState, longestPath, questionCount, transition} from './fit-check/flow.js';
import type {FlowEffect, FlowEvent, FlowState} from './fit-check/flow.js';
import {
  parseColorScheme,
  parseHeadingLevel,
  parsePhone,
  parseView,
  parseWebUrl,
} from './validate.js';
import type {Phone, View} from './validate.js';
import {fire, fireEffect} from './events.js';
import type {CtaKind} from './events.js';
import {
  getLocale,
  hasVisitorPicked,
  pickLocale,
  requestAttributeLocale,
  requestSuggestedLocale,
  shippedLocales,
  sourceLocale,
} from './localization.js';
import {chooseLocale, localeToOffer, matchLocale, rightToLeft} from './locale-negotiation.js';
import {languageChanged, languagePicker, widgetLabel} from './views/language-picker.js';
import {crisisLine} from './views/crisis-line.js';
import {clinicCta} from './views/clinic-cta.js';
import {aboutLink, explainer, startCheck} from './views/explainer.js';
import {errorMessage, question} from './views/question.js';
import {result} from './views/result.js';
import {warn} from './warn.js';
import {moveFocus} from './move-focus.js';
import {printAlone} from './print-alone.js';
import {version} from './version.js';

const defaults = {
  crisis: parsePhone('988')!,
  emergency: parsePhone('911')!,
  helpline: parsePhone('1-800-662-4357')!,
};

/** The `lang` of the closest ancestor, looking out through any shadow roots around it. */
function nearestLang(start: Element) {
  for (let node: Element | null = start; node;) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return undefined;
}

/**
 * Explains Intensive Outpatient Programs (IOP) in plain words and runs a short,
 * private check of which level of care may fit, then offers the clinic's phone
 * and insurance link. The visitor's answers never leave the page.
 *
 * @tagname iop-fit-check
 * @summary An IOP explainer and private fit check for treatment-center sites.
 *
 * @fires iop-quiz-start - `{}`: once per run, on Start (full view) or the first answer (quiz view).
 * @fires iop-quiz-answer - `{questionId, step, total}`: on each Next; never the answer itself.
 * @fires iop-quiz-complete - `{outcome}`: the result is shown, crisis included.
 * @fires iop-cta-click - `{kind}`: `phone`, `insurance`, `crisis`, `emergency` or `helpline` link activated.
 * @fires iop-locale-change - `{locale}`: the language changed.
 *
 * @slot program-details - The clinic's own program details, shown in the explainer.
 * @slot result-footer - The clinic's own content, shown under every result.
 *
 * @csspart crisis - The crisis and emergency line, on every screen.
 * @csspart explainer - The explainer section.
 * @csspart start - The Start button.
 * @csspart quiz - The check's form.
 * @csspart question - The fieldset of the current question.
 * @csspart option - Each answer row (label and radio).
 * @csspart next - The Next button.
 * @csspart back - The Back button.
 * @csspart result - The result section.
 * @csspart cta - The clinic's call to action.
 * @csspart language-picker - The language menu.
 *
 * @cssproperty --iop-color-primary - Buttons, links, progress, the chosen answer. Default `#1d4ed8` (dark `#93c5fd`).
 * @cssproperty --iop-color-on-primary - Text on primary buttons. Default `#ffffff` (dark `#111827`).
 * @cssproperty --iop-color-surface - Background. Default `#ffffff` (dark `#111827`).
 * @cssproperty --iop-color-text - Text. Default `#1f2937` (dark `#f3f4f6`).
 * @cssproperty --iop-color-muted - Secondary text. Default `#4b5563` (dark `#d1d5db`).
 * @cssproperty --iop-color-border - Borders of answers and the widget. Default `#6b7280` (dark `#9ca3af`).
 * @cssproperty --iop-color-focus - Focus ring. Default `#b45309` (dark `#fbbf24`).
 * @cssproperty --iop-color-danger - Crisis line, crisis buttons, error message. Default `#b91c1c` (dark `#fca5a5`).
 * @cssproperty --iop-color-on-danger - Text on crisis buttons. Default `#ffffff` (dark `#111827`).
 * @cssproperty --iop-color-danger-surface - Crisis line background. Default `#fef2f2` (dark `#3b1212`).
 * @cssproperty --iop-font-family - Font. Default: inherited from the page.
 * @cssproperty --iop-heading-font-family - Headings' font. Default: the font above.
 * @cssproperty --iop-font-size - Base text size; never below 16px. Default `1rem`.
 * @cssproperty --iop-line-height - Line height. Default `1.5`.
 * @cssproperty --iop-radius - Corner radius. Default `8px`.
 * @cssproperty --iop-space - Base spacing; other gaps are multiples of it. Default `1em`.
 * @cssproperty --iop-shadow - Shadow of the widget's box. Default `none`.
 * @cssproperty --iop-max-width - Widest the widget grows. Default `40em`.
 */
export class IopFitCheck extends LitElement {
  static override styles = styles;

  /** The package version, so a second copy of the script can tell a mismatch. */
  static readonly version = version;

  static override properties = {
    locale: {reflect: true},
    centerName: {attribute: 'center-name'},
    phone: {},
    insuranceUrl: {attribute: 'insurance-url'},
    view: {},
    crisisPhone: {attribute: 'crisis-phone'},
    emergencyPhone: {attribute: 'emergency-phone'},
    helplinePhone: {attribute: 'helpline-phone'},
    headingLevel: {attribute: 'heading-level'},
    locales: {},
    colorScheme: {attribute: 'color-scheme', reflect: true},
    hideLanguagePicker: {type: Boolean, attribute: 'hide-language-picker'},
    flow: {state: true},
    chosen: {state: true},
    showError: {state: true},
    announcement: {state: true},
  };

  /** BCP 47 tag of the language to show. */
  locale?: string;

  /** The clinic's name, used in the calls to action. Rendered as text. */
  centerName?: string;

  /** The clinic's phone, shown as written and dialled through `tel:`. */
  phone?: string;

  /** The clinic's insurance-verification page; `https:` or `http:` only. */
  insuranceUrl?: string;

  /** `full` (explainer, then the check), `quiz` (the check alone) or `explainer`. */
  view?: string;

  /** The crisis line for the visitor's country. Default `988`. */
  crisisPhone?: string;

  /** The emergency number for the visitor's country. Default `911`. */
  emergencyPhone?: string;

  /** The national treatment helpline. Default `1-800-662-4357` (SAMHSA). */
  helplinePhone?: string;

  /** Level of the widget's top headings, 1–6, to fit the page's outline. Default `2`. */
  headingLevel?: string;

  /** Space-separated languages the picker offers. Default: every shipped language. */
  locales?: string;

  /** `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  colorScheme?: string;

  /** Hides the language picker and the offer of the browser's language. */
  hideLanguagePicker = false;

  /** Where the visitor is in the check: the pure state machine of fit-check/flow.ts. */
  private flow?: FlowState;
  /** The answer marked on this screen, not yet sent on with Next. */
  private chosen?: string;
  private showError = false;
  /** What the polite live region says: only changes that do not move focus. */
  private announcement?: 'error' | 'language';

  /** What gets focus after the next render: a `data-focus-target` name the views set. */
  private focusTarget?: string;

  private config = {
    view: 'full' as View,
    phone: undefined as Phone | undefined,
    insuranceUrl: undefined as string | undefined,
    crisis: defaults.crisis,
    emergency: defaults.emergency,
    helpline: defaults.helpline,
    headingLevel: 2,
    choices: shippedLocales,
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    const config = this.config;
    const check = <T>(name: string, value: string | undefined, parsed: T | undefined) => {
      if (value != null && parsed === undefined) warn(name, value);
      return parsed;
    };
    if (changed.has('view')) {
      config.view = check('view', this.view, parseView(this.view)) ?? 'full';
      this.flow = undefined;
    }
    if (changed.has('phone')) config.phone = check('phone', this.phone, parsePhone(this.phone));
    if (changed.has('insuranceUrl')) {
      const url = parseWebUrl(this.insuranceUrl, document.baseURI);
      config.insuranceUrl = check('insurance-url', this.insuranceUrl, url);
    }
    if (changed.has('crisisPhone')) {
      config.crisis =
        check('crisis-phone', this.crisisPhone, parsePhone(this.crisisPhone)) ?? defaults.crisis;
    }
    if (changed.has('emergencyPhone')) {
      config.emergency =
        check('emergency-phone', this.emergencyPhone, parsePhone(this.emergencyPhone)) ??
        defaults.emergency;
    }
    if (changed.has('helplinePhone')) {
      config.helpline =
        check('helpline-phone', this.helplinePhone, parsePhone(this.helplinePhone)) ??
        defaults.helpline;
    }
    if (changed.has('headingLevel')) {
      config.headingLevel =
        check('heading-level', this.headingLevel, parseHeadingLevel(this.headingLevel)) ?? 2;
    }
    if (changed.has('colorScheme'))
      check('color-scheme', this.colorScheme, parseColorScheme(this.colorScheme));
    if (changed.has('locales')) config.choices = this.parseChoices();
    if (changed.has('locale') || !this.hasUpdated) this.negotiateLocale();
    this.flow ??= initialState(config.view);
  }

  private parseChoices() {
    if (this.locales == null) return shippedLocales;
    const tags = this.locales.split(/\s+/).filter(Boolean);
    const choices = tags.map((tag) => matchLocale(tag, shippedLocales));
    tags.forEach((tag, i) => choices[i] || warn('locales', tag, 'the languages it knows'));
    const known = shippedLocales.filter((locale) => choices.includes(locale));
    return known.length ? known : shippedLocales;
  }

  /** The `locale` attribute, else the nearest `lang`, else the browser's languages. */
  private negotiateLocale() {
    const attribute = this.locale?.trim() ? this.locale : undefined;
    const fromAttribute = matchLocale(attribute, shippedLocales);
    if (attribute && !fromAttribute) warn('locale', attribute, 'the page and browser languages');
    if (fromAttribute) {
      void requestAttributeLocale(fromAttribute);
      return;
    }
    const locale = chooseLocale(
      {ancestorLang: nearestLang(this), browser: navigator.languages},
      shippedLocales
    );
    void requestSuggestedLocale(locale);
  }

  private readonly onPickLocale = async (locale: string) => {
    // The offer disappears once the visitor picks, so its focus moves to the picker.
    if (this.renderRoot.querySelector('.offer') === (this.renderRoot as ShadowRoot).activeElement) {
      this.focusTarget = 'language-picker';
    }
    const shown = await pickLocale(locale);
    if (!shown) {
      // The file did not load: the menu must name the language still shown.
      const picker = this.renderRoot.querySelector<HTMLSelectElement>('[part~=language-picker]');
      if (picker) picker.value = getLocale();
      this.requestUpdate();
      return;
    }
    // A quicker, later pick may have won meanwhile; only the language shown is reported.
    if (getLocale() !== locale) return;
    this.announcement = 'language';
    fire(this, 'iop-locale-change', {locale});
  };

  protected override updated() {
    if (!this.focusTarget) return;
    moveFocus(
      this.renderRoot.querySelector<HTMLElement>(`[data-focus-target="${this.focusTarget}"]`)
    );
    this.focusTarget = undefined;
  }

  /** Runs one visitor action through the flow, then carries out its effects. */
  private send(event: FlowEvent) {
    const before = this.flow!;
    const {state, effects} = transition(before, event);
    this.flow = state;
    this.announcement = undefined;
    this.showError = false;
    const current = (flow: FlowState) =>
      flow.screen === 'question' ? flow.path[flow.path.length - 1] : undefined;
    const id = current(state);
    // A marked answer not yet sent on survives a visit to About IOP.
    const kept =
      before.screen === 'explainer' && id === before.path[before.path.length - 1]
        ? this.chosen
        : undefined;
    if (state.screen !== 'explainer') this.chosen = id ? (state.answers[id] ?? kept) : undefined;
    effects.forEach((effect) => this.perform(effect));
  }

  private perform(effect: FlowEffect) {
    if (effect.type === 'focus') this.focusTarget = effect.target;
    else fireEffect(this, effect);
  }

  private readonly onStart = () => this.send({type: 'start'});
  private readonly onAbout = () => this.send({type: 'about'});
  private readonly onBack = () => this.send({type: 'back'});
  private readonly onStartOver = () => this.send({type: 'start-over'});

  private readonly onChoose = (option: string) => {
    this.chosen = option;
    this.showError = false;
    this.announcement = undefined;
  };

  private readonly onNext = () => {
    if (this.chosen === undefined) {
      this.showError = true;
      this.announcement = 'error';
      return;
    }
    this.send({type: 'answer', option: this.chosen});
  };

  private readonly onCtaClick = (kind: CtaKind) => fire(this, 'iop-cta-click', {kind});

  private readonly onPrint = () => printAlone(this);

  override render() {
    const {config} = this;
    const locale = getLocale();
    const level = config.headingLevel;
    const sub = Math.min(level + 1, 6);
    const isDefault988 = config.crisis.href === defaults.crisis.href;
    const cta = (headingLevel: number) =>
      clinicCta({
        centerName: this.centerName?.trim() || undefined,
        phone: config.phone,
        insuranceUrl: config.insuranceUrl,
        helpline: config.helpline,
        headingLevel,
        onCtaClick: this.onCtaClick,
      });
    const offer = hasVisitorPicked()
      ? undefined
      : localeToOffer(locale, navigator.languages, config.choices);
    const choices = config.choices.includes(locale) ? config.choices : [locale, ...config.choices];
    return html`<div
      class="root"
      role="region"
      aria-label=${widgetLabel()}
      lang=${locale}
      dir=${rightToLeft.has(locale) ? 'rtl' : 'ltr'}
    >
      ${
        this.hideLanguagePicker
          ? nothing
          : languagePicker({current: locale, choices, offer, onPick: this.onPickLocale})
      }
      ${crisisLine({
        crisis: config.crisis,
        emergency: config.emergency,
        isDefault988,
        translated: locale !== sourceLocale,
        onCtaClick: this.onCtaClick,
      })}
      ${this.renderScreen(level, sub, cta, locale, isDefault988)}
      <div class="visually-hidden" aria-live="polite">${this.announce()}</div>
    </div>`;
  }

  private announce() {
    if (this.announcement === 'language') return languageChanged();
    if (this.announcement === 'error' && this.showError) return errorMessage();
    return '';
  }

  private renderScreen(
    level: number,
    sub: number,
    cta: (headingLevel: number) => unknown,
    locale: string,
    isDefault988: boolean
  ) {
    const {config} = this;
    const flow = this.flow!;
    if (flow.screen === 'explainer') {
      const ending =
        config.view === 'explainer'
          ? cta(sub)
          : startCheck({headingLevel: sub, resume: flow.started, onStart: this.onStart});
      return explainer({headingLevel: level, locale, ending});
    }
    const about = config.view === 'full' ? aboutLink(this.onAbout) : nothing;
    if (flow.screen === 'result' && flow.decision) {
      return html`${result({
        decision: flow.decision,
        headingLevel: level,
        crisis: config.crisis,
        emergency: config.emergency,
        isDefault988,
        cta: cta(sub),
        onCtaClick: this.onCtaClick,
        onBack: this.onBack,
        onStartOver: this.onStartOver,
        onPrint: this.onPrint,
        locale,
      })}${about}`;
    }
    const id = flow.path[flow.path.length - 1];
    const {step, total} = questionCount(flow)!;
    return html`${question({
      id,
      options: questions.find((q) => q.id === id)!.options,
      step,
      total,
      longest: longestPath,
      answer: this.chosen,
      showError: this.showError,
      locale,
      onChoose: this.onChoose,
      onNext: this.onNext,
      onBack: this.onBack,
      onStartOver: this.onStartOver,
    })}${about}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-fit-check': IopFitCheck;
  }
}
