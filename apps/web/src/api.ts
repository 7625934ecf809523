/** The API, same origin. Answers that are not 2xx become errors carrying the API's problem body. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const answer = await fetch(path, { headers: { accept: 'application/json' } });
  const body = (await answer.json().catch(() => ({}))) as { code?: string; message?: string };
  if (!answer.ok) throw new ApiProblem(answer.status, body.code ?? `HTTP.${answer.status}`, body.message ?? answer.statusText);
  return body as T;
}

export interface Goal {
  goalId: string;
  code: string;
  title: string;
  status: string;
}

export interface Strategy {
  funnel: { workshops: number | null; inputs: number | null; changeAreas: number; draftGoals: number; prioritisedGoals: number };
  themes: { themeCode: string; name: string; goals: Goal[] }[];
  prioritisedGoals: Goal[];
}

/** Where a fact comes from, as the API shows it: `stated` in the cited text, or `interpreted` (with a note). */
export interface FactSource {
  fact: string;
  document: string;
  date: string;
  locator?: string;
  basis: 'stated' | 'interpreted';
  note?: string;
}

export interface GoalView extends Goal {
  derivedFromGoals: string[];
  fromChangeAreas: string[];
}

export interface GoalHistoryEntry {
  type: string;
  globalPosition: string;
  effectiveAt: string;
  data: { goalId?: string; title?: string; code?: string; reason?: string; intoGoalId?: string; intoGoalIds?: string[] };
  provenance?: FactSource;
  source?: { document: string; locator?: string; basis: 'stated' | 'interpreted'; note?: string };
}

export interface Lineage {
  root: string;
  nodes: { id: string; kind: string; label: string; code?: string; status?: string; count?: number }[];
  edges: { from: string; to: string; kind: string; sources: FactSource[] }[];
}

export interface Vedtak {
  sakId: string;
  number: string;
  bodyId: string;
  meetingId: string;
  meetingDate: string;
  title: string;
  sakstype: string;
  sakstypeLabel: string;
  proposal: string | null;
  vedtak: string | null;
  differsFromProposal: boolean | null;
  corrections: unknown[];
  sources: FactSource[];
}

export interface FollowUpReport {
  date: string;
  reports: {
    reportId: string;
    title: string;
    publishedOn: string;
    findings: {
      findingId: string;
      gradeLabel: string;
      text: string;
      assignments: {
        assignmentId: string;
        title: string;
        owner: string;
        dueOn: string | null;
        status: string;
        statusDate?: string;
        statusText?: string;
        overdue: boolean;
        sources: FactSource[];
      }[];
    }[];
  }[];
  findingsWithoutFollowUp: { findingId: string; gradeLabel: string; text: string }[];
  overdueAssignments: { assignmentId: string; title: string; dueOn: string; status: string }[];
}
