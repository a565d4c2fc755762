/**
 * Checks the values a partner page sets as attributes. Pure: no DOM, no Lit.
 *
 * Each function returns `undefined` for a value the widget must not use, so the
 * element can warn once and fall back to its default.
 */

export interface Phone {
  /** The number as the partner wrote it, shown to the visitor. */
  text: string;
  /** A `tel:` URL: the digits, a leading `+` if written, and any extension. */
  href: string;
}

// Digits, spaces and + ( ) - . only, then an optional "ext 12" or "x12".
const phonePattern = /^(\+?[\d\s().-]+?)\s*(?:(?:ext\.?|x)\s*(\d+))?$/i;

export function parsePhone(value: string | null | undefined): Phone | undefined {
  const text = value?.trim() ?? '';
  const match = phonePattern.exec(text);
  if (!match) return undefined;
  const [, main, extension] = match;
  const digits = main.replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  const plus = main.startsWith('+') ? '+' : '';
  const ext = extension ? `;ext=${extension}` : '';
  return {text, href: `tel:${plus}${digits}${ext}`};
}

/** An absolute or page-relative URL, kept only when it is `http:` or `https:`. */
export function parseWebUrl(value: string | null | undefined, base: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const views = ['full', 'quiz', 'explainer'] as const;
export type View = (typeof views)[number];

export const parseView = (value: string | null | undefined): View | undefined =>
  views.find((view) => view === value?.trim());

/** Heading levels 1 to 6; anything else is refused. */
export function parseHeadingLevel(value: number | string | null | undefined): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

export const colorSchemes = ['light', 'dark', 'auto'] as const;
export type ColorScheme = (typeof colorSchemes)[number];

/** Exact values only: the styles match the attribute as written. */
export const parseColorScheme = (value: string | null | undefined): ColorScheme | undefined =>
  colorSchemes.find((scheme) => scheme === value);
