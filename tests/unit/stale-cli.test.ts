import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The project's Node 24 (the system node may be older and cannot strip types). */
const NODE = 'node_modules/.bin/node';
const stale = (...args: string[]) => spawnSync(NODE, ['scripts/stale.ts', '--content', 'tests/fixtures/site/content', ...args], { encoding: 'utf8' });

describe('npm run stale: the curators’ to-do list', () => {
	it('lists records not verified for 12 months, and plans in force without an official document', () => {
		const { status, stdout, stderr } = stale('--date', '2027-02-01');
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain("Curator's to-do list on 2027-02-01");
		// Added in January 2026 and never re-checked: due a year later.
		expect(stdout).toMatch(/^ {2}2026-01-15 \(added, never re-checked\) {2}plan ken-2000-2004-synthetic-test-plan-first/m);
		// Added in March 2026: not yet due.
		expect(stdout).not.toMatch(/plan ken-2023-2027-synthetic-test-plan-current/);
		// The open-ended Ivorian plan and the regional plan are in force and have no official document.
		expect(stdout).toMatch(/Plans in force without an official document: 2\n {2}Côte d’Ivoire {2}civ-2022-synthetic-test-plan-open-ended .*\n {2}Côte d’Ivoire, American Samoa {2}regional-2024-2028-synthetic-test-plan-regional /);
	});

	it('refuses a date that does not exist, with the tool’s name', () => {
		const { status, stderr } = stale('--date', '2027-02-30');
		expect(status).toBe(1);
		expect(stderr).toContain('stale: --date: expected a date written YYYY-MM-DD, found "2027-02-30"');
	});
});
