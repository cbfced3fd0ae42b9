import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META, headersFile, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { ROOT } from '../support/paths.ts';

describe('the security headers', () => {
	it('header policy is the meta policy plus frame-ancestors, which only a header can carry', () => {
		expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
		expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
	});

	it('_headers applies every header to every path', () => {
		const lines = headersFile().trim().split('\n');
		expect(lines[0]).toBe('/*');
		expect(lines.slice(1)).toEqual(Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
	});

	it('docs/security.md gives hosts exactly these values', () => {
		const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');
		for (const value of Object.values(SECURITY_HEADERS)) expect(doc.split(value).length - 1, value).toBeGreaterThanOrEqual(3);
	});
});
