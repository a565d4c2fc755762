/** The attributes of `<iop-fit-check>` and `<iop-crisis-line>` as partners write them, for JSX and Vue types. */
import type {IopEventDetails, IopEventName} from '../events.js';
import type {ColorScheme, View} from '../validate.js';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

export interface IopCrisisLineAttributes {
  /** Crisis line for the visitor's country. Default `988`. */
  'crisis-phone'?: string;
  /** Emergency number for the visitor's country. Default `911`. */
  'emergency-phone'?: string;
}

export interface IopFitCheckAttributes extends IopCrisisLineAttributes {
  /** BCP 47 tag of the language to show. */
  locale?: string;
  /** The clinic's name, used in the calls to action. */
  'center-name'?: string;
  /** The clinic's phone, shown as written and dialled through `tel:`. */
  phone?: string;
  /** The clinic's insurance-verification page; `https:` or `http:` only. */
  'insurance-url'?: string;
  view?: View;
  /** National treatment helpline. Default `1-800-662-4357`. */
  'helpline-phone'?: string;
  /** Space-separated languages the picker offers. */
  locales?: string;
  'hide-language-picker'?: boolean;
  'color-scheme'?: ColorScheme;
  'heading-level'?: HeadingLevel;
  'quick-exit'?: boolean;
  /** Where Quick exit goes; `https:` or `http:` only. */
  'quick-exit-url'?: string;
}

/** Each public event's type, by name. */
export type IopEvents = {[N in IopEventName]: CustomEvent<IopEventDetails[N]>};
