import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * Copies a SQLite file with SQLite's online backup API, safe while the app writes to it: its own
 * read-only connection copies every page in one step, that is from one read snapshot (WAL lets
 * writers go on meanwhile), so writes during the copy never make the backup start over, and the
 * copy is the file as it stood at one commit. Refuses to overwrite an existing file.
 */
export async function backupSqliteFile(source: string, target: string): Promise<{ pages: number }> {
  if (existsSync(target)) throw new Error(`${target} exists already: give a new file`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(target, { progress: () => 0x7fffffff });
    return { pages: totalPages };
  } finally {
    db.close();
  }
}
