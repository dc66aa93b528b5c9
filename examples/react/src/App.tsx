// A React host: typed event props from attune-widgets/react, state kept by the app.
import {useState} from 'react';
import {AttuneHelpCard, AttuneMoodCheckIn, AttuneRoutinePlanner} from 'attune-widgets/react';
import type {CheckInDraft, CheckInResponse, Routine} from 'attune-widgets/schema';

export function App() {
  const [responses, setResponses] = useState<CheckInResponse[]>([]);
  const [routine, setRoutine] = useState<Routine | undefined>();
  // The in-progress answers, as a host keeps them to restore later. Clearing them once the
  // check-in is sent never takes the result (or its crisis help) off the parent's screen.
  const [draft, setDraft] = useState<CheckInDraft | undefined>();

  return (
    <main>
      <h1>Attune in a React app</h1>
      <AttuneMoodCheckIn
        draft={draft}
        onCheckInChange={(event) => setDraft(event.detail.draft)}
        onCheckInSubmit={(event) => {
          setResponses((list) => [...list, event.detail.response]);
          setDraft(undefined);
        }}
        onContentError={(event) => console.warn(event.detail.issues)}
      />
      <section aria-labelledby="saved">
        <h2 id="saved">Saved by the app</h2>
        <p data-testid="response-count">{responses.length} check-in(s) received</p>
        <ul>
          {responses.map((r) => (
            <li key={r.id} data-testid="response">{`Mood ${r.mood.value} of 5, signpost ${r.signpost}`}</li>
          ))}
        </ul>
      </section>
      <AttuneRoutinePlanner routine={routine} onRoutineChange={(event) => setRoutine(event.detail.routine)} />
      <AttuneHelpCard level="support" headingLevel={2} onHelpAction={(event) => console.info(event.detail.actionId)} />
    </main>
  );
}
