/**
 * `iop-fit-check/jsx/react`: JSX types for the bare `<iop-fit-check>` tag in
 * React 19, which sets attributes and listens to custom events itself. React 19
 * calls `on<event-name>` props (`oniop-quiz-complete`), not `onIopQuizComplete`,
 * and its types read only `React.JSX`, so the tag is declared there. React 18
 * does neither: use the `iop-fit-check/react` component there.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {IopFitCheck, IopCrisisLine} from '../index.js';
import type {IopCrisisLineAttributes, IopEvents, IopFitCheckAttributes} from './attributes.js';

/** `oniop-quiz-complete={(event) => event.detail.outcome}` and the other events. */
export type IopEventProps<N extends keyof IopEvents = keyof IopEvents> = {
  [Name in N as `on${Name}`]?: (event: IopEvents[Name]) => void;
};

type ElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  class?: string;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'iop-fit-check': ElementProps<IopFitCheck> & IopFitCheckAttributes & IopEventProps;
      'iop-crisis-line': ElementProps<IopCrisisLine> &
        IopCrisisLineAttributes &
        IopEventProps<'iop-cta-click'>;
    }
  }
}
