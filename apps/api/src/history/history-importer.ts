import { ACCESS_STREAM_PREFIXES, AccessTokens } from '@app/access';
import { HISTORY_IMPORT_STREAM } from '@app/sources';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EVENT_STORE, EventLog, StreamNotFound, type EventStore } from '@app/event-store';
import { canonicalJson, sha256Hex, type Source } from '@app/shared-kernel';
import { DEFAULT_HISTORY_DIR, isDocumentRegister, quotesOf, readHistory, type HistoryFile } from './history-file';

/**
 * Replays the recorded history (see history-file.ts) through the API itself: the same
 * controllers, validation and command handlers as any client, so nothing is written that a
 * user could not have written.
 *
 * Each step is sent with a correlation id derived from what it asserts, its request and body
 * (`history-<sha256>-<n>`, n counting identical steps), which every event it writes carries. A
 * second import finds those ids in the log and skips the steps already recorded, writing
 * nothing; a step whose source (locator, basis, note, quote) was edited since is reported, as
 * the record still carries the old one. A step that is not yet in the log but is refused as
 * already taken (same sak number with another title, a document id registered with other
 * contents...) conflicts with what is recorded: it is reported by name, never counted as done.
 */
export interface ImportProblem {
  /** `05-meeting-1-22.json, step 3 (POST /saker)` */
  step: string;
  status: number;
  code?: string;
  message: string;
}

export interface ImportResult {
  files: number;
  applied: number;
  alreadyRecorded: number;
  /** Steps this importer had not recorded whose fact the record already holds: their deciders found nothing to record. */
  alreadyInRecord: number;
  /** Steps refused because something else is recorded under the same key. */
  conflicts: ImportProblem[];
  /** Steps refused for any other reason (invalid, or referring to something missing). */
  failures: ImportProblem[];
  /** Steps already recorded whose source in the file differs from the one recorded. */
  sourceChanged: string[];
}

const HISTORY_ACTOR = 'importer (data/history)';

const CORRELATION_PREFIX = 'history-';

interface Request {
  where: string;
  method: string;
  url: string;
  body: Record<string, unknown>;
  source?: Source;
}

/** Every request the history makes, in order: the document register first, then the steps. */
function requestsOf(history: { name: string; file: HistoryFile }[]): Request[] {
  const registers = history.filter(({ file }) => isDocumentRegister(file));
  const records = history.filter(({ file }) => !isDocumentRegister(file));
  return [...registers, ...records].flatMap(({ name, file }): Request[] => {
    if (isDocumentRegister(file)) {
      return file.documents.map((document, i) => ({
        where: `${name}, document ${i + 1} (${document.documentId})`,
        method: 'POST',
        url: '/documents',
        body: { ...document },
      }));
    }
    return file.steps.map((step, i) => {
      const [method, url] = step.request.split(' ');
      const quote = quotesOf(step).join(' … ');
      const source: Source = {
        document: step.document ?? file.document,
        locator: step.locator,
        basis: step.basis,
        ...(step.note ? { note: step.note } : {}),
        ...(quote ? { quote } : {}),
      };
      return { where: `${name}, step ${i + 1} (${step.request})`, method, url, body: step.body, source };
    });
  });
}

/** Each request's correlation id: its content's digest, and which occurrence of that content it is. */
function correlationIds(requests: Request[]): string[] {
  const occurrences = new Map<string, number>();
  return requests.map(({ method, url, body }) => {
    const digest = sha256Hex(canonicalJson({ method, url, body }));
    const n = (occurrences.get(digest) ?? 0) + 1;
    occurrences.set(digest, n);
    return `${CORRELATION_PREFIX}${digest}-${n}`;
  });
}

/** The history steps already in the log, by correlation id, with the source they were recorded with. */
async function importedSteps(store: EventStore): Promise<Map<string, Source | undefined>> {
  const seen = new Map<string, Source | undefined>();
  for (let after: bigint | undefined; ;) {
    const page = await store.readAll({ after, maxCount: 5000 });
    for (const { metadata } of page) {
      if (metadata.correlationId?.startsWith(CORRELATION_PREFIX) && !seen.has(metadata.correlationId))
        seen.set(metadata.correlationId, metadata.source);
    }
    if (page.length < 5000) return seen;
    after = page[page.length - 1].globalPosition;
  }
}

export async function importHistory(app: NestFastifyApplication, dir = DEFAULT_HISTORY_DIR): Promise<ImportResult> {
  const history = readHistory(dir);
  const result: ImportResult = {
    files: history.length,
    applied: 0,
    alreadyRecorded: 0,
    alreadyInRecord: 0,
    conflicts: [],
    failures: [],
    sourceChanged: [],
  };
  const seen = await importedSteps(app.get<EventStore>(EVENT_STORE));
  const log = app.get(EventLog);
  const marker = { context: { actor: HISTORY_ACTOR, actorId: 'system:history-import' }, expectedRevision: 'any' as const };
  const size = { files: history.length, steps: requestsOf(history).length };
  // Marked started before the first step it records (an import with nothing to record writes
  // nothing), and completed when done, or when it finishes one a crash left started.
  const unfinished = (await historyToImport(app.get<EventStore>(EVENT_STORE))) === 'resume';
  let started = false;
  const markStarted = async () => {
    if (started) return;
    started = true;
    await log.append(HISTORY_IMPORT_STREAM, [{ type: 'HistoryImportStarted', data: size, effectiveAt: new Date().toISOString() }], marker);
  };
  // The import records as the secretariat would, with a token that exists only in this process.
  const token = app.get(AccessTokens).tokenForThisProcess({ id: 'system:history-import', name: HISTORY_ACTOR, roles: ['secretariat'] });
  try {
    const requests = requestsOf(history);
    const ids = correlationIds(requests);
    for (const [i, request] of requests.entries()) {
      const correlationId = ids[i];
      if (seen.has(correlationId)) {
        result.alreadyRecorded++;
        if (canonicalJson(seen.get(correlationId) ?? null) !== canonicalJson(request.source ?? null))
          result.sourceChanged.push(request.where);
        continue;
      }
      await markStarted();
      const response = await app.inject({
        method: request.method as 'POST',
        url: request.url,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-correlation-id': correlationId },
        payload: JSON.stringify({ ...request.body, ...(request.source ? { source: request.source } : {}) }),
      });
      if (response.statusCode === 201) {
        result.applied++;
        seen.set(correlationId, request.source);
        continue;
      }
      // The decider's "nothing to record": the record already says this, written by another hand.
      if (response.statusCode === 200) {
        result.alreadyInRecord++;
        continue;
      }
      const body = safeJson(response.body);
      const problem = {
        step: request.where,
        status: response.statusCode,
        ...(body.code ? { code: String(body.code) } : {}),
        message: String(body.detail ?? body.message ?? response.body),
      };
      (response.statusCode === 409 ? result.conflicts : result.failures).push(problem);
    }
  } finally {
    app.get(AccessTokens).withdrawTokenForThisProcess(token);
  }
  // Only a complete import is marked so: a start after an interrupted one resumes it.
  if ((started || unfinished) && !result.conflicts.length && !result.failures.length)
    await log.append(
      HISTORY_IMPORT_STREAM,
      [{ type: 'HistoryImportCompleted', data: { ...size, applied: result.applied }, effectiveAt: new Date().toISOString() }],
      marker,
    );
  return result;
}

/**
 * Whether a start should import the recorded history: into a store that holds no record yet
 * (tokens issued before the first start do not count), or to finish an import a crash cut short.
 */
export async function historyToImport(store: EventStore): Promise<'none' | 'first' | 'resume'> {
  const markers = await store.readStream(HISTORY_IMPORT_STREAM, {}).catch((error: unknown) => {
    if (error instanceof StreamNotFound) return [];
    throw error;
  });
  if (markers.length) return markers.at(-1)!.type === 'HistoryImportCompleted' ? 'none' : 'resume';
  const page = await store.readAll({ maxCount: 1000 });
  const onlyTokens =
    page.length < 1000 && page.every((event) => ACCESS_STREAM_PREFIXES.some((prefix) => event.streamId.startsWith(prefix)));
  return onlyTokens ? 'first' : 'none';
}

/** One line per problem and a closing summary, for the CLI and the server's log. */
export function describeImport(result: ImportResult): string[] {
  return [
    ...result.conflicts.map((p) => `CONFLICT ${p.step}: ${p.status} ${p.code ?? ''} ${p.message}`),
    ...result.failures.map((p) => `FAILED ${p.step}: ${p.status} ${p.code ?? ''} ${p.message}`),
    ...result.sourceChanged.map(
      (step) => `SOURCE CHANGED ${step}: recorded with another source than the file now gives (record a correction to change it)`,
    ),
    `${result.files} files: ${result.applied} applied, ${result.alreadyRecorded} already recorded, ` +
      `${result.alreadyInRecord} already in the record otherwise, ${result.conflicts.length} conflicts, ${result.failures.length} failed`,
  ];
}

function safeJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
