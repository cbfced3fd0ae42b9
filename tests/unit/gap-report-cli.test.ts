import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/csv.ts';

const NODE = 'node_modules/.bin/node';
const out = mkdtempSync(join(tmpdir(), 'gaps-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(NODE, ['scripts/gap-report.ts', ...args], { encoding: 'utf8' });

describe('npm run gaps on the fixture content', () => {
	const result = run('--out', out, '--content', 'tests/fixtures/site/content', '--date', '2026-06-01', '--site', 'https://portal.example');

	it('writes every report as JSON, CSV and Markdown, with an index', () => {
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^gaps: wrote \d+ reports/);
		for (const path of ['', 'regions/afr/', 'income/lmic/', 'countries/ken/', 'plans/ken-2023-2027-synthetic-test-plan-current/', 'priority-areas/synthetic-data/']) {
			for (const file of ['report.json', 'report.csv', 'report.md']) expect(existsSync(join(out, path, file)), `${path}${file}`).toBe(true);
		}
		expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('[Gap report: Kenya](countries/ken/report.md)');
	});

	it('keeps not assessed apart from not found in the Kenya figures', () => {
		const report = JSON.parse(readFileSync(join(out, 'countries/ken/report.json'), 'utf8'));
		expect(report).toMatchObject({ kind: 'country', frameworkVersion: '1.2.0', dataAsOf: '2026-06-01', plansInScope: 5, plansAssessed: 5, url: 'https://portal.example/gaps/countries/ken/' });
		const registry = report.items.find((item: { item_id: string }) => item.item_id === 'synthetic-cancer-registry');
		// Four plans assessed on the registry: every count, but too few for a percentage.
		expect(registry).toMatchObject({ assessed: 4, addressed: 2, partial: 1, not_found: 1, not_assessed: 1, assessed_automated_drafts: 3, assessed_reviewed: 1 });
		expect(registry.percent_addressed).toBeUndefined();
		expect(report).toMatchObject({ assessedAutomatedDrafts: 3, assessedReviewed: 2, minimumPlansForPercentage: 5, subnationalPlansReportedApart: ['ken-2019-2023-synthetic-test-plan-county'] });
		const rows = parseCsvRecords(readFileSync(join(out, 'countries/ken/report.csv'), 'utf8'));
		expect(rows.find((row) => row.item_id === 'synthetic-hpv-vaccination')).toMatchObject({ addressed: '2', not_found: '2', percent_addressed: '40' });
		expect(readFileSync(join(out, 'countries/ken/report.md'), 'utf8')).toContain('| n = 4, too few |');
	});

	it('writes a plan report with its evidence pages and quotes', () => {
		const rows = parseCsvRecords(readFileSync(join(out, 'plans/ken-2023-2027-synthetic-test-plan-current/report.csv'), 'utf8'));
		expect(rows.find((row) => row.item_id === 'synthetic-hpv-vaccination')).toMatchObject({ status: 'addressed', evidence_pages: '12' });
		expect(rows.find((row) => row.item_id === 'synthetic-cancer-registry')).toMatchObject({ status: 'not-assessed', evidence_pages: '' });
		expect(readFileSync(join(out, 'plans/ken-2023-2027-synthetic-test-plan-current/report.md'), 'utf8')).toContain('| Synthetic HPV vaccination item | addressed | p. 12: “Synthetic quote about HPV vaccination of girls aged 9 to 14.” |');
	});

	it('refuses invalid content and writes nothing', () => {
		const target = join(out, 'never');
		const bad = run('--out', target, '--content', 'tests/fixtures/invalid-content');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(/problems in tests\/fixtures\/invalid-content; nothing written/);
		expect(existsSync(target)).toBe(false);
	});
});
