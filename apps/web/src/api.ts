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
