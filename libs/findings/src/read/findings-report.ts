import { asDomainEvent, type RecordedEvent, type StreamCache } from '@app/event-store';
import {
  csvDocument,
  eventsAsOf,
  markdownWithoutHtml,
  temporalFold,
  type CsvSeparator,
  type Decider,
  type DomainEvent,
  type ResolvedTemporalQuery,
} from '@app/shared-kernel';
import {
  assignmentDecider,
  findingDecider,
  reportDecider,
  type AssignmentState,
  type FindingState,
  type ReportState,
} from '../domain/findings.deciders';
import {
  GRADES,
  GRADE_ORDER,
  assignmentStream,
  findingStream,
  reportStream,
  type AssignmentStatusView,
  type Grade,
  type Link,
} from '../domain/findings-terms';
import {
  FOOTNOTE_LEGEND,
  Footnotes,
  conflictSentence,
  provenanceOfFacts,
  sourceWhere,
  type FactProvenance,
  type ConflictView,
  type SourceLookup,
} from '@app/sources';

/**
 * The follow-up report: per audit report and finding (most severe first), what was assigned,
 * its latest status, and what it is linked to; then, plainly, the findings nobody followed up
 * and the assignments overdue on the date asked. Pure: events and a temporal query in, report out.
 * A status nobody reported is `unknown`, never "not started"; every line carries the sources of
 * its facts, and the Markdown marks interpretations (†) with a footnote saying how they were read.
 */

type Report = Exclude<ReportState, { status: 'none' }>;
type Finding = Exclude<FindingState, { status: 'none' }>;
type Assignment = Exclude<AssignmentState, { status: 'none' }>;

export interface AssignmentLine {
  assignmentId: string;
  title: string;
  givenIn: string;
  owner: string;
  dueOn: string | null;
  status: AssignmentStatusView;
  statusDate: string | null;
  statusText: string | null;
  reportedIn: string | null;
  /** Past its due date without a report that it is done or dropped (its status may be unknown). */
  overdue: boolean;
  links: Link[];
  sources: FactProvenance[];
  conflicts: ConflictView[];
}

export interface FindingLine {
  findingId: string;
  grade: Grade;
  gradeLabel: string;
  text: string;
  concerns: string | null;
  links: Link[];
  assignments: AssignmentLine[];
  sources: FactProvenance[];
  conflicts: ConflictView[];
}

export interface FollowUpReport {
  /** The date the report describes (the day before `validBefore`). */
  date: string;
  reports: {
    reportId: string;
    title: string;
    kind: string;
    publishedOn: string;
    presentedIn: string | null;
    findings: FindingLine[];
    /** Assignments that follow up the report as a whole (linked to it) rather than one finding. */
    assignments: AssignmentLine[];
    sources: FactProvenance[];
  }[];
  /** Findings with no assignment and no link to a goal, measure or report: a sak where it was discussed is not follow-up. */
  findingsWithoutFollowUp: { findingId: string; reportId: string; gradeLabel: string; text: string }[];
  /** Assignments that answer no finding and follow up no report. */
  assignmentsWithoutFinding: AssignmentLine[];
  overdueAssignments: { assignmentId: string; title: string; owner: string; dueOn: string; status: AssignmentStatusView }[];
}

function foldAll<C, E extends DomainEvent, S extends { status: string }>(
  cache: StreamCache,
  prefix: string,
  decider: Decider<C, E, S>,
  query: ResolvedTemporalQuery,
) {
  return cache
    .streamIds(prefix)
    .map((id) => temporalFold(cache.stream(id), query, (s: S, e) => decider.evolve(s, asDomainEvent<E>(e)), decider.initialState()))
    .filter((s) => s.status !== 'none');
}

export function followUpReport(cache: StreamCache, query: ResolvedTemporalQuery, lookup: SourceLookup): FollowUpReport {
  const sourcesOf = (streamId: string) => provenanceOfFacts(eventsAsOf(cache.stream(streamId), query), lookup);
  const date = new Date(query.validBefore - 1).toISOString().slice(0, 10);
  const reports = (foldAll(cache, 'audit-report-', reportDecider, query) as Report[]).sort((a, b) =>
    a.publishedOn.localeCompare(b.publishedOn),
  );
  const findings = foldAll(cache, 'finding-', findingDecider, query) as Finding[];
  const assignments = foldAll(cache, 'assignment-', assignmentDecider, query) as Assignment[];

  const line = (a: Assignment): AssignmentLine => {
    const latest = a.reports[a.reports.length - 1];
    const status = latest?.status ?? 'unknown';
    return {
      assignmentId: a.assignmentId,
      title: a.title,
      givenIn: a.givenIn,
      owner: a.owner,
      dueOn: a.dueOn ?? null,
      status,
      statusDate: latest?.reportedOn ?? null,
      statusText: latest?.text ?? null,
      reportedIn: latest?.reportedIn ?? null,
      overdue: a.dueOn !== undefined && a.dueOn < date && status !== 'done' && status !== 'dropped',
      links: a.links,
      sources: sourcesOf(assignmentStream(a.assignmentId)),
      conflicts: lookup.conflictsAbout(a.assignmentId, query),
    };
  };
  const lines = assignments.map(line);
  const findingLine = (f: Finding): FindingLine => ({
    findingId: f.findingId,
    grade: f.grade,
    gradeLabel: GRADES[f.grade],
    text: f.text,
    concerns: f.concerns ?? null,
    links: f.links,
    assignments: lines.filter((l) => assignments.find((a) => a.assignmentId === l.assignmentId)!.answersFindings.includes(f.findingId)),
    sources: sourcesOf(findingStream(f.findingId)),
    conflicts: lookup.conflictsAbout(f.findingId, query),
  });
  const bySeverity = (a: Finding, b: Finding) =>
    GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) || a.findingId.localeCompare(b.findingId);

  const reportLines = reports.map((r) => ({
    reportId: r.reportId,
    title: r.title,
    kind: r.kind,
    publishedOn: r.publishedOn,
    presentedIn: r.presentedIn ?? null,
    findings: findings
      .filter((f) => f.reportId === r.reportId)
      .sort(bySeverity)
      .map(findingLine),
    assignments: lines.filter(
      (l, i) =>
        assignments[i].answersFindings.length === 0 && l.links.some((link) => link.kind === 'audit-report' && link.ref === r.reportId),
    ),
    sources: sourcesOf(reportStream(r.reportId)),
  }));
  const reportIds = new Set(reports.map((r) => r.reportId));
  const allLines = reportLines.flatMap((r) => r.findings.map((f) => ({ reportId: r.reportId, finding: f })));
  return {
    date,
    reports: reportLines,
    findingsWithoutFollowUp: allLines
      .filter(({ finding }) => finding.assignments.length === 0 && !finding.links.some((l) => l.kind !== 'sak'))
      .map(({ reportId, finding }) => ({ findingId: finding.findingId, reportId, gradeLabel: finding.gradeLabel, text: finding.text })),
    assignmentsWithoutFinding: lines.filter(
      (l, i) =>
        assignments[i].answersFindings.length === 0 && !l.links.some((link) => link.kind === 'audit-report' && reportIds.has(link.ref)),
    ),
    overdueAssignments: lines
      .filter((l) => l.overdue)
      .map(({ assignmentId, title, owner, dueOn, status }) => ({ assignmentId, title, owner, dueOn: dueOn!, status })),
  };
}

/** Every event about the finding: its own, and those of the assignments that answer it, in temporal order. */
export function findingHistory(cache: StreamCache, findingId: string, query: ResolvedTemporalQuery): RecordedEvent[] {
  const own = cache.stream(findingStream(findingId));
  const answering = cache
    .streamIds('assignment-')
    .filter((id) => (cache.stream(id)[0]?.data.answersFindings as unknown as string[] | undefined)?.includes(findingId))
    .flatMap((id) => cache.stream(id));
  return eventsAsOf([...own, ...answering], query);
}

const STATUS_LABELS: Record<AssignmentStatusView, string> = {
  not_started: 'ikke startet',
  in_progress: 'pågår',
  done: 'fullført',
  dropped: 'avsluttet uten gjennomføring',
  unknown: 'status ukjent (ingen statusrapport registrert)',
};
const linkText = (links: Link[]) => links.map((l) => `${l.kind} ${l.ref}${l.note ? ` («${l.note}»)` : ''}`).join(', ');

/** The sources of a line's facts in one cell: "document (date), locator [basis]; …". */
const sourceText = (sources: FactProvenance[]) =>
  sources.map((s) => ('document' in s ? `${sourceWhere(s)} [${s.basis}]` : '[unsourced]')).join('; ');

const conflictText = (conflicts: ConflictView[]) => conflicts.map(conflictSentence);

/** One assignment as a Markdown bullet (with its conflicts below it). */
function assignmentItems(a: AssignmentLine, notes: Footnotes): string[] {
  const status = `${STATUS_LABELS[a.status]}${a.statusDate ? ` (${a.statusDate})` : ''}`;
  const overdue = a.overdue ? (a.status === 'unknown' ? ' **frist passert**' : ' **forsinket**') : '';
  return [
    `- ${a.title}${notes.citeUnstated(a.sources)} (${a.owner}; ${a.givenIn}${a.dueOn ? `; frist ${a.dueOn}` : ''}): ${status}${overdue}${a.statusText ? ` – ${a.statusText}` : ''}`,
    ...conflictText(a.conflicts).map((c) => `  - ${c}`),
  ];
}

export function reportAsMarkdown(report: FollowUpReport): string {
  const notes = new Footnotes();
  const out = [`# Oppfølging av Riksrevisjonens funn per ${report.date}`, '', FOOTNOTE_LEGEND, ''];
  for (const r of report.reports) {
    out.push(
      `## ${r.title}${notes.citeUnstated(r.sources)}`,
      '',
      `${r.kind}, publisert ${r.publishedOn}${r.presentedIn ? `, lagt fram i ${r.presentedIn}` : ''}`,
      '',
    );
    for (const f of r.findings) {
      out.push(`### ${f.gradeLabel}: ${f.text}${notes.citeUnstated(f.sources)}`, '');
      if (f.concerns) out.push(`Gjelder: ${f.concerns}`, '');
      out.push(`Kilde: ${sourceText(f.sources)}`, '', ...conflictText(f.conflicts).flatMap((c) => [c, '']));
      if (f.links.length) out.push(`Koblet til: ${linkText(f.links)}`, '');
      if (!f.assignments.length) out.push('**Ingen oppdrag registrert for dette funnet.**', '');
      for (const a of f.assignments) out.push(...assignmentItems(a, notes));
      if (f.assignments.length) out.push('');
    }
    if (r.assignments.length)
      out.push('### Oppfølging av rapporten som helhet', '', ...r.assignments.flatMap((a) => assignmentItems(a, notes)), '');
  }
  if (report.assignmentsWithoutFinding.length)
    out.push('## Andre oppdrag', '', ...report.assignmentsWithoutFinding.flatMap((a) => assignmentItems(a, notes)), '');
  out.push(
    '## Funn uten oppfølging',
    '',
    ...(report.findingsWithoutFollowUp.length ? report.findingsWithoutFollowUp.map((f) => `- ${f.gradeLabel}: ${f.text}`) : ['Ingen.']),
    '',
  );
  out.push(
    '## Oppdrag over frist',
    '',
    ...(report.overdueAssignments.length
      ? report.overdueAssignments.map((a) => `- ${a.title} (${a.owner}), frist ${a.dueOn}: ${STATUS_LABELS[a.status]}`)
      : ['Ingen.']),
    '',
  );
  if (notes.lines.length) out.push('## Noter', '', ...notes.lines.map((line, i) => `${i + 1}. ${line}`), '');
  return markdownWithoutHtml(out.join('\n'));
}

const CSV_COLUMNS = [
  'report_id',
  'report',
  'finding_id',
  'grade',
  'finding',
  'concerns',
  'finding_links',
  'finding_sources',
  'assignment_id',
  'assignment',
  'owner',
  'given_in',
  'due_on',
  'status',
  'status_date',
  'overdue',
  'assignment_links',
  'assignment_sources',
];
const assignmentCells = (a: AssignmentLine) => [
  a.assignmentId,
  a.title,
  a.owner,
  a.givenIn,
  a.dueOn ?? '',
  a.status,
  a.statusDate ?? '',
  String(a.overdue),
  linkText(a.links),
  sourceText(a.sources),
];

/**
 * One row per finding and assignment (a finding without any gets one row with empty assignment
 * columns); assignments that follow up a report as a whole, or nothing recorded, have empty finding columns.
 */
export function reportAsCsv(report: FollowUpReport, separator: CsvSeparator = 'comma'): string {
  const rows = [CSV_COLUMNS];
  const noFinding = ['', '', '', '', '', ''];
  for (const r of report.reports) {
    for (const f of r.findings) {
      const base = [r.reportId, r.title, f.findingId, f.gradeLabel, f.text, f.concerns ?? '', linkText(f.links), sourceText(f.sources)];
      if (!f.assignments.length) rows.push([...base, '', '', '', '', '', '', '', '', '', '']);
      for (const a of f.assignments) rows.push([...base, ...assignmentCells(a)]);
    }
    for (const a of r.assignments) rows.push([r.reportId, r.title, ...noFinding, ...assignmentCells(a)]);
  }
  for (const a of report.assignmentsWithoutFinding) rows.push(['', '', ...noFinding, ...assignmentCells(a)]);
  return csvDocument(rows, separator);
}
