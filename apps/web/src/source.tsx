import type { FactProvenance, FactSource } from './api';
import { norwegianDate } from './format';

const BASIS_WORDS = { stated: 'Står i kilden', interpreted: 'Tolkning', unsourced: 'Ingen kilde registrert' } as const;

/** A fact's source, its basis said in words (never by colour alone), the note of an interpretation on demand. */
export function Source({ basis, note, text }: { basis: keyof typeof BASIS_WORDS; note?: string; text: string }) {
  return (
    <details class={`source ${basis}`}>
      <summary>{BASIS_WORDS[basis]}</summary>
      <p>{text}</p>
      {note && <p class="note">Begrunnelse: {note}</p>}
    </details>
  );
}

const documentText = (source: FactSource) =>
  `${source.document} (${source.date ? norwegianDate(source.date) : 'udatert'})${source.locator ? `, ${source.locator}` : ''}`;

/** A fact's source as the API gives it: the document, its date and the place in it; or that none is recorded. */
export const FactSourceView = ({ source }: { source: FactProvenance }) =>
  source.basis === 'unsourced' ? (
    <Source basis="unsourced" text="Registrert uten kildedokument: det som er registrert, er ikke belagt av et dokument." />
  ) : (
    <Source basis={source.basis} note={source.note} text={documentText(source)} />
  );
