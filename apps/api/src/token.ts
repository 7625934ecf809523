import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { AccessTokens, accessEvents } from '@app/access';
import { DeciderRunner, EventLog, PersonalData, PersonalDataKeys, createEventStore, type RecordingContext } from '@app/event-store';
import { NotFound, isRole, systemClock, type Role } from '@app/shared-kernel';
import { loadAppConfig } from './config/app-config';

const USAGE = `Usage:
  npm run token -- --name "Kari Nordmann" --role secretariat|member|auditor|admin [--body nehs --member <member id>]
  npm run token -- --revoke <token id> --reason "why"
  npm run token -- --list`;

/**
 * `npm run token`: issues, revokes and lists the API tokens of the configured store
 * (EVENT_STORE, EVENT_STORE_PATH, EVENTSTORE_CONNECTION_STRING, as the app reads them). It writes
 * to the store directly, so it works whether or not the server runs; a running server knows a
 * new or revoked token from its next request. A new token is printed once, as the last line of
 * stdout; only its hash is stored.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      role: { type: 'string' },
      body: { type: 'string' },
      member: { type: 'string' },
      revoke: { type: 'string' },
      reason: { type: 'string' },
      list: { type: 'boolean' },
    },
  });
  const config = loadAppConfig(process.env);
  const store = createEventStore(config.eventStore);
  // The holder's name is sealed with the keys the app uses (see PersonalData).
  const keys = new PersonalDataKeys(config.personalDataKeysPath);
  const personalData = new PersonalData(keys, accessEvents);
  const log = new EventLog(store, systemClock, accessEvents, personalData);
  // Tokens cite no source document: the runner's register of documents is never asked.
  const runner = new DeciderRunner(log, { documentedAt: (id) => Promise.reject(new NotFound('SOURCE.DOCUMENT_NOT_FOUND', id)) });
  const tokens = new AccessTokens(runner, log, systemClock);
  const user = userInfo().username;
  const context: RecordingContext = { actor: `npm run token (${user}@${hostname()})`, actorId: `cli:${user}` };
  try {
    if (values.list) {
      for (const t of await tokens.list()) {
        const member = t.member ? `${t.member.bodyId}/${t.member.memberId}` : '-';
        const revoked = t.status === 'revoked' ? [`revoked ${t.revokedAt} by ${t.revokedBy}: ${t.reason}`] : [];
        // Holders' and issuers' names are sealed in the log: revealed here, or "slettet".
        const line = [t.tokenId, t.status, t.role, t.holder, member, `issued ${t.issuedAt} by ${t.issuedBy}`, ...revoked].join('\t');
        console.log(personalData.reveal(line));
      }
      return;
    }
    if (values.revoke) {
      if (!values.reason) throw new UsageError('Say why with --reason');
      const { result } = await tokens.revoke(values.revoke, values.reason, context);
      console.log(result.events.length ? `Revoked ${values.revoke}` : `${values.revoke} was already revoked`);
      return;
    }
    if (!values.name || !values.role) throw new UsageError('Give --name and --role (or --revoke, or --list)');
    if (!isRole(values.role)) throw new UsageError(`--role must be secretariat, member, auditor or admin, not "${values.role}"`);
    if ((values.body === undefined) !== (values.member === undefined)) throw new UsageError('Give both --body and --member, or neither');
    const member = values.body && values.member ? { bodyId: values.body, memberId: values.member } : undefined;
    const { token, view } = await tokens.issue({ holder: values.name, role: values.role as Role, ...(member ? { member } : {}) }, context);
    console.log(`Issued token ${view.tokenId} to ${values.name} (${view.role}). Keep it secret: it is shown only this once.`);
    console.log(token);
  } finally {
    await store.close();
    keys.close();
  }
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof UsageError) console.error(USAGE);
  process.exit(error instanceof UsageError ? 2 : 1);
});
