import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './response-schemas';

/**
 * The response schemas (from the handlers' return types) and the web app's API types (from the
 * OpenAPI document) are committed: each must be what its npm script makes from the code now, so
 * that neither the document nor the web app's client drifts from what the routes return. Run as
 * the scripts run (openapi-typescript needs Node's own module loader, not Jest's).
 */
it.each(['openapi:schemas', 'openapi:client'])('the file `npm run %s` makes is committed as it makes it now', async (script) => {
  const checked = promisify(execFile)('npm', ['run', '--silent', script, '--', '--check'], { cwd: ROOT });
  await expect(checked).resolves.toMatchObject({ stdout: expect.stringContaining('is up to date') });
});
