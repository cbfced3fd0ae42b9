/**
 * Reproducible builds: the same content and build date give the same `dist/`, byte for byte,
 * Pagefind's index included, so a rebuild shows only real changes and a download can be cited.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/site/content');
const scratch = mkdtempSync(join(tmpdir(), 'nccp-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(name: string): string {
	const out = join(scratch, name);
	const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: FIXTURE, OUT_DIR: out, CACHE_DIR: `${out}-cache`, BUILD_DATE: '2026-06-01' },
	});
	if (result.status !== 0) throw new Error(`fixture build ${name} failed:\n${result.stdout}\n${result.stderr}`);
	return out;
}

const files = (directory: string): string[] =>
	readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)))
		.sort();

describe('two builds of the same content', () => {
	it('write the same files with the same bytes', () => {
		const first = build('first');
		const second = build('second');
		const names = files(first);
		expect(names.length).toBeGreaterThan(40);
		expect(files(second)).toEqual(names);
		const differ = names.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name))));
		expect(differ).toEqual([]);
	}, 180_000);
});
