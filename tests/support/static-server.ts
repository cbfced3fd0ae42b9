import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
};

/** Types a static host compresses; Pagefind's index files and WebAssembly arrive compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg']);

export interface ServeOptions {
	/**
	 * Gzip text to clients that accept it, as production hosts do, so measured transfer sizes
	 * and load times are the ones visitors get (Lighthouse). Off for tests that read raw bytes.
	 */
	compress?: boolean;
}

/** A served build: its base URL and how to stop it. */
export interface ServedSite {
	url: string;
	close(): Promise<void>;
}

/**
 * Serve a built site from disk on a free loopback port, as a static host would: directory
 * URLs serve index.html, unknown paths the 404 page. No dependency on `astro preview`, so a test
 * can serve any build folder.
 */
export async function serveDirectory(directory: string, options: ServeOptions = {}): Promise<ServedSite> {
	const root = resolve(directory);
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		const served = found ? file : join(root, '404.html');
		const gzip = options.compress && COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		response.writeHead(found ? 200 : 404, {
			'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
			...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
		});
		const body = createReadStream(served);
		(gzip ? body.pipe(createGzip()) : body).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
