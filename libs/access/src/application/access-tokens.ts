import { createHash, randomBytes } from 'node:crypto';
import {
  StreamCache,
  asDomainEvent,
  type CommandResult,
  type DeciderRunner,
  type EventLog,
  type KeptRecords,
  type ReadModel,
  type RecordedEvent,
  type RecordingContext,
} from '@app/event-store';
import { uuidv7, type Clock, type Principal, type Role } from '@app/shared-kernel';
import { accessTokenDecider, type AccessTokenEvent, type AccessTokenGrant } from '../domain/access-token.decider';
import { ACCESS_STREAM_PREFIXES, ACCESS_TOKEN_PREFIX, accessTokenStream } from '../domain/access-terms';

/** A token as the admin sees it in the list: who holds it and what it may do, never the token itself. */
export interface AccessTokenView {
  tokenId: string;
  holder: string;
  role: Role;
  member?: Principal['member'];
  issuedAt: string;
  issuedBy: string;
  status: 'active' | 'revoked';
  revokedAt?: string;
  revokedBy?: string;
  reason?: string;
}

/** What issuing answers: the token, shown this once, and the record of it. */
export interface IssuedToken {
  token: string;
  view: AccessTokenView;
  result: CommandResult;
}

/** 256 random bits: a SHA-256 of it is as safe to keep as a slow password hash would be, and quick to look up. */
const newToken = () => `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The embedded store's API tokens: issued and revoked as events, recognised by the hash of
 * their secret. Used alike by the server (to authenticate each request, and for the admin's
 * routes) and by `npm run token` (which writes to the store directly, whether or not the server
 * runs: the server reads the log's new events before it checks any token, so an issue or a
 * revocation counts from the next request).
 */
export class AccessTokens {
  static readonly projection = 'access-tokens';
  static readonly version = 1;

  private readonly views = new Map<string, AccessTokenView & { tokenHash: string }>();
  private readonly activeByHash = new Map<string, Principal>();
  /** Tokens that exist only in this process (the history import's), never stored. */
  private readonly processTokens = new Map<string, Principal>();
  private readonly cache: StreamCache;

  constructor(
    private readonly runner: DeciderRunner,
    private readonly log: EventLog,
    private readonly clock: Clock,
    kept?: KeptRecords<RecordedEvent>,
  ) {
    this.cache = new StreamCache(log, ACCESS_STREAM_PREFIXES, (event) => this.take(event), kept);
  }

  asReadModel(): ReadModel {
    return this.cache.asReadModel(AccessTokens.projection);
  }

  async issue(request: Omit<AccessTokenGrant, 'tokenId' | 'tokenHash'>, context: RecordingContext): Promise<IssuedToken> {
    const tokenId = uuidv7();
    const token = newToken();
    const grant: AccessTokenGrant = { tokenId, ...request, tokenHash: hashOf(token) };
    const result = await this.runner.run({
      id: tokenId,
      streamId: accessTokenStream(tokenId),
      decider: accessTokenDecider,
      decision: () => ({ command: { type: 'IssueAccessToken' as const, data: grant }, effectiveAt: this.clock.now().toISOString() }),
      provenance: {},
      context,
    });
    return { token, view: await this.view(tokenId), result };
  }

  async revoke(tokenId: string, reason: string, context: RecordingContext): Promise<{ view: AccessTokenView; result: CommandResult }> {
    const result = await this.runner.run({
      id: tokenId,
      streamId: accessTokenStream(tokenId),
      decider: accessTokenDecider,
      decision: () => ({ command: { type: 'RevokeAccessToken' as const, data: { reason } }, effectiveAt: this.clock.now().toISOString() }),
      provenance: {},
      context,
    });
    return { view: await this.view(tokenId), result };
  }

  /** Who holds tokens, newest first, without the tokens. */
  async list(): Promise<AccessTokenView[]> {
    await this.cache.catchUp();
    return [...this.views.values()].map(withoutHash).reverse();
  }

  /**
   * The principal a token proves, or undefined for an unknown or revoked one. Catches up first,
   * so a token issued or revoked a moment ago by `npm run token` counts at once.
   */
  async principalFor(token: string): Promise<Principal | undefined> {
    const hash = hashOf(token);
    const inProcess = this.processTokens.get(hash);
    if (inProcess) return inProcess;
    const known = this.activeByHash.get(hash);
    try {
      await this.cache.catchUp();
    } catch (error) {
      // With the store out of reach, a token known to be valid a moment ago still proves who
      // asks (so /health can say the store is down); an unknown one cannot be checked.
      if (known) return this.revealed(known);
      throw error;
    }
    const principal = this.activeByHash.get(hash);
    return principal && this.revealed(principal);
  }

  /** The holder's name is kept sealed (it is personal data); it is opened for the request alone, or reads "slettet". */
  private revealed(principal: Principal): Principal {
    return { ...principal, name: this.log.personalData?.reveal(principal.name) ?? principal.name };
  }

  /** A token valid only inside this process, for work the process does on its own (the history import), until withdrawn. */
  tokenForThisProcess(principal: Principal): string {
    const token = newToken();
    this.processTokens.set(hashOf(token), principal);
    return token;
  }

  withdrawTokenForThisProcess(token: string): void {
    this.processTokens.delete(hashOf(token));
  }

  private async view(tokenId: string): Promise<AccessTokenView> {
    await this.cache.catchUp();
    return withoutHash(this.views.get(tokenId)!);
  }

  private take(recorded: RecordedEvent): void {
    const event = asDomainEvent<AccessTokenEvent>(recorded);
    const { recordedAt, actor } = recorded.metadata;
    if (event.type === 'AccessTokenIssued') {
      const { tokenId, holder, role, member, tokenHash } = event.data;
      this.views.set(tokenId, { tokenId, holder, role, member, issuedAt: recordedAt, issuedBy: actor, status: 'active', tokenHash });
      this.activeByHash.set(tokenHash, { id: `token:${tokenId}`, name: holder, roles: [role], ...(member ? { member } : {}) });
      return;
    }
    const view = this.views.get(event.data.tokenId);
    if (!view) return;
    Object.assign(view, { status: 'revoked', revokedAt: recordedAt, revokedBy: actor, reason: event.data.reason });
    this.activeByHash.delete(view.tokenHash);
  }
}

function withoutHash({ tokenHash: _hash, ...view }: AccessTokenView & { tokenHash: string }): AccessTokenView {
  return view;
}
