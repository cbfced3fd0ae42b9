import { describe, expect, it } from 'vitest';
import { parseMarkdownRecord, parseYaml, RecordSyntaxError, serializeMarkdownRecord } from '../../src/lib/content-files.ts';
import { parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';
import { isMirrorUrl } from '../../src/lib/mirrors.ts';
import { planId } from '../../src/lib/plan-id.ts';

describe('plan ids', () => {
	it('are iso3, years and a few meaningful title words', () => {
		expect(planId('KEN', { start: 2017, end: 2022 }, 'National Cancer Control Strategy 2017-2022', 'cancer-plan')).toBe('ken-2017-2022-cancer-control-strategy');
		expect(planId('BOL', { start: 2009 }, 'Plan de Prevención y Control de Cáncer de Mama', 'cancer-strategy')).toBe('bol-2009-plan-prevencion-control-cancer-mama');
	});
	it('drop the country’s name and transliterate Latin letters', () => {
		expect(planId('DNK', { start: 2010 }, 'Kræftplan III for Denmark', 'cancer-plan', ['Denmark'])).toBe('dnk-2010-kraeftplan-iii');
	});
	it('fall back to the plan type for a title with no Latin letters', () => {
		expect(planId('RUS', { start: 2019, end: 2024 }, 'Федеральный проект', 'cancer-plan')).toBe('rus-2019-2024-cancer-plan');
	});
});

describe('mirror sites', () => {
	it('recognises mirrors and their subdomains but not official hosts', () => {
		expect(isMirrorUrl('https://fr.scribd.com/document/123')).toBe(true);
		expect(isMirrorUrl('https://www.123dok.net/document/x')).toBe(true);
		expect(isMirrorUrl('https://fdocuments.us/document/x')).toBe(true);
		expect(isMirrorUrl('https://9dok.net/document/x')).toBe(true);
		expect(isMirrorUrl('https://doczz.net/doc/x')).toBe(true);
		expect(isMirrorUrl('https://www.health.go.ke/plan.pdf')).toBe(false);
		expect(isMirrorUrl('https://notscribd.com/x')).toBe(false);
		expect(isMirrorUrl('not a url')).toBe(false);
	});
});

describe('CSV', () => {
	it('reads quoted fields with commas, quotes and newlines', () => {
		expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
	});
	it('names a row with the wrong number of fields', () => {
		expect(() => parseCsvRecords('a,b\n1,2\n3\n')).toThrow('CSV row 3: expected 2 fields, found 1');
	});
	it('round-trips what it writes', () => {
		const records = [{ id: 'x', note: 'a "quoted", multi\nline note', languages: ['en', 'fr'] }];
		const text = toCsv(['id', 'note', 'languages'], records);
		expect(parseCsvRecords(text)).toEqual([{ id: 'x', note: 'a "quoted", multi\nline note', languages: 'en;fr' }]);
	});

	it('writes a cell a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
		const hostile = ['=HYPERLINK("https://example.invalid","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx'];
		const text = toCsv(['note'], hostile.map((note) => ({ note })));
		expect(parseCsvRecords(text).map((record) => record.note)).toEqual(hostile.map((note) => `'${note}`));
		// Formula characters later in a cell are harmless and kept as written.
		expect(parseCsvRecords(toCsv(['note'], [{ note: 'a = b + c' }]))[0].note).toBe('a = b + c');
	});
});

describe('record files', () => {
	it('split frontmatter from body and write them back', () => {
		const text = serializeMarkdownRecord({ title: 'Synthetic test plan', period: { start: 2020 } }, 'Body.\n');
		expect(parseMarkdownRecord(text)).toEqual({ data: { title: 'Synthetic test plan', period: { start: 2020 } }, body: 'Body.\n' });
	});
	it('reject YAML that could smuggle structure or code', () => {
		expect(() => parseYaml('a: 1\na: 2\n')).toThrow(RecordSyntaxError);
		expect(() => parseYaml('x: !!js/function "function(){}"\n')).toThrow(RecordSyntaxError);
		expect(() => parseYaml('a: &x 1\nb: *x\n')).toThrow(RecordSyntaxError);
		expect(() => parseMarkdownRecord('no frontmatter here')).toThrow('expected YAML frontmatter');
	});
	it('refuse anchors, aliases and tags wherever a node can start, not only in the simplest form', () => {
		for (const text of ['- &a x\n- *a\n', 'a: [&x 1,*x]\n', 'a: {b: &x 1, c: *x}\n', 'k:\n  - &a 1\n  - *a\n', '--- &a\n- 1\n- *a\n', 'x: !foo 1\n', 'x:\n  !foo 1\n', 'a: 1\nb: 2\nb: 3\n']) {
			expect(() => parseYaml(text), JSON.stringify(text)).toThrow(RecordSyntaxError);
		}
	});
	it('read &, * and ! inside text as text (quotes such as "R&D" or lexicon phrases such as "radiotherap*")', () => {
		expect(parseYaml('quote: R&D, P & T and radiotherap* work!\nempty:\n')).toEqual({ quote: 'R&D, P & T and radiotherap* work!', empty: null });
		expect(parseYaml('')).toBeNull();
		expect(parseYaml('date: 2026-11-21\nflag: yes\n')).toEqual({ date: '2026-11-21', flag: 'yes' });
	});
});
