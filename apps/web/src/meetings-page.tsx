import { useEffect, useState } from 'preact/hooks';
import { getJson, type Body, type MeetingSummary, type Recorded } from './api';
import { isoDate, norwegianDate } from './format';
import { Field, NO_SOURCE, SelectField, SourceFields, sourceOf, useSubmission, useSuggested, WriteForm } from './forms';
import { usePrincipal } from './session';
import { MEETING_KIND, MEETING_STATUS, nextNumber } from './terms';
import { readProblemText } from './messages';
import { useJson } from './use-json';

/** `/ui/meetings`: the meetings, newest first; the secretariat schedules a new one here. */
export function MeetingsPage() {
  const principal = usePrincipal();
  // Read again after a refused schedule: a number taken meanwhile by someone else is then not suggested.
  const { data: meetings, problem, reload } = useJson<MeetingSummary[]>('/meetings');

  return (
    <main>
      <h1>Møter</h1>
      {problem && <p role="alert">Kunne ikke hente møtene: {readProblemText(problem)}</p>}
      {meetings && (
        <table class="register">
          <caption class="visually-hidden">Møter, nyeste først</caption>
          <thead>
            <tr>
              <th scope="col">Møte</th>
              <th scope="col">Dato</th>
              <th scope="col">Organ</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Saker</th>
            </tr>
          </thead>
          <tbody>
            {[...meetings].reverse().map((m) => (
              <tr key={m.meetingId}>
                <th scope="row">
                  <a href={`/ui/meetings/${encodeURIComponent(m.meetingId)}`}>Møte {m.number}</a>
                </th>
                <td>{norwegianDate(m.date)}</td>
                <td>{m.bodyName}</td>
                <td>{MEETING_KIND[m.kind]}</td>
                <td>{MEETING_STATUS[m.status]}</td>
                <td>{new Set(m.agenda.map((a) => a.sakId)).size}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {principal.roles.includes('secretariat') && meetings && <ScheduleMeeting meetings={meetings} onRefused={reload} />}
    </main>
  );
}

/** Schedules a meeting: its number suggested from the body's year, the date as dd.mm.åååå. */
function ScheduleMeeting({ meetings, onRefused }: { meetings: MeetingSummary[]; onRefused: () => void }) {
  const [bodies, setBodies] = useState<Body[]>([]);
  const [form, setForm] = useState({ bodyId: '', date: '', startTime: '', endTime: '', place: '', kind: 'ordinary' });
  const [source, setSource] = useState(NO_SOURCE);
  const { send, refuse, busy, errors, message } = useSubmission();
  useEffect(() => {
    getJson<Body[]>('/bodies').then((found) => {
      setBodies(found);
      setForm((f) => ({ ...f, bodyId: f.bodyId || found[0]?.bodyId || '' }));
    });
  }, []);

  const date = isoDate(form.date);
  // The number follows the body and the date's year until the secretariat types one.
  const suggested =
    date && form.bodyId
      ? nextNumber(
          meetings.filter((m) => m.bodyId === form.bodyId).map((m) => m.number),
          date.slice(0, 4),
        )
      : '';
  const numberField = useSuggested(suggested);
  const number = numberField.value;
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });

  async function submit() {
    if (!date) return refuse({ date: 'Skriv en dato som finnes, som dd.mm.åååå.' });
    const optional = Object.fromEntries(
      Object.entries({ startTime: form.startTime, endTime: form.endTime, place: form.place }).filter(([, v]) => v),
    );
    const recorded = await send<Recorded>('/meetings', {
      bodyId: form.bodyId,
      number,
      date,
      kind: form.kind,
      ...optional,
      ...sourceOf(source),
    });
    if (recorded?.id) location.assign(`/ui/meetings/${encodeURIComponent(recorded.id)}`);
    else onRefused();
  }

  return (
    <WriteForm id="schedule" title="Nytt møte" submit="Opprett møtet" busy={busy} message={message} errors={errors} onSubmit={submit}>
      <SelectField
        form="schedule"
        name="bodyId"
        label="Organ"
        value={form.bodyId}
        onChange={(bodyId) => set({ bodyId })}
        errors={errors}
        options={bodies.map((b) => [b.bodyId, b.name])}
      />
      <Field
        form="schedule"
        name="date"
        label="Dato"
        hint="dd.mm.åååå"
        value={form.date}
        onInput={(v) => set({ date: v })}
        errors={errors}
        required
      />
      <Field
        form="schedule"
        name="number"
        label="Møtenummer"
        hint={suggested ? `Nummer/år; det neste ledige er ${suggested}` : 'Nummer/år'}
        {...numberField}
        errors={errors}
        required
      />
      <Field
        form="schedule"
        name="startTime"
        label="Starter kl."
        hint="tt:mm"
        value={form.startTime}
        onInput={(v) => set({ startTime: v })}
        errors={errors}
      />
      <Field
        form="schedule"
        name="endTime"
        label="Slutter kl."
        hint="tt:mm"
        value={form.endTime}
        onInput={(v) => set({ endTime: v })}
        errors={errors}
      />
      <Field form="schedule" name="place" label="Sted" value={form.place} onInput={(v) => set({ place: v })} errors={errors} />
      <SelectField
        form="schedule"
        name="kind"
        label="Type møte"
        value={form.kind}
        onChange={(kind) => set({ kind })}
        errors={errors}
        options={Object.entries(MEETING_KIND)}
      />
      <SourceFields form="schedule" value={source} onChange={setSource} errors={errors} />
    </WriteForm>
  );
}
