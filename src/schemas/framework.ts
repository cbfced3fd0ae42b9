import { z } from 'astro/zod';
import { MAX_ID_LENGTH } from '../lib/content-policy.ts';
import { httpsUrl, isoDate } from './common.ts';

/** Languages every item's lexicon must cover; screening refuses a document in any other. */
export const LEXICON_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/** A framework id: lowercase words joined by hyphens, starting with a letter. Framework links are cited on every report, so they are `httpsUrl`. */
const kebabId = z
	.string()
	.max(MAX_ID_LENGTH)
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'expected a lowercase id such as "hpv-vaccination"' });

/**
 * A phrase screening looks for. Matching ignores case and diacritics and accepts common
 * inflections of each word (plural, "-ed", "-ing"; French/Spanish/Portuguese plurals).
 * A word ending in `*` matches any word starting with it (`radiotherap*`). A phrase starting
 * with `=` is matched with its case as written, for acronyms that are also words (`=VIA`).
 */
const lexiconPhrase = z
	.string()
	.trim()
	.min(2)
	.max(120)
	.refine((phrase) => /[\p{L}\p{N}]/u.test(phrase), { error: 'expected a phrase with at least one letter or digit' })
	.refine((phrase) => !/(^|\s)\*/.test(phrase), { error: 'expected `*` only at the end of a word, as in "radiotherap*"' });

/** The phrases of one language: one to twenty, no phrase twice (compared as screening compares them). */
const phraseList = z
	.array(lexiconPhrase)
	.min(1)
	.max(20)
	.superRefine((phrases, context) => {
		const seen = new Set<string>();
		phrases.forEach((phrase, index) => {
			const key = phrase.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
			if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `expected each phrase once, found ${JSON.stringify(phrase)} again` });
			seen.add(key);
		});
	});

/** A global commitment an item serves, e.g. SDG target 3.4 or the cervical cancer elimination strategy. */
const globalTarget = z
	.object({
		/** Short name of the target or initiative. */
		name: z.string().min(2).max(200),
		/** Where the target is published, where we verified one; otherwise omitted. */
		url: httpsUrl.optional(),
	})
	.strict();

/** When an item's commitment or initiative began, with the page that says so. */
const itemSince = z
	.object({
		/** The year it was adopted or launched. */
		year: z.number().int().min(1945).max(2100),
		/** What happened that year, in a few words ("adopted by the World Health Assembly"). */
		event: z.string().min(3).max(200),
		/** Where that date is published. */
		url: httpsUrl,
	})
	.strict();

/** One priority-area item: something a good plan addresses. */
export const frameworkItemSchema = z
	.object({
		/** Stable id, unique across the framework; assessments and URLs refer to it. */
		id: kebabId,
		/** What the plan should contain, in a few words ("Population-based cancer registry"). */
		label: z.string().min(3).max(160),
		/** Why it matters for cancer control, in one or two sentences of our own. */
		why: z.string().min(20).max(600),
		/** The global target or initiative this item serves, if any. */
		target: globalTarget.optional(),
		/**
		 * When the commitment or initiative the item asks about began, where it has a date. A plan
		 * whose period starts before that year could not refer to it: its finding is
		 * `not-applicable`, shown as such and left out of every percentage.
		 */
		since: itemSince.optional(),
		/**
		 * What addresses the item. `commitment` (the default): a match in an objective, strategy,
		 * action, target, indicator, budget line or named responsible body; a mention elsewhere is
		 * partial. `content`: the item is something a plan contains rather than promises (its period,
		 * a description of its cancer burden, who wrote it), so its own text naming it on two pages
		 * addresses it as well.
		 */
		addressedBy: z.enum(['commitment', 'content']).default('commitment'),
		/**
		 * A structural reading that finds the item beyond its phrases. `stated-period`: a span of
		 * years ("2012–2017") on one of the first three pages, where plans print their period.
		 */
		detector: z.enum(['stated-period']).optional(),
		/** Phrases that signal the item in a plan's text, per language; every language is required. */
		lexicon: z
			.object(Object.fromEntries(LEXICON_LANGUAGES.map((language) => [language, phraseList])) as Record<LexiconLanguage, typeof phraseList>)
			.strict(),
	})
	.strict();

/** A domain of the framework: one file in `content/framework/domains/`, named by its id. */
export const frameworkDomainSchema = z
	.object({
		/** Stable id, also the file name and the URL segment of `/gaps/priority-areas/{id}/`. */
		id: kebabId,
		/** Display name ("Prevention"). */
		label: z.string().min(3).max(120),
		/** What the domain covers, in one or two sentences of our own. */
		summary: z.string().min(20).max(600),
		/** The items, in display order. */
		items: z.array(frameworkItemSchema).min(1),
	})
	.strict();

/** One release of the framework, newest first in the changelog. */
const frameworkRelease = z
	.object({
		/** Semantic version: a major bump changes what items mean, so older assessments need review. */
		version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a semantic version such as "1.0.0"' }),
		/** Release date. */
		date: isoDate,
		/** What changed, one line each. */
		changes: z.array(z.string().min(3).max(400)).min(1),
	})
	.strict();

/** A published source the framework draws on. */
const frameworkSource = z
	.object({
		/** Title as published. */
		title: z.string().min(3).max(300),
		/** Where it is published. */
		url: httpsUrl,
	})
	.strict();

/** `content/framework/framework.yaml`: the framework's identity, version history and domain order. */
export const frameworkSchema = z
	.object({
		/** Name shown on reports. */
		title: z.string().min(3).max(200),
		/** Current version; must equal the newest changelog entry. */
		version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a semantic version such as "1.0.0"' }),
		/** Domain ids in display order; each must have a file in `domains/`. */
		domains: z.array(kebabId).min(1),
		/** Every release, newest first. */
		changelog: z.array(frameworkRelease).min(1),
		/** Published reviews and initiatives that informed the items (we do not copy their wording). */
		sources: z.array(frameworkSource).default([]),
	})
	.strict()
	.refine((framework) => framework.changelog[0]?.version === framework.version, {
		error: 'expected the newest changelog entry to be the current version',
		path: ['changelog', 0, 'version'],
	});

export type FrameworkItem = z.infer<typeof frameworkItemSchema>;
export type FrameworkDomain = z.infer<typeof frameworkDomainSchema>;
export type FrameworkMeta = z.infer<typeof frameworkSchema>;
