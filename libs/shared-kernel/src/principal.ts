/**
 * Who may do what. Every request is made by a principal: a token holder proven by the
 * embedded store's own API tokens or by the identity provider's signed token, or the public
 * (no credentials). What it may do follows from its roles:
 *   - secretariat: records the board's facts, manages publication and exemptions;
 *   - member: a board member (linked to its member id in a body): reads its body's drafts, votes for itself;
 *   - auditor: reads everything, the raw log and the audit; never writes;
 *   - admin: issues and revokes tokens, nothing else.
 */
export const ROLES = ['secretariat', 'member', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

export interface Principal {
  /** Stable and unique: `token:<tokenId>` for an API token, `oidc:<issuer's subject>` for the identity provider's. */
  id: string;
  /** The name recorded as the actor of what it writes. */
  name: string;
  roles: readonly Role[];
  /** For a member: the body and its member id there, which its votes must be cast as. */
  member?: { bodyId: string; memberId: string };
}
