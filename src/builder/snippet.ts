/** The embed snippet a webmaster pastes: script tag, custom properties that differ, and the element. */

export interface SnippetOptions {
  scriptUrl: string;
  /** Attribute name → value, only the valid, non-empty ones. */
  attributes: [string, string][];
  /** Custom property name → value, only those that differ from the defaults. */
  properties: [string, string][];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function snippet({scriptUrl, attributes, properties}: SnippetOptions) {
  const lines = [`<script src="${escapeAttribute(scriptUrl)}"></script>`];
  if (properties.length) {
    lines.push(
      '<style>',
      '  iop-fit-check {',
      ...properties.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>'
    );
  }
  const attrs = attributes
    .map(([name, value]) => `\n  ${name}="${escapeAttribute(value)}"`)
    .join('');
  lines.push(`<iop-fit-check${attrs}></iop-fit-check>`);
  return lines.join('\n');
}
