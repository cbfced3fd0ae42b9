import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCURACY_TARGETS, agreement, type LabelledItem } from '../../src/lib/screening/evaluation.ts';
import { validateFramework } from '../../src/lib/validate-gaps.ts';
import { DEV_SET_DIR, measureAccuracy, readDevSet, type AccuracyFigures } from '../../scripts/bench/screening-accuracy.ts';
import { ROOT, SHARED, hasShared, skipNotice } from '../support/paths.ts';

/**
 * Screening against the development set: real corpus plans labelled item by item by a reader
 * (tests/fixtures/screening/dev-set/). The development plans must meet the targets of issue 19;
 * the held-out plans, which no rule was tuned on, must stay within reach of them.
 */

const framework = validateFramework(join(ROOT, 'content'), (path, field, message) => {
	throw new Error(`${path}: ${field}: ${message}`);
})!;
const items = readFileSync(join(DEV_SET_DIR, 'items.txt'), 'utf8').split('\n').filter(Boolean);

describe('the development set', () => {
	const plans = readDevSet();

	it('has at least 10 development plans and some held out, each labelled on every listed item', () => {
		expect(plans.filter((plan) => plan.set === 'development').length).toBeGreaterThanOrEqual(10);
		expect(plans.filter((plan) => plan.set === 'holdout').length).toBeGreaterThanOrEqual(3);
		expect(items.length).toBeGreaterThanOrEqual(20);
		for (const plan of plans) {
			expect(Object.keys(plan.items).sort(), plan.name).toEqual([...items].sort());
			for (const [itemId, label] of Object.entries(plan.items)) {
				expect(framework.itemById.has(itemId), `${plan.name} ${itemId}`).toBe(true);
				for (const page of label.pages) expect(page, `${plan.name} ${itemId}`).toBeLessThanOrEqual(plan.pages);
			}
		}
	});

	it('names a malformed label file, its field and what was expected', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dev-set-'));
		writeFileSync(join(dir, 'synthetic-bad.yaml'), 'file: x.pdf\nset: development\npages: 3\nreader: synthetic\nnotes: synthetic\nitems:\n  plan-period:\n    status: addressed\n    pages: []\n    note: synthetic label\n');
		expect(() => readDevSet(dir)).toThrow(/synthetic-bad\.yaml: items\.plan-period\.pages: expected pages for addressed or partial and none for not-found/);
	});
});

describe('agreement figures', () => {
	const label = (status: LabelledItem['status'], pages: number[] = []): LabelledItem => ({ status, pages, note: 'synthetic' });
	const result = (status: string, pages: number[] = []) => ({ status: status as never, evidence: pages.map((page) => ({ page, quote: 'q', matched: 'm', standing: 'commitment' as const })) });

	it('counts found (addressed or partial) against not found, exact statuses and evidence within one page', () => {
		const figures = agreement([
			{ plan: 'a', itemId: 'x', label: label('addressed', [10]), result: result('partial', [20, 11]) },
			{ plan: 'a', itemId: 'y', label: label('not-found'), result: result('partial', [3]) },
			{ plan: 'a', itemId: 'z', label: label('partial', [5]), result: result('not-found') },
			{ plan: 'a', itemId: 'w', label: label('not-found'), result: result('not-found') },
		]);
		expect(figures).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, trueNegatives: 1, sameStatus: 1, evidenceHits: 1, firstPageHits: 0 });
		expect([figures.precision, figures.recall, figures.statusAgreement, figures.evidenceHit, figures.firstPageHit]).toEqual([0.5, 0.5, 0.25, 1, 0]);
	});
});

if (!hasShared) skipNotice('screening accuracy on the labelled corpus plans');

describe.skipIf(!hasShared)('screening accuracy on the labelled corpus plans', () => {
	let figures: AccuracyFigures;
	beforeAll(async () => {
		figures = await measureAccuracy(join(SHARED, 'plans-corpus'), framework);
	}, 120_000);

	it('meets the targets on the development plans', () => {
		const { development } = figures;
		console.log(`screening accuracy, development: precision ${development.precision}, recall ${development.recall}, status ${development.statusAgreement}, evidence ${development.evidenceHit}`);
		expect(development.precision).toBeGreaterThanOrEqual(ACCURACY_TARGETS.precision);
		expect(development.recall).toBeGreaterThanOrEqual(ACCURACY_TARGETS.recall);
		expect(development.statusAgreement).toBeGreaterThanOrEqual(ACCURACY_TARGETS.statusAgreement);
		expect(development.evidenceHit).toBeGreaterThanOrEqual(ACCURACY_TARGETS.evidenceHit);
	});

	it('stays near the targets on the held-out plans', () => {
		const { holdout } = figures;
		console.log(`screening accuracy, holdout: precision ${holdout.precision}, recall ${holdout.recall}, status ${holdout.statusAgreement}, evidence ${holdout.evidenceHit}`);
		expect(holdout.precision).toBeGreaterThanOrEqual(ACCURACY_TARGETS.precision - HOLDOUT_MARGIN);
		expect(holdout.recall).toBeGreaterThanOrEqual(ACCURACY_TARGETS.recall - HOLDOUT_MARGIN);
		expect(holdout.statusAgreement).toBeGreaterThanOrEqual(ACCURACY_TARGETS.statusAgreement - HOLDOUT_MARGIN);
		expect(holdout.evidenceHit).toBeGreaterThanOrEqual(ACCURACY_TARGETS.evidenceHit - HOLDOUT_MARGIN);
	});

	it('has every corpus file the labels name', () => {
		for (const plan of readDevSet()) expect(existsSync(join(SHARED, 'plans-corpus', plan.file)), plan.file).toBe(true);
	});
});

/** How far the held-out figures may fall below a target: four plans are a small sample. */
const HOLDOUT_MARGIN = 0.05;
