import {LitElement, html, nothing} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {msg} from '@lit/localize';
import {styles} from './iop-fit-check.styles.js';
import {initialState, transition} from './fit-check/flow.js';
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
  shippedLocales,
  suggestPageLocale,
} from './localization.js';
import {localeToOffer, matchLocale, textDirection} from './locale-negotiation.js';
import {languageChanged, languagePicker, widgetLabel} from './views/language-picker.js';
import {clinicActions, clinicCta, helplineLine} from './views/clinic-cta.js';
import {aboutLink} from './explainer/explainer-content.js';
import {startOver} from './content/common-messages.js';
import {crisisNumber, defaultNumbers, emergencyNumber} from './crisis-line/iop-crisis-line.js';
import './explainer/iop-explainer.js';
import './check/iop-check.js';
import {offerQuickExit, withdrawQuickExit, leave} from './quick-exit.js';
import type {QuickExitOwner} from './quick-exit.js';
import {warn} from './warn.js';
import {moveFocus} from './move-focus.js';
import {printAlone} from './print-alone.js';
import {version} from './version.js';

const defaultHelpline = parsePhone('1-800-662-4357')!;
const defaultExitUrl = 'https://www.google.com/';

/** The element a focus target names, looking into the widget's own parts' shadow roots. */
function findTarget(root: ShadowRoot | HTMLElement, name: string): HTMLElement | null {
  const here = root.querySelector<HTMLElement>(`[data-focus-target="${name}"]`);
  if (here) return here;
  for (const part of root.querySelectorAll('iop-explainer, iop-check')) {
    const found = part.shadowRoot && findTarget(part.shadowRoot, name);
    if (found) return found;
  }
  return null;
}

/**
 * Explains Intensive Outpatient Programs (IOP) in plain words and runs a short,
 * private check of which level of care may fit, then offers the clinic's phone
 * and insurance link. The visitor's answers never leave the page.
 *
 * Built from `<iop-crisis-line>`, `<iop-explainer>` and `<iop-check>`; this
 * element holds the check's state and passes its settings to them.
 *
 * @tagname iop-fit-check
 * @summary An IOP explainer and private fit check for treatment-center sites.
 *
 * @fires iop-quiz-start - `{}`: once per run, on Start (full view) or the first answer (quiz view).
 * @fires iop-quiz-answer - `{questionId, step, total}`: on each answer that moves on; never the answer itself.
 * @fires iop-quiz-complete - `{outcome}`: the result is shown, crisis included.
 * @fires iop-cta-click - `{kind}`: `phone`, `insurance`, `crisis`, `emergency` or `helpline` link activated.
 * @fires iop-locale-change - `{locale}`: the language changed.
 *
 * @slot program-details - The clinic's own program details, shown in the explainer.
 * @slot result-footer - The clinic's own content, shown under every result but the crisis one.
 *
 * @csspart crisis - The crisis and emergency line, always in view.
 * @csspart quick-exit - The Quick exit button (with `quick-exit`).
 * @csspart explainer - The explainer section.
 * @csspart start - Each Start button.
 * @csspart quiz - The question screen.
 * @csspart question - The group of answer buttons.
 * @csspart option - Each answer button.
 * @csspart back - The Back button.
 * @csspart result - The result section.
 * @csspart cta - The clinic's call to action.
 * @csspart levels - The picture of the levels of care on a result.
 * @csspart language-picker - The language menu.
 *
 * @cssproperty --iop-color-primary - Buttons, links, progress, the chosen answer. Default `#1d4ed8` (dark `#93c5fd`).
 * @cssproperty --iop-color-on-primary - Text on primary buttons. Default `#ffffff` (dark `#111827`).
 * @cssproperty --iop-color-surface - Background. Default `#ffffff` (dark `#111827`).
 * @cssproperty --iop-color-text - Text. Default `#1f2937` (dark `#f3f4f6`).
 * @cssproperty --iop-color-muted - Secondary text. Default `#4b5563` (dark `#d1d5db`).
 * @cssproperty --iop-color-border - Borders of answers and the widget. Default `#6b7280` (dark `#9ca3af`).
 * @cssproperty --iop-color-focus - Focus ring. Default `#b45309` (dark `#fbbf24`).
 * @cssproperty --iop-color-crisis - Text and links of the crisis line, crisis buttons. Default `#155e75` (dark `#a5f3fc`).
 * @cssproperty --iop-color-crisis-surface - Background of the crisis line. Default `#ecfeff` (dark `#083344`).
 * @cssproperty --iop-font-family - Font. Default: inherited from the page.
 * @cssproperty --iop-heading-font-family - Headings' font. Default: the font above.
 * @cssproperty --iop-font-size - Base text size; never below 16px. Default `1rem`.
 * @cssproperty --iop-line-height - Line height. Default `1.5`.
 * @cssproperty --iop-radius - Corner radius. Default `8px`.
 * @cssproperty --iop-space - Base spacing; other gaps are multiples of it. Default `1em`.
 * @cssproperty --iop-shadow - Shadow of the widget's box. Default `none`.
 * @cssproperty --iop-max-width - Widest the widget grows. Default `40em`.
 */
export class IopFitCheck extends LitElement implements QuickExitOwner {
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
    quickExit: {type: Boolean, attribute: 'quick-exit'},
    quickExitUrl: {attribute: 'quick-exit-url'},
    flow: {state: true},
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

  /** Shows a Quick exit button, and leaves on Shift pressed three times. */
  quickExit = false;

  /** Where Quick exit goes; `https:` or `http:` only. Default `https://www.google.com/`. */
  quickExitUrl?: string;

  /** Where the visitor is in the check: the pure state machine of fit-check/flow.ts. */
  private flow?: FlowState;
  /** What the polite live region says: only changes that do not move focus. */
  private announcement?: 'language';

  /** What gets focus after the next render: a `data-focus-target` name the views set. */
  private focusTarget?: string;

  private config = {
    view: 'full' as View,
    phone: undefined as Phone | undefined,
    insuranceUrl: undefined as string | undefined,
    crisis: defaultNumbers.crisis,
    emergency: defaultNumbers.emergency,
    helpline: defaultHelpline,
    headingLevel: 2,
    choices: shippedLocales,
    exitUrl: defaultExitUrl,
  };

  /** Keeps the crisis line's height, so focused elements scroll clear of it. */
  private readonly barSize = new ResizeObserver(([entry]) => {
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    root?.style.setProperty('--_bar-height', `${entry.borderBoxSize[0].blockSize}px`);
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    withdrawQuickExit(this);
    this.barSize.disconnect();
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
    if (changed.has('crisisPhone')) config.crisis = crisisNumber(this.crisisPhone);
    if (changed.has('emergencyPhone')) config.emergency = emergencyNumber(this.emergencyPhone);
    if (changed.has('helplinePhone')) {
      config.helpline =
        check('helpline-phone', this.helplinePhone, parsePhone(this.helplinePhone)) ??
        defaultHelpline;
    }
    if (changed.has('headingLevel')) {
      config.headingLevel =
        check('heading-level', this.headingLevel, parseHeadingLevel(this.headingLevel)) ?? 2;
    }
    if (changed.has('colorScheme')) {
      check('color-scheme', this.colorScheme, parseColorScheme(this.colorScheme));
    }
    if (changed.has('quickExitUrl')) {
      const url = parseWebUrl(this.quickExitUrl, document.baseURI);
      config.exitUrl = check('quick-exit-url', this.quickExitUrl, url) ?? defaultExitUrl;
    }
    if (changed.has('quickExit')) {
      if (this.quickExit) offerQuickExit(this);
      else withdrawQuickExit(this);
    }
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
    if (fromAttribute) void requestAttributeLocale(fromAttribute);
    else void suggestPageLocale(this);
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

  protected override async updated() {
    const bar = this.renderRoot.querySelector('.bar');
    if (bar) this.barSize.observe(bar);
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    // The target may be in a part that renders after this element.
    const parts = this.renderRoot.querySelectorAll<LitElement>('iop-explainer, iop-check');
    await Promise.all([...parts].map((part) => part.updateComplete));
    moveFocus(findTarget(this.renderRoot as ShadowRoot, target));
  }

  /** Runs one visitor action through the flow, then carries out its effects. */
  private readonly send = (event: FlowEvent) => {
    const {state, effects} = transition(this.flow!, event);
    this.flow = state;
    this.announcement = undefined;
    effects.forEach((effect) => this.perform(effect));
  };

  private perform(effect: FlowEffect) {
    if (effect.type === 'focus') this.focusTarget = effect.target;
    else fireEffect(this, effect);
  }

  private readonly onStart = () => this.send({type: 'start'});
  private readonly onAbout = () => this.send({type: 'about'});
  private readonly onStartOver = () => this.send({type: 'start-over'});
  private readonly onCtaClick = (kind: CtaKind) => fire(this, 'iop-cta-click', {kind});
  private readonly onPrint = () => printAlone(this);

  override render() {
    const {config} = this;
    const flow = this.flow!;
    const locale = getLocale();
    const level = config.headingLevel;
    const sub = Math.min(level + 1, 6);
    const isDefault988 = config.crisis.href === defaultNumbers.crisis.href;
    const ctaProps = {
      centerName: this.centerName?.trim() || undefined,
      phone: config.phone,
      insuranceUrl: config.insuranceUrl,
      helpline: config.helpline,
      headingLevel: sub,
      onCtaClick: this.onCtaClick,
    };
    const offer = hasVisitorPicked()
      ? undefined
      : localeToOffer(locale, navigator.languages, config.choices);
    const choices = config.choices.includes(locale) ? config.choices : [locale, ...config.choices];
    const onCrisisResult = flow.screen === 'result' && flow.decision?.outcome === 'crisis';
    return html`<div
      class="root"
      role="region"
      aria-label=${widgetLabel()}
      lang=${locale}
      dir=${textDirection(locale)}
    >
      ${
        this.hideLanguagePicker
          ? nothing
          : languagePicker({current: locale, choices, offer, onPick: this.onPickLocale})
      }
      <div class="screen">
        ${
          flow.screen === 'explainer'
            ? html`<iop-explainer
                exportparts="explainer, start, cta"
                .colorScheme=${this.colorScheme}
                .headingLevel=${level}
                .resume=${flow.started}
                .onStart=${config.view === 'explainer' ? undefined : this.onStart}
                .ending=${clinicCta(ctaProps)}
                ><slot name="program-details" slot="program-details"></slot
              ></iop-explainer>`
            : html`<iop-check
                exportparts="quiz, question, option, back, result, cta, levels"
                .colorScheme=${this.colorScheme}
                .flow=${flow}
                .settings=${{
                  headingLevel: level,
                  crisis: config.crisis,
                  emergency: config.emergency,
                  isDefault988,
                  cta: clinicActions(ctaProps),
                  helpline: helplineLine(ctaProps),
                }}
                .onEvent=${this.send}
                .onCtaClick=${this.onCtaClick}
                .onPrint=${this.onPrint}
                ><slot name="result-footer" slot="result-footer"></slot
              ></iop-check>`
        }
      </div>
      ${this.footer(flow)}
      <div class="bar">
        ${
          onCrisisResult
            ? nothing
            : html`<iop-crisis-line
                exportparts="crisis"
                .colorScheme=${this.colorScheme}
                .crisisPhone=${config.crisis.text}
                .emergencyPhone=${config.emergency.text}
              ></iop-crisis-line>`
        }
        ${
          this.quickExit
            ? html`<button type="button" part="quick-exit" class="button exit" @click=${this.exit}>
                ${msg('Quick exit', {
                  id: 'exit',
                  desc: 'Button that leaves this page at once for a neutral one.',
                })}
              </button>`
            : nothing
        }
      </div>
      <div class="visually-hidden" aria-live="polite">
        ${this.announcement === 'language' ? languageChanged() : ''}
      </div>
    </div>`;
  }

  /** Quiet ways out of a question: About IOP, Start over (never on the first), the exit shortcut. */
  private footer(flow: FlowState) {
    const onQuestion = flow.screen === 'question';
    const about = this.config.view === 'full' && flow.screen !== 'explainer';
    const restart = onQuestion && flow.path.length > 1;
    if (!about && !restart && !this.quickExit) return nothing;
    return html`<p class="footer">
      ${about ? aboutLink(this.onAbout) : nothing}
      ${
        restart
          ? html`<button type="button" class="link" @click=${this.onStartOver}>
              ${startOver()}
            </button>`
          : nothing
      }
      ${
        this.quickExit
          ? html`<span class="exit-hint"
              >${msg('Quick exit: press Shift 3 times.', {
                id: 'exit.hint',
                desc: 'Under the widget, when the Quick exit button is shown.',
              })}</span
            >`
          : nothing
      }
    </p>`;
  }

  private readonly exit = () => leave(this.leaveForQuickExit());

  /** Clears the visitor's answers, so nothing of them is left on the page, and says where to go. */
  leaveForQuickExit() {
    this.flow = initialState(this.config.view);
    return this.config.exitUrl;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-fit-check': IopFitCheck;
  }
}
