/**
 * What Chromium tells assistive technology, read from its accessibility tree
 * through the DevTools protocol (scripts/devtools-plugin.js): Chromium only.
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {answer, clean, mount} from '../helpers.js';

describe('what assistive technology is told (Chromium accessibility tree)', () => {
  interface AxNode {
    role: string;
    name?: string;
    pressed?: boolean | string;
    level?: number;
    children?: AxNode[];
  }
  const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

  it('a named region, a named group per question, named answer buttons and out-of-context link names', async () => {
    const el = await mount(
      html`<iop-fit-check
        view="quiz"
        center-name="Sample Recovery Center"
        phone="(555) 010-0100"
        heading-level="3"
      ></iop-fit-check>`
    );
    const tree = flatten((await executeServerCommand('accessibility-tree', {})) as AxNode);
    const names = (role: string) => tree.filter((n) => n.role === role).map((n) => clean(n.name));
    expect(names('region')).to.include('IOP guide and private fit check');
    const group = tree.find((n) => n.role === 'group' && clean(n.name).startsWith('Question 1 of'));
    expect(group?.name).to.contain('Right now, today, is any of this true?');
    expect(names('button')).to.include.members([
      'None of these',
      'I have thoughts of hurting someone else',
    ]);
    expect(names('link')).to.include.members(['Call 988', 'Text 988', 'Call 911']);
    await answer(el, 'none');
    const again = flatten((await executeServerCommand('accessibility-tree', {})) as AxNode);
    expect(clean(again.find((n) => n.role === 'group')?.name)).to.match(/^Question 2 of \d+ /);
  });
});
