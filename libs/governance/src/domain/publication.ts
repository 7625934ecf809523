import { Conflict, NotFound, ValidationFailed, nothingToRecord, type DomainEvent } from '@app/shared-kernel';

/**
 * Publication under *offentleglova* (the Freedom of Information Act). A sak's papers
 * (*saksdokumenter*: its attachments) and its *forslag til vedtak* are a draft until they are
 * sent with the *innkalling* (the notice of meeting), and public once published; the public
 * sees a sak from when it is sent (its place on the agenda) and its papers from when they are
 * published. A *vedtak* is public when the referat of its meeting is approved, or when the
 * secretariat publishes it. An *unntak* / *skjerming* (exemption) withholds a field, an
 * attachment or the whole sak from the public on a stated legal basis; the facts and their
 * proofs stay in the log, and the public is told what is withheld and why.
 */
export const PUBLICATION_STATES = ['draft', 'sent', 'published'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

/** The fields of a sak an exemption can withhold on its own. */
export const EXEMPTIBLE_FIELDS = ['title', 'proposal', 'vedtak', 'roles'] as const;
export type ExemptibleField = (typeof EXEMPTIBLE_FIELDS)[number];

export type ExemptionScope = { kind: 'sak' } | { kind: 'field'; field: ExemptibleField } | { kind: 'attachment'; name: string };

export interface Exemption {
  exemptionId: string;
  scope: ExemptionScope;
  /** The law and section it rests on, e.g. "offentleglova § 14" (internal documents), "offentleglova § 24". */
  legalBasis: string;
  note?: string;
}

/** A legal basis names a section: "offentleglova § 15 første ledd", "offl. § 13 jf. fvl. § 13". */
const LEGAL_BASIS = /§\s*\d+/;

export type PublicationEvent =
  | DomainEvent<'SakSentWithInnkalling', { sakId: string }>
  | DomainEvent<'SakPublished', { sakId: string }>
  | DomainEvent<'VedtakPublished', { sakId: string }>
  | DomainEvent<'ExemptionRecorded', { sakId: string; exemption: Exemption }>
  | DomainEvent<'ExemptionLifted', { sakId: string; exemptionId: string; reason: string }>;

export type PublicationCommand =
  | { type: 'PublishSak'; data: { state: Exclude<PublicationState, 'draft'> } }
  | { type: 'PublishVedtak' }
  | { type: 'RecordExemption'; data: Exemption }
  | { type: 'LiftExemption'; data: { exemptionId: string; reason: string } };

/** What a sak's state knows of its publication. */
export interface PublicationOfSak {
  publication: PublicationState;
  vedtakPublished: boolean;
  /** The exemptions in force, in the order recorded. */
  exemptions: Exemption[];
}

export const unpublished = (): PublicationOfSak => ({ publication: 'draft', vedtakPublished: false, exemptions: [] });

const rank = (state: PublicationState) => PUBLICATION_STATES.indexOf(state);

/** Decides a publication command for a registered sak (whose attachments and vedtak it needs to know). */
export function decidePublication(
  command: PublicationCommand,
  sak: PublicationOfSak & { sakId: string; number: string; attachments: { name: string }[]; vedtak?: unknown },
): PublicationEvent[] {
  const { sakId } = sak;
  switch (command.type) {
    case 'PublishSak': {
      // Publication goes one way: what has been public cannot be made a draft again (an exemption withholds it).
      if (rank(command.data.state) <= rank(sak.publication)) return nothingToRecord();
      return [{ type: command.data.state === 'sent' ? 'SakSentWithInnkalling' : 'SakPublished', data: { sakId } }];
    }
    case 'PublishVedtak':
      if (!sak.vedtak) throw new Conflict('VEDTAK.NOT_ADOPTED', `Sak ${sak.number} has no vedtak to publish`);
      // A draft is not on any public agenda: its vedtak cannot be public before the sak is.
      if (sak.publication === 'draft') throw new Conflict('SAK.DRAFT', `Sak ${sak.number} is a draft: send or publish it first`);
      return sak.vedtakPublished ? nothingToRecord() : [{ type: 'VedtakPublished', data: { sakId } }];
    case 'RecordExemption': {
      const { scope, legalBasis, exemptionId } = command.data;
      if (!LEGAL_BASIS.test(legalBasis))
        throw new ValidationFailed(
          'EXEMPTION.LEGAL_BASIS_INVALID',
          'legalBasis must name the law and section, e.g. "offentleglova § 14"',
          'legalBasis',
        );
      if (scope.kind === 'attachment' && !sak.attachments.some((a) => a.name === scope.name))
        throw new NotFound('SAK.ATTACHMENT_NOT_FOUND', `Sak ${sak.number} has no attachment "${scope.name}"`, { field: 'attachment' });
      const same = sak.exemptions.find((e) => sameScope(e.scope, scope) && e.legalBasis === legalBasis);
      if (same) return nothingToRecord();
      if (sak.exemptions.some((e) => e.exemptionId === exemptionId))
        throw new Conflict('EXEMPTION.EXISTS', `Exemption ${exemptionId} exists`);
      return [{ type: 'ExemptionRecorded', data: { sakId, exemption: command.data } }];
    }
    case 'LiftExemption': {
      const { exemptionId, reason } = command.data;
      if (!sak.exemptions.some((e) => e.exemptionId === exemptionId))
        throw new NotFound('EXEMPTION.NOT_FOUND', `Sak ${sak.number} has no exemption ${exemptionId} in force`, { field: 'exemptionId' });
      return [{ type: 'ExemptionLifted', data: { sakId, exemptionId, reason } }];
    }
  }
}

export function evolvePublication(state: PublicationOfSak, event: PublicationEvent): PublicationOfSak {
  switch (event.type) {
    case 'SakSentWithInnkalling':
      return { ...state, publication: rank(state.publication) < rank('sent') ? 'sent' : state.publication };
    case 'SakPublished':
      return { ...state, publication: 'published' };
    case 'VedtakPublished':
      return { ...state, vedtakPublished: true };
    case 'ExemptionRecorded':
      return { ...state, exemptions: [...state.exemptions, event.data.exemption] };
    case 'ExemptionLifted':
      return { ...state, exemptions: state.exemptions.filter((e) => e.exemptionId !== event.data.exemptionId) };
  }
}

export function sameScope(a: ExemptionScope, b: ExemptionScope): boolean {
  if (a.kind === 'field' && b.kind === 'field') return a.field === b.field;
  if (a.kind === 'attachment' && b.kind === 'attachment') return a.name === b.name;
  return a.kind === b.kind;
}
