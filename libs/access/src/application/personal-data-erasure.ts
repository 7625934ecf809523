import {
  normaliseName,
  type CommandResult,
  type DeciderRunner,
  type PersonalData,
  type PersonalDataStatus,
  type RecordingContext,
} from '@app/event-store';
import type { Clock } from '@app/shared-kernel';
import { personErasureDecider, personStream } from '../domain/person-erasure.decider';
import type { AccessTokens } from './access-tokens';

/** What is held of a person, as the secretariat looks them up before erasing. */
export interface PersonLookup {
  personId: string;
  what: string;
  status: PersonalDataStatus;
}

/**
 * Erasure of a person's data: the fact is recorded first (who, whose, why), then the key is
 * deleted, then the command side forgets the states it folded with the data opened. A token
 * whose holder is erased (or linked to an erased member) is revoked: what it recorded from then
 * on would bear no name.
 */
export class PersonalDataErasure {
  constructor(
    private readonly runner: DeciderRunner,
    private readonly personalData: PersonalData,
    private readonly tokens: AccessTokens,
    private readonly clock: Clock,
  ) {}

  async erase(personId: string, reason: string, context: RecordingContext): Promise<CommandResult> {
    const result = await this.runner.run({
      id: personId,
      streamId: personStream(personId),
      decider: personErasureDecider,
      decision: () => ({
        command: { type: 'ErasePersonalData' as const, data: { personId, reason } },
        effectiveAt: this.clock.now().toISOString(),
      }),
      provenance: {},
      context,
    });
    // Done again on a repeated request too: a key left behind by a crash between the two steps is deleted now.
    this.personalData.erase(personId, this.clock.now());
    this.runner.forgetAll();
    // The person's tokens: theirs by id, or linked to them as a member. Their revocations follow from
    // the erasure: the request's If-Match and Idempotency-Key were about the person's record, not theirs.
    const { ifMatch: _ifMatch, idempotency: _idempotency, ...followOn } = context;
    const member = personId.startsWith('member:') ? personId.split(':') : undefined;
    for (const token of await this.tokens.list())
      if (
        token.status === 'active' &&
        (`token:${token.tokenId}` === personId || (member && token.member?.bodyId === member[1] && token.member.memberId === member[2]))
      )
        await this.tokens.revoke(token.tokenId, 'Personopplysningene om innehaveren er slettet', followOn);
    return result;
  }

  /** The ids under which a name may be held: as someone known by name, and as the holder of tokens. */
  async lookup(name: string): Promise<PersonLookup[]> {
    const byName = this.personalData.personOfName(name);
    const normalised = normaliseName(name);
    const holders = (await this.tokens.list()).filter((t) => normaliseName(this.personalData.reveal(t.holder)) === normalised);
    return [
      { personId: byName, what: 'named in saker (presenter, roles)', status: this.personalData.status(byName) },
      ...holders.map((t) => ({
        personId: `token:${t.tokenId}`,
        what: `holder of token ${t.tokenId} (${t.role}), and what it recorded`,
        status: this.personalData.status(`token:${t.tokenId}`),
      })),
    ];
  }
}
