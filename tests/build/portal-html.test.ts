import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-files.ts';
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META, headersFile, REFERRER_POLICY } from '../../src/lib/security.ts';
import { DIST, ROOT } from '../support/paths.ts';

describe('the built portal', () => {
	it('is valid HTML on every page (Astro 7 no longer repairs invalid nesting)', async () => {
		// Reads .htmlvalidate.json, the same rules the html-validate CLI applies.
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const files = builtPages(DIST);
		expect(files.length).toBeGreaterThan(500);
		const problems: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(file);
			for (const result of report.results) {
				for (const message of result.messages) problems.push(`${relative(ROOT, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems.slice(0, 20)).toEqual([]);
	}, 120_000);

	it('carries no inline script, event handler or style attribute, which the Content-Security-Policy would block', () => {
		const inline: string[] = [];
		for (const file of builtPages(DIST)) {
			const html = readFileSync(file, 'utf8');
			const found = /<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+=|\sstyle=|<style/i.exec(html);
			if (found) inline.push(`${relative(ROOT, file)}: ${found[0]}`);
		}
		expect(inline.slice(0, 10)).toEqual([]);
	});

	it('sends the Content-Security-Policy and referrer policy on every page, and writes them as _headers for hosts', () => {
		expect(CONTENT_SECURITY_POLICY_META).toMatch(/script-src 'self'/);
		expect(CONTENT_SECURITY_POLICY_META).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}">`;
		const referrer = `<meta name="referrer" content="${REFERRER_POLICY}">`;
		const missing = builtPages(DIST).filter((file) => {
			const html = readFileSync(file, 'utf8');
			return !html.includes(csp) || !html.includes(referrer);
		});
		expect(missing.map((file) => relative(ROOT, file))).toEqual([]);
		expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile());
		expect(headersFile()).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}`);
	});

	it('opens links to other sites with rel="noopener noreferrer"', () => {
		const bare: string[] = [];
		for (const file of builtPages(DIST)) {
			for (const [tag] of readFileSync(file, 'utf8').matchAll(/<a\s[^>]*href="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
				const rel = /\srel="([^"]*)"/.exec(tag)?.[1].split(/\s+/) ?? [];
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${relative(ROOT, file)}: ${tag}`);
			}
		}
		expect(bare.slice(0, 10), `${bare.length} links`).toEqual([]);
	});

	it('separates each term and description of a facts list with a space, which the search index needs to keep their words apart', () => {
		const glued = builtPages(DIST).flatMap((file) => {
			const found = /<\/d[td]><d[td]/.exec(readFileSync(file, 'utf8'));
			return found ? [`${relative(ROOT, file)}: ${found[0]}`] : [];
		});
		expect(glued.slice(0, 10)).toEqual([]);
	});
});
