import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths.ts';

/** Every HTML file under a folder. */
function htmlFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

describe('the built portal', () => {
	it('is valid HTML on every page (Astro 7 no longer repairs invalid nesting)', async () => {
		// Reads .htmlvalidate.json, the same rules the html-validate CLI applies.
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const files = htmlFiles(DIST);
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

	it('keeps the home page light with its map: ≤ 7 kB gzipped HTML besides the map, the map SVG ≤ 60 kB gzipped', () => {
		const html = readFileSync(join(DIST, 'index.html'), 'utf8');
		const svg = /<svg[^>]*class="map-svg"[^>]*>.*?<\/svg>/s.exec(html)?.[0];
		expect(svg).toBeDefined();
		expect(gzipSync(html.replace(svg!, '')).length).toBeLessThanOrEqual(7 * 1024);
		expect(gzipSync(svg!).length).toBeLessThanOrEqual(60 * 1024);
	});

	it('carries no inline script, event handler or style attribute, which the Content-Security-Policy would block', () => {
		const inline: string[] = [];
		for (const file of htmlFiles(DIST)) {
			const html = readFileSync(file, 'utf8');
			const found = /<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+=|\sstyle=|<style/i.exec(html);
			if (found) inline.push(`${relative(ROOT, file)}: ${found[0]}`);
		}
		expect(inline.slice(0, 10)).toEqual([]);
	});
});
