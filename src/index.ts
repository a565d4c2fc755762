/** The package's module entry: registers the elements and exports their types. */
import './register.js';

export {IopFitCheck} from './iop-fit-check.js';
export {IopCrisisLine} from './crisis-line/iop-crisis-line.js';
export type {IopEventDetails, IopEventName, CtaKind} from './events.js';
export type {Outcome} from './fit-check/rules.js';
