import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-files.ts';
import { fixtureSite } from '../support/fixture-site.ts';

/** The fixture site, built once per run (tests/support/fixture-site.ts). */
let outDir: string;

beforeAll(() => {
	outDir = fixtureSite();
});

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const json = (path: string) => JSON.parse(readFileSync(join(outDir, path, 'report.json'), 'utf8'));
const decode = (text: string) => text.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").trim();

/** The figure whose SVG is named by the caption `id`, or undefined. */
function figure(html: string, captionId: string): string | undefined {
	const start = html.lastIndexOf('<figure', html.indexOf(`aria-labelledby="${captionId}"`));
	if (!html.includes(`aria-labelledby="${captionId}"`) || start < 0) return undefined;
	return html.slice(start, html.indexOf('</figure>', start) + '</figure>'.length);
}

/** The rows of a chart: label, each rect's class and width, and the texts after the label. */
function chartRows(svg: string) {
	return [...svg.matchAll(/<g transform="translate\(0 [\d.]+\)">(.*?)<\/g>/g)].map(([, row]) => {
		const texts = [...row.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(([, text]) => decode(text));
		return {
			label: texts[0],
			texts: texts.slice(1),
			rects: [...row.matchAll(/<rect class="c-([a-z-]+)"[^>]*? width="([\d.]+)"/g)].map(([, kind, width]) => ({ kind, width: Number(width) })),
		};
	});
}

interface ItemRow {
	domain: string;
	addressed: number;
	partial: number;
	not_found: number;
	not_applicable: number;
	not_assessed: number;
	assessed: number;
	status?: string;
}
interface DomainTally {
	addressed: number;
	partial: number;
	'not-found': number;
	'not-applicable': number;
	'not-assessed': number;
	/**
	 * Plans rated on the domain: on an aggregate report the most plans rated on any of its items
	 * (exact on the fixture, where a plan rated on a domain is rated on its first item), on a plan
	 * report 1 when anything is rated.
	 */
	plans: number;
}
/** Per-domain tallies summed from a report's JSON rows (aggregate reports) or counted (plan reports). */
function domainTallies(report: { items: ItemRow[] }) {
	const tallies = new Map<string, DomainTally>();
	for (const row of report.items) {
		const tally = tallies.get(row.domain) ?? { addressed: 0, partial: 0, 'not-found': 0, 'not-applicable': 0, 'not-assessed': 0, plans: 0 };
		if (row.status) {
			tally[row.status as 'addressed']++;
			if (['addressed', 'partial', 'not-found'].includes(row.status)) tally.plans = 1;
		} else {
			tally.addressed += row.addressed;
			tally.partial += row.partial;
			tally['not-found'] += row.not_found;
			tally['not-applicable'] += row.not_applicable;
			tally['not-assessed'] += row.not_assessed;
			tally.plans = Math.max(tally.plans, row.assessed);
		}
		tallies.set(row.domain, tally);
	}
	return tallies;
}
/** The fewest assessed plans a share across plans rests on (src/lib/gaps.ts). */
const MIN_PLANS = 5;
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

describe('charts on gap reports', () => {
	const coverage = ['gaps', 'gaps/regions/afr', 'gaps/income/lmic', 'gaps/countries/ken', 'gaps/plans/ken-2023-2027-synthetic-test-plan-current', 'gaps/priority-areas/synthetic-prevention'];
	const versus = ['gaps/regions/afr', 'gaps/income/lmic'];
	const nothingAssessed = ['gaps/regions/wpr', 'gaps/income/hic', 'gaps/countries/asm', 'gaps/plans/civ-2022-synthetic-test-plan-open-ended'];

	it('draws coverage on every report with something assessed, the world comparison on regions and income groups, nothing where nothing is assessed', () => {
		for (const path of coverage) expect(figure(page(path), 'coverage-caption'), path).toBeDefined();
		for (const path of versus) expect(figure(page(path), 'versus-caption'), path).toBeDefined();
		for (const path of ['gaps', 'gaps/countries/ken', 'gaps/priority-areas/synthetic-prevention']) expect(figure(page(path), 'versus-caption'), path).toBeUndefined();
		for (const path of nothingAssessed) {
			expect(figure(page(path), 'coverage-caption'), path).toBeUndefined();
			expect(figure(page(path), 'versus-caption'), path).toBeUndefined();
		}
	});

	it('names every chart by its caption: role="img", aria-labelledby, a figcaption with that id', () => {
		for (const path of [...coverage, 'gaps/countries/asm']) {
			const html = page(path);
			// The region map is hidden from assistive technology (its table is the equivalent), so it is no chart here.
			for (const [svg] of html.matchAll(/<svg(?![^>]*aria-hidden="true")[^>]*>/g)) {
				const id = svg.match(/aria-labelledby="([^"]+)"/)?.[1];
				expect(svg, path).toContain('role="img"');
				expect(figure(html, id!), `${path} ${id}`).toContain(`<figcaption id="${id}">`);
			}
		}
	});

	it('draws the same counts as the report JSON, bars filling the width and never drawing not assessed', () => {
		for (const path of coverage.filter((entry) => !entry.includes('priority-areas'))) {
			const report = json(path);
			const tallies = domainTallies(report);
			const rows = chartRows(figure(page(path), 'coverage-caption')!);
			expect(rows.map((row) => row.label), path).toEqual([...tallies.keys()]);
			for (const row of rows) {
				const tally = tallies.get(row.label)!;
				const assessed = tally.addressed + tally.partial + tally['not-found'];
				if (assessed === 0) {
					expect(row.rects).toEqual([]);
					expect(row.texts).toEqual(['Not assessed']);
					continue;
				}
				const planReport = path.includes('/plans/');
				if (planReport || tally.plans >= MIN_PLANS) expect(row.rects.map((rect) => rect.kind), path).toEqual((['addressed', 'partial', 'not-found'] as const).filter((status) => tally[status] > 0));
				if (!planReport && tally.plans < MIN_PLANS) {
					// Too few plans for a share: no bar, and the number of plans instead.
					expect(row.rects, `${path} ${row.label}`).toEqual([]);
					expect(row.texts).toEqual([`n = ${tally.plans}, too few`]);
					continue;
				}
				const total = row.rects.reduce((sum, rect) => sum + rect.width, 0);
				expect(Math.round(total * 10) / 10, `${path} ${row.label}`).toBe(520);
				for (const rect of row.rects) expect(Math.abs(rect.width / 520 - tally[rect.kind as keyof typeof tally] / assessed)).toBeLessThanOrEqual(0.1 / 520 + 1e-9);
				expect(row.texts).toEqual([...(tally['not-assessed'] > 0 ? [`${tally['not-assessed']} not assessed`] : []), percent(tally.addressed, assessed), ...(planReport ? [] : [`n = ${tally.plans}`])]);
			}
		}
	});

	it('matches the coverage chart to the report’s own table, which it names instead of repeating', () => {
		const html = page('gaps/regions/afr');
		const chart = figure(html, 'coverage-caption')!;
		expect(chart).toContain('The table below gives the same counts.');
		expect(chart).not.toContain('<table');
		const table = html.slice(html.indexOf('</figure>', html.indexOf('coverage-caption')), html.indexOf('</table>', html.indexOf('coverage-caption')));
		const tallies = domainTallies(json('gaps/regions/afr'));
		for (const [domain, tally] of tallies) {
			const assessed = tally.addressed + tally.partial + tally['not-found'];
			const cells = [assessed, tally.addressed, tally.partial, tally['not-found'], tally['not-applicable'], tally['not-assessed']].map((n) => `<td class="num">${n}</td>`).join('');
			expect(table).toContain(`${domain}</a></th>${cells}`);
		}
	});

	it('draws a priority area by item, with its item table’s numbers', () => {
		const report = json('gaps/priority-areas/synthetic-prevention');
		const rows = chartRows(figure(page('gaps/priority-areas/synthetic-prevention'), 'coverage-caption')!);
		expect(rows.map((row) => row.label)).toEqual(report.items.map((item: { item: string }) => item.item));
		for (const [index, item] of (report.items as (ItemRow & { percent_addressed?: number })[]).entries()) {
			expect(rows[index].texts.slice(-2)).toEqual([`${Math.round(item.percent_addressed!)}%`, `n = ${item.assessed}`]);
			expect(rows[index].rects.map((rect) => rect.kind)).toEqual((['addressed', 'partial', 'not_found'] as const).filter((key) => item[key] > 0).map((key) => key.replace('_', '-')));
		}
	});

	it('compares a region with the world in a table of the same shares as both JSON files', () => {
		const world = domainTallies(json('gaps'));
		for (const path of versus) {
			const group = domainTallies(json(path));
			const chart = figure(page(path), 'versus-caption')!;
			const cells = [...chart.matchAll(/<tr><th scope="row">(.*?)<\/th><td class="num">(.*?)<\/td><td class="num">(.*?)<\/td><\/tr>/g)].map(([, ...cells]) => cells.map(decode));
			const expected = (tally: DomainTally) => {
				const assessed = tally.addressed + tally.partial + tally['not-found'];
				if (assessed === 0) return 'Not assessed';
				return tally.plans < MIN_PLANS ? `n = ${tally.plans}, too few` : `${percent(tally.addressed, assessed)} (n = ${tally.plans})`;
			};
			expect(cells, path).toEqual([...group.keys()].map((domain) => [domain, expected(group.get(domain)!), expected(world.get(domain)!)]));
			// The bars say the same: one per assessed share, as wide as the share.
			for (const row of chartRows(chart)) {
				for (const [kind, tally] of [['group', group.get(row.label)!], ['world', world.get(row.label)!]] as const) {
					const assessed = tally.addressed + tally.partial + tally['not-found'];
					const rect = row.rects.find((entry) => entry.kind === kind);
					if (assessed === 0 || tally.plans < MIN_PLANS) expect(rect).toBeUndefined();
					else expect(rect!.width).toBe(Math.round((tally.addressed / assessed) * 5200) / 10);
				}
			}
		}
	});

	it('puts the plans’ timeline on a country’s report, one bar per plan in its JSON', () => {
		for (const path of ['gaps/countries/ken', 'gaps/countries/asm']) {
			const timeline = figure(page(path), 'timeline-caption')!;
			expect(timeline, path).toContain('The table below gives the same periods and statuses.');
			const bars = [...timeline.matchAll(/class="bar-([a-z-]+)"/g)].map(([, status]) => status).sort();
			expect(bars, path).toEqual(json(path).plans.map((plan: { status: string }) => plan.status).sort());
		}
		expect(figure(page('gaps/regions/afr'), 'timeline-caption')).toBeUndefined();
	});

	it('uses no inline style and no red/green pair', () => {
		const pages = [...builtPages(join(outDir, 'gaps')), join(outDir, 'countries/ken/index.html')];
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).not.toMatch(/\sstyle=/);
			// The status colours of badges (#1e6b34 green, #8a1c1c red) are not chart fills.
			expect(html, file).not.toMatch(/fill="#(1e6b34|8a1c1c)"/);
		}
	});
});
