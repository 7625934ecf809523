import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDocumentRegister, quotesOf, type DocumentEntry, type HistoryFile } from './history-file';

/**
 * The source-fidelity check: every `stated` step of the recorded history must quote its
 * cited document, and each quote must stand in that document. Documents are found by the
 * SHA-256 registered for them, so a changed or missing file is a failure too. Interpreted
 * steps must say how the source was read (a note); any quote they give, and each reading of a
 * source conflict, must stand in its document too.
 */
export interface SourceCheckResult {
  documents: number;
  statedSteps: number;
  quotesChecked: number;
  interpretedSteps: number;
  failures: string[];
}

/**
 * Text as compared: HTML tags and markdown emphasis/heading marks made space, all whitespace
 * runs (line breaks included) one space, no space before punctuation, NFC; typographic quotes,
 * dashes and spelling kept. Quote and document are normalised alike.
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^#+ /gm, '')
    .replace(/\*\*|__|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
}

export function checkSources(history: { name: string; file: HistoryFile }[], seedsDir: string): SourceCheckResult {
  const result: SourceCheckResult = { documents: 0, statedSteps: 0, quotesChecked: 0, interpretedSteps: 0, failures: [] };
  const filesByHash = new Map<string, string>();
  for (const entry of readdirSync(seedsDir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const name = entry.name;
    filesByHash.set(
      createHash('sha256')
        .update(readFileSync(join(seedsDir, name)))
        .digest('hex'),
      join(seedsDir, name),
    );
  }
  const texts = new Map<string, string>();
  const registered = new Map<string, DocumentEntry>();
  for (const { name, file } of history) {
    if (!isDocumentRegister(file)) continue;
    for (const document of file.documents) {
      result.documents++;
      registered.set(document.documentId, document);
      const path = filesByHash.get(document.sha256);
      if (!path) result.failures.push(`${name}: document ${document.documentId}: no file in ${seedsDir} has SHA-256 ${document.sha256}`);
      else texts.set(document.documentId, normaliseForQuote(readFileSync(path, 'utf8')));
    }
  }
  for (const { name, file } of history) {
    if (isDocumentRegister(file)) continue;
    file.steps.forEach((step, index) => {
      const where = `${name}, step ${index + 1} (${step.request}, ${step.locator})`;
      const documentId = step.document ?? file.document;
      if (!registered.has(documentId)) result.failures.push(`${where}: cites ${documentId}, which is not in the document register`);
      const check = (quote: string, cited: string, what: string) => {
        result.quotesChecked++;
        const wanted = normaliseForQuote(quote);
        const text = texts.get(cited);
        if (!wanted) result.failures.push(`${where}: an empty quote`);
        else if (text !== undefined && !text.includes(wanted)) result.failures.push(`${where}: ${what} not in ${cited}: "${quote}"`);
      };
      // Readings of a source conflict cite their own documents; each quote must stand there.
      const readings = (step.body.readings ?? []) as { document?: string; quote?: string }[];
      readings.forEach((reading, i) => {
        if (!reading.document || !registered.has(reading.document))
          result.failures.push(`${where}: readings[${i}] cites ${reading.document}, which is not in the document register`);
        else if (reading.quote) check(reading.quote, reading.document, `readings[${i}].quote`);
      });
      // Any quote given must be in the document, whatever the basis.
      for (const quote of quotesOf(step)) check(quote, documentId, 'quote');
      if (step.basis === 'interpreted') {
        result.interpretedSteps++;
        if (!step.note?.trim()) result.failures.push(`${where}: interpreted, but no note says how the source was read`);
        return;
      }
      result.statedSteps++;
      if (quotesOf(step).length === 0) result.failures.push(`${where}: stated, but quotes nothing from ${documentId}`);
    });
  }
  return result;
}
