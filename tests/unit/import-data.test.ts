import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content-files.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { hasShared, ROOT, SHARED, skipNotice } from '../support/paths.ts';

if (!hasShared) skipNotice('import-data tests');

const out = mkdtempSync(join(tmpdir(), 'nccp-import-'));
const importInto = (content: string, ...flags: string[]) =>
	spawnSync(process.execPath, ['scripts/import-data.ts', '--shared', SHARED, '--content', content, ...flags], { cwd: ROOT, encoding: 'utf8' });
const snapshot = (dir: string) =>
	Object.fromEntries(['countries', 'plans', 'resources', 'partners'].flatMap((sub) => readdirSync(join(dir, sub)).map((file) => [`${sub}/${file}`, readFileSync(join(dir, sub, file), 'utf8')])));

afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * The catalogue alone lists two plans in force of one type for Chile, Nigeria and Senegal;
 * ../shared/data/plan-corrections.csv says which replaced which (or that adoption is
 * unconfirmed), and content/ carries those corrections. Validation asks for exactly them.
 */
const CONFLICTS_THE_CORRECTIONS_RESOLVE = [
	'chl-2018-2028-plan-cancer',
	'chl-2022-2027-plan-cancer-segunda-version',
	'nga-2023-2027-strategic-cancer-control-plan',
	'nga-2026-2030-cancer-control-plan',
	'sen-2023-2027-plan-strategique-lutte-controle-contre',
	'sen-2025-2029-plan-strategique-lutte-contre-cancer',
];
const expectOnlyConflictsTheCorrectionsResolve = (problems: { file: string; field: string; message: string }[]) => {
	expect(problems.map((problem) => `${problem.file.split('/').pop()}: ${problem.field}: ${problem.message.split(',')[0]}`)).toEqual(
		CONFLICTS_THE_CORRECTIONS_RESOLVE.map((id) => `${id}.md: supersededBy: expected one plan in force of this country and type on ${new Date().toISOString().slice(0, 10)}`),
	);
};

/** Plan files whose id a correction changed (its end year), by the id the catalogue alone gives. */
const RENAMED_BY_CORRECTIONS: Record<string, string> = {
	'bgd-2018-multisectoral-action-plan-prevention-control.md': 'bgd-2018-2025-multisectoral-action-plan-prevention-control.md',
};

describe.skipIf(!hasShared)('importing the reference catalogues', () => {
	it('writes every catalogue row as a valid record', () => {
		const result = importInto(out);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('234 countries (194 WHO Member States), 299 plans, 14 published review figures, 51 resources and 30 partners in the catalogues; 628 records created, 0 existing kept');
		expect(readdirSync(join(out, 'published-findings'))).toHaveLength(14);
		expect(readdirSync(join(out, 'resources'))).toHaveLength(51);
		expect(readdirSync(join(out, 'partners'))).toHaveLength(30);
		// The framework is written by hand, not imported; the imported records must validate beside it.
		cpSync(join(ROOT, 'content/framework'), join(out, 'framework'), { recursive: true });
		const rows = parseCsvRecords(readFileSync(join(SHARED, 'data/plans-catalog.csv'), 'utf8'));
		expect(readdirSync(join(out, 'plans'))).toHaveLength(rows.length);
		expect(new Set(rows.map((row) => row.country_iso3)).size).toBe(165);
		const validation = validateContent(out);
		expectOnlyConflictsTheCorrectionsResolve(validation.problems);
		expect(validation.records.resources).toHaveLength(51);
		expect(validation.records.partners).toHaveLength(30);
	});

	it('is idempotent: a second run, even with --overwrite, changes nothing and keeps added dates', () => {
		const first = snapshot(out);
		const again = importInto(out);
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain('0 records created, 628 existing kept');
		expect(snapshot(out)).toEqual(first);
		expect(importInto(out, '--overwrite').status).toBe(0);
		expect(snapshot(out)).toEqual(first);
	});

	it('keeps mirrors, news pages and doubted facts out of resources, and maps stages and topics', () => {
		const resource = (id: string) => parseYaml(readFileSync(join(out, 'resources', `${id}.yaml`), 'utf8')) as Record<string, unknown>;
		// A scribd copy is never the official link: it is kept in the notes.
		const guide = resource('guide-cancer-early-diagnosis');
		expect(guide.url).toBeUndefined();
		expect(guide.notes).toContain("Catalogue link https://de.scribd.com/document/458378020/9789241511940-eng-pdf is not the publisher's site.");
		expect(guide).toMatchObject({ stages: ['implement'], topics: ['early-detection', 'diagnosis'], year: 2017 });
		// A news report of a Lancet commission is not its publisher either.
		expect(resource('expanding-global-access-radiotherapy-lancet-oncology-commission').url).toBeUndefined();
		// "series start year 2006 … unverified": the year is left out, the note keeps it.
		const series = resource('cancer-control-knowledge-into-action-who-guide-effective');
		expect(series.year).toBeUndefined();
		expect(series.stages).toEqual(['prepare', 'develop', 'implement', 'evaluate', 'update']);
		// Monitoring & evaluation serves evaluate and update; languages only where the notes list them.
		expect(resource('national-cancer-control-plans-global-analysis-lancet-oncology')).toMatchObject({ stages: ['evaluate', 'update'], languages: [] });
		expect(resource('national-cancer-control-programmes-policies-managerial-guidelines-2nd')).toMatchObject({ languages: ['en', 'zh'], allowHttp: true });
	});

	it('classifies each partner’s support from its own words, and leaves out what the row does not say', () => {
		const partner = (id: string) => parseYaml(readFileSync(join(out, 'partners', `${id}.yaml`), 'utf8')) as Record<string, unknown>;
		expect(partner('nci-cgh')).toMatchObject({ offers: ['plan-review', 'plan-update', 'training', 'mentoring', 'technical-assistance'], stages: ['develop', 'implement', 'update'], regions: [], iccpPartner: true });
		expect(partner('icec-twinning')).toMatchObject({ offers: ['training', 'mentoring', 'twinning'], stages: ['implement'] });
		expect(partner('paho-who').regions).toEqual(['AMR']);
		// "partner in WHO Global Initiative for Childhood Cancer" names no support: none is invented.
		expect(partner('siop')).toMatchObject({ offers: [], stages: [] });
		expect(partner('siop').iccpPartner).toBeUndefined();
		// A website the catalogue calls unverified is a note, not the official address.
		const cityCancer = partner('c-can');
		expect(cityCancer.url).toBeUndefined();
		expect(cityCancer.notes).toContain('website given by the catalogue: https://citycancerchallenge.org');
		expect(partner('princess-margaret-cancer-centre').acronym).toBe('PM');
	});

	it('never overwrites a curator’s edit unless asked', () => {
		const file = join(out, 'plans/ken-2017-2022-cancer-control-strategy.md');
		const edited = readFileSync(file, 'utf8').replace('scope: national', 'scope: national\npublisher: Ministry of Health (curator edit)');
		writeFileSync(file, edited);
		importInto(out);
		expect(readFileSync(file, 'utf8')).toBe(edited);
	});

	it('produces the ids committed in content/, so links and citations stay stable', () => {
		for (const folder of ['plans', 'resources', 'partners']) {
			const committed = new Set(readdirSync(join(ROOT, 'content', folder)));
			expect(readdirSync(join(out, folder)).filter((file) => !committed.has(RENAMED_BY_CORRECTIONS[file] ?? file)), folder).toEqual([]);
		}
	});

	it('re-runs beside a regional record (no single country) and leaves it as it is, even with --overwrite', () => {
		const name = 'regional-2007-2012-pacific-regional-comprehensive-cancer-control-plan.md';
		const record = readFileSync(join(ROOT, 'content/plans', name), 'utf8');
		expect(record).toContain('scope: regional\ncountries:\n');
		writeFileSync(join(out, 'plans', name), record);
		for (const flags of [[], ['--overwrite']]) {
			const result = importInto(out, ...flags);
			expect(result.status, result.stderr).toBe(0);
			expect(result.stdout).toContain('0 records created');
		}
		expect(readFileSync(join(out, 'plans', name), 'utf8')).toBe(record);
		expectOnlyConflictsTheCorrectionsResolve(validateContent(out).problems);
	});
});
