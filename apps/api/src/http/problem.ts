/** The JSON body of every error answer, whatever raised it. */
export interface Problem {
  statusCode: number;
  /** Stable code, e.g. `VALIDATION.FAILED`, `EVENT_STORE.WRONG_EXPECTED_REVISION`. */
  code: string;
  message: string;
  /** For 400s: each offending field with what is wrong with it. */
  fields?: { field: string; problems: string[] }[];
  details?: Record<string, unknown>;
}
