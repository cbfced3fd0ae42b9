/**
 * The whole test suite in one command: build the portal on its embedded content (the browser
 * tests run against it), run every vitest file (unit, build and browser tests), and end with the
 * plain line CI reads: "N passed, N failed, N skipped".
 *
 *   npm test                 build, then run everything
 *   npm test -- tests/unit   pass file filters through to vitest (the build still runs first)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name: string) => join('node_modules', '.bin', name);
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
	spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const buildStatus = run(process.execPath, ['scripts/build.ts']);
if (buildStatus !== 0) {
	console.error('test: the portal did not build; browser tests cannot run.');
	console.log('0 passed, 1 failed');
	process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), 'nccp-test-')), 'vitest.json');
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);

if (!existsSync(report)) {
	console.error('test: vitest wrote no report');
	console.log('0 passed, 1 failed');
	process.exit(1);
}
const results = JSON.parse(readFileSync(report, 'utf8')) as {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests: number;
	numTodoTests: number;
	numFailedTestSuites: number;
};
// A file that fails to load has no tests to count: report it as a failure, not as silence.
const failed = results.numFailedTests + (results.numFailedTests === 0 ? results.numFailedTestSuites : 0);
console.log(`${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped`);
process.exit(vitestStatus === 0 && failed === 0 ? 0 : 1);
