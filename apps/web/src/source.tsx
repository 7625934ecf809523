import type { FactSource } from './api';
import { norwegianDate } from './format';

/** A fact's source, its basis said in words (never by colour alone), the note of an interpretation on demand. */
export function Source({ basis, note, text }: Pick<FactSource, 'basis' | 'note'> & { text: string }) {
  return (
    <details class={`source ${basis}`}>
      <summary>{basis === 'stated' ? 'Står i kilden' : 'Tolkning'}</summary>
      <p>{text}</p>
      {note && <p class="note">Begrunnelse: {note}</p>}
    </details>
  );
}

/** A fact's source as the API gives it: the document, its date and the place in it. */
export const FactSourceView = ({ source }: { source: FactSource }) => (
  <Source
    basis={source.basis}
    note={source.note}
    text={`${source.document} (${norwegianDate(source.date)})${source.locator ? `, ${source.locator}` : ''}`}
  />
);
