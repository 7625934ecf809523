import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentEntry } from '../../apps/api/src/history/history-file';
import type { RunningApi } from './running-api';

/** The five source documents of the recorded history (data/history/00-documents.json), by id. */
export const DOCUMENTS: DocumentEntry[] = JSON.parse(
  readFileSync(join(__dirname, '../../data/history/00-documents.json'), 'utf8'),
).documents;

/** Registers them, so that writes in a test can cite them as the history does. */
export async function registerDocuments(api: RunningApi): Promise<void> {
  for (const document of DOCUMENTS) {
    const answer = await api.post('/documents', document);
    if (answer.status !== 201) throw new Error(`registering ${document.documentId}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}
