/**
 * Where a reader sends a correction or an official document, on a static site: the repository's
 * new-issue form with the record in the title when a repository URL is set, else a prefilled
 * email to the maintainers' address when one is set, else the /about/ section that explains how
 * to propose the change. Both values are set once, in src/build-settings.ts.
 */

/** The two ways in, as configured (either may be absent). */
export interface CorrectionChannel {
	/** The maintainers' address for prefilled emails. */
	email?: string;
	/** The repository's web address (GitHub style: `{url}/issues/new?title=…&body=…`). */
	repositoryUrl?: string;
}

/** The record a correction is about: its kind and id, its title, and its public page. */
export interface CorrectionSubject {
	kind: 'plan' | 'country';
	id: string;
	title: string;
	url: string;
}

/** What a useful correction holds, as the body of the issue or email (and the /about/ list). */
export const CORRECTION_CHECKLIST = [
	'What is wrong or missing',
	'The correct fact (a date, a title, a status)',
	'The address where it can be verified',
	"The official document's address, if you have it",
] as const;

/** The href of a "send a correction" link, and where it leads. */
export function correctionLink(channel: CorrectionChannel, subject?: CorrectionSubject): { href: string; via: 'issue' | 'email' | 'about' } {
	const title = subject ? `Correction: ${subject.kind} ${subject.id}` : 'Correction';
	const body = [...(subject ? [`Record: ${subject.title}`, subject.url, ''] : []), ...CORRECTION_CHECKLIST.map((line) => `${line}:\n`)].join('\n');
	const query = (fields: Record<string, string>) => Object.entries(fields).map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
	if (channel.repositoryUrl) return { href: `${channel.repositoryUrl.replace(/\/$/, '')}/issues/new?${query({ title, body })}`, via: 'issue' };
	if (channel.email) return { href: `mailto:${channel.email}?${query({ subject: title, body })}`, via: 'email' };
	return { href: '/about/#corrections', via: 'about' };
}
