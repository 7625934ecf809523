import { asDomainEvent, type RecordedEvent, type StreamCache } from '@app/event-store';
import { eventsAsOf, temporalFold, type Decider, type DomainEvent, type ResolvedTemporalQuery } from '@app/shared-kernel';
import { assignmentDecider, findingDecider, reportDecider, type AssignmentState, type FindingState, type ReportState } from '../domain/findings.deciders';
import { GRADES, GRADE_ORDER, findingStream, type Grade, type Link } from '../domain/findings-terms';

/**
 * The follow-up report: per audit report and finding (most severe first), what was assigned,
 * its latest status, and what it is linked to; then, plainly, the findings nobody followed up
 * and the assignments overdue on the date asked. Pure: events and a temporal query in, report out.
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
  status: string;
  statusDate: string | null;
  statusText: string | null;
  reportedIn: string | null;
  overdue: boolean;
  links: Link[];
}

export interface FindingLine {
  findingId: string;
  grade: Grade;
  gradeLabel: string;
  text: string;
  concerns: string;
  links: Link[];
  assignments: AssignmentLine[];
}

export interface FollowUpReport {
  /** The date the report describes (the day before `validBefore`). */
  date: string;
  reports: { reportId: string; title: string; kind: string; publishedOn: string; presentedIn: string | null; findings: FindingLine[] }[];
  findingsWithoutFollowUp: { findingId: string; reportId: string; gradeLabel: string; text: string }[];
  overdueAssignments: { assignmentId: string; title: string; owner: string; dueOn: string; status: string }[];
}

function foldAll<C, E extends DomainEvent, S extends { status: string }>(cache: StreamCache, prefix: string, decider: Decider<C, E, S>, query: ResolvedTemporalQuery) {
  return cache
    .streamIds(prefix)
    .map((id) => temporalFold(cache.stream(id), query, (s: S, e) => decider.evolve(s, asDomainEvent<E>(e)), decider.initialState()))
    .filter((s) => s.status !== 'none');
}

export function followUpReport(cache: StreamCache, query: ResolvedTemporalQuery): FollowUpReport {
  const date = new Date(query.validBefore - 1).toISOString().slice(0, 10);
  const reports = (foldAll(cache, 'audit-report-', reportDecider, query) as Report[]).sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
  const findings = foldAll(cache, 'finding-', findingDecider, query) as Finding[];
  const assignments = foldAll(cache, 'assignment-', assignmentDecider, query) as Assignment[];

  const line = (a: Assignment): AssignmentLine => {
    const latest = a.reports[a.reports.length - 1];
    const status = latest?.status ?? 'not_started';
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
    };
  };
  const lines = assignments.map(line);
  const findingLine = (f: Finding): FindingLine => ({
    findingId: f.findingId,
    grade: f.grade,
    gradeLabel: GRADES[f.grade],
    text: f.text,
    concerns: f.concerns,
    links: f.links,
    assignments: lines.filter((l) => assignments.find((a) => a.assignmentId === l.assignmentId)!.answersFindings.includes(f.findingId)),
  });
  const bySeverity = (a: Finding, b: Finding) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) || a.findingId.localeCompare(b.findingId);

  const reportLines = reports.map((r) => ({
    reportId: r.reportId,
    title: r.title,
    kind: r.kind,
    publishedOn: r.publishedOn,
    presentedIn: r.presentedIn ?? null,
    findings: findings.filter((f) => f.reportId === r.reportId).sort(bySeverity).map(findingLine),
  }));
  const allLines = reportLines.flatMap((r) => r.findings.map((f) => ({ reportId: r.reportId, finding: f })));
  return {
    date,
    reports: reportLines,
    findingsWithoutFollowUp: allLines
      .filter(({ finding }) => finding.assignments.length === 0 && finding.links.length === 0)
      .map(({ reportId, finding }) => ({ findingId: finding.findingId, reportId, gradeLabel: finding.gradeLabel, text: finding.text })),
    overdueAssignments: lines.filter((l) => l.overdue).map(({ assignmentId, title, owner, dueOn, status }) => ({ assignmentId, title, owner, dueOn: dueOn!, status })),
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

const STATUS_LABELS: Record<string, string> = { not_started: 'ikke startet', in_progress: 'pågår', done: 'fullført', dropped: 'avsluttet uten gjennomføring' };
const linkText = (links: Link[]) => links.map((l) => `${l.kind} ${l.ref}`).join(', ');

export function reportAsMarkdown(report: FollowUpReport): string {
  const out = [`# Oppfølging av Riksrevisjonens funn per ${report.date}`, ''];
  for (const r of report.reports) {
    out.push(`## ${r.title}`, '', `${r.kind}, publisert ${r.publishedOn}${r.presentedIn ? `, lagt fram i ${r.presentedIn}` : ''}`, '');
    for (const f of r.findings) {
      out.push(`### ${f.gradeLabel}: ${f.text}`, '', `Gjelder: ${f.concerns}`, '');
      if (f.links.length) out.push(`Koblet til: ${linkText(f.links)}`, '');
      if (!f.assignments.length) out.push('**Ingen oppfølging registrert.**', '');
      for (const a of f.assignments) {
        const status = `${STATUS_LABELS[a.status]}${a.statusDate ? ` (${a.statusDate})` : ''}`;
        out.push(`- ${a.title} (${a.owner}; ${a.givenIn}${a.dueOn ? `; frist ${a.dueOn}` : ''}): ${status}${a.overdue ? ' **forsinket**' : ''}${a.statusText ? ` – ${a.statusText}` : ''}`);
      }
      if (f.assignments.length) out.push('');
    }
  }
  out.push('## Funn uten oppfølging', '', ...(report.findingsWithoutFollowUp.length ? report.findingsWithoutFollowUp.map((f) => `- ${f.gradeLabel}: ${f.text}`) : ['Ingen.']), '');
  out.push('## Oppdrag over frist', '', ...(report.overdueAssignments.length ? report.overdueAssignments.map((a) => `- ${a.title} (${a.owner}), frist ${a.dueOn}: ${STATUS_LABELS[a.status]}`) : ['Ingen.']), '');
  return out.join('\n');
}

const CSV_COLUMNS = ['report_id', 'report', 'finding_id', 'grade', 'finding', 'concerns', 'finding_links', 'assignment_id', 'assignment', 'owner', 'given_in', 'due_on', 'status', 'status_date', 'overdue', 'assignment_links'];
const csvCell = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One row per finding and assignment (a finding without any gets one row with empty assignment columns). */
export function reportAsCsv(report: FollowUpReport): string {
  const rows = [CSV_COLUMNS];
  for (const r of report.reports) {
    for (const f of r.findings) {
      const base = [r.reportId, r.title, f.findingId, f.gradeLabel, f.text, f.concerns, linkText(f.links)];
      if (!f.assignments.length) rows.push([...base, '', '', '', '', '', '', '', '', '']);
      for (const a of f.assignments) {
        rows.push([...base, a.assignmentId, a.title, a.owner, a.givenIn, a.dueOn ?? '', a.status, a.statusDate ?? '', String(a.overdue), linkText(a.links)]);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
