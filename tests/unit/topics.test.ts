import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content-files.ts';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { mapTopics, TOPIC_SYNONYMS } from '../../src/lib/topics.ts';
import { hasShared, ROOT, SHARED } from '../support/paths.ts';

/** The real controlled topic list: the framework's domains, in display order. */
const DOMAINS = (parseYaml(readFileSync(join(ROOT, 'content/framework/framework.yaml'), 'utf8')) as { domains: string[] }).domains;

describe('mapping catalogue topics onto framework domains', () => {
	it('maps domain ids written with spaces, and synonyms, in framework order, each once', () => {
		expect(mapTopics('governance;prevention;early detection;diagnosis;palliative care;registries', DOMAINS)).toEqual({
			topics: ['governance', 'situation-analysis', 'prevention', 'early-detection', 'diagnosis', 'palliative-care'],
			unmapped: [],
		});
		// tobacco and HPV are both prevention; surgery, radiotherapy and medicines are all treatment.
		expect(mapTopics('HPV;tobacco;prevention;surgery;radiotherapy;medicines', DOMAINS)).toEqual({ topics: ['prevention', 'treatment'], unmapped: [] });
		expect(mapTopics('screening;pathology;workforce;childhood cancer', DOMAINS).topics).toEqual(['early-detection', 'diagnosis', 'childhood-cancer', 'workforce-infrastructure']);
	});

	it('ignores case, spacing and empty parts, and accepts hyphenated ids', () => {
		expect(mapTopics(' Palliative  Care ; ;EARLY-DETECTION;', DOMAINS)).toEqual({ topics: ['early-detection', 'palliative-care'], unmapped: [] });
	});

	it('returns every unmapped word as written instead of dropping it', () => {
		expect(mapTopics('governance;nutrition;Genomics', DOMAINS)).toEqual({ topics: ['governance'], unmapped: ['nutrition', 'Genomics'] });
	});

	it('does not map a synonym onto a domain the framework lacks', () => {
		expect(mapTopics('tobacco;synthetic-data', ['synthetic-data'])).toEqual({ topics: ['synthetic-data'], unmapped: ['tobacco'] });
	});

	it('points every synonym at a domain of the real framework', () => {
		for (const [word, domains] of Object.entries(TOPIC_SYNONYMS)) {
			for (const domain of domains) expect(DOMAINS, `${word} → ${domain}`).toContain(domain);
		}
	});

	it.skipIf(!hasShared)('maps every topic word of the resources catalogue', () => {
		const rows = parseCsvRecords(readFileSync(join(SHARED, 'data/resources-catalog.csv'), 'utf8'));
		for (const [index, row] of rows.entries()) {
			const { topics, unmapped } = mapTopics(row.topics, DOMAINS);
			expect(unmapped, `row ${index + 2}`).toEqual([]);
			expect(topics.length, `row ${index + 2}`).toBeGreaterThan(0);
		}
	});
});
