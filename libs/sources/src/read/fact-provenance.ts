import type { ConflictView, FactProvenance, ProvenanceSubject, SourceLookup } from '../application/source-register';

export function provenanceOfFacts(events: readonly ProvenanceSubject[], sources: SourceLookup): FactProvenance[] {
  return events.map((event) => sources.provenanceOf(event));
}

/** A short mark for text formats: † for an interpretation, ? for a fact with no source. */
export const interpretationMark = (provenance: FactProvenance | undefined): string =>
  provenance?.basis === 'interpreted' ? '†' : provenance?.basis === 'unsourced' ? '?' : '';

/** "Saksdokument møte 1/22 (2022-02-04, dato tolket), side 3": where a fact stands, for text formats. */
export function sourceWhere(provenance: FactProvenance): string {
  if (!('document' in provenance)) return 'ingen kilde oppgitt';
  const date = `${provenance.date ?? 'ukjent dato'}${provenance.dateBasis === 'interpreted' ? ', dato tolket' : ''}`;
  return `${provenance.document} (${date})${provenance.locator ? `, ${provenance.locator}` : ''}`;
}

/** "Kildene er uenige om lunchStart: «11:30» (…) / «11:20» (…)": a recorded disagreement, for text formats. */
export const conflictSentence = (conflict: ConflictView): string =>
  `Kildene er uenige om ${conflict.field}: ${conflict.readings
    .map(
      (r) =>
        `«${r.value}» (${r.documentTitle ?? r.document}${r.documentDate ? ` (${r.documentDate})` : ''}${r.locator ? `, ${r.locator}` : ''})`,
    )
    .join(' / ')}${conflict.note ? `. ${conflict.note}` : ''}`;

/** The legend that text formats print above their notes. */
export const FOOTNOTE_LEGEND = '† = tolkning: kilden sier det ikke selv; noten sier hvordan kilden er lest. ? = ingen kilde oppgitt.';

/**
 * Numbered footnotes for text formats (the referat, the follow-up report): each cited fact
 * gets a number, marked † when it is an interpretation and ? when it has no source, and a
 * note naming its source and, for an interpretation, how the source was read.
 */
export class Footnotes {
  readonly lines: string[] = [];

  /** `[n]`, `[n†]` or `[n?]` for one fact. */
  cite(provenance: FactProvenance): string {
    const where = sourceWhere(provenance);
    const note = 'note' in provenance && provenance.note ? `: ${provenance.note}` : '';
    this.lines.push(provenance.basis === 'interpreted' ? `Tolkning av ${where}${note}` : where.charAt(0).toUpperCase() + where.slice(1));
    return `[${this.lines.length}${interpretationMark(provenance)}]`;
  }

  /** Marks only the facts that are not stated: where a line shows its sources separately. */
  citeUnstated(sources: FactProvenance[]): string {
    return sources
      .filter((s) => s.basis !== 'stated')
      .map((s) => this.cite(s))
      .join('');
  }
}
