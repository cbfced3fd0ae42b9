import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/site/content');
const INVALID = join(ROOT, 'tests/fixtures/invalid-content');
const outDir = mkdtempSync(join(tmpdir(), 'nccp-fixture-'));

/** `npm run build` as a curator runs it: validation first, then Astro and Pagefind. */
function build(contentDir: string, out: string) {
	return spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, CACHE_DIR: `${out}-cache`, BUILD_DATE: '2026-06-01', SITE_URL: 'https://portal.example' },
	});
}
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const json = (path: string) => JSON.parse(readFileSync(join(outDir, path), 'utf8'));

beforeAll(() => {
	const result = build(FIXTURE, outDir);
	if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => {
	for (const dir of [outDir, `${outDir}-cache`]) rmSync(dir, { recursive: true, force: true });
});

describe('a fixture site of four synthetic plans, one regional', () => {
	it('builds a page for every plan and country', () => {
		for (const file of readdirSync(join(FIXTURE, 'plans'))) expect(existsSync(join(outDir, 'plans', file.replace(/\.md$/, ''), 'index.html'))).toBe(true);
		for (const iso3 of ['ken', 'civ', 'asm']) expect(existsSync(join(outDir, 'countries', iso3, 'index.html'))).toBe(true);
	});

	it('derives statuses from periods on the build date', () => {
		const records = json('data/plans.json').records as { id: string; status: string }[];
		expect(Object.fromEntries(records.map((record) => [record.id, record.status]))).toEqual({
			'ken-2017-2022-synthetic-test-plan-expired': 'expired',
			'ken-2023-2027-synthetic-test-plan-current': 'current',
			'civ-2022-synthetic-test-plan-open-ended': 'open-ended',
			'regional-2024-2028-synthetic-test-plan-regional': 'current',
		});
		expect(json('data/plans.json').dataAsOf).toBe('2026-06-01');
	});

	it('derives country status and stage only where the facts allow, from each country’s own plans', () => {
		const countries = Object.fromEntries((json('data/countries.json').records as { iso3: string; stage?: string }[]).map((record) => [record.iso3, record]));
		expect(countries.KEN).toMatchObject({ status: 'current', stage: 'implement', stage_basis: 'current-plan', regional_plan_ids: [] });
		// CIV and ASM are covered by a current regional plan, which changes neither status nor stage.
		expect(countries.CIV).toMatchObject({ status: 'open-ended', stage_basis: 'unknown', regional_plan_ids: ['regional-2024-2028-synthetic-test-plan-regional'] });
		expect(countries.CIV.stage).toBeUndefined();
		expect(countries.ASM).toMatchObject({ status: 'none', who_member_state: false, plan_ids: [], regional_plan_ids: ['regional-2024-2028-synthetic-test-plan-regional'] });
	});

	it('writes CSV downloads with the same rows as the JSON', () => {
		const csv = readFileSync(join(outDir, 'data/plans.csv'), 'utf8').trim().split('\r\n');
		expect(csv[0].startsWith('id,country_iso3,country_name,countries_covered,title,')).toBe(true);
		expect(csv).toHaveLength(1 + 4);
		expect(csv.some((line) => line.startsWith('ken-2023-2027-synthetic-test-plan-current,KEN,Kenya,KEN,'))).toBe(true);
		expect(csv.some((line) => line.startsWith('regional-2024-2028-synthetic-test-plan-regional,,,CIV;ASM,'))).toBe(true);
	});

	it('shows the document only where there is one, always the evidence, and never a score', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		expect(current).toContain('href="https://example.org/synthetic/ken-current.pdf"');
		expect(current).toContain('The copy seen is a draft');
		expect(current).toContain('Not yet assessed');
		const open = page('plans/civ-2022-synthetic-test-plan-open-ended');
		expect(open).toContain('No official source found');
		expect(open).toContain('href="http://example.org/synthetic/civ-open"');
		expect(open).toContain('no secure (https) version');
		expect(open).toContain('<h1 lang="fr">Plan synthétique de test, sans fin</h1>');
	});

	it('cites the record with its public URL and data date', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		expect(current).toContain('https://portal.example/plans/ken-2023-2027-synthetic-test-plan-current/');
		expect(current).toContain('TY  - ELEC');
		expect(current).toContain('@misc{ken-2023-2027-synthetic-test-plan-current,');
	});

	it('gives every plan page its search filters, sort key and country names', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		for (const [key, value] of [['kind', 'plan'], ['region', 'AFR'], ['type', 'ncd-plan'], ['language', 'sw'], ['status', 'current'], ['period', '2020-2029'], ['stage', 'implement']]) {
			expect(current).toContain(`<meta name="search-filter-${key}" data-pagefind-filter="${key}[content]" content="${value}">`);
		}
		expect(current).toContain('<meta name="search-sort-start" data-pagefind-sort="start[content]" content="2023">');
		expect(page('plans/civ-2022-synthetic-test-plan-open-ended')).toMatch(/data-pagefind-meta="names\[content\]" content="[^"]*Ivory Coast[^"]*cote divoire/);
	});

	it('shows a regional plan with every covered country, and lists it on their pages', () => {
		const regional = page('plans/regional-2024-2028-synthetic-test-plan-regional');
		expect(regional).toContain('<dt>Countries covered</dt>');
		expect(regional).toContain('<a href="/countries/civ/">Côte d’Ivoire</a>, <a href="/countries/asm/">American Samoa</a>');
		for (const [key, value] of [['country', 'CIV'], ['country', 'ASM'], ['region', 'AFR'], ['region', 'WPR'], ['income', 'LMIC'], ['income', 'HIC'], ['status', 'current']]) {
			expect(regional).toContain(`<meta name="search-filter-${key}" data-pagefind-filter="${key}[content]" content="${value}">`);
		}
		// A regional plan has no stage: its countries' stages are theirs.
		expect(regional).not.toContain('search-filter-stage');
		expect(regional).toContain('data-pagefind-meta="country[content]" content="Regional: Côte d’Ivoire, American Samoa"');
		expect(regional).toMatch(/data-pagefind-meta="names\[content\]" content="[^"]*Ivory Coast[^"]*American Samoa/);
		for (const iso3 of ['civ', 'asm']) {
			const country = page(`countries/${iso3}`);
			expect(country).toContain('Regional plans covering this country');
			expect(country).toContain('do not change this country&#39;s status or stage');
			expect(country).toContain('href="/plans/regional-2024-2028-synthetic-test-plan-regional/"');
		}
		expect(page('countries/ken')).not.toContain('Regional plans covering this country');
		expect(page('plans')).toMatch(/Regional plans \(several countries\)<\/h3><ul class="plan-list"><li><a href="\/plans\/regional-2024-2028-synthetic-test-plan-regional\/">/);
	});

	it('writes a Pagefind index for the English pages', () => {
		expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
		const entry = json('pagefind/pagefind-entry.json');
		expect(Object.keys(entry.languages)).toEqual(['en']);
		expect(entry.languages.en.page_count).toBe(4 + 3);
	});

	it('keeps record pages within 7 kB of gzipped HTML', () => {
		for (const path of ['plans/ken-2023-2027-synthetic-test-plan-current', 'plans/regional-2024-2028-synthetic-test-plan-regional', 'countries/ken', 'countries/asm']) {
			expect(gzipSync(page(path)).length).toBeLessThanOrEqual(7 * 1024);
		}
	});
});

describe('a build on broken content', () => {
	it('stops before Astro runs and names every bad file and field', () => {
		const result = build(INVALID, mkdtempSync(join(tmpdir(), 'nccp-invalid-')));
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/content\/plans\/[^:]+\.md: evidenceUrl: required field is missing/);
		expect(result.stderr).toMatch(/validate: \d+ problems in /);
		expect(result.stdout).not.toContain('[build] Complete!');
	});
});
