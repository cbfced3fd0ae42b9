/**
 * Screening measured against the development set: every labelled corpus plan
 * (`tests/fixtures/screening/dev-set/`) is read and screened with the rules `npm run screen`
 * uses, and its findings compared with the reader's labels, for the development plans and the
 * held-out plans apart. `npm run bench`, `npm run screening-accuracy` and the accuracy test call it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Framework } from '../../src/lib/framework.ts';
import { agreement, agreementByItem, labelledPlanSchema, type Agreement, type LabelledPlan, type ScreenedLabel } from '../../src/lib/screening/evaluation.ts';
import { extractPdfPages } from '../../src/lib/screening/pdf.ts';
import { screenDocument } from '../../src/lib/screening/screen.ts';

export const DEV_SET_DIR = join(import.meta.dirname, '../../tests/fixtures/screening/dev-set');

/** The labelled plans, each checked against its schema; a malformed file names itself and the field. */
export function readDevSet(dir = DEV_SET_DIR): (LabelledPlan & { name: string })[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => {
			const parsed = labelledPlanSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				throw new Error(`${join(dir, name)}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
			}
			return { ...parsed.data, name: name.replace(/\.yaml$/, '') };
		});
}

export interface AccuracyFigures {
	development: Agreement;
	holdout: Agreement;
	/** Per item over the development plans. */
	byItem: Map<string, Agreement>;
	/** Every compared item, for listing disagreements. */
	pairs: (ScreenedLabel & { set: LabelledPlan['set'] })[];
	plans: { development: number; holdout: number };
}

/** Screen every labelled plan of the corpus and compare it with its labels. */
export async function measureAccuracy(corpusDir: string, framework: Framework, dir = DEV_SET_DIR): Promise<AccuracyFigures> {
	const pairs: AccuracyFigures['pairs'] = [];
	const plans = { development: 0, holdout: 0 };
	for (const labelled of readDevSet(dir)) {
		const texts = await extractPdfPages(new Uint8Array(readFileSync(join(corpusDir, labelled.file))));
		const { results } = screenDocument(texts, framework.domainList, { recordLanguages: ['en'] });
		const byId = new Map(results.map((result) => [result.id, result]));
		plans[labelled.set]++;
		for (const [itemId, label] of Object.entries(labelled.items)) {
			const result = byId.get(itemId);
			if (!result) throw new Error(`${labelled.name}: item "${itemId}" is not in the framework`);
			pairs.push({ plan: labelled.name, itemId, label, result, set: labelled.set });
		}
	}
	const development = pairs.filter((pair) => pair.set === 'development');
	return {
		development: agreement(development),
		holdout: agreement(pairs.filter((pair) => pair.set === 'holdout')),
		byItem: agreementByItem(development),
		pairs,
		plans,
	};
}

const percent = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** One line of figures, as the bench and the CLI print them. */
export function formatAgreement(name: string, figures: Agreement): string {
	return `${name}: ${figures.items} items; precision ${percent(figures.precision)}, recall ${percent(figures.recall)}, same status ${percent(figures.statusAgreement)}, evidence page hit ${percent(figures.evidenceHit)} (${figures.evidenceHits} of ${figures.truePositives}; first page ${percent(figures.firstPageHit)})`;
}
