import type { Principal } from '@app/shared-kernel';
import type { ExemptibleField, PublicationOfSak } from '../domain/publication';
import type { SakView } from './governance-views';

/**
 * Who a governance read is for. The secretariat and auditors see the whole record; a member
 * sees the whole record of its own body (unpublished drafts and exempted content included);
 * everyone else sees what is public.
 */
export type Audience = { kind: 'full' } | { kind: 'member'; bodyId: string } | { kind: 'public' };

export const FULL_VIEW: Audience = { kind: 'full' };

export function audienceOf(viewer: Principal | undefined): Audience {
  if (viewer?.roles.some((role) => role === 'secretariat' || role === 'auditor')) return FULL_VIEW;
  if (viewer?.roles.includes('member') && viewer.member) return { kind: 'member', bodyId: viewer.member.bodyId };
  return { kind: 'public' };
}

export const seesAllOf = (audience: Audience, bodyId: string) =>
  audience.kind === 'full' || (audience.kind === 'member' && audience.bodyId === bodyId);

/** What a reader is told is not shown, and why: an exemption (with its legal basis) or not published yet. */
export interface Withheld {
  what: 'sak' | ExemptibleField | 'attachments' | 'attachment';
  /** For an attachment: its name. */
  name?: string;
  reason: 'exempted' | 'not published';
  legalBasis?: string;
}

/** How the public sees a withheld title (as Norwegian public records write it). */
export const WITHHELD_TITLE = 'Unntatt offentlighet';

/** Where a sak stands now: publication and exemptions are about the record today, whatever date a read asks about. */
export interface Publicity extends PublicationOfSak {
  bodyId: string;
  /** Whether the referat of the sak's meeting is public (approved, or published by the secretariat). */
  minutesPublic: boolean;
}

/** The facts whose provenance would show withheld content (a whole sak withholds every fact). */
const FACTS_OF: Record<Exclude<Withheld['what'], 'sak'>, string[]> = {
  title: ['SakRegistered'],
  proposal: ['DecisionProposed'],
  vedtak: ['DecisionAdopted', 'DecisionCorrected'],
  roles: ['SakRoleAssigned'],
  // Attachments come with the registration or later: their sources are withheld with them.
  attachments: ['SakRegistered', 'AttachmentAdded'],
  // Which attachment a fact added is not told apart: one exempted attachment withholds the sources of all.
  attachment: ['SakRegistered', 'AttachmentAdded'],
};

/**
 * A sak as the audience may see it: whole, redacted, or not at all (a draft, for the public).
 * Redacted fields are emptied, never guessed at, and `withheld` says what is missing and why.
 */
export function sakForAudience(view: SakView, publicity: Publicity, audience: Audience): SakView | undefined {
  if (seesAllOf(audience, publicity.bodyId)) return view;
  if (publicity.publication === 'draft') return undefined;
  const withheld: Withheld[] = [];
  const whole = publicity.exemptions.find((e) => e.scope.kind === 'sak');
  if (whole) withheld.push({ what: 'sak', reason: 'exempted', legalBasis: whole.legalBasis });
  for (const e of publicity.exemptions) {
    if (e.scope.kind === 'field') withheld.push({ what: e.scope.field, reason: 'exempted', legalBasis: e.legalBasis });
    if (e.scope.kind === 'attachment')
      withheld.push({ what: 'attachment', name: e.scope.name, reason: 'exempted', legalBasis: e.legalBasis });
  }
  // What is exempted is said once, as exempted; what is not yet public, as not published.
  const exempted = (what: Withheld['what']) => withheld.some((w) => w.what === what);
  if (publicity.publication !== 'published') {
    if (view.attachments.length) withheld.push({ what: 'attachments', reason: 'not published' });
    if (view.proposal !== null && !exempted('proposal')) withheld.push({ what: 'proposal', reason: 'not published' });
  }
  if (view.vedtak && !publicity.vedtakPublished && !publicity.minutesPublic && !exempted('vedtak'))
    withheld.push({ what: 'vedtak', reason: 'not published' });

  const hides = (what: Withheld['what']) => !!whole || withheld.some((w) => w.what === what);
  const hiddenAttachments = new Set(withheld.filter((w) => w.what === 'attachment').map((w) => w.name));
  const hiddenFacts = new Set(whole ? ['*'] : withheld.flatMap((w) => (w.what === 'sak' ? [] : FACTS_OF[w.what])));
  const { presenter, plannedStart, ...rest } = view;
  const proposal = hides('proposal') ? null : view.proposal;
  const vedtak = hides('vedtak') ? null : view.vedtak;
  return {
    ...rest,
    ...(presenter && !hides('roles') ? { presenter } : {}),
    ...(plannedStart && !whole ? { plannedStart } : {}),
    continuations: whole ? [] : view.continuations,
    approvesMinutesOf: whole ? null : view.approvesMinutesOf,
    title: hides('title') ? WITHHELD_TITLE : view.title,
    roles: hides('roles') ? [] : view.roles,
    attachments: hides('attachments') ? [] : view.attachments.filter((a) => !hiddenAttachments.has(a.name)),
    proposal,
    vedtak,
    differsFromProposal: proposal === null || vedtak === null ? null : view.differsFromProposal,
    sources: hiddenFacts.has('*') ? [] : view.sources.filter((p) => !hiddenFacts.has(p.fact)),
    // A disagreement quotes the value it is about, under a field name that is free text: where anything is withheld, none is shown.
    conflicts: withheld.length ? [] : view.conflicts,
    withheld,
  };
}
