import { checkSources } from './source-check';
import { DEFAULT_HISTORY_DIR, readHistory } from './history-file';

/** `npm run check:sources -- <dir with the source documents> [history dir]`: exits 1 on any failure. */
const [seedsDir, historyDir = DEFAULT_HISTORY_DIR] = process.argv.slice(2);
if (!seedsDir) {
  console.error('usage: npm run check:sources -- <dir with the source documents> [history dir]');
  process.exit(2);
}
const result = checkSources(readHistory(historyDir), seedsDir);
for (const failure of result.failures) console.log(`FAIL ${failure}`);
console.log(
  `${result.documents} documents, ${result.statedSteps} stated steps with ${result.quotesChecked} quotes, ${result.interpretedSteps} interpreted steps: ${result.failures.length} failures`,
);
process.exit(result.failures.length ? 1 : 0);
