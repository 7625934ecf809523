/**
 * Riksrevisjonen (the Office of the Auditor General) publishes audit reports: a
 * forvaltningsrevisjon (performance audit) or an etterlevelsesrevisjon (compliance audit).
 * Each finding is graded on its scale, most severe first. The ministry answers with follow-up
 * assignments (oppdrag), e.g. in "Tillegg til tildelingsbrev nr. 5", whose owners report status.
 */
export const REPORT_KINDS = ['forvaltningsrevisjon', 'etterlevelsesrevisjon'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Riksrevisjonen's grades, most severe first (sak 25/21 uses the last three). */
export const GRADES = {
  'svaert-alvorlig': 'Svært alvorlig',
  alvorlig: 'Alvorlig',
  'sterkt-kritikkverdig': 'Sterkt kritikkverdig',
  kritikkverdig: 'Kritikkverdig',
} as const;
export type Grade = keyof typeof GRADES;
export const GRADE_ORDER = Object.keys(GRADES) as Grade[];

export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'done', 'dropped'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** What a finding or an assignment can be linked to: saker, goals, measures, or another audit report. */
export const LINK_KINDS = ['sak', 'goal', 'measure', 'audit-report'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export interface Link {
  kind: LinkKind;
  /** A sak id (`nehs-2021-25`), a goal id (`mal-5`), a measure as `goalId/measureCode`, or a report id. */
  ref: string;
  /** The source's remark on the link, e.g. "tiltak her adresseres i etterlevelsesrevisjonen". */
  note?: string;
}

/** A status report's status, or `unknown` where none was reported: never assumed "not started". */
export type AssignmentStatusView = AssignmentStatus | 'unknown';

export const reportStream = (reportId: string) => `audit-report-${reportId}`;
export const findingStream = (findingId: string) => `finding-${findingId}`;
export const assignmentStream = (assignmentId: string) => `assignment-${assignmentId}`;
export const FINDINGS_STREAM_PREFIXES = ['audit-report-', 'finding-', 'assignment-'] as const;
