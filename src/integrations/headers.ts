import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security.ts';

/**
 * Write `_headers` beside the pages: the security headers the pages also carry as `<meta>`, for
 * hosts that read the file (Netlify, Cloudflare Pages). Other hosts: docs/security.md.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'nccp-security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
			},
		},
	};
}
