/**
 * The fixture site (tests/fixtures/site/content) as the build tests read it: built once per test
 * run, by the first file that asks, into the run's scratch folder; files run one at a time, so
 * the others find it built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROOT } from './paths.ts';
// The type of inject('scratch'), declared beside the setup that provides it.
import type {} from './global-setup.ts';

export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/site/content');

/**
 * `npm run build` as a curator runs it (validation first, then Astro and Pagefind), pinned to a
 * date and a public address (the fixture's unless given; `siteUrl: undefined` keeps the default).
 */
export function buildSite(contentDir: string, out: string, pin: { date: string; siteUrl?: string } = { date: '2026-06-01', siteUrl: 'https://portal.example' }) {
	const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, CACHE_DIR: `${out}-cache`, BUILD_DATE: pin.date };
	if (pin.siteUrl) env.SITE_URL = pin.siteUrl;
	return spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env });
}

/** The folder of the built fixture site; the build stops the test file with its output if it fails. */
export function fixtureSite(): string {
	const out = join(inject('scratch'), 'fixture-site');
	// Written after a whole build, so a build that failed half-way is never read as done.
	const done = `${out}-built`;
	if (!existsSync(done)) {
		const result = buildSite(FIXTURE_CONTENT, out);
		if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
		writeFileSync(done, '');
	}
	return out;
}
