/** Messages used by more than one view. Called only while rendering. */
import {msg, str} from '@lit/localize';

/** Link text that calls a phone number; the number is already isolated for bidi. */
export const callNumber = (number: string) =>
  msg(str`Call ${number}`, {
    id: 'call.n',
    desc: 'Link that dials a phone number. Placeholder: the number.',
  });

export const textNumber = (number: string) =>
  msg(str`Text ${number}`, {
    id: 'text.n',
    desc: 'Link that opens a text message to the crisis line. Placeholder: the number.',
  });

export const startOver = () => msg('Start over', {id: 'restart'});
