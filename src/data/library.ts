import { getCollection } from 'astro:content';
import { buildLibrary, indexGaps } from '../lib/library.ts';
import { catalog } from './catalog.ts';
import { gapReports } from './gaps.ts';

/** Resources and partners, sorted once per build; the library pages, stage pages, country pages, search and /data/ read them. */
export const library = buildLibrary(
	(await getCollection('resources')).map((entry) => ({ ...entry.data, id: entry.id })),
	(await getCollection('partners')).map((entry) => ({ ...entry.data, id: entry.id })),
);

/** The assessed plans by the priority areas they leave out, indexed once for the resource pages' "plans this could help". */
export const gapIndex = indexGaps(catalog.plans, gapReports.planGaps);
