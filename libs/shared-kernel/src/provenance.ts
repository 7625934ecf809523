/**
 * Where a recorded fact comes from. An auditor must be able to tell "the board decided X
 * in sak 40/21" (stated) from "the secretariat linked goal 2.1 to Mål 5" (interpreted).
 */
export const SOURCE_BASES = ['stated', 'interpreted'] as const;
export type SourceBasis = (typeof SOURCE_BASES)[number];

export interface Source {
  /** The registered source document's id, e.g. `nehs-2022-1-saksdokument` (see the document register). */
  document: string;
  /** Page, slide or heading inside the document, e.g. "side 3" or "UTKAST til MÅL". */
  locator?: string;
  /** `stated`: the document says it; `interpreted`: the recorder inferred it. */
  basis: SourceBasis;
  /** How the recorder read the source, above all where the basis is `interpreted`. */
  note?: string;
  /**
   * A note for the secretariat and auditors only: kept with the event (the raw log, a fact's
   * history), never in the views' provenance, the referat or reports, nor shown to anyone else.
   */
  internalNote?: string;
  /** The document's own words that state the fact, as the recorder copied them. */
  quote?: string;
}
