import type { Principal } from '@app/shared-kernel';

/**
 * What another context withholds from a reader (the governance context: unpublished and
 * exempted saker): a recorded disagreement between sources quotes the very thing it is about,
 * so it is shown only to whom that thing is shown. The sources context asks; it does not know why.
 */
export interface Disclosure {
  /** The ids, of those given, of which anything is withheld from the viewer (a disagreement's field is free text: it is not compared). */
  withheldOf(abouts: readonly string[], viewer: Principal | undefined): Promise<Set<string>>;
}

export const DISCLOSURE = Symbol('Disclosure');
