/** Tells the partner's developer, once per rejected value, what the widget ignored. */
export const warn = (attribute: string, value: string, fallback = 'its default') =>
  console.warn(
    `<iop-fit-check>: ignoring ${attribute}=${JSON.stringify(value)}; using ${fallback} instead. See the README for allowed values.`
  );
