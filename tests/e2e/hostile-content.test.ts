/**
 * Text that looks like markup is plain text. A copy of the fixture site whose records carry
 * script tags, event handlers, attribute breakers and script links *as text* passes validation
 * (src/lib/content-policy.ts accepts any printable text in text fields) and builds; in Chromium,
 * every built page, and the search islands that write results into the page, show that text as
 * text: no alert fires, no element has an event-handler attribute, every script is one of our
 * bundles, no link or frame points to a script or data URL.
 * Hostile records that are rejected instead are in tests/unit/hostile-content.test.ts.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, newContext } from '../support/browser.ts';
import { buildSite, FIXTURE_CONTENT } from '../support/fixture-site.ts';
import { serveDirectory, type ServedSite } from '../support/static-server.ts';

/** Each payload, by the record file and field that carries it; each calls alert() if it ever runs. */
const PAYLOADS = [
	{ file: 'plans/ken-2023-2027-synthetic-test-plan-current.md', field: 'title', text: 'Synthetic plan <script>alert("title")</script>' },
	{ file: 'plans/ken-2023-2027-synthetic-test-plan-current.md', field: 'notes', text: 'Synthetic note <img src=x onerror=alert("notes")>' },
	{ file: 'resources/synthetic-test-resource-prepare.yaml', field: 'summary', text: 'Synthetic summary <svg onload=alert("summary")><script>alert(1)</script></svg>' },
	{ file: 'partners/synthetic-test-partner-global.yaml', field: 'name', text: 'Synthetic partner "><script>alert("name")</script>' },
	{ file: 'partners/synthetic-test-partner-global.yaml', field: 'summary', text: `Synthetic summary ' onmouseover='alert("attribute")' x='` },
	{ file: 'countries/ken.yaml', field: 'incomeGroupNote', text: `Synthetic note <a href="javascript:alert('income')">a link</a>` },
	{ file: 'framework/domains/synthetic-data.yaml', field: 'summary', text: `Synthetic domain summary <iframe src="javascript:alert('domain')"></iframe>` },
];

/** What a page must not have, and the text it shows (body text and meta descriptions). */
interface Inspection {
	handlers: string[];
	inlineScripts: string[];
	scriptUrls: string[];
	text: string;
}

/** Run in the page: everything that could run script, and the text a reader (or a search engine) gets. */
const inspect = (): Inspection => {
	const elements = [...document.querySelectorAll('*')];
	return {
		handlers: elements.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}>`)),
		inlineScripts: [...document.scripts].filter((script) => !/^\/_astro\/[\w.-]+\.js$/.test(script.getAttribute('src') ?? '')).map((script) => script.outerHTML.slice(0, 120)),
		scriptUrls: elements.flatMap((element) =>
			['href', 'src', 'action', 'formaction', 'xlink:href', 'data']
				.map((name) => element.getAttribute(name))
				.filter((value): value is string => value !== null && /^\s*(?:javascript|vbscript|data):/i.test(value))
				.map((value) => `<${element.localName}> ${value}`),
		),
		text: [document.body.textContent ?? '', ...[...document.querySelectorAll('meta[content], [title]')].map((element) => element.getAttribute('content') ?? element.getAttribute('title') ?? '')].join('\n'),
	};
};

let site: ServedSite;
let browser: Browser;
let pagePaths: string[];
/** Alerts seen in any page, with the page: there must be none. */
const alerts: string[] = [];

/** A page with scripts on that records every alert. */
async function newPage(): Promise<Page> {
	const page = await (await newContext(browser)).newPage();
	page.on('dialog', (dialog) => {
		alerts.push(`${new URL(page.url()).pathname}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return page;
}

async function visit(page: Page, path: string): Promise<void> {
	const response = await page.goto(`${site.url}${path}`);
	expect(response?.status(), path).toBe(200);
}

beforeAll(async () => {
	const scratch = inject('scratch');
	const content = join(scratch, 'hostile-content');
	const out = join(scratch, 'hostile-site');
	cpSync(FIXTURE_CONTENT, content, { recursive: true });
	for (const { file, field, text } of PAYLOADS) {
		const path = join(content, file);
		const record = readFileSync(path, 'utf8');
		const line = new RegExp(`^${field}:.*$`, 'm');
		const value = `${field}: ${JSON.stringify(text)}`;
		// Replace the field, or add it as the last field (before a Markdown record's closing ---).
		writeFileSync(path, line.test(record) ? record.replace(line, () => value) : record.replace(/\n(---\n)?$/, (end) => `\n${value}${end}`));
	}
	const result = buildSite(content, out);
	if (result.status !== 0) throw new Error(`the build of hostile text failed:\n${result.stdout}\n${result.stderr}`);
	pagePaths = readdirSync(out, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('index.html'))
		.map((name) => `/${name.slice(0, -'index.html'.length)}`)
		.sort();
	site = await serveDirectory(out);
	browser = await launchChromium();
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('text that looks like markup, on the built site', () => {
	it('is shown as text on its pages, and nothing on any page can run it', async () => {
		expect(pagePaths.length).toBeGreaterThan(40);
		const shown = new Set<string>();
		const page = await newPage();
		for (const path of pagePaths) {
			await visit(page, path);
			const found = await page.evaluate(inspect);
			expect({ handlers: found.handlers, inlineScripts: found.inlineScripts, scriptUrls: found.scriptUrls }, path).toEqual({ handlers: [], inlineScripts: [], scriptUrls: [] });
			for (const { text } of PAYLOADS) if (found.text.includes(text)) shown.add(text);
		}
		await page.context().close();
		expect([...shown].sort()).toEqual(PAYLOADS.map(({ text }) => text).sort());
		expect(alerts).toEqual([]);
	}, 180_000);

	it('is shown as text in search results written by the quick search', async () => {
		const page = await newPage();
		await visit(page, '/');
		await page.fill('#quick-q', 'Synthetic plan');
		await page.waitForFunction(() => Boolean(document.querySelector('quick-search [data-results] li')));
		const found = await page.evaluate(inspect);
		expect(await page.locator('quick-search [data-results]').textContent()).toContain(PAYLOADS[0].text);
		expect(found.handlers).toEqual([]);
		expect(found.inlineScripts).toEqual([]);
		expect(alerts).toEqual([]);
		await page.context().close();
	});
});
