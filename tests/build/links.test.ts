/**
 * Internal links of the built portal: every `href` and `src` that stays on the site resolves to
 * a built file, and every `#fragment` to an element with that id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, sitePath } from '../support/built-files.ts';
import { DIST } from '../support/paths.ts';

/** The built file a site path is served from (`/plans/` → `plans/index.html`), if any. */
function fileFor(pathname: string): string | undefined {
	const path = join(DIST, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
	return idsCache.get(file)!;
}

describe('links in the built portal', () => {
	it('every internal href and src resolves to a built file, and every fragment to an id on its page', () => {
		const broken: string[] = [];
		const base = 'https://portal.invalid';
		for (const file of builtPages(DIST)) {
			const pagePath = sitePath(DIST, file);
			const html = readFileSync(file, 'utf8');
			for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
				const url = new URL(value.replaceAll('&amp;', '&'), `${base}${pagePath}`);
				if (url.origin !== base) continue;
				const target = fileFor(url.pathname);
				if (!target) {
					broken.push(`${relative(DIST, file)}: ${attribute}="${value}" (no file)`);
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${relative(DIST, file)}: ${attribute}="${value}" (no id "${fragment}")`);
			}
		}
		expect(broken.slice(0, 20)).toEqual([]);
	}, 120_000);
});
