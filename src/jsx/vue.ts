/**
 * `iop-fit-check/jsx/vue`: types for `<iop-fit-check>` in Vue templates, so
 * vue-tsc checks its attributes and `@iop-quiz-complete` handlers. Vue also
 * needs to be told the tag is a custom element (`isCustomElement`).
 */
import type {DefineComponent} from 'vue';
import type {IopCrisisLineAttributes, IopEvents, IopFitCheckAttributes} from './attributes.js';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** Vue templates write `center-name`; vue-tsc checks it as `centerName`. */
type VueProps<A> = {[K in keyof A as CamelCase<K & string>]: A[K]};

/** `@iop-quiz-complete="handler"` is checked as the prop `onIopQuizComplete`. */
export type IopVueEventProps<N extends keyof IopEvents = keyof IopEvents> = {
  [Name in N as `on${Capitalize<CamelCase<Name>>}`]?: (event: IopEvents[Name]) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'iop-fit-check': DefineComponent<VueProps<IopFitCheckAttributes> & IopVueEventProps>;
    'iop-crisis-line': DefineComponent<
      VueProps<IopCrisisLineAttributes> & IopVueEventProps<'iop-cta-click'>
    >;
  }
}
