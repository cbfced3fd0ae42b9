import type { FrameworkDomain, FrameworkItem, FrameworkMeta } from '../schemas/framework.ts';

/** The framework as reports use it: its identity plus domains in display order. */
export interface Framework extends FrameworkMeta {
	domainList: FrameworkDomain[];
	domainById: ReadonlyMap<string, FrameworkDomain>;
	/** Every item, in display order. */
	items: FrameworkItem[];
	itemById: ReadonlyMap<string, FrameworkItem>;
	/** The domain each item belongs to. */
	domainOfItem: ReadonlyMap<string, FrameworkDomain>;
}

/** Join `framework.yaml` and its domain files; throws when the order names a missing domain. */
export function assembleFramework(meta: FrameworkMeta, domains: readonly FrameworkDomain[]): Framework {
	const byId = new Map(domains.map((domain) => [domain.id, domain]));
	const domainList = meta.domains.map((id) => {
		const domain = byId.get(id);
		if (!domain) throw new Error(`framework: domain "${id}" is listed in framework.yaml but has no file`);
		return domain;
	});
	const items = domainList.flatMap((domain) => domain.items);
	return {
		...meta,
		domainList,
		domainById: new Map(domainList.map((domain) => [domain.id, domain])),
		items,
		itemById: new Map(items.map((item) => [item.id, item])),
		domainOfItem: new Map(domainList.flatMap((domain) => domain.items.map((item) => [item.id, domain] as const))),
	};
}

/**
 * Whether findings made against `version` still count under the current framework: the same
 * major version (items keep their meaning; minor releases only add items or phrases).
 */
export function isCompatibleVersion(version: string, current: string): boolean {
	return version.split('.')[0] === current.split('.')[0];
}

/**
 * Whether a plan whose period starts in `planStart` can be judged on an item: not when the item's
 * commitment or initiative began in a later year (a 2007 plan cannot cite SDG target 3.4 of
 * 2015). A plan that starts in the same year can, as the month is rarely known.
 */
export function isApplicable(item: Pick<FrameworkItem, 'since'>, planStart: number): boolean {
	return item.since === undefined || planStart >= item.since.year;
}

/** Why an item is not applicable to a plan, in the words findings and reports use. */
export function notApplicableReason(item: Pick<FrameworkItem, 'since' | 'label'>, planStart: number): string {
	const since = item.since!;
	return `Not applicable: the plan's period starts in ${planStart}, before ${since.year}, when this was ${since.event}.`;
}
