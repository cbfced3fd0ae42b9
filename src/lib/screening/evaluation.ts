import { z } from 'astro/zod';
import type { ItemScreening } from './screen.ts';

/**
 * How well screening agrees with a reader who labelled real plans page by page
 * (`tests/fixtures/screening/dev-set/`): precision and recall of "found" (addressed or partial)
 * against "not found", the share of items whose status is the reader's, and how often a true
 * finding cites a page within one page of a page the reader named (any of the pages it cites, as
 * a report shows them all; and its first page, which is stricter).
 * `npm run bench`, the accuracy test and docs/screening-accuracy.md report these figures.
 */

/** The reader's three answers; the dev set has no items that post-date its plans. */
const LABEL_STATUSES = ['addressed', 'partial', 'not-found'] as const;
export type LabelStatus = (typeof LABEL_STATUSES)[number];

/** One item as the reader labelled it. */
const labelledItem = z
	.object({
		/** The reader's status, by the rules of the dev set's README. */
		status: z.enum(LABEL_STATUSES),
		/** PDF pages (1-based) where the evidence stands, most telling first; none for not-found. */
		pages: z.array(z.number().int().min(1)).max(6),
		/** What the reader saw on those pages, or searched for. */
		note: z.string().min(3),
	})
	.strict()
	.refine((item) => (item.status === 'not-found') === (item.pages.length === 0), {
		error: 'expected pages for addressed or partial and none for not-found',
		path: ['pages'],
	});

/** One labelled plan: `tests/fixtures/screening/dev-set/{file stem}.yaml`. */
export const labelledPlanSchema = z
	.object({
		/** The PDF, relative to `../shared/plans-corpus/`. */
		file: z.string().regex(/\.pdf$/),
		/** `development` plans were used to tune the rules; `holdout` plans were kept back. */
		set: z.enum(['development', 'holdout']),
		/** Pages in the PDF. */
		pages: z.number().int().min(1),
		/** Who labelled it, how and when. */
		reader: z.string().min(3),
		/** The reader's notes on the document's layout. */
		notes: z.string().min(3),
		/** Item id → label. */
		items: z.record(z.string(), labelledItem),
	})
	.strict();
export type LabelledPlan = z.infer<typeof labelledPlanSchema>;
export type LabelledItem = LabelledPlan['items'][string];

/** One item of one plan, labelled and screened. */
export interface ScreenedLabel {
	plan: string;
	itemId: string;
	label: LabelledItem;
	result: Pick<ItemScreening, 'status' | 'evidence'>;
}

/** Agreement counts and the figures made from them. */
export interface Agreement {
	/** Items compared. */
	items: number;
	/** Found by both (true positives), found by screening only, found by the reader only, found by neither. */
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	trueNegatives: number;
	/** Items whose status equals the reader's. */
	sameStatus: number;
	/** True positives citing a page within one page of a page the reader named. */
	evidenceHits: number;
	/** True positives whose first cited page is within one page of a page the reader named. */
	firstPageHits: number;
	/** TP / (TP + FP); null when screening found nothing. */
	precision: number | null;
	/** TP / (TP + FN); null when the reader found nothing. */
	recall: number | null;
	/** sameStatus / items. */
	statusAgreement: number | null;
	/** evidenceHits / truePositives. */
	evidenceHit: number | null;
	/** firstPageHits / truePositives. */
	firstPageHit: number | null;
}

const found = (status: string) => status === 'addressed' || status === 'partial';
const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

/** Whether a page screening cites (or its first, with `firstOnly`) is within one page of a page the reader named. */
export function evidenceHit(label: LabelledItem, result: ScreenedLabel['result'], firstOnly = false): boolean {
	const cited = result.evidence.slice(0, firstOnly ? 1 : undefined).map((evidence) => evidence.page);
	return cited.some((page) => label.pages.some((labelled) => Math.abs(labelled - page) <= 1));
}

/** The agreement figures over some labelled items. */
export function agreement(pairs: readonly ScreenedLabel[]): Agreement {
	const counts = { items: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0, sameStatus: 0, evidenceHits: 0, firstPageHits: 0 };
	for (const { label, result } of pairs) {
		counts.items++;
		const [reader, screening] = [found(label.status), found(result.status)];
		if (reader && screening) {
			counts.truePositives++;
			if (evidenceHit(label, result)) counts.evidenceHits++;
			if (evidenceHit(label, result, true)) counts.firstPageHits++;
		} else if (screening) counts.falsePositives++;
		else if (reader) counts.falseNegatives++;
		else counts.trueNegatives++;
		if (label.status === result.status) counts.sameStatus++;
	}
	return {
		...counts,
		precision: ratio(counts.truePositives, counts.truePositives + counts.falsePositives),
		recall: ratio(counts.truePositives, counts.truePositives + counts.falseNegatives),
		statusAgreement: ratio(counts.sameStatus, counts.items),
		evidenceHit: ratio(counts.evidenceHits, counts.truePositives),
		firstPageHit: ratio(counts.firstPageHits, counts.truePositives),
	};
}

/** The agreement per item id, in the order items first appear. */
export function agreementByItem(pairs: readonly ScreenedLabel[]): Map<string, Agreement> {
	const groups = new Map<string, ScreenedLabel[]>();
	for (const pair of pairs) groups.set(pair.itemId, [...(groups.get(pair.itemId) ?? []), pair]);
	return new Map([...groups].map(([itemId, group]) => [itemId, agreement(group)]));
}

/** The targets the development set is held to (issue 19); a test fails below any of them. */
export const ACCURACY_TARGETS = { precision: 0.85, recall: 0.8, evidenceHit: 0.9, statusAgreement: 0.75 } as const;
