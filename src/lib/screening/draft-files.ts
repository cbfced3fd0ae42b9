import { serializeYamlRecord } from '../content-files.ts';
import { csvDownload, tableRows } from '../downloads.ts';
import type { Framework } from '../framework.ts';
import { planColumns, type PlanItemRow } from '../gap-reports.ts';
import type { Assessment } from '../../schemas/assessment.ts';

/** The downloads of a draft screened in the browser. */
export interface DraftFiles {
	/** `content/assessments/{plan-id}.yaml` as `npm run validate` accepts it. */
	yaml: string;
	/** The findings in the columns of a published plan report's CSV. */
	csv: string;
	/** The same rows as JSON, with what was read and how. */
	json: string;
}

/** A draft's findings as rows, in framework order, as a plan report lists them. */
export function draftRows(framework: Framework, draft: Assessment): PlanItemRow[] {
	return framework.domainList.flatMap((domain) => domain.items.map((item) => ({ domain, itemId: item.id, finding: draft.findings[item.id] })));
}

/** The assessment YAML, CSV and JSON of a draft, named for `planId` (or a plan not yet catalogued). */
export function draftFiles(framework: Framework, draft: Assessment, plan: { id?: string; title?: string }): DraftFiles {
	const columns = planColumns(framework);
	const rows = draftRows(framework, draft);
	const json = {
		plan: plan.id ?? null,
		title: plan.title ?? null,
		frameworkVersion: draft.frameworkVersion,
		method: draft.method,
		assessedBy: draft.assessedBy,
		date: draft.date,
		language: draft.language,
		document: draft.document,
		note: 'Automated draft, not checked by a person: read the pages cited before relying on a finding.',
		fields: Object.fromEntries(columns.map((column) => [column.name, column.description])),
		items: tableRows(columns, rows),
	};
	return { yaml: serializeYamlRecord(draft), csv: csvDownload(columns, rows), json: JSON.stringify(json, null, 1) };
}
