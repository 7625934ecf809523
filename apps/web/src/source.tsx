import type { FactSource } from './api';

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
