import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { SourceBasis } from '@app/shared-kernel';

/**
 * The recorded history (`data/history/*.json`): the board's record from the source documents,
 * one file per meeting or document, each a list of API requests with where they come from.
 * The importer replays them through the API itself (the same controllers, validation and
 * command handlers as any client), so nothing is written that a user could not have written.
 *
 * Replaying is idempotent: a step whose fact is already recorded is refused by the domain
 * (409, or 400 `...UNCHANGED`) and counted as already imported.
 */
export interface HistoryStep {
  /** `POST /path` */
  request: string;
  body: Record<string, unknown>;
  /** Page, slide or heading in the document. */
  locator: string;
  basis: SourceBasis;
  /** Why it is read so, above all where the basis is `interpreted`. */
  note?: string;
  /** Another document than the file's, where a step comes from one. */
  document?: string;
}

export interface HistoryFile {
  document: string;
  title: string;
  steps: HistoryStep[];
}

export interface ImportResult {
  files: number;
  applied: number;
  alreadyRecorded: number;
}

export const HISTORY_ACTOR = 'importer (data/history)';
export const DEFAULT_HISTORY_DIR = 'data/history';

export class HistoryImportFailed extends Error {}

const alreadyRecorded = (status: number, code: unknown) => status === 409 || (status === 400 && typeof code === 'string' && code.endsWith('UNCHANGED'));

export function readHistory(dir: string): { name: string; file: HistoryFile }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, file: JSON.parse(readFileSync(join(dir, name), 'utf8')) as HistoryFile }));
}

export async function importHistory(app: NestFastifyApplication, dir = DEFAULT_HISTORY_DIR): Promise<ImportResult> {
  const result: ImportResult = { files: 0, applied: 0, alreadyRecorded: 0 };
  for (const { name, file } of readHistory(dir)) {
    result.files++;
    for (const [index, step] of file.steps.entries()) {
      const [method, url] = step.request.split(' ');
      const source = { document: step.document ?? file.document, locator: step.locator, basis: step.basis, ...(step.note ? { note: step.note } : {}) };
      const response = await app.inject({
        method: method as 'POST',
        url,
        headers: { 'content-type': 'application/json', 'x-actor': HISTORY_ACTOR },
        payload: JSON.stringify({ ...step.body, source }),
      });
      if (response.statusCode === 201) result.applied++;
      else if (alreadyRecorded(response.statusCode, response.json().code)) result.alreadyRecorded++;
      else throw new HistoryImportFailed(`${name}, step ${index + 1} (${step.request}): ${response.statusCode} ${response.body}`);
    }
  }
  return result;
}
