// Mistakes the types must catch: each @ts-expect-error fails the type check if it stops being an error.
import {IopFitCheck} from 'iop-fit-check/react';
import type {} from 'iop-fit-check/jsx/react';

export const mistakes = (
  <>
    {/* @ts-expect-error a phone is text, as the clinic writes it */}
    <IopFitCheck phone={5550100} />
    <IopFitCheck
      // @ts-expect-error an outcome is one of the six outcome ids
      onIopQuizComplete={(event) => event.detail.outcome === 'cured'}
    />
    <IopFitCheck
      // @ts-expect-error answers never leave the widget, so an event has none
      onIopQuizAnswer={(event) => event.detail.answer}
    />
    {/* @ts-expect-error view is full, quiz or explainer */}
    <iop-fit-check view="wizard"></iop-fit-check>
    {/* @ts-expect-error heading-level is 1 to 6 */}
    <iop-fit-check heading-level={7}></iop-fit-check>
    <iop-fit-check
      // @ts-expect-error a CTA kind is phone, insurance, crisis, emergency or helpline
      oniop-cta-click={(event) => event.detail.kind === 'email'}
    ></iop-fit-check>
  </>
);
