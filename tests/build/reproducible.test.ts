/**
 * Reproducible builds: the same content and build date give the same `dist/`, byte for byte,
 * Pagefind's index included, so a rebuild shows only real changes and a download can be cited.
 * The real portal (built by `npm test` before the tests) is built a second time and compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles } from '../support/built-files.ts';
import { buildSite } from '../support/fixture-site.ts';
import { DIST, ROOT } from '../support/paths.ts';

/**
 * Files allowed to differ between two builds, each with the reason. None today: the one input
 * that changes from day to day is the date statuses are computed for, and BUILD_DATE pins it.
 */
const MAY_DIFFER: { file: RegExp; reason: string }[] = [];

describe('a second build of the portal’s content', () => {
	it('writes the same files with the same bytes as the first', () => {
		// The first build's date and address, read back from what it published.
		const { dataAsOf } = JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8')) as { dataAsOf: string };
		const second = join(inject('scratch'), 'portal-again');
		const result = buildSite(join(ROOT, 'content'), second, { date: dataAsOf, siteUrl: process.env.SITE_URL });
		if (result.status !== 0) throw new Error(`second build failed:\n${result.stdout}\n${result.stderr}`);
		const names = builtFiles(DIST);
		expect(names.length).toBeGreaterThan(1000);
		expect(builtFiles(second)).toEqual(names);
		const differ = names.filter((name) => !MAY_DIFFER.some((allowed) => allowed.file.test(name)) && !readFileSync(join(DIST, name)).equals(readFileSync(join(second, name))));
		expect(differ.slice(0, 20), `${differ.length} files differ`).toEqual([]);
	}, 300_000);
});
