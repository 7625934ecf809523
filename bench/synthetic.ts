/**
 * The synthetic history the benchmarks and `npm run synthetic` write: a board that has recorded
 * for years. Of the events about 60 % are inputs registered in bulk, 25 % votes in prioritisation
 * rounds, 10 % inputs merged into change areas and 5 % commands on goals (drafted, reworded,
 * renumbered, moved, (de)prioritised; one event each); change areas and goals stay in the
 * hundreds, and 5 % of the strategy facts are backdated up to 90 days. Beside them a small share
 * of governance (the body and its members; meetings scheduled, held and attended; saker with
 * forslag til vedtak and vedtak; minutes approved) and findings (audit reports, graded findings,
 * follow-up assignments and their status reports), and the register of source documents (a
 * saksdokument per meeting, a report per audit) that every fact cites. One goal (`g-long`) has a
 * stream of 10,000 rewordings, written first, for the write-on-a-long-stream measure.
 *
 * Each event has the type, data and stream the deciders and command handlers would give it
 * (ids by the natural-key helpers, `previous*` fields from the state, votes only for goals in the
 * round, each input merged once), so the app serves the store as it would a recorded one.
 * Appended through the EventLog (hash chains), one command per append, except that inputs, votes
 * and merges go in batches and the long goal's rewordings 500 at a time, so that 1M events take
 * about a minute. Days run from 2011 and stay before today (knowledge is never in the future).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EventLog, SqliteEventStore, type NewEvent } from '@app/event-store';
import { ManualClock, type JsonObject, type Source } from '@app/shared-kernel';
import type { FindingsEvent } from '@app/findings/domain/findings-events';
import { assignmentStream, findingStream, reportStream, type Grade } from '@app/findings/domain/findings-terms';
import type { GovernanceEvent } from '@app/governance/domain/governance-events';
import {
  bodyStream,
  formatCaseNumber,
  meetingIdOf,
  meetingStream,
  sakIdOf,
  sakStream,
  type Sakstype,
} from '@app/governance/domain/governance-terms';
import type { DocumentEvent } from '@app/sources/domain/document.decider';
import { documentStream } from '@app/sources/domain/sources-terms';
import type { StrategyEvent } from '@app/strategy/domain/strategy-events';
import { VISION_STREAM, changeAreaStream, goalStream, roundStream, themeStream, workshopStream } from '@app/strategy/domain/strategy-terms';
import { seededRandom as random } from '../test/support/random';

const DAY = 24 * 60 * 60 * 1000;
export const SYNTHETIC_START = Date.UTC(2011, 0, 1);
export const LONG_GOAL = 'g-long';
const LONG_GOAL_REWORDINGS = 10_000;
const BODY = 'nehs';
const THEMES = ['aktiv-medvirkning', 'bedre-helsehjelp', 'teknologistottet-tjenesteinnovasjon', 'styrket-gjennomforingskraft'];
/** A meeting about every 4,000 events (20 days), an audit report about every 50,000, a new prioritisation round as often. */
const MEETING_EVERY = 4_000;
const REPORT_EVERY = 50_000;
const ROUND_EVERY = 50_000;

/** The shape of a UUID, from a counter. */
const uuidLike = (n: number) => `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

type Fact = StrategyEvent | GovernanceEvent | FindingsEvent | DocumentEvent;

/** A registered document as the facts citing it need it: its id, and its date (when its facts became known). */
interface Cited {
  id: string;
  date: string;
}

interface Goal {
  goalId: string;
  code: string;
  title: string;
  themeCode: string;
  prioritised: boolean;
}

interface Round {
  roundId: string;
  goals: { goalId: string; themeCode: string }[];
  votes: Map<string, number>;
}

/** Appends about `total` synthetic events; returns how many were written and how many days they span. */
export async function generateSynthetic(log: EventLog, clock: ManualClock, total: number): Promise<{ written: number; days: number }> {
  const next = random(total);
  const below = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)];
  const date = (d: number) => new Date(SYNTHETIC_START + d * DAY).toISOString().slice(0, 10);
  const yearOf = (d: number) => new Date(SYNTHETIC_START + d * DAY).getUTCFullYear();
  // About 200 events a day (1M events: 2011 to 2024), more for very large totals so that the last
  // day stays a month before today.
  const lastDay = Math.floor((Date.now() - SYNTHETIC_START) / DAY) - 30;
  const eventsPerDay = Math.max(200, Math.ceil(total / lastDay));
  let day = 0;
  let written = 0;
  let appends = 0;
  const heads = new Map<string, { revision: bigint; hash: string }>();
  /** The latest meeting's saksdokument (at first the strategy work's presentation): what facts recorded now cite. */
  let current: Cited = { id: '', date: '' };

  const cite = (document: Cited): Source => {
    const locator = `side ${1 + below(40)}`;
    // Some facts are the secretariat's reading of the document, not its words.
    return next() < 0.1
      ? { document: document.id, locator, basis: 'interpreted', note: 'Lest ut fra sammenhengen i saksframlegget' }
      : { document: document.id, locator, basis: 'stated' };
  };

  /**
   * One command's events on one stream, as the command handler appends them: one provenance
   * (the current document, its date as knowledge time), at the stream's head as last written.
   * `at` is the domain's own date (a meeting's, a report's); without it the fact takes effect
   * today, or up to 90 days earlier for 5 % of them (recorded late).
   */
  const append = async (streamId: string, events: Fact[], options: { at?: string; decidedIn?: string; cites?: Cited | null } = {}) => {
    const effectiveAt = options.at ?? date(next() < 0.05 ? Math.max(0, day - 1 - below(90)) : day);
    const cites = options.cites === undefined ? current : options.cites;
    // As the command path records it: the cited document's date is when the facts became known.
    const provenance = cites ? { source: cite(cites), documentedAt: cites.date } : {};
    clock.set(new Date(SYNTHETIC_START + (day + 1) * DAY + written));
    const head = heads.get(streamId);
    const result = await log.append(
      streamId,
      events.map((event): NewEvent => ({
        type: event.type,
        data: event.data as unknown as JsonObject,
        effectiveAt,
        ...provenance,
        ...(options.decidedIn ? { decidedIn: options.decidedIn } : {}),
      })),
      {
        expectedRevision: head?.revision ?? 'no_stream',
        headHash: head?.hash ?? null,
        // A request's correlation id is a UUID; this one has its shape and costs nothing to make.
        context: { actor: appends % 3 === 0 ? 'sekretariatet-b' : 'sekretariatet-a', correlationId: uuidLike(appends++) },
      },
    );
    heads.set(streamId, { revision: result.nextExpectedRevision, hash: result.hash });
    written += events.length;
  };

  const registerDocument = async (documentId: string, title: string, kind: 'saksdokument' | 'rapport' | 'presentasjon', issuer: string) => {
    const at = date(day);
    const sha256 = createHash('sha256').update(documentId).digest('hex');
    await append(
      documentStream(documentId),
      [{ type: 'DocumentRegistered', data: { documentId, title, kind, date: at, dateBasis: 'stated', issuer, sha256 } }],
      { at, cites: null },
    );
    return { id: documentId, date: at };
  };

  // ---- The start: the strategy work's first presentation, the body and its members, the vision, the themes.
  current = await registerDocument(
    'strategiarbeid-presentasjon',
    'Strategiarbeidet: oppstart (syntetisk)',
    'presentasjon',
    'Direktoratet for e-helse',
  );
  await append(bodyStream(BODY), [{ type: 'BodyEstablished', data: { bodyId: BODY, name: 'Nasjonalt e-helsestyre', shortName: 'NEHS' } }], {
    at: date(0),
  });
  const members: string[] = [];
  let appointed = 0;
  const appoint = async () => {
    const memberId = `medlem-${appointed++}`;
    const role = appointed % 6 === 0 ? 'observer' : 'member';
    await append(
      bodyStream(BODY),
      [
        {
          type: 'MemberAppointed',
          data: {
            bodyId: BODY,
            memberId,
            name: `Medlem ${appointed}`,
            organisation: `Virksomhet ${appointed % 9}`,
            role,
            appointedOn: date(day),
          },
        },
      ],
      { at: date(day) },
    );
    members.push(memberId);
  };
  for (let i = 0; i < 12; i++) await appoint();
  await append(VISION_STREAM, [{ type: 'VisionDraftProposed', data: { draftId: 'utkast-1', text: 'Sammen om digitale helsetjenester' } }]);
  await append(VISION_STREAM, [{ type: 'VisionAdopted', data: { text: 'Sammen om digitale helsetjenester', draftId: 'utkast-1' } }]);
  await append(VISION_STREAM, [{ type: 'AmbitionStated', data: { text: 'Innbyggerne opplever helhetlige tjenester' } }]);
  for (const name of ['HELHETLIGE', 'TRYGGE', 'NYSKAPENDE'])
    await append(VISION_STREAM, [{ type: 'PrincipleDefined', data: { name, questions: [`Er løsningen ${name.toLowerCase()}?`] } }]);
  for (const themeCode of THEMES)
    await append(themeStream(themeCode), [{ type: 'ThemeDefined', data: { themeCode, name: themeCode.replace(/-/g, ' ').toUpperCase() } }]);

  // ---- The long goal stream: drafted, then reworded 10,000 times, 500 rewordings per append.
  let longTitle = 'Mål med lang historikk';
  const longTheme = THEMES[0];
  await append(goalStream(LONG_GOAL), [
    {
      type: 'GoalDrafted',
      data: { goalId: LONG_GOAL, code: '9.9', title: longTitle, themeCode: longTheme, fromChangeAreas: [], derivedFromGoals: [] },
    },
  ]);
  for (let i = 0; i < LONG_GOAL_REWORDINGS; i += 500) {
    await append(
      goalStream(LONG_GOAL),
      Array.from({ length: 500 }, (_, j): Fact => {
        const previousTitle = longTitle;
        longTitle = `Mål med lang historikk, ordlyd ${i + j + 1}`;
        return { type: 'GoalReworded', data: { goalId: LONG_GOAL, title: longTitle, previousTitle } };
      }),
    );
  }

  // ---- Governance: a meeting with its saker, about every 2,000 events.
  let meetingYear = 0;
  let meetingOrdinal = 0;
  let sakOrdinal = 0;
  let previousMeeting: string | undefined;
  let latestSak: string | undefined;
  const openAssignments: { assignmentId: string; reports: number }[] = [];
  const holdMeeting = async () => {
    const year = yearOf(day);
    if (year !== meetingYear) [meetingYear, meetingOrdinal, sakOrdinal] = [year, 0, 0];
    const number = { ordinal: ++meetingOrdinal, year };
    const meetingId = meetingIdOf(BODY, number);
    const at = date(day);
    current = await registerDocument(
      `${meetingId}-saksdokument`,
      `Saksdokument møte ${formatCaseNumber(number)}`,
      'saksdokument',
      'Direktoratet for e-helse',
    );
    const options = { at };
    await append(
      meetingStream(meetingId),
      [
        {
          type: 'MeetingScheduled',
          data: {
            meetingId,
            bodyId: BODY,
            number: formatCaseNumber(number),
            date: at,
            startTime: '10:00',
            endTime: '15:00',
            kind: 'ordinary',
          },
        },
      ],
      options,
    );
    const saker: { sakId: string; sakstype: Sakstype; proposal: string }[] = [];
    for (let n = 0; n < 3; n++) {
      const sakNumber = { ordinal: ++sakOrdinal, year };
      const sakId = sakIdOf(BODY, sakNumber);
      // The first sak of a meeting approves the previous meeting's referat.
      const sakstype: Sakstype = n === 0 && previousMeeting ? 'godkjenning' : pick(['orientering', 'drofting', 'anbefaling'] as const);
      const title =
        sakstype === 'godkjenning' ? 'Godkjenning av referat fra forrige møte' : `Sak ${formatCaseNumber(sakNumber)} om samhandling`;
      await append(
        sakStream(sakId),
        [
          {
            type: 'SakRegistered',
            data: {
              sakId,
              bodyId: BODY,
              meetingId,
              number: formatCaseNumber(sakNumber),
              title,
              sakstype,
              attachments: n === 1 ? [{ name: 'Vedlegg 1', title: 'Saksframlegg' }] : [],
            },
          },
        ],
        options,
      );
      const proposal = `Nasjonalt e-helsestyre ${sakstype === 'drofting' ? 'drøfter' : 'tar til orientering'} sak ${formatCaseNumber(sakNumber)}`;
      await append(sakStream(sakId), [{ type: 'DecisionProposed', data: { sakId, text: proposal } }], options);
      saker.push({ sakId, sakstype, proposal });
    }
    await append(meetingStream(meetingId), [{ type: 'MeetingHeld', data: { meetingId } }], options);
    await append(
      meetingStream(meetingId),
      [{ type: 'AttendanceRecorded', data: { meetingId, attendance: members.map((memberId) => ({ memberId, present: next() < 0.85 })) } }],
      options,
    );
    for (const { sakId, sakstype, proposal } of saker) {
      // Most vedtak keep the proposal's words; some are amended in the meeting.
      const text = next() < 0.1 ? `${proposal}, med innspillene fra møtet` : proposal;
      await append(sakStream(sakId), [{ type: 'DecisionAdopted', data: { sakId, text, adoptedOn: at } }], options);
      if (sakstype === 'godkjenning' && previousMeeting)
        await append(sakStream(sakId), [{ type: 'MinutesApproved', data: { sakId, minutesOfMeetingId: previousMeeting } }], options);
    }
    // Follow-up assignments report their status in a meeting now and then.
    for (const assignment of [...openAssignments]) {
      if (next() >= 0.2) continue;
      const status = ++assignment.reports >= 3 && next() < 0.5 ? 'done' : 'in_progress';
      await append(
        assignmentStream(assignment.assignmentId),
        [
          {
            type: 'AssignmentStatusReported',
            data: { assignmentId: assignment.assignmentId, status, reportedOn: at, text: `Status per ${at}`, reportedIn: saker[1].sakId },
          },
        ],
        { at },
      );
      if (status === 'done') openAssignments.splice(openAssignments.indexOf(assignment), 1);
    }
    // Now and then a member leaves and another is appointed.
    if (next() < 0.1) {
      const memberId = members.splice(below(members.length), 1)[0];
      await append(bodyStream(BODY), [{ type: 'MemberLeft', data: { bodyId: BODY, memberId, leftOn: at } }], { at });
      await appoint();
    }
    previousMeeting = meetingId;
    latestSak = saker[saker.length - 1].sakId;
  };

  // ---- Findings: an audit report with four graded findings, three answered by an assignment, about every 50,000 events.
  let reports = 0;
  const registerReport = async (sakId: string) => {
    const reportId = `rr-${reports++}`;
    const at = date(day);
    const cites = await registerDocument(`${reportId}-rapport`, `Riksrevisjonens undersøkelse ${reportId}`, 'rapport', 'Riksrevisjonen');
    await append(
      reportStream(reportId),
      [
        {
          type: 'AuditReportRegistered',
          data: {
            reportId,
            title: `Riksrevisjonens undersøkelse ${reportId}`,
            kind: 'forvaltningsrevisjon',
            publishedOn: at,
            presentedIn: sakId,
          },
        },
      ],
      { at, cites },
    );
    const grades: Grade[] = ['alvorlig', 'sterkt-kritikkverdig', 'kritikkverdig', 'kritikkverdig'];
    const findingIds = grades.map((_, i) => `${reportId}-f${i}`);
    for (const [i, findingId] of findingIds.entries()) {
      await append(
        findingStream(findingId),
        [
          {
            type: 'FindingRecorded',
            data: { findingId, reportId, grade: grades[i], text: `Funn ${findingId}: samhandlingen er mangelfull` },
          },
        ],
        { at, cites },
      );
    }
    await append(
      findingStream(findingIds[0]),
      [{ type: 'FindingLinked', data: { findingId: findingIds[0], links: [{ kind: 'goal', ref: pick(goals).goalId }] } }],
      { cites },
    );
    const assignmentId = `${reportId}-oppdrag`;
    await append(
      assignmentStream(assignmentId),
      [
        {
          type: 'AssignmentGiven',
          data: {
            assignmentId,
            title: `Oppfølging av ${reportId}`,
            givenIn: sakId,
            owner: 'Direktoratet for e-helse',
            dueOn: date(day + 365),
            answersFindings: findingIds.slice(0, 3),
          },
        },
      ],
      { cites },
    );
    openAssignments.push({ assignmentId, reports: 0 });
  };

  // ---- The strategy work, most of the log.
  let inputs = 0;
  const merged = new Set<number>();
  const areas: string[] = [];
  const goals: Goal[] = [];
  const codesPerTheme = new Map<string, number>();
  let round: Round | undefined;
  let voters = 0;

  const identifyChangeArea = async () => {
    const changeAreaId = `ca-${areas.length}`;
    areas.push(changeAreaId);
    await append(changeAreaStream(changeAreaId), [
      { type: 'ChangeAreaIdentified', data: { changeAreaId, name: `Endringsområde ${changeAreaId}`, fra: 'Fra..', til: 'Til..' } },
    ]);
  };
  const draftGoal = async () => {
    const themeCode = pick(THEMES);
    const n = (codesPerTheme.get(themeCode) ?? 0) + 1;
    codesPerTheme.set(themeCode, n);
    const goal: Goal = {
      goalId: `g-${goals.length}`,
      code: `${THEMES.indexOf(themeCode) + 1}.${((n - 1) % 99) + 1}`,
      title: `Mål g-${goals.length}`,
      themeCode,
      prioritised: false,
    };
    goals.push(goal);
    const { goalId, code, title } = goal;
    await append(
      goalStream(goalId),
      [{ type: 'GoalDrafted', data: { goalId, code, title, themeCode, fromChangeAreas: [pick(areas)], derivedFromGoals: [] } }],
      { decidedIn: latestSak },
    );
  };
  /** The round of this part of the log: the previous one closed with its tally, a new one opened with the goals as they are. */
  const currentRound = async () => {
    const roundId = `r-${Math.floor(written / ROUND_EVERY)}`;
    if (round?.roundId === roundId) return round;
    if (round) {
      const { votes } = round;
      const tally = round.goals
        .map(({ goalId, themeCode }) => ({ goalId, themeCode, votes: votes.get(goalId) ?? 0 }))
        .sort((a, b) => b.votes - a.votes || a.goalId.localeCompare(b.goalId));
      await append(roundStream(round.roundId), [{ type: 'RoundClosed', data: { roundId: round.roundId, tally } }]);
    }
    const allocation = Object.fromEntries(THEMES.map((t) => [t, 3]));
    round = { roundId, goals: goals.map(({ goalId, themeCode }) => ({ goalId, themeCode })), votes: new Map() };
    await append(roundStream(roundId), [
      { type: 'RoundOpened', data: { roundId, title: `Prioriteringsrunde ${roundId}`, date: date(day), allocation, goals: round.goals } },
    ]);
    return round;
  };

  let nextMeetingAt = written + 100;
  let nextReportAt = written + 5_000;
  while (written < total) {
    day = Math.floor(written / eventsPerDay);
    if (written >= nextMeetingAt) {
      await holdMeeting();
      nextMeetingAt += MEETING_EVERY;
    }
    if (written >= nextReportAt && latestSak && goals.length) {
      await registerReport(latestSak);
      nextReportAt += REPORT_EVERY;
    }
    const left = total - written;
    // Of the events: about 60 % inputs, 25 % votes, 10 % merges, 5 % goal commands (one event each).
    const roll = next();
    if (roll < 0.0764 || goals.length < 2 || inputs - merged.size < 1_000) {
      // A workshop's inputs, registered in bulk: 100 events of 5 inputs.
      const workshopId = `w-${Math.floor(written / 2000)}`;
      if (!heads.has(workshopStream(workshopId))) {
        await append(workshopStream(workshopId), [
          {
            type: 'WorkshopHeld',
            data: { workshopId, title: `Arbeidsmøte ${workshopId}`, date: date(day), organisations: ['KS', 'Helse Vest'] },
          },
        ]);
      }
      const batch = Array.from({ length: Math.min(100, left) }, (): Fact => ({
        type: 'InputsRegistered',
        data: {
          workshopId,
          inputs: Array.from({ length: 5 }, () => {
            const inputId = `i-${inputs++}`;
            return { inputId, text: `Innspill ${inputId} om bedre samhandling` };
          }),
        },
      }));
      await append(workshopStream(workshopId), batch);
      // Change areas and goals stay in the hundreds, as in a real strategy; inputs, merges,
      // rewordings and votes are what grows over the years.
      if (areas.length < 1 || next() < 0.04) await identifyChangeArea();
      while (goals.length < 2) await draftGoal();
    } else if (roll < 0.2357) {
      // Members' votes in the current round, 20 members at a time, each one or two votes for goals in the round.
      const { roundId, goals: inRound, votes } = await currentRound();
      const batch = Array.from({ length: Math.min(20, left) }, (): Fact => {
        const first = pick(inRound);
        const second = pick(inRound);
        const cast =
          second.goalId === first.goalId
            ? [{ goalId: first.goalId, count: 2 }]
            : [first, second].map(({ goalId }) => ({ goalId, count: 1 }));
        for (const { goalId, count } of cast) votes.set(goalId, (votes.get(goalId) ?? 0) + count);
        return { type: 'VotesCast', data: { roundId, memberId: `m-${voters++}`, votes: cast } };
      });
      await append(roundStream(roundId), batch);
    } else if (roll < 0.3631) {
      // Inputs merged into a change area: 10 events of 5 inputs, each input merged once. Recent
      // inputs into one of the 20 newest areas, as a phase of the work sorts its own inputs (so no
      // area gathers a growing share of all inputs over the years).
      const changeAreaId = areas[areas.length - 1 - below(Math.min(20, areas.length))];
      const recent = Math.min(inputs, 20_000);
      const batch = Array.from({ length: Math.min(10, left) }, (): Fact => ({
        type: 'InputsMergedIntoChangeArea',
        data: {
          changeAreaId,
          inputIds: Array.from({ length: 5 }, () => {
            let input = inputs - 1 - below(recent);
            for (let tries = 1; merged.has(input); tries++) input = tries < 100 ? inputs - 1 - below(recent) : below(inputs);
            merged.add(input);
            return `i-${input}`;
          }),
        },
      }));
      await append(changeAreaStream(changeAreaId), batch);
    } else {
      // One command on one goal, as the secretariat records them.
      const goal = pick(goals);
      const { goalId } = goal;
      const kind = next();
      if (kind < 0.005) {
        await draftGoal();
      } else if (kind < 0.75) {
        const previousTitle = goal.title;
        goal.title = `Mål ${goalId}, ordlyd ${written}`;
        await append(goalStream(goalId), [{ type: 'GoalReworded', data: { goalId, title: goal.title, previousTitle } }]);
      } else if (kind < 0.85) {
        const previousCode = goal.code;
        while (goal.code === previousCode) goal.code = `${1 + below(9)}.${1 + below(20)}`;
        await append(goalStream(goalId), [{ type: 'GoalRenumbered', data: { goalId, code: goal.code, previousCode } }]);
      } else if (kind < 0.95) {
        goal.prioritised = !goal.prioritised;
        await append(goalStream(goalId), [{ type: goal.prioritised ? 'GoalPrioritised' : 'GoalDeprioritised', data: { goalId } }], {
          decidedIn: latestSak,
        });
      } else {
        const previousThemeCode = goal.themeCode;
        goal.themeCode = pick(THEMES.filter((t) => t !== previousThemeCode));
        await append(goalStream(goalId), [{ type: 'GoalMoved', data: { goalId, themeCode: goal.themeCode, previousThemeCode } }]);
      }
    }
  }
  return { written, days: day + 1 };
}

/**
 * Writes a synthetic store of about `total` events at `path` (a new file). Each append is
 * fsync'd, as the embedded store always does, and on a disk that is most of the time 1M events
 * take; where /dev/shm has room, the store is written there and copied to `path` after: the
 * same SQLite file, in about half the time. How fast the app appends is measured by the bench.
 */
export async function writeSyntheticStore(path: string, total: number): Promise<{ written: number; days: number }> {
  const staging = roomInMemory(total) ? mkdtempSync('/dev/shm/governance-log-synthetic-') : undefined;
  const written = staging ? join(staging, 'synthetic.db') : path;
  try {
    const clock = new ManualClock(new Date(SYNTHETIC_START));
    const store = new SqliteEventStore(written);
    const result = await generateSynthetic(new EventLog(store, clock), clock, total);
    await store.close();
    if (staging) {
      mkdirSync(dirname(path), { recursive: true });
      // Closing the last connection checkpoints the WAL into the file; a WAL left over goes along.
      for (const suffix of ['', '-wal']) if (existsSync(written + suffix)) copyFileSync(written + suffix, path + suffix);
    }
    return result;
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

/** Whether /dev/shm (memory) holds a store of `total` events (about 1 KB each) with room to spare. */
function roomInMemory(total: number): boolean {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize > total * 2_000 + 2 ** 28;
  } catch {
    return false;
  }
}
