import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { hasShared, ROOT, SHARED, skipNotice } from '../support/paths.ts';

if (!hasShared) skipNotice('import-data tests');

const out = mkdtempSync(join(tmpdir(), 'nccp-import-'));
const importInto = (content: string, ...flags: string[]) =>
	spawnSync(process.execPath, ['scripts/import-data.ts', '--shared', SHARED, '--content', content, ...flags], { cwd: ROOT, encoding: 'utf8' });
const snapshot = (dir: string) =>
	Object.fromEntries(['countries', 'plans'].flatMap((sub) => readdirSync(join(dir, sub)).map((file) => [`${sub}/${file}`, readFileSync(join(dir, sub, file), 'utf8')])));

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!hasShared)('importing the reference catalogues', () => {
	it('writes every catalogue row as a valid record', () => {
		const result = importInto(out);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('237 countries (194 WHO Member States), 299 plans and 14 published review figures in the catalogues; 550 records created, 0 existing kept');
		expect(readdirSync(join(out, 'published-findings'))).toHaveLength(14);
		// The framework is written by hand, not imported; the imported records must validate beside it.
		cpSync(join(ROOT, 'content/framework'), join(out, 'framework'), { recursive: true });
		const rows = parseCsvRecords(readFileSync(join(SHARED, 'data/plans-catalog.csv'), 'utf8'));
		expect(readdirSync(join(out, 'plans'))).toHaveLength(rows.length);
		expect(new Set(rows.map((row) => row.country_iso3)).size).toBe(165);
		const validation = validateContent(out);
		expect(validation.problems).toEqual([]);
	});

	it('is idempotent: a second run, even with --overwrite, changes nothing and keeps added dates', () => {
		const first = snapshot(out);
		const again = importInto(out);
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).toContain('0 records created, 550 existing kept');
		expect(snapshot(out)).toEqual(first);
		expect(importInto(out, '--overwrite').status).toBe(0);
		expect(snapshot(out)).toEqual(first);
	});

	it('never overwrites a curator’s edit unless asked', () => {
		const file = join(out, 'plans/ken-2017-2022-cancer-control-strategy.md');
		const edited = readFileSync(file, 'utf8').replace('scope: national', 'scope: national\npublisher: Ministry of Health (curator edit)');
		writeFileSync(file, edited);
		importInto(out);
		expect(readFileSync(file, 'utf8')).toBe(edited);
	});

	it('produces the ids committed in content/, so links and citations stay stable', () => {
		const committed = new Set(readdirSync(join(ROOT, 'content/plans')));
		expect(readdirSync(join(out, 'plans')).filter((file) => !committed.has(file))).toEqual([]);
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
		expect(validateContent(out).problems).toEqual([]);
	});
});
