import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { recompressGzip } from '../../scripts/build/search-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'recompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Synthetic index-like bytes: repetitive words and numbers, as Pagefind's metadata is. */
const syntheticContent = Buffer.from(Array.from({ length: 3000 }, (_, index) => `synthetic-page-${index % 97}:${(index * 7919) % 1000};`).join(''));

describe('recompressing a search file Pagefind gzipped', () => {
	it('keeps every byte of its content and makes it smaller than a fast gzip', async () => {
		const path = join(dir, 'synthetic.pf_meta');
		const fast = gzipSync(syntheticContent, { level: 1 });
		writeFileSync(path, fast);
		const saved = await recompressGzip(path);
		const served = readFileSync(path);
		expect(saved).toBe(fast.length - served.length);
		expect(saved).toBeGreaterThan(0);
		expect(gunzipSync(served).equals(syntheticContent)).toBe(true);
	});

	it('leaves a file alone when it cannot do better, and refuses one that is not gzip', async () => {
		const tiny = join(dir, 'tiny.pf_meta');
		const original = gzipSync(Buffer.from('x'), { level: 9 });
		writeFileSync(tiny, original);
		expect(await recompressGzip(tiny)).toBe(0);
		expect(readFileSync(tiny).equals(original)).toBe(true);
		const plain = join(dir, 'plain.pf_meta');
		writeFileSync(plain, 'not gzip');
		await expect(recompressGzip(plain)).rejects.toThrow(/incorrect header check|unexpected end/);
		expect(readFileSync(plain, 'utf8')).toBe('not gzip');
	});
});
