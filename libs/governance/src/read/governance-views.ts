import { asDomainEvent, type RecordedEvent, type StreamCache } from '@app/event-store';
import { eventsAsOf, foldEvents, temporalFold, type Decider, type DomainEvent, type ResolvedTemporalQuery } from '@app/shared-kernel';
import { bodyDecider, type BodyState, type Membership } from '../domain/body.decider';
import { SAKSTYPER, bodyStream, meetingStream, parseCaseNumber, type Sakstype } from '../domain/governance-terms';
import { meetingDecider, type AnnouncedMeeting, type MeetingEvent, type MeetingState } from '../domain/meeting.decider';
import { sakDecider, type Attachment, type Presenter, type SakEvent, type SakRole, type SakState } from '../domain/sak.decider';
import type { PublicationState } from '../domain/publication';
import { provenanceOfFacts, type FactProvenance, type ConflictView, type SourceLookup } from '@app/sources';
import { FULL_VIEW, sakForAudience, type Audience, type Withheld } from './public-view';

/**
 * Read models of the governance context: pure functions of the recorded events and a
 * temporal query. Each view folds the aggregates' own `evolve` through the temporal fold,
 * so "as on date D, as known at T" means the same for every read. Every view carries the
 * provenance of the facts it shows (`sources`) and the recorded disagreements between sources
 * about it (`conflicts`).
 */

export function stateAsOf<C, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  events: readonly RecordedEvent[],
  query: ResolvedTemporalQuery,
): S {
  return temporalFold(events, query, (state: S, event) => decider.evolve(state, asDomainEvent<E>(event)), decider.initialState());
}

/** The same query, but no later in valid time than the given date (e.g. who sat on the body on the meeting day). */
export function onDate(query: ResolvedTemporalQuery, date: string): ResolvedTemporalQuery {
  const endOfDay = Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return { ...query, validBefore: Math.min(query.validBefore, endOfDay) };
}

export interface MemberView {
  memberId: string;
  name: string;
  organisation: string;
  title?: string;
  appointedOn: string;
}

export interface BodyView {
  bodyId: string;
  name: string;
  shortName?: string;
  /** Every name the body has had up to the date asked, with the date it took effect. */
  names: { name: string; from: string }[];
  members: MemberView[];
  observers: MemberView[];
  sources: FactProvenance[];
}

export interface SakView {
  sakId: string;
  meetingId: string;
  number: string;
  title: string;
  sakstype: Sakstype;
  sakstypeLabel: string;
  presenter?: Presenter;
  /** People in their roles on the sak (presenterer, fra, saksbehandler), each as a document names them. */
  roles: { role: SakRole; person: Presenter }[];
  plannedStart?: string;
  continuations: { startTime: string; note?: string }[];
  attachments: Attachment[];
  /** Forslag til vedtak. */
  proposal: string | null;
  /** The vedtak as it stands (after corrections), with the original wording and every correction. */
  vedtak: { text: string; adoptedOn: string; originalText: string; corrections: CorrectionView[] } | null;
  /** Whether the vedtak as adopted differs from the proposal; null until both exist. */
  differsFromProposal: boolean | null;
  approvesMinutesOf: string | null;
  sources: FactProvenance[];
  conflicts: ConflictView[];
  /** For readers who do not see all of it: what is not shown, and why (absent when everything is shown). */
  withheld?: Withheld[];
  /** For readers who see all of it: where its publication stands today (what the public sees follows from it). */
  publication?: { state: PublicationState; vedtakPublished: boolean };
}

export interface CorrectionView {
  text: string;
  previousText: string;
  reason: string;
  recordedAt: string;
  actor: string;
  /** Who the name belongs to, as authenticated (the name alone may be a claim the person chose). */
  actorId?: string;
}

export interface AttendanceView extends MemberView {
  role: Membership['role'];
  present: boolean | null;
}

export interface MeetingView {
  meetingId: string;
  bodyId: string;
  bodyName: string;
  number: string;
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  kind: 'ordinary' | 'extra';
  status: 'planned' | 'held' | 'cancelled';
  cancellationReason?: string;
  /** Members and observers of the body on the meeting date, with attendance where recorded. */
  participants: AttendanceView[];
  agenda: { sakId: string; number: string; title: string; sakstypeLabel: string; startTime?: string; continued: boolean }[];
  saker: SakView[];
  nextMeetings: AnnouncedMeeting[];
  sources: FactProvenance[];
  conflicts: ConflictView[];
}

/** A meeting in the list of meetings: without its saker and participants (GET /meetings/:id has them). */
export type MeetingSummary = Omit<MeetingView, 'saker' | 'participants'>;

export interface DecisionRegisterRow {
  sakId: string;
  number: string;
  bodyId: string;
  meetingId: string;
  meetingDate: string | null;
  title: string;
  sakstype: Sakstype;
  sakstypeLabel: string;
  proposal: string | null;
  vedtak: string;
  originalVedtak: string;
  adoptedOn: string;
  differsFromProposal: boolean | null;
  corrections: CorrectionView[];
  /** Where the proposal and the vedtak come from. */
  sources: FactProvenance[];
  withheld?: Withheld[];
}

const memberView = ({ memberId, name, organisation, title, appointedOn }: Membership): MemberView => ({
  memberId,
  name,
  organisation,
  ...(title ? { title } : {}),
  appointedOn,
});

const sitting = (state: BodyState, role: Membership['role']) =>
  state.status === 'established' ? Object.values(state.members).filter((m) => m.role === role && !m.leftOn) : [];

export class GovernanceViews {
  constructor(
    private readonly projection: StreamCache,
    private readonly sourceLookup: SourceLookup,
  ) {}

  bodies(query: ResolvedTemporalQuery): BodyView[] {
    return this.projection
      .streamIds('body-')
      .map((streamId) => this.bodyFrom(this.projection.stream(streamId), query))
      .filter((view): view is BodyView => view !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  body(bodyId: string, query: ResolvedTemporalQuery): BodyView | undefined {
    return this.bodyFrom(this.projection.stream(bodyStream(bodyId)), query);
  }

  meetings(
    query: ResolvedTemporalQuery,
    filter: { bodyId?: string; year?: number } = {},
    audience: Audience = FULL_VIEW,
  ): MeetingSummary[] {
    return this.projection
      .streamIds('meeting-')
      .map((streamId) => stateAsOf(meetingDecider, this.projection.stream(streamId), query))
      .filter((state): state is Exclude<MeetingState, { status: 'none' }> => state.status !== 'none')
      .filter((m) => (!filter.bodyId || m.bodyId === filter.bodyId) && (!filter.year || m.date.startsWith(`${filter.year}-`)))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((m) => {
        const { saker: _saker, participants: _participants, ...summary } = this.meetingFrom(m, query, audience);
        return summary;
      });
  }

  meeting(meetingId: string, query: ResolvedTemporalQuery, audience: Audience = FULL_VIEW): MeetingView | undefined {
    const state = stateAsOf(meetingDecider, this.projection.stream(meetingStream(meetingId)), query);
    return state.status === 'none' ? undefined : this.meetingFrom(state, query, audience);
  }

  sak(sakStreamId: string, query: ResolvedTemporalQuery, audience: Audience = FULL_VIEW): SakView | undefined {
    const events = this.projection.stream(sakStreamId);
    const state = stateAsOf(sakDecider, events, query);
    if (state.status === 'none') return undefined;
    const sources = provenanceOfFacts(eventsAsOf(events, query), this.sourceLookup);
    const view = sakView(state, corrections(events, query), sources, this.sourceLookup.conflictsAbout(state.sakId, query));
    // Whether it is public is a fact of today, whatever date is asked about.
    const now = foldEvents(
      sakDecider,
      events.map((e) => asDomainEvent<SakEvent>(e)),
    );
    if (now.status === 'none') return undefined;
    if (audience.kind === 'full') return { ...view, publication: { state: now.publication, vedtakPublished: now.vedtakPublished } };
    return sakForAudience(view, { ...now, minutesPublic: this.minutesPublic(now.meetingId) }, audience);
  }

  /** Whether a meeting's referat is public now: approved by a sak of a later meeting, or published by the secretariat. */
  minutesPublic(meetingId: string): boolean {
    const meeting = foldEvents(
      meetingDecider,
      this.projection.stream(meetingStream(meetingId)).map((e) => asDomainEvent<MeetingEvent>(e)),
    );
    return (meeting.status !== 'none' && meeting.minutesPublished) || this.approvedMinutes().has(meetingId);
  }

  private approved: { at: bigint | undefined; meetings: Set<string> } | undefined;

  /**
   * The meetings whose referat is approved: by a sak that is on a held meeting's agenda (not a
   * draft), worked out once per position of the log.
   */
  private approvedMinutes(): Set<string> {
    if (!this.approved || this.approved.at !== this.projection.readTo) {
      const meetings = new Set<string>();
      for (const id of this.projection.streamIds('sak-')) {
        const sak = foldEvents(
          sakDecider,
          this.projection.stream(id).map((e) => asDomainEvent<SakEvent>(e)),
        );
        if (sak.status === 'none' || !sak.approvesMinutesOf || sak.publication === 'draft') continue;
        const meeting = foldEvents(
          meetingDecider,
          this.projection.stream(meetingStream(sak.meetingId)).map((e) => asDomainEvent<MeetingEvent>(e)),
        );
        if (meeting.status === 'held') meetings.add(sak.approvesMinutesOf);
      }
      this.approved = { at: this.projection.readTo, meetings };
    }
    return this.approved.meetings;
  }

  /** The vedtak register: every sak with a vedtak, newest meeting first. */
  decisions(
    query: ResolvedTemporalQuery,
    filter: { bodyId?: string; year?: number; sakstype?: Sakstype } = {},
    audience: Audience = FULL_VIEW,
  ): DecisionRegisterRow[] {
    const rows: DecisionRegisterRow[] = [];
    for (const streamId of this.projection.streamIds('sak-')) {
      const sak = this.sak(streamId, query, audience);
      if (!sak?.vedtak) continue;
      const meeting = stateAsOf(meetingDecider, this.projection.stream(meetingStream(sak.meetingId)), query);
      const bodyId = meeting.status === 'none' ? String(this.projection.stream(streamId)[0].data.bodyId) : meeting.bodyId;
      if (filter.bodyId && bodyId !== filter.bodyId) continue;
      if (filter.year && parseCaseNumber(sak.number, 'number').year !== filter.year) continue;
      if (filter.sakstype && sak.sakstype !== filter.sakstype) continue;
      rows.push({
        sakId: sak.sakId,
        number: sak.number,
        bodyId,
        meetingId: sak.meetingId,
        meetingDate: meeting.status === 'none' ? null : meeting.date,
        title: sak.title,
        sakstype: sak.sakstype,
        sakstypeLabel: sak.sakstypeLabel,
        proposal: sak.proposal,
        vedtak: sak.vedtak.text,
        originalVedtak: sak.vedtak.originalText,
        adoptedOn: sak.vedtak.adoptedOn,
        differsFromProposal: sak.differsFromProposal,
        corrections: sak.vedtak.corrections,
        sources: sak.sources.filter((p) => DECISION_FACTS.has(p.fact)),
        ...(sak.withheld ? { withheld: sak.withheld } : {}),
      });
    }
    return rows.sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn) || b.number.localeCompare(a.number));
  }

  private bodyFrom(events: readonly RecordedEvent[], query: ResolvedTemporalQuery): BodyView | undefined {
    const state = stateAsOf(bodyDecider, events, query);
    if (state.status === 'none') return undefined;
    const names = eventsAsOf(events, query)
      .filter((e) => e.type === 'BodyEstablished' || e.type === 'BodyRenamed')
      .map((e) => ({ name: String(e.data.name), from: e.metadata.effectiveAt }));
    return {
      bodyId: state.bodyId,
      name: state.name,
      ...(state.shortName ? { shortName: state.shortName } : {}),
      names,
      members: sitting(state, 'member').map(memberView),
      observers: sitting(state, 'observer').map(memberView),
      sources: provenanceOfFacts(eventsAsOf(events, query), this.sourceLookup),
    };
  }

  private meetingFrom(state: Exclude<MeetingState, { status: 'none' }>, query: ResolvedTemporalQuery, audience: Audience): MeetingView {
    const body = stateAsOf(bodyDecider, this.projection.stream(bodyStream(state.bodyId)), onDate(query, state.date));
    const participants = [...sitting(body, 'member'), ...sitting(body, 'observer')].map((m) => ({
      ...memberView(m),
      role: m.role,
      present: state.attendance[m.memberId] ?? null,
    }));
    const saker = this.projection
      .streamIds('sak-')
      .filter((streamId) => this.projection.stream(streamId)[0]?.data.meetingId === state.meetingId)
      .map((streamId) => this.sak(streamId, query, audience))
      .filter((sak): sak is SakView => sak !== undefined)
      .sort(byAgendaOrder);
    const agenda = saker
      .flatMap((sak) => [
        {
          sakId: sak.sakId,
          number: sak.number,
          title: sak.title,
          sakstypeLabel: sak.sakstypeLabel,
          startTime: sak.plannedStart,
          continued: false,
        },
        ...sak.continuations.map((c) => ({
          sakId: sak.sakId,
          number: sak.number,
          title: sak.title,
          sakstypeLabel: sak.sakstypeLabel,
          startTime: c.startTime,
          continued: true,
        })),
      ])
      // Stable: items without a time keep the saker's order, after the timed ones (as byAgendaOrder puts them).
      .sort((a, b) => (a.startTime ?? UNTIMED).localeCompare(b.startTime ?? UNTIMED));
    return {
      meetingId: state.meetingId,
      bodyId: state.bodyId,
      bodyName: body.status === 'established' ? body.name : state.bodyId,
      number: state.number,
      date: state.date,
      ...(state.startTime ? { startTime: state.startTime } : {}),
      ...(state.endTime ? { endTime: state.endTime } : {}),
      ...(state.place ? { place: state.place } : {}),
      kind: state.kind,
      status: state.status,
      ...(state.cancellationReason ? { cancellationReason: state.cancellationReason } : {}),
      participants,
      agenda,
      saker,
      nextMeetings: state.nextMeetings,
      sources: provenanceOfFacts(eventsAsOf(this.projection.stream(meetingStream(state.meetingId)), query), this.sourceLookup),
      conflicts: this.sourceLookup.conflictsAbout(state.meetingId, query),
    };
  }
}

/** Where a sak or agenda item without a planned time goes: after the timed ones. */
const UNTIMED = '99:99';

function byAgendaOrder(a: SakView, b: SakView): number {
  return (
    (a.plannedStart ?? UNTIMED).localeCompare(b.plannedStart ?? UNTIMED) ||
    parseCaseNumber(a.number, 'number').ordinal - parseCaseNumber(b.number, 'number').ordinal
  );
}

function corrections(events: readonly RecordedEvent[], query: ResolvedTemporalQuery): CorrectionView[] {
  return eventsAsOf(events, query)
    .filter((e) => e.type === 'DecisionCorrected')
    .map((e) => ({
      text: String(e.data.text),
      previousText: String(e.data.previousText),
      reason: String(e.data.reason),
      recordedAt: e.metadata.recordedAt,
      actor: e.metadata.actor,
      ...(e.metadata.actorId ? { actorId: e.metadata.actorId } : {}),
    }));
}

const DECISION_FACTS = new Set(['DecisionProposed', 'DecisionAdopted', 'DecisionCorrected']);

function sakView(
  state: Exclude<SakState, { status: 'none' }>,
  correctionViews: CorrectionView[],
  sources: FactProvenance[],
  conflicts: ConflictView[],
): SakView {
  const vedtak = state.vedtak;
  return {
    sakId: state.sakId,
    meetingId: state.meetingId,
    number: state.number,
    title: state.title,
    sakstype: state.sakstype,
    sakstypeLabel: SAKSTYPER[state.sakstype],
    ...(state.presenter ? { presenter: state.presenter } : {}),
    roles: state.roles,
    ...(state.plannedStart ? { plannedStart: state.plannedStart } : {}),
    continuations: state.continuations,
    attachments: state.attachments,
    proposal: state.proposal ?? null,
    vedtak: vedtak
      ? { text: vedtak.text, adoptedOn: vedtak.adoptedOn, originalText: vedtak.originalText, corrections: correctionViews }
      : null,
    differsFromProposal: vedtak && state.proposal !== undefined ? normalise(vedtak.originalText) !== normalise(state.proposal) : null,
    approvesMinutesOf: state.approvesMinutesOf ?? null,
    sources,
    conflicts,
  };
}

/** Line breaks and spacing from the documents do not count as a different wording. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
