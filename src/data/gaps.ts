import { getCollection } from 'astro:content';
import { strings } from '../i18n/index.ts';
import { assembleFramework } from '../lib/framework.ts';
import { buildGapReports } from '../lib/gap-reports.ts';
import { catalog } from './catalog.ts';

const t = strings();
const [frameworkEntry] = await getCollection('framework');
if (!frameworkEntry) throw new Error('content/framework/framework.yaml is missing: gap reports need the framework');

/** The framework with its domains in order, assembled once per build. */
export const framework = assembleFramework(
	frameworkEntry.data,
	(await getCollection('frameworkDomains')).map((entry) => entry.data),
);

/** Every gap report, computed once per build; pages and downloads read from it. */
export const gapReports = buildGapReports(
	catalog,
	framework,
	new Map((await getCollection('assessments')).map((entry) => [entry.id, entry.data])),
	{ world: t.gaps.world, region: t.region, income: t.income },
);

/** Published review figures, newest first, shown beside our own on /gaps/. */
export const publishedFindings = (await getCollection('publishedFindings'))
	.map((entry) => ({ id: entry.id, ...entry.data }))
	.sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
