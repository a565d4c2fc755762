/**
 * What the widget tells a partner's developer about a value it ignored. The
 * embed builder shows the same words, so a webmaster sees them before pasting.
 */
export const rejectionMessage = (attribute: string, value: string, fallback = 'its default') =>
  `<iop-fit-check>: ignoring ${attribute}=${JSON.stringify(value)}; using ${fallback} instead. See the README for allowed values.`;

/** Warns once per rejected value (the element calls it only when a value changes). */
export const warn = (attribute: string, value: string, fallback?: string) =>
  console.warn(rejectionMessage(attribute, value, fallback));
