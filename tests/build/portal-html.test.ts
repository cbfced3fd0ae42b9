import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-files.ts';
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
});
