/**
 * The portal's security headers, in one place: the layout sends them as `<meta>` tags, and the
 * build writes them as a `_headers` file for hosts that read one (Netlify, Cloudflare Pages);
 * docs/security.md shows the same for nginx and Apache.
 */

/**
 * No inline script or style anywhere: scripts are bundled files, and Pagefind needs only its own
 * files and WebAssembly ('wasm-unsafe-eval' allows compiling WebAssembly, not eval). Search runs
 * without Pagefind's web worker (src/scripts/pagefind.ts), so workers fall under default-src.
 */
const POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** The policy as a `<meta http-equiv>` tag can carry it. */
export const CONTENT_SECURITY_POLICY_META = POLICY.join('; ');

/** The policy as a header: also forbids framing the portal, which a `<meta>` tag cannot. */
export const CONTENT_SECURITY_POLICY_HEADER = [...POLICY, "frame-ancestors 'none'"].join('; ');

/** Links to other sites carry the page's origin, never its path (which can name a search). */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Every response's headers, as a host should send them. */
export const SECURITY_HEADERS: Record<string, string> = {
	'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
	'Referrer-Policy': REFERRER_POLICY,
	'X-Content-Type-Options': 'nosniff',
};

/** A `_headers` file (Netlify and Cloudflare Pages syntax) applying the headers to every path. */
export function headersFile(): string {
	return ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
