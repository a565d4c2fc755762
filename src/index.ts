/** The package's module entry: registers the element and exports its types. */
import './register.js';

export {IopFitCheck} from './iop-fit-check.js';
export type {IopEventDetails, IopEventName, CtaKind} from './events.js';
export type {Outcome} from './fit-check/rules.js';
