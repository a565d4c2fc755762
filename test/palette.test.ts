/**
 * The default colors are written once, in src/styles/palette.ts. What partners
 * read (README, the element's JSDoc and so the manifest) and what the embed
 * builder starts from must say the same colors.
 */
import {expect} from '@open-wc/testing';
import {palette} from '../src/styles/palette.js';
import type {PaletteColor} from '../src/styles/palette.js';

const read = async (path: string) => (await fetch(path)).text();
const names = Object.keys(palette) as PaletteColor[];

describe('the palette defaults, written once', () => {
  it('the README table gives each light and dark default', async () => {
    const readme = await read('/README.md');
    for (const name of names) {
      const row = readme
        .split('\n')
        .find((line) => line.split('|')[1]?.trim() === `\`--iop-color-${name}\``);
      expect(row, `README row for --iop-color-${name}`).to.be.a('string');
      const cells = row!.split('|').map((cell) => cell.trim());
      expect(cells.slice(-3, -1), name).to.deep.equal([
        `\`${palette[name].light}\``,
        `\`${palette[name].dark}\``,
      ]);
    }
  });

  it("the element's JSDoc, as the manifest carries it, gives each default", async () => {
    const manifest = JSON.parse(await read('/custom-elements.json'));
    const properties = manifest.modules.flatMap(
      (module: {declarations?: {cssProperties?: {name: string; description: string}[]}[]}) =>
        (module.declarations ?? []).flatMap((declaration) => declaration.cssProperties ?? [])
    ) as {name: string; description: string}[];
    for (const name of names) {
      const property = properties.find((p) => p.name === `--iop-color-${name}`);
      expect(property, `manifest entry for --iop-color-${name}`).to.be.an('object');
      expect(property!.description, name).to.contain(
        `Default \`${palette[name].light}\` (dark \`${palette[name].dark}\`)`
      );
    }
  });

  it('the embed builder starts from the light defaults', async () => {
    const page = new DOMParser().parseFromString(await read('/demo/builder.html'), 'text/html');
    for (const name of ['primary', 'surface', 'text'] as const) {
      const input = page.querySelector<HTMLInputElement>(`input#${name}[type=color]`);
      expect(input?.getAttribute('value'), name).to.equal(palette[name].light);
    }
  });
});
