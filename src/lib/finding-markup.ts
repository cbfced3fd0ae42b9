import type { Finding } from '../schemas/assessment.ts';
import type { ItemStatus } from './gaps.ts';
import { escapeHtml, fill } from './html.ts';
import type { Standing } from './screening/structure.ts';

/**
 * One plan's finding on one item as two table cells: the status (with screening's confidence),
 * then the best quote with its pages, where it stands, the published source and the reviewer's
 * note. Published plan reports (FindingCell.astro) and the browser's screening report
 * (src/scripts/screen-page.ts) both write it, so a draft reads like the reports it can become.
 */

/** The words of the cells, as templates that travel to the browser as JSON. */
export interface FindingLabels {
	status: Record<ItemStatus, string>;
	standing: Record<Standing, string>;
	/** `{percent}` */
	confidence: string;
	/** `{page}` */
	page: string;
	/** `{phrase}` */
	matched: string;
	/** Beside a quote read by OCR. */
	ocr: string;
}

/** The two cells. Each cited page opens `documentUrl` at that page where one is given. */
export function findingCellsHtml(status: ItemStatus, finding: Finding | undefined, labels: FindingLabels, documentUrl?: string): string {
	const confidence =
		finding?.confidence !== undefined && (status === 'addressed' || status === 'partial')
			? `<span class="muted"> (${fill(labels.confidence, { percent: Math.round(finding.confidence * 100) })})</span>`
			: '';
	const evidence = finding?.evidence ?? [];
	const best = evidence[0];
	const pages = evidence
		.map(({ page }, index) => {
			const text = fill(labels.page, { page });
			const cited = documentUrl ? `<a href="${escapeHtml(`${documentUrl}#page=${page}`)}" rel="noopener noreferrer external">${text}</a>` : text;
			const matched = index === 0 && best.matched ? `<span class="muted"> · ${fill(labels.matched, { phrase: best.matched })}</span>` : '';
			const standing = index === 0 && best.standing ? `<span class="muted"> · ${escapeHtml(labels.standing[best.standing])}</span>` : '';
			return cited + matched + standing;
		})
		.join(', ');
	const ocr = best?.ocr ? `<span class="ocr-mark"> · ${escapeHtml(labels.ocr)}</span>` : '';
	const quote = best ? `<blockquote><p>${escapeHtml(best.quote)}</p><footer>${pages}${ocr}</footer></blockquote>` : '';
	const source = finding?.source
		? `<p><a href="${escapeHtml(finding.source.url)}" rel="noopener noreferrer external">${escapeHtml(finding.source.title)}</a>${finding.source.locator ? escapeHtml(`, ${finding.source.locator}`) : ''}</p>`
		: '';
	const note = finding?.note ? `<p class="muted">${escapeHtml(finding.note)}</p>` : '';
	return `<td><span class="finding finding-${status}">${escapeHtml(labels.status[status])}</span>${confidence}</td><td>${quote}${source}${note}</td>`;
}
