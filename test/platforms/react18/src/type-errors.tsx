// Mistakes the types must catch under React 18's types too.
import {IopFitCheck} from 'iop-fit-check/react';

export const mistakes = (
  <>
    {/* @ts-expect-error a phone is text, as the clinic writes it */}
    <IopFitCheck phone={5550100} />
    <IopFitCheck
      // @ts-expect-error an outcome is one of the six outcome ids
      onIopQuizComplete={(event) => event.detail.outcome === 'cured'}
    />
  </>
);
