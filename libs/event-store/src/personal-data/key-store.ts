import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';

/**
 * The keys that personal data in the log is encrypted with, one per person, kept outside the
 * log (a SQLite file of their own: on the embedded store beside it, with EventStoreDB on the
 * app's volume). Deleting a person's key is what erases the person's data: the log is never
 * touched, so its hash chains still verify. Production may keep this file on encrypted storage
 * or swap this class for a key management service; nothing else knows where keys live.
 */
export class PersonalDataKeys {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Buffer | null>();
  private readonly statements;

  constructor(path: string) {
    const onDisk = path !== ':memory:';
    if (onDisk) mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    // Only the app's own user reads the keys; an erased key's bytes are overwritten, not left in free pages.
    if (onDisk && existsSync(path)) chmodSync(path, 0o600);
    this.db.pragma('secure_delete = ON');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS person_keys (person_id TEXT PRIMARY KEY, key BLOB, created_at TEXT NOT NULL, erased_at TEXT);
      CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
      INSERT OR IGNORE INTO secrets (name, value) VALUES ('pepper', randomblob(32));
    `);
    this.statements = {
      get: this.db.prepare('SELECT key, erased_at FROM person_keys WHERE person_id = ?'),
      create: this.db.prepare('INSERT OR IGNORE INTO person_keys (person_id, key, created_at) VALUES (?, ?, ?)'),
      erase: this.db.prepare('UPDATE person_keys SET key = NULL, erased_at = ? WHERE person_id = ?'),
      eraseUnknown: this.db.prepare('INSERT OR IGNORE INTO person_keys (person_id, key, created_at, erased_at) VALUES (?, NULL, ?, ?)'),
      pepper: this.db.prepare("SELECT value FROM secrets WHERE name = 'pepper'"),
    };
  }

  /** A secret of this installation, for ids derived from names that do not give the name away. */
  pepper(): Buffer {
    return (this.statements.pepper.get() as { value: Buffer }).value;
  }

  /** The person's key, made on first use; null once erased (a person erased is never given a key again). */
  keyFor(personId: string): Buffer | null {
    const existing = this.key(personId);
    if (existing !== undefined) return existing;
    this.statements.create.run(personId, randomBytes(32), new Date().toISOString());
    return this.key(personId) ?? null;
  }

  /** The person's key as it stands: undefined when none was ever made, null when erased. */
  key(personId: string): Buffer | null | undefined {
    if (this.cache.has(personId)) return this.cache.get(personId);
    const row = this.statements.get.get(personId) as { key: Buffer | null; erased_at: string | null } | undefined;
    if (!row) return undefined;
    // Keys are kept in memory once read; an erasure in this process drops it (another process's takes effect at restart).
    this.cache.set(personId, row.key);
    return row.key;
  }

  /** Deletes the key for good. */
  erase(personId: string, at: Date): void {
    const now = at.toISOString();
    this.db.transaction(() => {
      if (this.statements.erase.run(now, personId).changes === 0) this.statements.eraseUnknown.run(personId, now, now);
    })();
    // The write-ahead log still holds the page with the key: written back and emptied at once.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.cache.set(personId, null);
  }

  close(): void {
    this.db.close();
  }
}
