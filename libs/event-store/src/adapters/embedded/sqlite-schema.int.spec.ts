import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anEvent } from '../../../../../test/support/events';
import { SqliteEventStore } from './sqlite-event-store';

describe('the embedded store file across schema versions', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'governance-log-schema-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Edits the file behind the store's back, as an older or newer build (or a crash) would have left it. */
  const rewrite = (path: string, sql: string) => {
    const raw = new Database(path);
    raw.exec(sql);
    raw.close();
  };
  const versionOf = (path: string) => {
    const check = new Database(path, { readonly: true });
    const version = check.pragma('user_version', { simple: true });
    check.close();
    return version;
  };

  it('given a file written at schema version 1, when this build opens it, then its events stay and reads by type use the new index', async () => {
    const path = join(dir, 'v1.db');
    const first = new SqliteEventStore(path);
    const [proposed, adopted] = [anEvent('DecisionProposed'), anEvent('DecisionAdopted')];
    await first.append('sak-1', [proposed, adopted], { expectedRevision: 'no_stream' });
    await first.close();
    // What version 1 wrote: the events table without the index by type.
    rewrite(path, 'DROP INDEX events_by_type; PRAGMA user_version = 1;');

    const reopened = new SqliteEventStore(path);
    expect((await reopened.readAll({ types: ['DecisionAdopted'] })).map((e) => e.id)).toEqual([adopted.id]);
    expect((await reopened.readAll()).map((e) => e.id)).toEqual([proposed.id, adopted.id]);
    await reopened.close();
    expect(versionOf(path)).toBe(2);
    const check = new Database(path, { readonly: true });
    const plan = check
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM events WHERE type IN ('DecisionAdopted') AND global_position > 0 ORDER BY global_position")
      .all() as { detail: string }[];
    check.close();
    expect(plan.map((row) => row.detail).join(' ')).toContain('events_by_type');
  });

  it('given a file whose upgrade was cut short (the index made, the version not yet written), when it is opened, then it opens', async () => {
    const path = join(dir, 'half.db');
    await new SqliteEventStore(path).close();
    rewrite(path, 'PRAGMA user_version = 1;');
    await new SqliteEventStore(path).close();
    expect(versionOf(path)).toBe(2);
  });

  it('refuses a file from a newer build instead of misreading it', async () => {
    const path = join(dir, 'newer.db');
    await new SqliteEventStore(path).close();
    rewrite(path, 'PRAGMA user_version = 99;');
    expect(() => new SqliteEventStore(path)).toThrow(/schema version 99/);
  });
});
