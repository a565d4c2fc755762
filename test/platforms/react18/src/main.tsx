import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import {IopFitCheck} from 'iop-fit-check/react';
import type {IopEventDetails} from 'iop-fit-check/react';

type Heard = {name: keyof IopEventDetails; detail: string};

/** React 18 sets no properties and hears no custom events on a tag: the component does both. */
function App() {
  const [heard, setHeard] = useState<Heard[]>([]);
  const hear = (name: Heard['name'], detail = '') => setHeard((old) => [...old, {name, detail}]);
  return (
    <main>
      <IopFitCheck
        centerName="Sample Recovery Center"
        phone="(555) 010-0100"
        onIopQuizStart={() => hear('iop-quiz-start')}
        onIopQuizAnswer={({detail}) => hear('iop-quiz-answer', detail.questionId)}
        onIopQuizComplete={({detail}) => hear('iop-quiz-complete', detail.outcome)}
        onIopCtaClick={({detail}) => hear('iop-cta-click', detail.kind)}
        onIopLocaleChange={({detail}) => hear('iop-locale-change', detail.locale)}
      />
      <ol id="events">
        {heard.map(({name, detail}, index) => (
          <li key={index}>{detail ? `${name} ${detail}` : name}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
