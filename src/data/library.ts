import { getCollection } from 'astro:content';
import { buildLibrary } from '../lib/library.ts';

/** Resources and partners, sorted once per build; the library pages, stage pages, country pages, search and /data/ read them. */
export const library = buildLibrary(
	(await getCollection('resources')).map((entry) => ({ ...entry.data, id: entry.id })),
	(await getCollection('partners')).map((entry) => ({ ...entry.data, id: entry.id })),
);
