import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content-files.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { syntheticPdf } from '../support/synthetic-pdf.ts';

/** The project's Node 24 (the system node may be older and cannot strip types). */
const NODE = 'node_modules/.bin/node';
const PLAN = 'ken-2017-2022-synthetic-test-plan-expired';

let scratch: string;
let content: string;
const file = (name: string, bytes: Uint8Array | string) => {
	const path = join(scratch, name);
	writeFileSync(path, bytes);
	return path;
};
const run = (...args: string[]) => {
	const child = spawnSync(NODE, ['scripts/screen-plan.ts', ...args, '--content', content], { encoding: 'utf8' });
	return { status: child.status, stdout: child.stdout, stderr: child.stderr };
};
const assessmentsFiles = () => readdirSync(join(content, 'assessments')).sort();

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'screen-cli-'));
	content = join(scratch, 'content');
	cpSync('tests/fixtures/site/content', content, { recursive: true });
	rmSync(join(content, 'assessments', `${PLAN}.yaml`));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('screening a readable plan', () => {
	it('writes a draft assessment with page evidence for every item', () => {
		const pdf = file('synthetic-plan.pdf', syntheticPdf([['Synthetic plan. The plan and the people of the country.'], ['Objective 1: tobacco control and smoking cessation for the nation.'], ['A cancer registry is planned for the region.']]));
		const { status, stdout, stderr } = run(pdf, '--plan', PLAN);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toMatch(/3 pages in .* language en; 1 addressed, 1 partial, 1 not found, 0 not applicable of 3 items/);
		const draft = assessmentSchema.parse(parseYaml(readFileSync(join(content, 'assessments', `${PLAN}.yaml`), 'utf8')));
		expect(draft).toMatchObject({ method: 'automated-screening', frameworkVersion: '1.2.0', language: 'en', document: { pages: 3 } });
		expect(draft.findings['synthetic-tobacco-control']).toMatchObject({ status: 'addressed', evidence: [{ page: 2, matched: 'tobacco control', standing: 'commitment' }] });
		expect(draft.findings['synthetic-cancer-registry'].evidence[0]).toMatchObject({ page: 3, quote: 'A cancer registry is planned for the region.' });
		expect(draft.findings['synthetic-hpv-vaccination']).toMatchObject({ status: 'not-found', evidence: [] });
		expect(draft.document?.sha256).toMatch(/^[0-9a-f]{64}$/);
	});

	it('keeps an existing assessment unless --force', () => {
		const text = file('synthetic.txt', 'Synthetic text page about tobacco control.\fSecond synthetic page: HPV vaccination.');
		const before = readFileSync(join(content, 'assessments', `${PLAN}.yaml`), 'utf8');
		const refused = run(text, '--plan', PLAN);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/exists; it may hold reviewed findings. Pass --force/);
		expect(readFileSync(join(content, 'assessments', `${PLAN}.yaml`), 'utf8')).toBe(before);
		const forced = run(text, '--plan', PLAN, '--force');
		expect(forced.status).toBe(0);
		expect(forced.stdout).toMatch(/2 pages in/);
	});

	it('screens with the language given on the command line', () => {
		const out = join(scratch, 'french.yaml');
		const text = file('synthetic-fr.txt', 'La lutte antitabac et les registre des cancers du pays.\fObjectif 1 : renforcer la lutte antitabac.');
		const { status } = run(text, '--plan', 'civ-2022-synthetic-test-plan-open-ended', '--out', out);
		expect(status).toBe(0);
		const draft = assessmentSchema.parse(parseYaml(readFileSync(out, 'utf8')));
		expect(draft.language).toBe('fr');
		expect(draft.findings['synthetic-tobacco-control'].status).toBe('addressed');
	});
});

describe('bad input: a message, exit code 1, and no file written', () => {
	const cases: [string, () => string[], RegExp][] = [
		['an empty file', () => [file('synthetic-empty.pdf', new Uint8Array())], /the file is empty/],
		['a file that is not a PDF', () => [file('synthetic-page.pdf', '<html>synthetic</html>')], /not a PDF/],
		['an encrypted PDF', () => [file('synthetic-encrypted.pdf', syntheticPdf([['Synthetic text long enough to read']], { encrypted: true }))], /encrypted and needs a password/],
		['a truncated PDF', () => [file('synthetic-truncated.pdf', syntheticPdf([['Synthetic text long enough to read']]).subarray(0, 250))], /damaged or truncated/],
		['a PDF with no text', () => [file('synthetic-scan.pdf', syntheticPdf([[], []]))], /no extractable text: 0 characters on 2 pages.*need OCR/],
		['a missing file', () => [join(scratch, 'synthetic-missing.pdf')], /no such file/],
		['an unsupported language', () => [file('synthetic-de.txt', 'Synthetic text'), '--language', 'de'], /"de" has no lexicon; screening supports en, fr, es, pt/],
		['a text file that is not UTF-8', () => [file('synthetic-latin1.txt', new Uint8Array([0x63, 0x61, 0x6e, 0xe7, 0xe9, 0x72]))], /not UTF-8/],
	];

	for (const [what, args, message] of cases) {
		it(`refuses ${what}`, () => {
			const before = assessmentsFiles();
			const out = join(scratch, `never-${what.replace(/\W+/g, '-')}.yaml`);
			const { status, stderr } = run(...args(), '--plan', 'ken-2023-2027-synthetic-test-plan-current', '--out', out, '--force');
			expect(stderr).toMatch(/^screen: /);
			expect(stderr).toMatch(message);
			expect(status).toBe(1);
			expect(existsSync(out)).toBe(false);
			expect(assessmentsFiles()).toEqual(before);
		});
	}

	it('refuses an unknown plan id and says how to fix it', () => {
		const { status, stderr } = run(file('synthetic-any.txt', 'Synthetic text'), '--plan', 'zzz-2020-no-such-plan');
		expect(status).toBe(1);
		expect(stderr).toMatch(/unknown plan id "zzz-2020-no-such-plan": expected a file .*plans\/zzz-2020-no-such-plan.md \(add the plan record first\)/);
	});

	it('refuses a call without a document or plan, with the usage', () => {
		const { status, stderr } = run();
		expect(status).toBe(1);
		expect(stderr).toMatch(/usage: npm run screen/);
	});
});
