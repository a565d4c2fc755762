import {useCallback, useState} from 'react';
import type {ReactNode} from 'react';

/** Shows each event the app heard, in order, where the test can read it. */
export function EventLog({children}: {children: (heard: (line: string) => void) => ReactNode}) {
  const [lines, setLines] = useState<string[]>([]);
  const heard = useCallback((line: string) => setLines((old) => [...old, line]), []);
  return (
    <>
      {children(heard)}
      <ol id="events">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </>
  );
}
