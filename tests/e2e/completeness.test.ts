/**
 * Completeness of the built portal: every record in content/ is in /data/, has its page, and is
 * in the search index under its kind with the facet values its /data/ row gives. Ids are
 * compared at each step (counts in = counts out, and the same ids).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths.ts';
import { listOf, loadRecords, useHarness, type Harness } from './helpers.ts';

let harness: Harness;
useHarness((suite) => ({ harness } = suite));

/** A record kind as content/, /data/, its pages and the search index name it. */
interface Kind {
	folder: string;
	/** The record's id in /data/ (the content file's name, lowercase ISO3 for countries). */
	id: (record: Record<string, unknown>) => string;
	/** The text its page's h1 contains. */
	heading: (record: Record<string, unknown>) => string;
	/** Facet → values the search index must hold for the record, read from its /data/ row. */
	facets: (record: Record<string, unknown>) => Record<string, string[]>;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === '' ? [] : listOf(String(value)));

const KINDS: Record<'plan' | 'country' | 'resource' | 'partner', Kind> = {
	plan: {
		folder: 'plans',
		id: (record) => String(record.id),
		heading: (record) => String(record.title),
		facets: (record) => ({
			country: list(record.countries_covered),
			region: list(record.who_region),
			income: list(record.income_group),
			type: [String(record.type)],
			language: list(record.languages),
			status: [String(record.status)],
		}),
	},
	country: {
		folder: 'countries',
		id: (record) => String(record.iso3).toLowerCase(),
		heading: (record) => String(record.name),
		facets: (record) => ({ country: [String(record.iso3)], region: list(record.who_region), income: list(record.income_group), status: [String(record.status)], stage: list(record.stage) }),
	},
	resource: {
		folder: 'resources',
		id: (record) => String(record.id),
		heading: (record) => String(record.title),
		facets: (record) => ({
			stage: list(record.stages),
			topic: list(record.topics),
			'resource-type': [String(record.type)],
			publisher: [String(record.publisher)],
			year: list(record.year === undefined ? undefined : String(record.year)),
			language: list(record.languages),
		}),
	},
	partner: {
		folder: 'partners',
		id: (record) => String(record.id),
		heading: (record) => String(record.name),
		facets: (record) => ({ support: list(record.offers), stage: list(record.stages), region: list(record.regions), language: list(record.languages) }),
	},
};

/** Ids of the record files of a content folder: the file name without its extension. */
const contentIds = (folder: string) =>
	readdirSync(join(ROOT, 'content', folder), { withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => basename(entry.name, extname(entry.name)))
		.sort();

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const sorted = (values: string[]) => [...values].sort();

describe.each(Object.entries(KINDS))('every %s record', (kind, { folder, id, heading, facets }) => {
	const records = loadRecords<Record<string, unknown>>(folder);

	it(`is in /data/${folder}.json once, with the ids of content/${folder}`, () => {
		const ids = records.map(id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(sorted(ids)).toEqual(contentIds(folder));
	});

	it('has its page, whose heading names it', () => {
		const problems = records.flatMap((record) => {
			const file = join(DIST, folder, id(record), 'index.html');
			if (!existsSync(file)) return [`${id(record)}: no page`];
			const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
			return h1.includes(escapeHtml(heading(record))) ? [] : [`${id(record)}: h1 "${h1}" does not name "${heading(record)}"`];
		});
		expect(problems).toEqual([]);
	});

	it(`is in the search index as kind=${kind}, with the facet values of its /data/ row`, async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/search/`);
		// A string, not a function: the test runner would rewrite a function's `import()`.
		const indexed: { url: string; filters: Record<string, string[]> }[] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search(null, { filters: { kind: ${JSON.stringify(kind)} } });
			return Promise.all(search.results.map(async (result) => {
				const data = await result.data();
				return { url: data.url, filters: data.filters };
			}));
		})()`);
		const byUrl = new Map(indexed.map((entry) => [decodeURIComponent(entry.url), entry.filters]));
		expect(sorted([...byUrl.keys()])).toEqual(sorted(records.map((record) => `/${folder}/${id(record)}/`)));
		const problems = records.flatMap((record) => {
			const filters = byUrl.get(`/${folder}/${id(record)}/`) ?? {};
			return Object.entries(facets(record))
				.filter(([facet, values]) => JSON.stringify(sorted(filters[facet] ?? [])) !== JSON.stringify(sorted(values)))
				.map(([facet, values]) => `${id(record)} ${facet}: index has [${sorted(filters[facet] ?? [])}], /data/ has [${sorted(values)}]`);
		});
		expect(problems.slice(0, 20)).toEqual([]);
	}, 120_000);
});
