/**
 * Registers `<iop-fit-check>` once, however many copies of the script a page
 * loads (two partners' snippets, say), and warns on a version mismatch.
 */
import {IopFitCheck} from './iop-fit-check.js';

const tag = 'iop-fit-check';
const registered = customElements.get(tag) as {version?: string} | undefined;
if (!registered) {
  customElements.define(tag, IopFitCheck);
} else if (registered.version !== IopFitCheck.version) {
  console.warn(
    `<iop-fit-check>: version ${IopFitCheck.version} was loaded, but version ${registered.version ?? 'unknown'} is already registered and stays in use. Load the script once.`
  );
}
