import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { SqliteEventStore, backupSqliteFile, verifyStoredLog, type LogVerification } from '@app/event-store';
import { loadAppConfig, type AppConfig } from './config/app-config';

const USAGE = `Usage:
  npm run backup -- <backup.db>     while the app runs or not: the log, the personal data keys, what the app verified, the signing key
  npm run restore -- <backup.db>    with the app stopped, into the configured paths (which must not exist yet), then verified`;

/** The files of an installation beside its log, as the app names them (see app-config.ts): what a backup holds. */
const companions = (config: AppConfig) => [
  { name: 'keys', path: config.personalDataKeysPath, kind: 'sqlite' as const, why: 'without it, every name in the log reads "slettet"' },
  { name: 'audit', path: config.audit.path, kind: 'sqlite' as const, why: 'what the app verified of the log' },
  { name: 'signing-key', path: config.audit.signingKeyPath, kind: 'pem' as const, why: 'the key the checkpoints are signed with' },
];

/** Where a companion file goes beside a backup of the log (`b.db` → `b.keys.db`, `b.signing-key.pem`). */
const besideBackup = (backup: string, name: string, kind: 'sqlite' | 'pem') =>
  `${backup.replace(/\.db$/, '')}.${name}.${kind === 'pem' ? 'pem' : 'db'}`;

async function copy(kind: 'sqlite' | 'pem', from: string, to: string): Promise<void> {
  mkdirSync(dirname(to), { recursive: true });
  if (kind === 'sqlite') await backupSqliteFile(from, to);
  else copyFileSync(from, to, 1 /* COPYFILE_EXCL */);
}

/**
 * `npm run backup` and `npm run restore` for the embedded store (with EventStoreDB, the log is
 * backed up by EventStoreDB's own procedure, see the README; the files beside it are backed up
 * here all the same). After either, the copy is verified: SQLite's integrity check, every
 * stream's chain, the chain over the whole log, the signed checkpoints.
 */
async function main(mode: string | undefined): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, args: process.argv.slice(3) });
  const [file] = positionals;
  if ((mode !== 'backup' && mode !== 'restore') || !file || !file.endsWith('.db')) {
    console.error(USAGE);
    return 2;
  }
  const config = loadAppConfig(process.env);
  const store = config.eventStore;
  // The log last: what the app verified is then never ahead of the copied log (a verification
  // running meanwhile keeps only events the log already holds, so they are in the later copy).
  const files = [
    ...companions(config),
    ...(store.kind === 'embedded' ? [{ name: 'log', path: store.path, kind: 'sqlite' as const, why: 'the log' }] : []),
  ];
  if (mode === 'restore')
    for (const { name, path, kind } of files)
      if (existsSync(path) && existsSync(name === 'log' ? file : besideBackup(file, name, kind)))
        throw new Error(`${path} exists: move it away before restoring over it (nothing was restored)`);
  for (const { name, path, kind, why } of files) {
    const inBackup = name === 'log' ? file : besideBackup(file, name, kind);
    const [from, to] = mode === 'backup' ? [path, inBackup] : [inBackup, path];
    if (!existsSync(from)) {
      console.log(`${name}: ${from} does not exist, skipped (${why})`);
      continue;
    }
    await copy(kind, from, to);
    console.log(`${name}: ${from} → ${to}`);
  }
  if (store.kind === 'eventstoredb') {
    console.log('The log itself is in EventStoreDB: back it up and restore it as the README says (EventStoreDB section).');
    return 0;
  }
  const logFile = mode === 'backup' ? file : store.path;
  const [keyFile, auditFile] =
    mode === 'backup'
      ? [besideBackup(file, 'signing-key', 'pem'), besideBackup(file, 'audit', 'sqlite')]
      : [config.audit.signingKeyPath, config.audit.path];
  const verification = await verifyFile(logFile, keyFile, auditFile);
  if (!verification.ok) {
    console.error(`${logFile} does not verify: ${verification.firstBreak?.detail}`);
    return 1;
  }
  console.log(
    `${logFile} verifies: ${verification.logEvents} events, log hash ${verification.logHash}, ${verification.checkpointsChecked} checkpoint(s)`,
  );
  return 0;
}

/** Integrity, every chain and the checkpoints of a store file, and the log against what the app had verified of it (if copied). */
async function verifyFile(path: string, signingKey: string, audit: string): Promise<LogVerification> {
  const store = new SqliteEventStore(path);
  try {
    const integrity = store.integrityCheck();
    if (integrity !== 'ok') throw new Error(`SQLite's integrity check of ${path} says: ${integrity}`);
    return await verifyStoredLog(store, {
      ...(existsSync(audit) ? { keptPath: audit } : {}),
      ...(existsSync(signingKey) ? { signingKeyPath: signingKey } : {}),
    });
  } finally {
    await store.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
