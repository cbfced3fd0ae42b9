import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';

/** The project's Node 24 (the system node may be older and cannot strip types). */
const NODE = 'node_modules/.bin/node';
const FIXTURE = 'tests/fixtures/invalid-content';

function run(args: string[], env: Record<string, string> = {}) {
	const { CONTENT_DIR: _ignored, ...inherited } = process.env;
	const child = spawnSync(NODE, ['scripts/validate.ts', ...args], { encoding: 'utf8', env: { ...inherited, ...env } });
	return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('node scripts/validate.ts', () => {
	it('fails on the invalid fixture and lists every problem at once', () => {
		const { status, stdout, stderr } = run([FIXTURE]);
		const lines = stderr.trimEnd().split('\n');
		const expected = validateContent(FIXTURE).problems.map(formatProblem);
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(expected).toHaveLength(55);
		expect(lines).toEqual([...expected, `validate: 55 problems in ${FIXTURE}`]);
		// One problem per broken file at least, from every record directory.
		expect(lines.filter((line) => line.startsWith('invalid-content/countries/'))).toHaveLength(7);
		expect(lines.filter((line) => line.startsWith('invalid-content/plans/'))).toHaveLength(27);
		expect(lines.filter((line) => line.startsWith('invalid-content/assessments/'))).toHaveLength(7);
		expect(lines.filter((line) => line.startsWith('invalid-content/resources/'))).toHaveLength(6);
		expect(lines.filter((line) => line.startsWith('invalid-content/partners/'))).toHaveLength(8);
	});

	it('lists the same problems when run for a build, with the assessments checked in two threads', () => {
		const build = mkdtempSync(join(tmpdir(), 'validate-for-build-'));
		try {
			const alone = run([FIXTURE]);
			const forBuild = run([FIXTURE, '--for-build', build]);
			expect(forBuild.status).toBe(1);
			expect(forBuild.stderr).toBe(alone.stderr);
			expect(forBuild.stdout).toBe('');
		} finally {
			rmSync(build, { recursive: true, force: true });
		}
	});

	it('says when it could not check the content at all, with its own exit status', () => {
		const build = mkdtempSync(join(tmpdir(), 'validate-for-build-'));
		try {
			// The hand-off folder cannot be made inside a file.
			writeFileSync(join(build, 'file'), '');
			const { status, stdout, stderr } = run(['tests/fixtures/site/content', '--for-build', join(build, 'file')]);
			expect(status).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^validate: could not check tests\/fixtures\/site\/content: ENOTDIR: not a directory, mkdir '.*file\/assessments'\n$/);
		} finally {
			rmSync(build, { recursive: true, force: true });
		}
	});

	it('reads the content directory from CONTENT_DIR, and treats an empty one as unset', () => {
		const fromEnv = run([], { CONTENT_DIR: FIXTURE });
		expect(fromEnv.status).toBe(1);
		expect(fromEnv.stderr.trimEnd().split('\n').at(-1)).toBe(`validate: 55 problems in ${FIXTURE}`);
		const empty = run(['tests/fixtures/no-such-content'], { CONTENT_DIR: '' });
		expect(empty.stderr.trimEnd().split('\n').at(-1)).toBe('validate: 3 problems in tests/fixtures/no-such-content');
	});

	it('reports a missing content directory instead of passing', () => {
		const { status, stderr } = run(['tests/fixtures/no-such-content']);
		expect(status).toBe(1);
		expect(stderr).toContain('no-such-content/countries: (file): expected a directory of country records');
		expect(stderr).toContain('validate: 3 problems in tests/fixtures/no-such-content');
	});

	it('passes on the real content', () => {
		const { status, stdout, stderr } = run(['content']);
		expect(stderr).toBe('');
		expect(stdout).toMatch(/^validate: \d+ countries, \d+ plans, framework \d+\.\d+\.\d+ \(\d+ items\), \d+ assessments, \d+ resources and \d+ partners OK\n$/);
		expect(status).toBe(0);
	});
});
