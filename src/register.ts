/**
 * Registers the widget's elements once, however many copies of the script a
 * page loads (two partners' snippets, say), and warns on a version mismatch.
 */
import {IopFitCheck} from './iop-fit-check.js';
import {IopCrisisLine} from './crisis-line/iop-crisis-line.js';
import {IopExplainer} from './explainer/iop-explainer.js';
import {IopCheck} from './check/iop-check.js';

const elements: [string, CustomElementConstructor][] = [
  ['iop-crisis-line', IopCrisisLine],
  ['iop-explainer', IopExplainer],
  ['iop-check', IopCheck],
  ['iop-fit-check', IopFitCheck],
];

const registered = customElements.get('iop-fit-check') as {version?: string} | undefined;
if (registered && registered.version !== IopFitCheck.version) {
  console.warn(
    `<iop-fit-check>: version ${IopFitCheck.version} was loaded, but version ${registered.version ?? 'unknown'} is already registered and stays in use. Load the script once.`
  );
}
for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
