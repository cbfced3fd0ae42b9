/**
 * The sitemap of the built portal: every HTML page once, as an absolute URL, in a stable order so
 * two builds of the same content write the same file.
 */

/** Whether a built path is a page a reader lands on (not a data download, not the 404 page). */
export function isSitemapPage(pathname: string): boolean {
	const path = pathname.replace(/^\/+/, '');
	return !/\.[a-z0-9]+$/i.test(path.replace(/\/$/, '')) && path !== '404/' && path !== '404';
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `sitemap.xml` for these built paths (as Astro reports them: "", "plans/", "plans/x/"). */
export function sitemapXml(site: URL, pathnames: string[]): string {
	const urls = [...new Set(pathnames.filter(isSitemapPage).map((pathname) => new URL(pathname.replace(/^\/*/, '/'), site).href))].sort();
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
}

/** The URLs a sitemap lists, in its order. */
export function sitemapUrls(xml: string): string[] {
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&'));
}
