import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api';

interface Answer<T> {
  data?: T;
  problem?: Error;
  /** True while the answer shown is for an earlier path (the page keeps it rather than flicker). */
  loading: boolean;
  /** Asks again (after a write changed what the answer says). */
  reload: () => void;
}

/**
 * The API's answer for a path, asked again when the path changes (a date moved on a slider).
 * An answer that arrives after the path has changed again is dropped, so that the page never
 * shows an older date's answer under a newer date.
 */
export function useJson<T>(path: string | undefined): Answer<T> {
  const [answer, setAnswer] = useState<{ path?: string; data?: T; problem?: Error }>({});
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    getJson<T>(path).then(
      (data) => current && setAnswer({ path, data }),
      (problem: Error) => current && setAnswer({ path, problem }),
    );
    return () => {
      current = false;
    };
  }, [path, asked]);
  return {
    data: answer.data,
    problem: answer.problem,
    loading: path !== undefined && answer.path !== path,
    reload: () => setAsked((n) => n + 1),
  };
}
