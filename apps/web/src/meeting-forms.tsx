import { useEffect, useState } from 'preact/hooks';
import { getJson, type Meeting, type MeetingSummary, type Recorded, type Sak } from './api';
import { norwegianDate } from './format';
import { Field, NO_SOURCE, SelectField, SourceFields, sourceOf, useSubmission, useSuggested, WriteForm, type SourceChoice } from './forms';
import { nextNumber, SAKSTYPER } from './terms';

/** What every form of the meeting page is told: the meeting, and how to show what was recorded. */
interface RecordingProps {
  meeting: Meeting;
  onRecorded: (what: string) => void;
}

/**
 * Puts a sak on the agenda: the next free number of the body's year suggested (saker are
 * numbered per body and year across meetings), sakstype from the list, presenter, planned time,
 * attachments, and the forslag til vedtak if there is one.
 */
export function AddSakForm({ meeting, onRecorded }: RecordingProps) {
  const year = meeting.date.slice(0, 4);
  // Undefined until the year's numbers are read: no number is suggested before it is known to be free.
  const [taken, setTaken] = useState<string[]>();
  const empty = { title: '', sakstype: 'orientering', presenter: '', organisation: '', plannedStart: '', proposal: '' };
  const [form, setForm] = useState(empty);
  const [attachments, setAttachments] = useState<{ name: string; title: string }[]>([]);
  const [source, setSource] = useState<SourceChoice>(NO_SOURCE);
  const { send, refuse, busy, errors, message } = useSubmission();
  // Read again after a refusal: a number taken meanwhile by someone else is then not suggested.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    getJson<MeetingSummary[]>(`/meetings?body=${meeting.bodyId}&year=${year}`).then((meetings) =>
      setTaken(meetings.flatMap((m) => m.agenda.map((a) => a.number))),
    );
  }, [meeting, year, refusals]);

  const next = taken ? nextNumber(taken, year) : '';
  const suggestion = useSuggested(next);
  const number = suggestion.value;
  const set = (change: Partial<typeof form>) => setForm({ ...form, ...change });

  async function submit() {
    const listed = attachments.filter((a) => a.name.trim() || a.title.trim());
    if (listed.some((a) => !a.name.trim() || !a.title.trim()))
      return refuse({ attachments: 'Hvert vedlegg trenger både navn (Vedlegg 1) og tittel.' });
    const recorded = await send<Recorded>('/saker', {
      meetingId: meeting.meetingId,
      number,
      title: form.title,
      sakstype: form.sakstype,
      ...(form.presenter.trim()
        ? { presenter: { name: form.presenter, ...(form.organisation.trim() ? { organisation: form.organisation } : {}) } }
        : {}),
      ...(form.plannedStart ? { plannedStart: form.plannedStart } : {}),
      ...(listed.length ? { attachments: listed } : {}),
      ...sourceOf(source),
    });
    if (!recorded) return setRefusals((n) => n + 1);
    const sakId = recorded.id;
    // The proposal is its own fact. The sak is on the agenda whatever becomes of it, so the form
    // starts afresh (sending the sak again would be refused as a taken number); a proposal not
    // recorded is said, and is recorded from the sak's own panel.
    const proposed =
      !form.proposal.trim() || (await send<Recorded>(`/saker/${sakId}/proposal`, { text: form.proposal, ...sourceOf(source) }));
    setTaken([...(taken ?? []), number]);
    setForm(empty);
    suggestion.reset();
    setAttachments([]);
    onRecorded(
      proposed
        ? `Sak ${number} er satt på sakslisten.`
        : `Sak ${number} er satt på sakslisten, men forslaget til vedtak ble ikke registrert: registrer det under «Registrer for sak ${number}».`,
    );
  }

  return (
    <WriteForm
      id="add-sak"
      title="Ny sak på sakslisten"
      submit="Sett saken på sakslisten"
      busy={busy}
      message={message}
      errors={errors}
      onSubmit={submit}
    >
      <Field
        form="add-sak"
        name="number"
        label="Saksnummer"
        hint={next ? `Nummer/år; det neste ledige i organets år er ${next}` : 'Nummer/år'}
        {...suggestion}
        errors={errors}
        required
      />
      <Field form="add-sak" name="title" label="Tittel" value={form.title} onInput={(title) => set({ title })} errors={errors} required />
      <SelectField
        form="add-sak"
        name="sakstype"
        label="Sakstype"
        value={form.sakstype}
        onChange={(sakstype) => set({ sakstype })}
        errors={errors}
        options={Object.entries(SAKSTYPER)}
      />
      <Field
        form="add-sak"
        name="presenter"
        label="Presenterer saken (navn)"
        value={form.presenter}
        onInput={(presenter) => set({ presenter })}
        errors={errors}
      />
      <Field
        form="add-sak"
        name="organisation"
        label="Virksomheten til den som presenterer"
        value={form.organisation}
        onInput={(organisation) => set({ organisation })}
        errors={errors}
      />
      <Field
        form="add-sak"
        name="plannedStart"
        label="Planlagt start kl."
        hint="tt:mm"
        value={form.plannedStart}
        onInput={(plannedStart) => set({ plannedStart })}
        errors={errors}
      />
      <fieldset>
        <legend>Vedlegg</legend>
        {errors.attachments && (
          <p class="field-error" id="add-sak-attachments-error">
            {errors.attachments}
          </p>
        )}
        {attachments.map((a, i) => (
          <div key={i} class="attachment">
            <Field
              form="add-sak"
              name={`attachment-${i}-name`}
              label={`Vedlegg ${i + 1}: navn`}
              hint="For eksempel Vedlegg 1"
              value={a.name}
              onInput={(name) => setAttachments(attachments.map((x, j) => (j === i ? { ...x, name } : x)))}
              errors={errors}
            />
            <Field
              form="add-sak"
              name={`attachment-${i}-title`}
              label={`Vedlegg ${i + 1}: tittel`}
              value={a.title}
              onInput={(title) => setAttachments(attachments.map((x, j) => (j === i ? { ...x, title } : x)))}
              errors={errors}
            />
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => setAttachments([...attachments, { name: `Vedlegg ${attachments.length + 1}`, title: '' }])}
        >
          Legg til vedlegg
        </button>
      </fieldset>
      <Field
        form="add-sak"
        name="proposal"
        label="Forslag til vedtak"
        value={form.proposal}
        onInput={(proposal) => set({ proposal })}
        errors={errors}
        multiline
      />
      <SourceFields form="add-sak" value={source} onChange={setSource} errors={errors} />
    </WriteForm>
  );
}

/** Marks the meeting held, with who was present (every member and observer listed, present by default). */
export function MeetingHeldForm({ meeting, onRecorded }: RecordingProps) {
  const [present, setPresent] = useState(() => new Set(meeting.participants.map((p) => p.memberId)));
  const [source, setSource] = useState<SourceChoice>(NO_SOURCE);
  const { send, busy, errors, message } = useSubmission();
  // A meeting recorded as held without its attendance has only that left to record. (Sending
  // "held" again, as a retry after a refused attendance does, records nothing twice.)
  const held = meeting.status === 'held';

  async function submit() {
    const base = `/meetings/${meeting.meetingId}`;
    if (!held && !(await send<Recorded>(`${base}/held`, sourceOf(source)))) return;
    const attendance = meeting.participants.map((p) => ({ memberId: p.memberId, present: present.has(p.memberId) }));
    if (attendance.length && !(await send<Recorded>(`${base}/attendance`, { attendance, ...sourceOf(source) }))) return;
    onRecorded(held ? `Oppmøtet på møte ${meeting.number} er registrert.` : `Møte ${meeting.number} er registrert som avholdt.`);
  }

  const toggle = (memberId: string) => {
    const next = new Set(present);
    if (!next.delete(memberId)) next.add(memberId);
    setPresent(next);
  };
  return (
    <WriteForm
      id="held"
      title={held ? 'Oppmøte' : 'Møtet er avholdt'}
      submit={held ? 'Registrer oppmøtet' : 'Registrer at møtet er avholdt'}
      busy={busy}
      message={message}
      errors={errors}
      onSubmit={submit}
    >
      <fieldset>
        <legend>Til stede (fjern haken for dem som hadde forfall)</legend>
        <ul class="checks">
          {meeting.participants.map((p) => (
            <li key={p.memberId}>
              <input type="checkbox" id={`present-${p.memberId}`} checked={present.has(p.memberId)} onChange={() => toggle(p.memberId)} />
              <label for={`present-${p.memberId}`}>
                {p.name}, {p.organisation}
                {p.role === 'observer' ? ' (observatør)' : ''}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SourceFields form="held" value={source} onChange={setSource} errors={errors} />
    </WriteForm>
  );
}

/** One text and its source: the proposal, the vedtak (prefilled from the proposal), or a correction with its reason. */
function DecisionTextForm({
  sak,
  kind,
  onRecorded,
}: {
  sak: Sak;
  kind: 'proposal' | 'vedtak' | 'correction';
  onRecorded: (what: string) => void;
}) {
  const id = `${kind}-${sak.sakId}`;
  const [text, setText] = useState(kind === 'vedtak' ? (sak.proposal ?? '') : kind === 'correction' ? (sak.vedtak?.text ?? '') : '');
  const [reason, setReason] = useState('');
  const [source, setSource] = useState<SourceChoice>(NO_SOURCE);
  const { send, busy, errors, message } = useSubmission();
  const forms = {
    proposal: { title: 'Forslag til vedtak', submit: 'Registrer forslaget', path: 'proposal', done: 'Forslaget til vedtak er registrert' },
    vedtak: { title: 'Vedtak', submit: 'Registrer vedtaket', path: 'vedtak', done: 'Vedtaket er registrert' },
    correction: {
      title: 'Korriger vedtaket',
      submit: 'Registrer korrigeringen',
      path: 'vedtak/corrections',
      done: 'Korrigeringen er registrert',
    },
  } as const;
  const form = forms[kind];

  async function submit() {
    const body = { text, ...(kind === 'correction' ? { reason } : {}), ...sourceOf(source) };
    if (await send<Recorded>(`/saker/${sak.sakId}/${form.path}`, body)) onRecorded(`${form.done} (sak ${sak.number}).`);
  }

  return (
    <WriteForm
      id={id}
      title={`${form.title}, sak ${sak.number}`}
      submit={form.submit}
      busy={busy}
      message={message}
      errors={errors}
      onSubmit={submit}
    >
      <Field
        form={id}
        name="text"
        label={kind === 'proposal' ? 'Forslag til vedtak' : 'Vedtakets ordlyd'}
        hint={kind === 'vedtak' && sak.proposal ? 'Fylt ut fra forslaget; endre det som ble vedtatt annerledes' : undefined}
        value={text}
        onInput={setText}
        errors={errors}
        required
        multiline
      />
      {kind === 'correction' && (
        <Field
          form={id}
          name="reason"
          label="Begrunnelse for korrigeringen"
          hint="Det opprinnelige vedtaket blir stående i loggen"
          value={reason}
          onInput={setReason}
          errors={errors}
          required
          multiline
        />
      )}
      <SourceFields form={id} value={source} onChange={setSource} errors={errors} />
    </WriteForm>
  );
}

/** A one-click write of the sak (publication), still with its outcome said. */
function SakStep({
  sak,
  path,
  body,
  label,
  done,
  onRecorded,
}: {
  sak: Sak;
  path: string;
  body: object;
  label: string;
  done: string;
  onRecorded: (what: string) => void;
}) {
  const { send, busy, message } = useSubmission();
  return (
    <div class="step">
      <button
        type="button"
        class="secondary"
        disabled={busy}
        onClick={async () => (await send<Recorded>(`/saker/${sak.sakId}/${path}`, body)) && onRecorded(done)}
      >
        {label}
      </button>
      {message && <p role="alert">{message}</p>}
    </div>
  );
}

const PUBLICATION: Record<NonNullable<Sak['publication']>['state'], string> = {
  draft: 'Kladd: ikke offentlig',
  sent: 'Sendt med innkallingen: saken står offentlig på sakslisten, sakspapirene ikke',
  published: 'Publisert: saken og sakspapirene er offentlige',
};

/** Approves the referat of an earlier held meeting of the same body, from this sak. */
function ApproveMinutesForm({ sak, meeting, onRecorded }: { sak: Sak; meeting: Meeting; onRecorded: (what: string) => void }) {
  const id = `approve-${sak.sakId}`;
  const [earlier, setEarlier] = useState<MeetingSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const { send, busy, errors, message } = useSubmission();
  useEffect(() => {
    getJson<MeetingSummary[]>(`/meetings?body=${meeting.bodyId}`).then((all) => {
      const held = all.filter((m) => m.status === 'held' && m.date < meeting.date).reverse();
      setEarlier(held);
      setChosen(held[0]?.meetingId ?? '');
    });
  }, [meeting]);
  if (!earlier.length) return null;
  const submit = async () => {
    if (await send<Recorded>(`/saker/${sak.sakId}/minutes-approval`, { minutesOfMeetingId: chosen }))
      onRecorded(`Sak ${sak.number} godkjenner referatet.`);
  };
  return (
    <WriteForm
      id={id}
      title={`Godkjenning av referat, sak ${sak.number}`}
      submit="Registrer godkjenningen"
      busy={busy}
      message={message}
      errors={errors}
      onSubmit={submit}
    >
      <SelectField
        form={id}
        name="minutesOfMeetingId"
        label="Referatet fra møtet"
        value={chosen}
        onChange={setChosen}
        errors={errors}
        options={earlier.map((m) => [m.meetingId, `Møte ${m.number} (${norwegianDate(m.date)})`])}
      />
    </WriteForm>
  );
}

/** What the secretariat can record for a sak next, in the order a meeting goes. */
export function SakRecording({ sak, meeting, onRecorded }: { sak: Sak } & RecordingProps) {
  const publication = sak.publication;
  return (
    <details class="recording">
      <summary>Registrer for sak {sak.number}</summary>
      {publication && <p>Publisering: {PUBLICATION[publication.state]}.</p>}
      {publication?.state === 'draft' && (
        <SakStep
          sak={sak}
          path="publication"
          body={{ state: 'sent' }}
          label="Send med innkallingen"
          done={`Sak ${sak.number} er sendt med innkallingen.`}
          onRecorded={onRecorded}
        />
      )}
      {publication && publication.state !== 'published' && (
        <SakStep
          sak={sak}
          path="publication"
          body={{ state: 'published' }}
          label="Publiser saken"
          done={`Sak ${sak.number} er publisert.`}
          onRecorded={onRecorded}
        />
      )}
      {sak.proposal === null && !sak.vedtak && <DecisionTextForm sak={sak} kind="proposal" onRecorded={onRecorded} />}
      {meeting.status === 'held' && !sak.vedtak && <DecisionTextForm sak={sak} kind="vedtak" onRecorded={onRecorded} />}
      {sak.vedtak && <DecisionTextForm key={sak.vedtak.text} sak={sak} kind="correction" onRecorded={onRecorded} />}
      {sak.vedtak && publication && !publication.vedtakPublished && (
        <SakStep
          sak={sak}
          path="vedtak/publication"
          body={{}}
          label="Publiser vedtaket nå"
          done={`Vedtaket i sak ${sak.number} er publisert.`}
          onRecorded={onRecorded}
        />
      )}
      {sak.sakstype === 'godkjenning' && !sak.approvesMinutesOf && (
        <ApproveMinutesForm sak={sak} meeting={meeting} onRecorded={onRecorded} />
      )}
    </details>
  );
}
