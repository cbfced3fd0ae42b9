/**
 * `npm run build`: the portal from its content, into `$OUT_DIR` (default `dist/`).
 *
 * 1. The validator (scripts/validate.ts) and Astro's build run side by side. Validation is a
 *    single thread of YAML parsing, so on two cores it costs no wall time (9 s of a 10k-plan
 *    build). If it finds a problem, Astro is stopped and the build fails with every problem
 *    listed by file and field; if Astro fails first, the validator's findings are still printed,
 *    since they usually explain it. Once the content is valid, the validator hands the parsed
 *    assessments to Astro, which waits for them rather than parse them again
 *    (src/lib/assessment-hand-off.ts), then writes the plan reports' CSV and JSON downloads
 *    into a folder beside the output (scripts/build/plan-downloads.ts), moved in when Astro is done.
 * 2. Pagefind indexes the pages once Astro has exited (scripts/build/search-index.ts).
 *
 * Exit status 0 only when every step succeeds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OUT_DIR } from '../src/build-settings.ts';
import { handOffDir, HAND_OFF_ENV } from '../src/lib/assessment-hand-off.ts';
import { movePlanDownloads } from './build/plan-downloads.ts';
import { indexSite } from './build/search-index.ts';

const outDir = resolve(OUT_DIR);

function start(script: string, args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; exit: Promise<number> } {
	const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
	const exit = new Promise<number>((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))));
	return { child, exit };
}

function fail(message: string): never {
	console.error(`build: ${message}`);
	process.exit(1);
}

// Beside the output, so the files move in with a rename (same file system).
mkdirSync(dirname(outDir), { recursive: true });
const staging = mkdtempSync(join(dirname(outDir), '.plan-downloads-'));
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));

const validation = start('scripts/validate.ts', ['--for-build', staging]);
const astro = start('node_modules/astro/bin/astro.mjs', ['build'], { [HAND_OFF_ENV]: handOffDir(staging) });

// A problem in the content stops Astro: the site it would finish must not ship.
void validation.exit.then((code) => code !== 0 && astro.child.kill());
const [validated, built] = await Promise.all([validation.exit, astro.exit]);
if (validated !== 0) fail(`the content has problems (listed above); ${outDir} is incomplete until they are fixed and the build is run again`);
if (built !== 0) fail(`Astro failed (exit ${built})`);
console.log(`build: moved the downloads of ${movePlanDownloads(staging, outDir)} plan reports into ${outDir}`);

const started = performance.now();
const pages = await indexSite(outDir);
console.log(`build: indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms`);
