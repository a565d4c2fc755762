/**
 * `iop-fit-check/react`: the widget as a React component, for React 18 and 19.
 * React 18 cannot set properties or listen to custom events on a custom
 * element; @lit/react's wrapper does both, and types every prop and event.
 */
import * as React from 'react';
import {createComponent} from '@lit/react';
import type {EventName} from '@lit/react';
import {
  IopCrisisLine as IopCrisisLineElement,
  IopFitCheck as IopFitCheckElement,
} from '../index.js';
import type {IopEventDetails} from '../events.js';

type Fired<N extends keyof IopEventDetails> = EventName<CustomEvent<IopEventDetails[N]>>;

/** `<IopFitCheck centerName="…" phone="…" onIopQuizComplete={(e) => e.detail.outcome} />` */
export const IopFitCheck = createComponent({
  tagName: 'iop-fit-check',
  elementClass: IopFitCheckElement,
  react: React,
  events: {
    onIopQuizStart: 'iop-quiz-start' as Fired<'iop-quiz-start'>,
    onIopQuizAnswer: 'iop-quiz-answer' as Fired<'iop-quiz-answer'>,
    onIopQuizComplete: 'iop-quiz-complete' as Fired<'iop-quiz-complete'>,
    onIopCtaClick: 'iop-cta-click' as Fired<'iop-cta-click'>,
    onIopLocaleChange: 'iop-locale-change' as Fired<'iop-locale-change'>,
  },
  displayName: 'IopFitCheck',
});

/** The crisis line alone, e.g. in a site header: `<IopCrisisLine crisisPhone="988" />` */
export const IopCrisisLine = createComponent({
  tagName: 'iop-crisis-line',
  elementClass: IopCrisisLineElement,
  react: React,
  events: {onIopCtaClick: 'iop-cta-click' as Fired<'iop-cta-click'>},
  displayName: 'IopCrisisLine',
});

export type {IopEventDetails, CtaKind, Outcome} from '../index.js';
