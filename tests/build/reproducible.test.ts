/**
 * Reproducible builds: the same content and build date give the same `dist/`, byte for byte,
 * Pagefind's index included, so a rebuild shows only real changes and a download can be cited.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT, fixtureSite } from '../support/fixture-site.ts';

const files = (directory: string): string[] =>
	readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)))
		.sort();

describe('two builds of the same content', () => {
	it('write the same files with the same bytes', () => {
		const first = fixtureSite();
		const second = join(inject('scratch'), 'fixture-site-again');
		const result = buildSite(FIXTURE_CONTENT, second);
		if (result.status !== 0) throw new Error(`second fixture build failed:\n${result.stdout}\n${result.stderr}`);
		const names = files(first);
		expect(names.length).toBeGreaterThan(40);
		expect(files(second)).toEqual(names);
		const differ = names.filter((name) => !readFileSync(join(first, name)).equals(readFileSync(join(second, name))));
		expect(differ).toEqual([]);
	}, 180_000);
});
