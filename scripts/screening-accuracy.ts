/**
 * How screening agrees with the reader's labels of real plans:
 *
 *   npm run screening-accuracy [-- --items] [-- --disagreements]
 *
 * Prints precision, recall, status agreement and evidence page hit for the development and
 * held-out plans (scripts/bench/screening-accuracy.ts), per item with --items, and every item
 * where screening and the reader disagree with --disagreements. Needs ../shared/plans-corpus.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/build-settings.ts';
import { validateFramework } from '../src/lib/validate-gaps.ts';
import { formatAgreement, measureAccuracy } from './bench/screening-accuracy.ts';

const CORPUS = join(import.meta.dirname, '../../shared/plans-corpus');
const { values } = parseArgs({ options: { items: { type: 'boolean', default: false }, disagreements: { type: 'boolean', default: false } } });
if (!existsSync(CORPUS)) {
	console.error(`screening-accuracy: ${CORPUS} is absent; the labelled plans are read from it`);
	process.exit(1);
}
const framework = validateFramework(CONTENT_DIR, (file, field, message) => console.error(`${file}: ${field}: ${message}`));
if (!framework) process.exit(1);
const figures = await measureAccuracy(CORPUS, framework);
console.log(formatAgreement(`development (${figures.plans.development} plans)`, figures.development));
console.log(formatAgreement(`holdout (${figures.plans.holdout} plans)`, figures.holdout));
if (values.items) for (const [itemId, item] of figures.byItem) console.log(`  ${formatAgreement(itemId, item)}`);
if (values.disagreements) {
	for (const pair of figures.pairs.filter((pair) => pair.label.status !== pair.result.status || (pair.result.evidence[0] && pair.label.pages.length > 0 && !pair.label.pages.some((page) => Math.abs(page - pair.result.evidence[0].page) <= 1)))) {
		console.log(`${pair.set === 'holdout' ? '[holdout] ' : ''}${pair.plan} ${pair.itemId}: reader ${pair.label.status} ${JSON.stringify(pair.label.pages)}, screening ${pair.result.status} ${JSON.stringify(pair.result.evidence.map((evidence) => `${evidence.page}:${evidence.standing}`))}`);
	}
}
