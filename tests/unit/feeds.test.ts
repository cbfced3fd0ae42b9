import { describe, expect, it } from 'vitest';
import { atomXml, feedUpdated, FEED_LENGTH } from '../../src/lib/feeds.ts';

const entry = (n: number, updated: string) => ({ url: `https://portal.example/plans/synthetic-${n}/`, title: `Synthetic <plan> & ${n}`, updated, summary: `Synthetic "summary" ${n}.` });

describe('Atom feeds', () => {
	it('writes the elements RFC 4287 requires, with text escaped and dates as timestamps', () => {
		const xml = atomXml({
			url: 'https://portal.example/feeds/changes.xml',
			pageUrl: 'https://portal.example/data/',
			title: 'Synthetic portal: changes',
			subtitle: 'Synthetic',
			updated: '2026-12-01',
			entries: [entry(1, '2026-12-01')],
		});
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
		expect(xml).toContain('<id>https://portal.example/feeds/changes.xml</id>');
		expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>');
		expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://portal.example/feeds/changes.xml"/>');
		expect(xml).toContain('<author><name>Synthetic portal</name></author>');
		expect(xml).toContain('<title>Synthetic &#60;plan&#62; &#38; 1</title>');
		expect(xml).toContain('<summary>Synthetic &#34;summary&#34; 1.</summary>');
		expect(xml).not.toMatch(/<plan>|& 1/);
	});

	it('is dated by its newest entry, or by the data date when empty', () => {
		expect(feedUpdated([entry(1, '2026-11-21'), entry(2, '2026-12-03')], '2026-12-07')).toBe('2026-12-03');
		expect(feedUpdated([], '2026-12-07')).toBe('2026-12-07');
		expect(FEED_LENGTH).toBe(50);
	});
});
