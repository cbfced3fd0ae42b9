/**
 * Validation of the gap-analysis records: the framework (`content/framework/`) and the
 * assessments (`content/assessments/`), with the same `file: field: message` problems as the
 * plan and country checks, plus what the schemas cannot see alone: item ids unique across
 * domains, the domain order matching the files, assessments that name a known plan, known
 * items and the current framework version, evidence pages inside the document, and `not-applicable`
 * exactly where an item's commitment began after the plan's period started.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { assessmentSchema, type Assessment } from '../schemas/assessment.ts';
import { frameworkDomainSchema, frameworkSchema, type FrameworkDomain } from '../schemas/framework.ts';
import { publishedFindingSchema, type PublishedFinding } from '../schemas/published-finding.ts';
import { assembleFramework, isApplicable, isCompatibleVersion, type Framework } from './framework.ts';
import { startYearOfPlanId } from './plan-id.ts';
import type { AssessmentSummary } from './gaps.ts';
import { checkRecord, isObject, listRecordFiles, readYamlRecord, type Report } from './record-files.ts';

/** Read and check `framework/framework.yaml` and `framework/domains/*.yaml`; undefined when unusable. */
export function validateFramework(root: string, report: Report): Framework | undefined {
	const metaPath = join(root, 'framework', 'framework.yaml');
	if (!existsSync(metaPath)) {
		report(metaPath, '(file)', 'expected the framework definition (framework.yaml with version, domains and changelog)');
		return undefined;
	}
	const meta = readYamlRecord(metaPath, report);
	const parsedMeta = meta === undefined ? undefined : checkRecord(frameworkSchema, meta, metaPath, report);

	const domains: FrameworkDomain[] = [];
	const domainFiles = new Set<string>();
	const itemFiles = new Map<string, string>();
	for (const { path, stem } of listRecordFiles(join(root, 'framework', 'domains'), '.yaml', 'framework domain', report)) {
		domainFiles.add(stem);
		const data = readYamlRecord(path, report);
		if (data === undefined) continue;
		const domain = checkRecord(frameworkDomainSchema, data, path, report);
		// Ids are checked on the raw record so a clash is reported even beside a schema problem.
		const raw = isObject(data) ? data : {};
		if (typeof raw.id === 'string' && raw.id !== stem) report(path, 'id', `expected "${stem}" to match the file name ${basename(path)}, found "${raw.id}"`);
		(Array.isArray(raw.items) ? raw.items : []).forEach((item: unknown, index) => {
			const id = isObject(item) ? item.id : undefined;
			if (typeof id !== 'string') return;
			const other = itemFiles.get(id);
			if (other) report(path, `items.${index}.id`, `expected an id unique across the framework, found "${id}" also in ${other}`);
			else itemFiles.set(id, basename(path));
		});
		if (!domain) continue;
		domains.push(domain);
	}
	if (!parsedMeta) return undefined;

	parsedMeta.domains.forEach((id, index) => {
		if (!domainFiles.has(id)) report(metaPath, `domains.${index}`, `expected a domain with a file domains/${id}.yaml, found none`);
	});
	for (const stem of domainFiles) {
		if (!parsedMeta.domains.includes(stem)) report(metaPath, 'domains', `expected every domain file to be listed, found domains/${stem}.yaml missing from the list`);
	}
	const valid = new Set(domains.map((domain) => domain.id));
	// A domain file with problems was reported above; without it there is no framework to report against.
	if (parsedMeta.domains.some((id) => !valid.has(id))) return undefined;
	return assembleFramework(parsedMeta, domains);
}

/**
 * What the validator keeps of each valid assessment: by default the whole record. The build keeps
 * only its summary and writes the whole record to a file as soon as it is read
 * (src/lib/assessment-hand-off.ts), so 10k assessments are never all in memory at once.
 */
export type KeepAssessment<A extends AssessmentSummary> = (planId: string, assessment: Assessment) => A;
/** Keep the whole record: what every caller but the build wants. */
export const keepWhole: KeepAssessment<Assessment> = (_, assessment) => assessment;

/**
 * One of `of` consecutive slices of the assessment files in name order, so threads can check
 * them side by side (scripts/build/validate-for-build.ts) and their results, joined in slice
 * order, are in file order as from one thread. The files' listing problems belong to slice 0.
 */
export interface Shard {
	/** 0 to `of` − 1. */
	index: number;
	/** How many slices. */
	of: number;
}
const WHOLE: Shard = { index: 0, of: 1 };

/**
 * Read and check `assessments/*.yaml` (or one slice of them) against the framework and the
 * known plan ids. A missing folder means no plan is assessed yet.
 */
export function validateAssessments(root: string, report: Report, framework: Framework | undefined, planIds: ReadonlySet<string>): Map<string, Assessment>;
export function validateAssessments<A extends AssessmentSummary>(
	root: string,
	report: Report,
	framework: Framework | undefined,
	planIds: ReadonlySet<string>,
	keep: KeepAssessment<A>,
	shard?: Shard,
): Map<string, A>;
export function validateAssessments(
	root: string,
	report: Report,
	framework: Framework | undefined,
	planIds: ReadonlySet<string>,
	keep: KeepAssessment<AssessmentSummary> = keepWhole,
	shard: Shard = WHOLE,
): Map<string, AssessmentSummary> {
	const assessments = new Map<string, AssessmentSummary>();
	const dir = join(root, 'assessments');
	if (!existsSync(dir)) return assessments;
	const files = listRecordFiles(dir, '.yaml', 'assessment', shard.index === 0 ? report : () => {});
	const slice = (index: number) => Math.floor((files.length * index) / shard.of);
	for (const { path, stem } of files.slice(slice(shard.index), slice(shard.index + 1))) {
		if (!planIds.has(stem)) report(path, '(file)', `expected the file name to be the id of a plan in plans/, found "${stem}"`);
		const data = readYamlRecord(path, report);
		if (data === undefined) continue;
		const assessment = checkRecord(assessmentSchema, data, path, report);
		// Cross-checks read the raw record, so they are reported even when a field above is broken.
		const raw = isObject(data) ? data : {};
		const version = raw.frameworkVersion;
		if (framework && typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version) && !isCompatibleVersion(version, framework.version)) {
			report(path, 'frameworkVersion', `expected version ${framework.version.split('.')[0]}.x of the framework (current ${framework.version}), found ${version}; review the findings against the current items`);
		}
		const pages = isObject(raw.document) && typeof raw.document.pages === 'number' ? raw.document.pages : undefined;
		const planStart = startYearOfPlanId(stem);
		for (const [itemId, finding] of Object.entries(isObject(raw.findings) ? raw.findings : {})) {
			if (framework && !framework.itemById.has(itemId)) report(path, `findings.${itemId}`, `expected a framework item id, found "${itemId}"`);
			const item = framework?.itemById.get(itemId);
			const status = isObject(finding) ? finding.status : undefined;
			if (item && planStart !== undefined && typeof status === 'string') {
				const applicable = isApplicable(item, planStart);
				if (status === 'not-applicable' && applicable) {
					const why = item.since ? `it began in ${item.since.year} and the plan's period starts in ${planStart}` : 'the item has no start date (framework `since`)';
					report(path, `findings.${itemId}.status`, `expected addressed, partial or not-found: the item applies to this plan (${why}), found "not-applicable"`);
				} else if (status !== 'not-applicable' && !applicable) {
					report(path, `findings.${itemId}.status`, `expected "not-applicable": the plan's period starts in ${planStart}, before ${item.since!.year}, when this was ${item.since!.event}; found "${status}"`);
				}
			}
			const evidence = isObject(finding) && Array.isArray(finding.evidence) ? finding.evidence : [];
			evidence.forEach((entry: unknown, index) => {
				const page = isObject(entry) ? entry.page : undefined;
				if (pages !== undefined && typeof page === 'number' && page > pages) {
					report(path, `findings.${itemId}.evidence.${index}.page`, `expected a page from 1 to ${pages} (document.pages), found ${page}`);
				}
			});
		}
		if (!assessment) continue;
		assessments.set(stem, keep(stem, assessment));
	}
	return assessments;
}

/** Read and check `published-findings/*.yaml`; a missing folder means none. */
export function validatePublishedFindings(root: string, report: Report, framework: Framework | undefined): (PublishedFinding & { id: string })[] {
	const dir = join(root, 'published-findings');
	if (!existsSync(dir)) return [];
	const findings: (PublishedFinding & { id: string })[] = [];
	for (const { path, stem } of listRecordFiles(dir, '.yaml', 'published finding', report)) {
		const data = readYamlRecord(path, report);
		if (data === undefined) continue;
		const finding = checkRecord(publishedFindingSchema, data, path, report);
		if (!finding) continue;
		finding.items.forEach((itemId, index) => {
			if (framework && !framework.itemById.has(itemId)) report(path, `items.${index}`, `expected a framework item id, found "${itemId}"`);
		});
		findings.push({ ...finding, id: stem });
	}
	return findings;
}
