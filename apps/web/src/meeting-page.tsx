import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getJson, type Meeting, type Sak } from './api';
import { norwegianDate } from './format';
import { AddSakForm, MeetingHeldForm, SakRecording } from './meeting-forms';
import { usePrincipal } from './session';
import { FactSourceView } from './source';
import { MEETING_KIND, MEETING_STATUS } from './terms';
import { wordDiff } from './word-diff';
import './meeting.css';
import { readProblemText } from './messages';

/** What the page is, by the meeting's status: the innkalling (notice and agenda) until it is held, then the referat (minutes). */
const DOCUMENT: Record<Meeting['status'], { title: string; print: string }> = {
  planned: { title: 'Innkalling', print: 'Skriv ut innkallingen' },
  held: { title: 'Referat', print: 'Skriv ut referatet' },
  cancelled: { title: 'Innkalling (møtet er avlyst)', print: 'Skriv ut innkallingen' },
};

const ROLE_WORDS: Record<string, string> = { presenterer: 'Presenterer saken', fra: 'Fra', saksbehandler: 'Saksbehandler' };

const WITHHELD_WORDS: Record<string, string> = {
  sak: 'Saken',
  title: 'Tittelen',
  proposal: 'Forslaget til vedtak',
  vedtak: 'Vedtaket',
  roles: 'Hvem som presenterer',
  attachments: 'Sakspapirene',
  attachment: 'Vedlegget',
};

/**
 * `/ui/meetings/:meetingId`: the meeting as its referat: time and place, who was present, the
 * agenda in order (with "forts."), each sak with its forslag til vedtak and vedtak (what differs
 * marked), corrections with their reason. It prints as the referat. The secretariat records the
 * meeting here as it goes.
 */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const principal = usePrincipal();
  const [meeting, setMeeting] = useState<Meeting>();
  const [problem, setProblem] = useState<string>();
  const [recorded, setRecorded] = useState<string>();

  const load = () =>
    getJson<Meeting>(`/meetings/${encodeURIComponent(meetingId)}`).then(setMeeting, (error: Error) => setProblem(readProblemText(error)));
  useEffect(() => {
    load();
  }, [meetingId, principal]);

  // What was recorded is said once the page shows it.
  const onRecorded = (what: string) => load().then(() => setRecorded(what));

  if (problem)
    return (
      <main>
        <h1>Møtet kunne ikke vises</h1>
        <p role="alert">{problem}</p>
        <p>
          <a href="/ui/meetings">Til møtene</a>
        </p>
      </main>
    );
  if (!meeting) return <main aria-busy="true">Henter møtet …</main>;
  const secretariat = principal.roles.includes('secretariat');
  return (
    <main class="meeting">
      <p class="no-print">
        <a href="/ui/meetings">Alle møter</a>
      </p>
      <h1>
        {DOCUMENT[meeting.status].title} – {meeting.bodyName}, {meeting.kind === 'extra' ? 'ekstra møte' : 'møte'} {meeting.number}
      </h1>
      <p aria-live="polite" class="recorded no-print">
        {recorded}
      </p>
      <dl class="facts">
        <dt>Dato</dt>
        <dd>{norwegianDate(meeting.date)}</dd>
        {meeting.startTime && (
          <>
            <dt>Tid</dt>
            <dd>
              Kl. {meeting.startTime}
              {meeting.endTime && `–${meeting.endTime}`}
            </dd>
          </>
        )}
        {meeting.place && (
          <>
            <dt>Sted</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        <dt>Type</dt>
        <dd>{MEETING_KIND[meeting.kind]}</dd>
        <dt>Status</dt>
        <dd data-testid="meeting-status">
          {MEETING_STATUS[meeting.status]}
          {meeting.cancellationReason && `: ${meeting.cancellationReason}`}
        </dd>
      </dl>
      <button type="button" class="secondary no-print" onClick={() => print()}>
        {DOCUMENT[meeting.status].print}
      </button>
      <Attendance meeting={meeting} />
      <Agenda meeting={meeting} />
      {meeting.saker.map((sak) => (
        <SakSection key={sak.sakId} sak={sak}>
          {secretariat && <SakRecording sak={sak} meeting={meeting} onRecorded={onRecorded} />}
        </SakSection>
      ))}
      {secretariat && meeting.status === 'planned' && (
        <section class="no-print" aria-label="Registrer møtet">
          <h2>Registrer</h2>
          <AddSakForm meeting={meeting} onRecorded={onRecorded} />
          <MeetingHeldForm meeting={meeting} onRecorded={onRecorded} />
        </section>
      )}
      {secretariat && meeting.status === 'held' && (
        <section class="no-print" aria-label="Registrer møtet">
          <h2>Registrer</h2>
          <AddSakForm meeting={meeting} onRecorded={onRecorded} />
          {meeting.participants.length > 0 && meeting.participants.every((p) => p.present === null) && (
            <MeetingHeldForm meeting={meeting} onRecorded={onRecorded} />
          )}
        </section>
      )}
    </main>
  );
}

function Attendance({ meeting }: { meeting: Meeting }) {
  if (!meeting.participants.length) return null;
  const who = (p: Meeting['participants'][number]) => `${p.name}, ${p.organisation}${p.role === 'observer' ? ' (observatør)' : ''}`;
  const known = meeting.participants.some((p) => p.present !== null);
  return (
    <section aria-labelledby="attendance">
      <h2 id="attendance">{known ? 'Til stede' : 'Medlemmer og observatører'}</h2>
      <ul>
        {meeting.participants
          .filter((p) => p.present !== false)
          .map((p) => (
            <li key={p.memberId}>{who(p)}</li>
          ))}
      </ul>
      {meeting.participants.some((p) => p.present === false) && (
        <>
          <h3>Forfall</h3>
          <ul>
            {meeting.participants
              .filter((p) => p.present === false)
              .map((p) => (
                <li key={p.memberId}>{who(p)}</li>
              ))}
          </ul>
        </>
      )}
      {!known && meeting.status === 'held' && <p>Oppmøtet er ikke registrert.</p>}
    </section>
  );
}

function Agenda({ meeting }: { meeting: Meeting }) {
  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">Saksliste</h2>
      {meeting.agenda.length === 0 && <p>Ingen saker er satt på sakslisten.</p>}
      <ol class="agenda">
        {meeting.agenda.map((item, i) => (
          <li key={`${item.sakId}-${i}`}>
            {item.startTime && <span class="time">{item.startTime}</span>}{' '}
            <a href={`#sak-${item.sakId}`}>
              Sak {item.number}
              {item.continued ? ' forts.' : ''}
            </a>{' '}
            {item.title} <span class="sakstype">({item.sakstypeLabel})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The proposal beside the vedtak; where they differ, the words removed and added are marked (and said, not only coloured). */
function ProposalAndVedtak({ sak }: { sak: Sak }) {
  const vedtak = sak.vedtak;
  return (
    <>
      <h3>Forslag til vedtak</h3>
      <p>{sak.proposal ?? 'Ikke registrert.'}</p>
      <h3>Vedtak</h3>
      {!vedtak && <p>Ikke registrert.</p>}
      {vedtak && !sak.differsFromProposal && <p class="vedtak">{vedtak.originalText}</p>}
      {vedtak && sak.differsFromProposal && sak.proposal !== null && (
        <>
          <p class="differs">Vedtaket avviker fra forslaget (strøket og tilføyd tekst er merket):</p>
          <p class="vedtak">
            {wordDiff(sak.proposal, vedtak.originalText).map((stretch, i) =>
              stretch.kind === 'same' ? (
                stretch.text
              ) : stretch.kind === 'removed' ? (
                <del key={i}>{stretch.text}</del>
              ) : (
                <ins key={i}>{stretch.text}</ins>
              ),
            )}
          </p>
        </>
      )}
      {vedtak && vedtak.corrections.length > 0 && (
        <>
          <h3>Korrigeringer</h3>
          <ol class="corrections">
            {vedtak.corrections.map((c, i) => (
              <li key={i}>
                <p>
                  Korrigert {norwegianDate(c.recordedAt)}
                  {c.actor && ` av ${c.actor}`}. Begrunnelse: {c.reason}
                </p>
                <p>Ny ordlyd: {c.text}</p>
              </li>
            ))}
          </ol>
          <p>Vedtaket slik det står nå: {vedtak.text}</p>
        </>
      )}
    </>
  );
}

/** A meeting named by its id as readers name it: `nehs-2022-2` is møte 2/22. */
const meetingName = (meetingId: string) => {
  const [, year, number] = /-(\d{4})-(\d+)$/.exec(meetingId) ?? [];
  return year ? `møte ${number}/${year.slice(2)}` : meetingId;
};

function SakSection({ sak, children }: { sak: Sak; children?: ComponentChildren }) {
  return (
    <section class="sak" id={`sak-${sak.sakId}`} aria-labelledby={`sak-${sak.sakId}-title`}>
      <h2 id={`sak-${sak.sakId}-title`}>
        Sak {sak.number} {sak.title}
      </h2>
      <dl class="facts">
        <dt>Sakstype</dt>
        <dd>{sak.sakstypeLabel}</dd>
        {sak.roles.map((r, i) => (
          <Fragment key={i}>
            <dt>{ROLE_WORDS[r.role] ?? r.role}</dt>
            <dd>
              {r.person.name}
              {r.person.organisation && `, ${r.person.organisation}`}
            </dd>
          </Fragment>
        ))}
      </dl>
      {sak.attachments.length > 0 && (
        <>
          <h3>Vedlegg</h3>
          <ul>
            {sak.attachments.map((a) => (
              <li key={a.name}>
                {a.name}: {a.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {sak.approvesMinutesOf && (
        <p class="approves">
          Godkjenner referatet fra{' '}
          <a href={`/ui/meetings/${encodeURIComponent(sak.approvesMinutesOf)}`}>{meetingName(sak.approvesMinutesOf)}</a>.
        </p>
      )}
      <ProposalAndVedtak sak={sak} />
      {sak.withheld && sak.withheld.length > 0 && (
        <p class="withheld">
          Ikke offentlig:{' '}
          {sak.withheld
            .map((w) => `${WITHHELD_WORDS[w.what] ?? w.what}${w.name ? ` ${w.name}` : ''} (${w.legalBasis ?? 'ikke publisert ennå'})`)
            .join('; ')}
        </p>
      )}
      {sak.sources.length > 0 && (
        <details class="sources no-print">
          <summary>Kilder ({sak.sources.length})</summary>
          {sak.sources.map((s, i) => (
            <FactSourceView key={i} source={s} />
          ))}
        </details>
      )}
      {children}
    </section>
  );
}
