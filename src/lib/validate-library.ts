/**
 * Validation of the planners' library: resources (`content/resources/`) and partners
 * (`content/partners/`), with the same `file: field: message` problems as the other records,
 * plus what the schemas cannot see alone: the file name is a well-formed id, and every topic of
 * a resource is a domain of the framework (the controlled topic list). Both folders are
 * optional: a content directory without them has no resources or partners yet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { slugId } from '../schemas/common.ts';
import { partnerSchema } from '../schemas/partner.ts';
import { resourceSchema } from '../schemas/resource.ts';
import type { Framework } from './framework.ts';
import type { PartnerRecord, ResourceRecord } from './library.ts';
import { MAX_ID_LENGTH } from './content-policy.ts';
import { checkRecord, listRecordFiles, readYamlRecord, type Report } from './record-files.ts';

/** The records of one folder that passed, and how many record files it held. */
export interface Checked<T> {
	records: T[];
	files: number;
}

/** The record files of an optional folder, with their ids checked; none when the folder is absent. */
function recordFiles(root: string, folder: string, kind: string, report: Report) {
	const dir = join(root, folder);
	if (!existsSync(dir)) return [];
	const files = listRecordFiles(dir, '.yaml', kind, report);
	for (const { path, stem } of files) {
		// An id too long was reported with the file list.
		if (stem.length <= MAX_ID_LENGTH && !slugId.safeParse(stem).success) {
			report(path, '(file)', `expected a ${kind} id of lowercase letters, digits and hyphens (such as "guide-cancer-early-diagnosis") as the file name, found "${stem}"`);
		}
	}
	return files;
}

/**
 * Read and check `resources/*.yaml`. Topics are checked against the framework's domains when
 * the framework is usable (its own problems are reported elsewhere).
 */
export function validateResources(root: string, report: Report, framework: Framework | undefined): Checked<ResourceRecord> {
	const resources: ResourceRecord[] = [];
	const domainIds = framework?.domains ?? [];
	const files = recordFiles(root, 'resources', 'resource', report);
	for (const { path, stem } of files) {
		const data = readYamlRecord(path, report);
		if (data === undefined) continue;
		const resource = checkRecord(resourceSchema, data, path, report);
		// Read from the raw record so an unknown topic is reported beside any other problem.
		const topics = typeof data === 'object' && data !== null && Array.isArray((data as { topics?: unknown }).topics) ? (data as { topics: unknown[] }).topics : [];
		let topicsKnown = true;
		if (framework) {
			topics.forEach((topic, index) => {
				if (typeof topic === 'string' && slugId.safeParse(topic).success && !domainIds.includes(topic)) {
					topicsKnown = false;
					report(path, `topics.${index}`, `expected a framework domain id (${domainIds.map((id) => JSON.stringify(id)).join('|')}), found ${JSON.stringify(topic)}`);
				}
			});
		}
		if (resource && topicsKnown) resources.push({ ...resource, id: stem });
	}
	return { records: resources, files: files.length };
}

/** Read and check `partners/*.yaml`; each twinning pair's country must be a known country. */
export function validatePartners(root: string, report: Report, knownCountries: ReadonlySet<string>): Checked<PartnerRecord> {
	const partners: PartnerRecord[] = [];
	const files = recordFiles(root, 'partners', 'partner', report);
	for (const { path, stem } of files) {
		const data = readYamlRecord(path, report);
		if (data === undefined) continue;
		const partner = checkRecord(partnerSchema, data, path, report);
		if (!partner) continue;
		const unknown = partner.twinning.flatMap((pair, index) => (knownCountries.has(pair.country) ? [] : [index]));
		for (const index of unknown) {
			report(path, `twinning.${index}.country`, `expected the ISO3 code of a country in content/countries/, found ${JSON.stringify(partner.twinning[index].country)}`);
		}
		if (!unknown.length) partners.push({ ...partner, id: stem });
	}
	return { records: partners, files: files.length };
}
