import { z } from 'astro/zod';
import { MAX_ID_LENGTH, webUrlProblem } from '../lib/content-policy.ts';
import { isMirrorUrl } from '../lib/mirrors.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for an ISO 639-1 code (two lowercase letters) that ICU knows, e.g. `en`, `no`, `kk`. */
export function isKnownLanguage(code: string): boolean {
	return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
}

/** An ISO 639-1 language code, checked against ICU's list so `xx` is rejected. */
export const languageCode = z
	.string()
	.refine(isKnownLanguage, { error: (issue) => `expected an ISO 639-1 language code such as "en", found ${JSON.stringify(issue.input)}` });

/** An ISO 3166-1 alpha-3 code in upper case (or WHO's own X-codes such as XKX for Kosovo). */
export const iso3Code = z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 code in capitals such as "KEN"' });

/**
 * An absolute web address (the rule is `webUrlProblem` in src/lib/content-policy.ts). https is
 * required; plain http is accepted only where the record sets `allowHttp: true` because its
 * source has no https version (checked in the record schemas). `javascript:`, `data:` and every
 * other scheme, protocol-relative `//host` and user names in URLs are always rejected.
 */
export const webUrl = z
	.string()
	.trim()
	.superRefine((value, context) => {
		const problem = webUrlProblem(value);
		if (problem) context.addIssue({ code: 'custom', message: problem });
	});

/** A web address that must be https whatever the record says: links cited on every report or map. */
export const httpsUrl = webUrl.refine((url) => /^https:/i.test(url), { error: (issue) => `expected an https:// URL, found ${JSON.stringify(issue.input)}` });

/** A calendar date written as YYYY-MM-DD (YAML may already have turned it into a Date). */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' }),
);

/** A year a plan could plausibly carry. */
export const year = z
	.number({ error: 'expected a four-digit year' })
	.int({ error: 'expected a whole year' })
	.min(1900, { error: 'expected a year from 1900 on' })
	.max(2100, { error: 'expected a year up to 2100' });

/**
 * The fields every sourced record carries (plans, resources, partners): where its facts were
 * verified and when. Spread into a record's shape; pair with `requireHttps`.
 */
export const provenance = {
	/** Where the facts in this record were verified; required. May be a mirror or a news report. */
	evidenceUrl: webUrl,
	/** When the record entered the catalogue. */
	added: isoDate,
	/** When a curator last checked the facts against the evidence, if recorded. */
	lastVerified: isoDate.optional(),
	/** Set when a URL of the record has no https version. */
	allowHttp: z.boolean().optional(),
};

/** Reject `http:` URLs in the given fields unless the record opts in with `allowHttp`. */
export function requireHttps<T extends { allowHttp?: boolean }>(fields: (keyof T & string)[]) {
	return (record: T, context: z.core.$RefinementCtx<T>) => {
		if (record.allowHttp) return;
		for (const field of fields) {
			const value = record[field];
			if (typeof value === 'string' && /^http:/i.test(value)) {
				context.addIssue({
					code: 'custom',
					path: [field],
					message: `expected an https:// URL, found ${JSON.stringify(value)} (if the source has no https version, keep it and set allowHttp: true)`,
				});
			}
		}
	};
}

/**
 * Reject a value listed twice in an array field, naming the index of the repeat and of the first
 * (`stages.2: expected each value once, found "develop" again (also stages.0)`).
 */
export function eachOnce<T>(values: readonly T[], context: z.core.$RefinementCtx<readonly T[]>): void {
	values.forEach((value, index) => {
		const first = values.indexOf(value);
		if (first !== index) context.addIssue({ code: 'custom', path: [index], message: `expected each value once, found ${JSON.stringify(value)} again (also index ${first})` });
	});
}

/**
 * The publisher's own address for a document or organisation (`what` names it in the error).
 * Document mirrors (scribd, docslib…) are rejected: a copy found there is evidence, never the
 * official link.
 */
export function officialUrl(what: 'document' | 'address' | 'contact page') {
	return webUrl.refine((url) => !isMirrorUrl(url), {
		error: (issue) => `expected the official ${what}, found the mirror copy ${JSON.stringify(issue.input)}; mirrors belong in evidenceUrl`,
	});
}

/** A lowercase id of words joined by hyphens, as used in file names and URLs (`who-fctc`). */
export const slugId = z
	.string()
	.max(MAX_ID_LENGTH)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lowercase id of letters, digits and hyphens such as "palliative-care"' });
