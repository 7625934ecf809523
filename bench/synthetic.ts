/**
 * The synthetic history the benchmarks and `npm run synthetic` write: a realistic mix for a board
 * that has recorded for years. Strategy events are most of it (inputs registered in bulk about
 * 60 %, inputs merged into change areas, votes in prioritisation rounds, goals drafted, reworded,
 * renumbered, moved and (de)prioritised; change areas and goals stay in the hundreds); beside
 * them the governance record (meetings with saker, forslag til vedtak and vedtak) and the
 * findings (audit reports, graded findings, assignments with status reports), every fact citing
 * a registered source document. 5 % of the facts are backdated up to 90 days. One goal
 * (`g-long`) has a stream of 10,000 rewordings, for the write-on-a-long-stream measure.
 *
 * Appended through the EventLog (hash chains), so the store is one the app can be started on.
 * Days run from 2011 and stay before today at 1M events (knowledge is never in the future).
 */
import { EventLog, type NewEvent } from '@app/event-store';
import type { AssignmentEvent, FindingEvent, ReportEvent } from '../libs/findings/src/domain/findings.deciders';
import type { BodyEvent } from '../libs/governance/src/domain/body.decider';
import type { MeetingEvent } from '../libs/governance/src/domain/meeting.decider';
import type { SakEvent } from '../libs/governance/src/domain/sak.decider';
import type { DocumentEvent } from '../libs/sources/src/domain/document.decider';
import type { ManualClock, Source } from '@app/shared-kernel';
import { seededRandom as random } from '../test/support/random';

const DAY = 24 * 60 * 60 * 1000;
export const SYNTHETIC_START = Date.UTC(2011, 0, 1);
export const LONG_GOAL = 'g-long';
const LONG_GOAL_REWORDINGS = 10_000;

type SyntheticEvent = Omit<NewEvent, 'effectiveAt'>;
const typed = <E extends { type: string; data: object }>(event: E): SyntheticEvent => event as unknown as SyntheticEvent;

/** Appends about `total` synthetic events; returns how many were written and how many days they span. */
export async function generateSynthetic(log: EventLog, clock: ManualClock, total: number): Promise<{ written: number; days: number }> {
  const next = random(total);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const revisions = new Map<string, bigint>();
  const context = { actor: 'synthetic' };
  const themes = ['aktiv-medvirkning', 'bedre-helsehjelp', 'teknologistottet-tjenesteinnovasjon', 'styrket-gjennomforingskraft'];
  const inputs: string[] = [];
  const areas: string[] = [];
  const goals: { goalId: string; themeCode: string }[] = [];
  let written = 0;
  let day = 0;
  const date = (d: number) => new Date(SYNTHETIC_START + d * DAY).toISOString().slice(0, 10);
  const source: Source = { document: 'synthetic-saksdokument', locator: 'side 1', basis: 'stated' };

  const append = async (streamId: string, events: SyntheticEvent[], options: { cite?: boolean; at?: string } = {}) => {
    if (next() < 0.3) day += 1;
    const backdated = next() < 0.05;
    const effectiveAt = options.at ?? date(Math.max(0, backdated ? day - 1 - Math.floor(next() * 90) : day));
    clock.set(new Date(SYNTHETIC_START + (day + 1) * DAY + written));
    const result = await log.append(
      streamId,
      events.map((e) => ({ ...e, effectiveAt, ...(options.cite ? { source } : {}) })),
      { expectedRevision: revisions.get(streamId) ?? 'no_stream', context },
    );
    revisions.set(streamId, result.nextExpectedRevision);
    written += events.length;
  };

  // The document every governance and findings fact cites, dated on the first day.
  await append(
    'document-synthetic-saksdokument',
    [
      typed<DocumentEvent>({
        type: 'DocumentRegistered',
        data: {
          documentId: 'synthetic-saksdokument',
          title: 'Saksdokument (syntetisk)',
          kind: 'saksdokument',
          date: date(0),
          dateBasis: 'stated',
          issuer: 'Direktoratet for e-helse',
          sha256: '0'.repeat(64),
        },
      }),
    ],
    { at: date(0) },
  );
  await append('body-nehs', [typed<BodyEvent>({ type: 'BodyEstablished', data: { bodyId: 'nehs', name: 'Nasjonalt e-helsestyre' } })], {
    cite: true,
    at: date(0),
  });

  /** A meeting with three saker (forslag til vedtak, and vedtak for the first), about every 2,000 events. */
  let meetings = 0;
  const holdMeeting = async () => {
    const year = new Date(SYNTHETIC_START + day * DAY).getUTCFullYear() % 100;
    const meetingId = `nehs-${meetings}`;
    const at = date(day);
    meetings++;
    await append(
      `meeting-${meetingId}`,
      [
        typed<MeetingEvent>({
          type: 'MeetingScheduled',
          data: { meetingId, bodyId: 'nehs', number: `${meetings}/${year}`, date: at, kind: 'ordinary' },
        }),
        typed<MeetingEvent>({ type: 'MeetingHeld', data: { meetingId } }),
      ],
      { cite: true, at },
    );
    for (let n = 1; n <= 3; n++) {
      const sakId = `${meetingId}-${n}`;
      const text = `Nasjonalt e-helsestyre tar saken ${sakId} til orientering`;
      await append(
        `sak-${sakId}`,
        [
          typed<SakEvent>({
            type: 'SakRegistered',
            data: {
              sakId,
              bodyId: 'nehs',
              meetingId,
              number: `${n}/${year}`,
              title: `Sak ${sakId}`,
              sakstype: 'orientering',
              attachments: [],
            },
          }),
          typed<SakEvent>({ type: 'DecisionProposed', data: { sakId, text } }),
          ...(n === 1 ? [typed<SakEvent>({ type: 'DecisionAdopted', data: { sakId, text, adoptedOn: at } })] : []),
        ],
        { cite: true, at },
      );
    }
  };

  /** An audit report with four graded findings and an assignment answering them, with status reports, about every 50,000 events. */
  let reports = 0;
  const registerReport = async () => {
    const reportId = `rr-${reports++}`;
    const at = date(day);
    const kind = 'forvaltningsrevisjon' as const;
    await append(
      `audit-report-${reportId}`,
      [
        typed<ReportEvent>({
          type: 'AuditReportRegistered',
          data: { reportId, title: `Riksrevisjonens undersøkelse ${reportId}`, kind, publishedOn: at },
        }),
      ],
      { cite: true, at },
    );
    const findings = (['alvorlig', 'sterkt-kritikkverdig', 'kritikkverdig', 'kritikkverdig'] as const).map((grade, i) => ({
      findingId: `${reportId}-f${i}`,
      grade,
    }));
    for (const { findingId, grade } of findings) {
      await append(
        `finding-${findingId}`,
        [typed<FindingEvent>({ type: 'FindingRecorded', data: { findingId, reportId, grade, text: `Funn ${findingId}` } })],
        { cite: true, at },
      );
    }
    const assignmentId = `${reportId}-a`;
    await append(
      `assignment-${assignmentId}`,
      [
        typed<AssignmentEvent>({
          type: 'AssignmentGiven',
          data: {
            assignmentId,
            title: `Oppfølging ${reportId}`,
            givenIn: 'nehs-0-1',
            owner: 'Direktoratet for e-helse',
            answersFindings: findings.map((f) => f.findingId),
          },
        }),
        typed<AssignmentEvent>({
          type: 'AssignmentStatusReported',
          data: { assignmentId, status: 'in_progress', reportedOn: at, text: 'Arbeidet er i gang' },
        }),
      ],
      { cite: true, at },
    );
  };

  // The long goal stream, first: its rewordings are spread over the first days.
  await append(`goal-${LONG_GOAL}`, [
    typed({
      type: 'GoalDrafted',
      data: {
        goalId: LONG_GOAL,
        themeCode: themes[0],
        code: '9.9',
        title: 'Mål med lang historikk',
        fromChangeAreas: [],
        derivedFromGoals: [],
      },
    }),
  ]);
  for (let i = 0; i < LONG_GOAL_REWORDINGS; i += 500) {
    await append(
      `goal-${LONG_GOAL}`,
      Array.from({ length: 500 }, (_, j) =>
        typed({ type: 'GoalReworded', data: { goalId: LONG_GOAL, title: `Mål med lang historikk, ordlyd ${i + j}`, previousTitle: '' } }),
      ),
    );
  }

  for (const themeCode of themes)
    await append(`theme-${themeCode}`, [{ type: 'ThemeDefined', data: { themeCode, name: themeCode.toUpperCase() } }]);
  while (written < total) {
    const left = total - written;
    const roll = next();
    if (roll < 0.6 || goals.length < 2 || areas.length < 1) {
      // A workshop's inputs, registered in bulk: 100 events of 5 inputs.
      const workshopId = `w-${Math.floor(written / 2000)}`;
      if (!revisions.has(`workshop-${workshopId}`)) {
        await append(`workshop-${workshopId}`, [
          { type: 'WorkshopHeld', data: { workshopId, title: `Arbeidsmøte ${workshopId}`, date: '2021-11-15', organisations: ['KS'] } },
        ]);
      }
      const batch = Array.from({ length: Math.min(100, left) }, () => {
        const ids = Array.from({ length: 5 }, () => `i-${inputs.push('') - 1}`);
        return {
          type: 'InputsRegistered',
          data: { workshopId, inputs: ids.map((inputId) => ({ inputId, text: `Innspill ${inputId} om bedre samhandling` })) },
        };
      });
      await append(`workshop-${workshopId}`, batch);
      // Change areas and goals stay in the hundreds, as in a real strategy; inputs, merges,
      // rewordings and votes are what grows over the years.
      if (areas.length < 1 || next() < 0.01) {
        const changeAreaId = `ca-${areas.length}`;
        areas.push(changeAreaId);
        await append(`change-area-${changeAreaId}`, [
          { type: 'ChangeAreaIdentified', data: { changeAreaId, name: `Endringsområde ${changeAreaId}`, fra: 'Fra..', til: 'Til..' } },
        ]);
      }
      if (goals.length < 2) {
        for (let i = 0; i < 2; i++) {
          const goal = { goalId: `g-${goals.length}`, themeCode: pick(themes) };
          goals.push(goal);
          await append(`goal-${goal.goalId}`, [
            {
              type: 'GoalDrafted',
              data: { ...goal, code: `${goals.length}`, title: `Mål ${goal.goalId}`, fromChangeAreas: [pick(areas)], derivedFromGoals: [] },
            },
          ]);
        }
      }
    } else if (roll < 0.65) {
      // A member's votes in the current prioritisation round: 20 events.
      const roundId = `r-${Math.floor(written / 200_000)}`;
      if (!revisions.has(`round-${roundId}`)) {
        const allocation = Object.fromEntries(themes.map((t) => [t, 1_000_000]));
        await append(`round-${roundId}`, [
          {
            type: 'RoundOpened',
            data: { roundId, title: `Runde ${roundId}`, date: '2022-02-04', allocation, goals: goals.map((g) => ({ ...g })) },
          },
        ]);
      }
      const batch = Array.from({ length: Math.min(20, left) }, (_, i) => ({
        type: 'VotesCast',
        data: { roundId, memberId: `m-${written + i}`, votes: [{ goalId: pick(goals).goalId, count: 1 }] },
      }));
      await append(`round-${roundId}`, batch);
    } else if (roll < 0.7) {
      // Inputs merged into a change area: 10 events of 5 inputs.
      const changeAreaId = pick(areas);
      const batch = Array.from({ length: Math.min(10, left) }, () => ({
        type: 'InputsMergedIntoChangeArea',
        data: { changeAreaId, inputIds: Array.from({ length: 5 }, () => `i-${Math.floor(next() * inputs.length)}`) },
      }));
      await append(`change-area-${changeAreaId}`, batch);
    } else {
      // One command on one goal, as the secretariat records them.
      const goal = pick(goals);
      const kind = next();
      if (kind < 0.03) {
        const fresh = { goalId: `g-${goals.length}`, themeCode: pick(themes) };
        goals.push(fresh);
        await append(`goal-${fresh.goalId}`, [
          {
            type: 'GoalDrafted',
            data: { ...fresh, code: `${goals.length}`, title: `Mål ${fresh.goalId}`, fromChangeAreas: [pick(areas)], derivedFromGoals: [] },
          },
        ]);
      } else if (kind < 0.75) {
        await append(`goal-${goal.goalId}`, [
          { type: 'GoalReworded', data: { goalId: goal.goalId, title: `Mål ${goal.goalId}, ordlyd ${written}`, previousTitle: '' } },
        ]);
      } else if (kind < 0.85) {
        await append(`goal-${goal.goalId}`, [
          {
            type: 'GoalRenumbered',
            data: { goalId: goal.goalId, code: `${Math.floor(next() * 9) + 1}.${Math.floor(next() * 20) + 1}`, previousCode: '' },
          },
        ]);
      } else if (kind < 0.95) {
        await append(`goal-${goal.goalId}`, [
          { type: next() < 0.5 ? 'GoalPrioritised' : 'GoalDeprioritised', data: { goalId: goal.goalId } },
        ]);
      } else {
        const themeCode = pick(themes);
        await append(`goal-${goal.goalId}`, [
          { type: 'GoalMoved', data: { goalId: goal.goalId, themeCode, previousThemeCode: goal.themeCode } },
        ]);
        goal.themeCode = themeCode;
      }
    }
    if (Math.floor(written / 2000) > meetings) await holdMeeting();
    if (Math.floor(written / 50_000) >= reports) await registerReport();
  }
  return { written, days: day + 1 };
}
