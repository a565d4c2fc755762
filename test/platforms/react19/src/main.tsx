import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {IopFitCheck} from 'iop-fit-check/react';
import type {Outcome} from 'iop-fit-check/react';
import type {} from 'iop-fit-check/jsx/react';
import {EventLog} from './event-log.js';

/** The component from iop-fit-check/react, with typed props and events. */
function WithComponent({heard}: {heard: (line: string) => void}) {
  const [outcome, setOutcome] = useState<Outcome>();
  return (
    <>
      <IopFitCheck
        centerName="Sample Recovery Center"
        phone="(555) 010-0100"
        insuranceUrl="https://example.org/insurance"
        quickExit
        onIopQuizStart={() => heard('iop-quiz-start')}
        onIopQuizAnswer={(event) => heard(`iop-quiz-answer ${event.detail.questionId}`)}
        onIopQuizComplete={(event) => {
          setOutcome(event.detail.outcome);
          heard(`iop-quiz-complete ${event.detail.outcome}`);
        }}
        onIopCtaClick={(event) => heard(`iop-cta-click ${event.detail.kind}`)}
        onIopLocaleChange={(event) => heard(`iop-locale-change ${event.detail.locale}`)}
      />
      {outcome && <p id="outcome">{outcome}</p>}
    </>
  );
}

/** React 19 alone: the bare tag, its attributes and the on<event-name> props React 19 calls. */
function WithBareTag({heard}: {heard: (line: string) => void}) {
  return (
    <iop-fit-check
      center-name="Sample Recovery Center"
      phone="(555) 010-0100"
      view="full"
      quick-exit
      oniop-quiz-start={() => heard('iop-quiz-start')}
      oniop-quiz-answer={(event) => heard(`iop-quiz-answer ${event.detail.questionId}`)}
      oniop-quiz-complete={(event) => heard(`iop-quiz-complete ${event.detail.outcome}`)}
      oniop-cta-click={(event) => heard(`iop-cta-click ${event.detail.kind}`)}
      oniop-locale-change={(event) => heard(`iop-locale-change ${event.detail.locale}`)}
    ></iop-fit-check>
  );
}

function App() {
  const bare = location.hash === '#bare';
  return (
    <EventLog>
      {(heard) => (bare ? <WithBareTag heard={heard} /> : <WithComponent heard={heard} />)}
    </EventLog>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
