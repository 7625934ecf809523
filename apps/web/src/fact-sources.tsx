import type { FactProvenance, Sak } from './api';
import { FactSourceView } from './source';
import { useJson } from './use-json';

/**
 * The sak whose vedtak decided a fact (`nehs-2021-40`), as "sak 40/21" linking to its place on its
 * meeting's page. Until the sak is found (or if it is not), its id is shown as it is recorded.
 */
export function DecidingSak({ sakId }: { sakId: string }) {
  const { data: sak } = useJson<Sak>(`/saker/${encodeURIComponent(sakId)}`);
  return (
    <span class="decided-in">
      Vedtatt i{' '}
      {sak ? <a href={`/ui/meetings/${encodeURIComponent(sak.meetingId)}#sak-${sak.sakId}`}>sak {sak.number}</a> : <>sak {sakId}</>}
    </span>
  );
}

/**
 * The sources of a fact, each on demand, and the deciding sak when the record names one (in a
 * source, or given beside them: a fact recorded without a source can still name its sak).
 */
export function Sources({ sources, decidedIn }: { sources: FactProvenance[]; decidedIn?: string }) {
  const named = [decidedIn, ...sources.map((s) => ('decidedIn' in s ? s.decidedIn : undefined))];
  const saker = [...new Set(named.filter((sakId) => sakId !== undefined))];
  return (
    <>
      {saker.map((sakId) => (
        <DecidingSak key={sakId} sakId={sakId} />
      ))}
      {sources.map((source, i) =>
        source.basis === 'unsourced' ? (
          <span key={i} class="unsourced">
            Ingen kilde registrert
          </span>
        ) : (
          <FactSourceView key={i} source={source} />
        ),
      )}
    </>
  );
}
