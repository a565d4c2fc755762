import {unsafeCSS} from 'lit';

/**
 * The default colors, light and dark: the one place they are written. Every
 * pair passes WCAG AA (text 4.5:1, borders and focus 3:1). The README, the
 * element's JSDoc and the embed builder are checked against this by a test.
 */
export const palette = {
  primary: {light: '#1d4ed8', dark: '#93c5fd'},
  'on-primary': {light: '#ffffff', dark: '#111827'},
  surface: {light: '#ffffff', dark: '#111827'},
  text: {light: '#1f2937', dark: '#f3f4f6'},
  muted: {light: '#4b5563', dark: '#d1d5db'},
  border: {light: '#6b7280', dark: '#9ca3af'},
  focus: {light: '#b45309', dark: '#fbbf24'},
  // The crisis line's own calm pair (never an error red); each is the other's text on buttons.
  crisis: {light: '#155e75', dark: '#a5f3fc'},
  'crisis-surface': {light: '#ecfeff', dark: '#083344'},
} as const;

export type PaletteColor = keyof typeof palette;
export type Scheme = 'light' | 'dark';

const declarations = (scheme: Scheme) =>
  Object.entries(palette)
    .map(([name, colors]) => `--_default-${name}: ${colors[scheme]};`)
    .join('') + `--_scheme: ${scheme};`;

/** The `--_default-*` colors: light unless the color-scheme attribute says otherwise. */
export const paletteStyles = unsafeCSS(
  `:host { ${declarations('light')} }` +
    `:host([color-scheme='dark']) { ${declarations('dark')} }` +
    `@media (prefers-color-scheme: dark) { :host([color-scheme='auto']) { ${declarations('dark')} } }`
);
