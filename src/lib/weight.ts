/**
 * What a page weighs on the wire, as the budgets count it (gzip at its default level, which most
 * hosts apply; brotli would only do better).
 * Inline SVG graphics (maps, charts) are counted apart from the text around them: the text
 * budget keeps what a reader needs first small, the graphics budget keeps the maps in check.
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	/** Gzipped bytes of the HTML with its inline `<svg>` graphics taken out. */
	html: number;
	/** Gzipped bytes of the page's inline `<svg>` graphics, each compressed on its own. */
	svg: number;
}

export const KB = 1024;

export function gzippedSize(content: string | Uint8Array): number {
	return gzipSync(content).length;
}

export function pageWeight(html: string): PageWeight {
	const graphics = html.match(/<svg[\s>][\s\S]*?<\/svg>/g) ?? [];
	let text = html;
	for (const graphic of graphics) text = text.replace(graphic, '');
	return { html: gzippedSize(text), svg: graphics.reduce((sum, graphic) => sum + gzippedSize(graphic), 0) };
}
