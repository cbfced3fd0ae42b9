import { describe, expect, it } from 'vitest';
import { correctionChannel } from '../../src/build-settings.ts';
import { correctionLink } from '../../src/lib/corrections.ts';

const subject = { kind: 'plan' as const, id: 'ken-2023-2027-synthetic-plan', title: 'Kenya: Synthetic plan', url: 'https://portal.example/plans/ken-2023-2027-synthetic-plan/' };

describe('where a correction goes', () => {
	it('opens the repository’s new-issue form with the record id in the title, when a repository is set', () => {
		const link = correctionLink({ repositoryUrl: 'https://github.com/synthetic-org/synthetic-portal/', email: 'synthetic@example.org' }, subject);
		expect(link.via).toBe('issue');
		const url = new URL(link.href);
		expect(url.origin + url.pathname).toBe('https://github.com/synthetic-org/synthetic-portal/issues/new');
		expect(url.searchParams.get('title')).toBe('Correction: plan ken-2023-2027-synthetic-plan');
		expect(url.searchParams.get('body')).toContain('https://portal.example/plans/ken-2023-2027-synthetic-plan/');
		expect(url.searchParams.get('body')).toContain("The official document's address, if you have it:");
	});

	it('prefills an email to the maintainers when only an address is set', () => {
		const link = correctionLink({ email: 'synthetic@example.org' }, subject);
		expect(link.via).toBe('email');
		expect(link.href.startsWith('mailto:synthetic@example.org?subject=Correction%3A%20plan%20ken-2023-2027-synthetic-plan&body=')).toBe(true);
	});

	it('leads to the explanation on /about/ when neither is set', () => {
		expect(correctionLink({}, subject)).toEqual({ href: '/about/#corrections', via: 'about' });
	});

	it('refuses configured values that would make broken links', () => {
		expect(() => correctionChannel('github.com/synthetic', undefined)).toThrow(/REPOSITORY_URL: expected the repository's https:\/\/ address/);
		expect(() => correctionChannel(undefined, 'not an address')).toThrow(/MAINTAINERS_EMAIL: expected an email address/);
		expect(correctionChannel('https://github.com/synthetic-org/synthetic-portal', undefined)).toEqual({ repositoryUrl: 'https://github.com/synthetic-org/synthetic-portal' });
	});
});
