import { getCollection } from 'astro:content';
import { buildDate } from '../build-settings.ts';
import { buildCatalog } from '../lib/catalog.ts';

const countries = (await getCollection('countries')).map((entry) => entry.data);
const plans = (await getCollection('plans')).map((entry) => ({ ...entry.data, id: entry.id }));

/** The whole catalogue, computed once per build and shared by every page. */
export const catalog = buildCatalog(countries, plans, buildDate());

