/**
 * External URLs in content/: every URL field of every record (however deeply nested) is an
 * absolute, well-formed https address, or http where the record opts in with `allowHttp`. A
 * second net behind the schemas, read straight from the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownRecord, parseYaml } from '../../src/lib/content-files.ts';
import { ROOT } from '../support/paths.ts';

const CONTENT = join(ROOT, 'content');
/** Keys whose values are URLs: `url`, `documentUrl`, `evidenceUrl`, `sourceUrl`, `contactUrl`, a map point's `source`. */
const URL_KEY = /^(url|source)$|Url$/;

function recordFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return recordFiles(path);
		return /\.(md|ya?ml)$/.test(entry.name) ? [path] : [];
	});
}

/** Every [key path, value] under a URL key, at any depth. */
function urlFields(value: unknown, path = ''): [string, unknown][] {
	if (Array.isArray(value)) return value.flatMap((item, index) => urlFields(item, `${path}[${index}]`));
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const here = path ? `${path}.${key}` : key;
		if (URL_KEY.test(key) && typeof child !== 'object') return [[here, child] as [string, unknown]];
		return urlFields(child, here);
	});
}

describe('URLs in content/', () => {
	it('are absolute, well-formed https (http only where the record allows it)', () => {
		const files = recordFiles(CONTENT);
		expect(files.length).toBeGreaterThan(500);
		let checked = 0;
		const problems = files.flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			const data = (file.endsWith('.md') ? parseMarkdownRecord(text).data : parseYaml(text)) as { allowHttp?: boolean };
			return urlFields(data).flatMap(([field, value]) => {
				checked += 1;
				const where = `${relative(ROOT, file)}: ${field}`;
				if (typeof value !== 'string') return [`${where}: expected a URL, found ${JSON.stringify(value)}`];
				let url: URL;
				try {
					url = new URL(value);
				} catch {
					return [`${where}: not a URL: ${value}`];
				}
				if (url.username || url.password || !url.hostname.includes('.')) return [`${where}: expected a public address without credentials, found ${value}`];
				if (url.protocol === 'https:' || (url.protocol === 'http:' && data.allowHttp === true)) return [];
				return [`${where}: expected https${url.protocol === 'http:' ? ' (or allowHttp: true)' : ''}, found ${url.protocol}`];
			});
		});
		expect(checked).toBeGreaterThan(600);
		expect(problems.slice(0, 20)).toEqual([]);
	});
});
