/**
 * `npm run build`: the portal from its content, into `$OUT_DIR` (default `dist/`).
 *
 * 1. The validator (scripts/validate.ts) and Astro's build run side by side, the validator
 *    checking the assessments in two threads (scripts/build/validate-for-build.ts) so that Astro,
 *    which needs them for its pages, waits as little as possible. If it finds a problem, Astro is
 *    stopped and the build fails with every problem listed by file and field; if Astro fails
 *    first, the validator's findings are still printed, since they usually explain it. Once the
 *    content is valid, the validator hands the parsed assessments to Astro, which waits for them
 *    rather than parse them again (src/lib/assessment-hand-off.ts), then writes the plan reports'
 *    CSV and JSON downloads into a folder beside the output (scripts/build/plan-downloads.ts),
 *    moved in when Astro is done.
 * 2. Pagefind indexes the pages once Astro has exited, and the files every first search loads
 *    are recompressed smaller (scripts/build/search-index.ts).
 *
 * Exit status 0 only when every step succeeds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONTENT_DIR, OUT_DIR } from '../src/build-settings.ts';
import { handOffDir, HAND_OFF_ENV } from '../src/lib/assessment-hand-off.ts';
import { movePlanDownloads } from './build/plan-downloads.ts';
import { indexSite, recompressSearchFiles } from './build/search-index.ts';
import { VALIDATOR_FAILED } from './build/validate-for-build.ts';

const outDir = resolve(OUT_DIR);

/**
 * Memory: the build must fit in 2 GB at 10k plans (docs/performance.md), and left alone it did
 * not: V8 lets garbage pile up to gigabytes on a machine with free memory, and the allocators of
 * Node (glibc) and of Vite's bundler (mimalloc) keep what they have freed. So each process gets
 * a heap limit sized from the number of plans, well above its live heap measured at 10k plans
 * (Astro ~650 MB at most, the validator ~210 MB); the validator, which runs beside Astro's
 * rendering, a small young generation (4 MB semi-spaces: 10k plans, 0.45 → 0.33 GB at no cost
 * in time); and the allocators give freed memory back. None of them changes the output.
 */
const plansDir = join(CONTENT_DIR, 'plans');
const plans = existsSync(plansDir) ? readdirSync(plansDir).length : 0;
const heapLimitMb = (base: number, perThousandPlans: number) => Math.round(base + (perThousandPlans * plans) / 1000);
const validatorHeapMb = heapLimitMb(160, 12);
const astroHeapMb = heapLimitMb(512, 30);
/** What a process that died of a signal (V8 aborts when its heap is full) most likely needs. */
const heapNote = (mb: number) => `; if the log above says "heap out of memory", its heap limit (${mb} MB for ${plans} plans) is set in scripts/build.ts`;
const ALLOCATORS = { MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072', MIMALLOC_PURGE_DELAY: '0' };

interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

/**
 * Astro lists every route it writes (1,900 lines for the real site): a newcomer's first build
 * should end in a short log, so those lines are dropped; every other line, warnings and errors
 * included, passes through, and Astro's own count ("N page(s) built") stays.
 */
const isRouteLine = (line: string) => /[├└]─ \//.test(line) || /^\s*\(\+\d+ms\)\s*$/.test(line);

function start(script: string, args: string[], nodeFlags: string[], env: NodeJS.ProcessEnv = {}, dropLine?: (line: string) => boolean): { child: ChildProcess; exit: Promise<Exit> } {
	const child = spawn(process.execPath, [...nodeFlags, script, ...args], { stdio: ['inherit', dropLine ? 'pipe' : 'inherit', 'inherit'], env: { ...process.env, ...ALLOCATORS, ...env } });
	const output = child.stdout && createInterface({ input: child.stdout, crlfDelay: Infinity });
	output?.on('line', (line) => {
		if (!dropLine!(line)) process.stdout.write(`${line}\n`);
	});
	const closed = output ? new Promise((done) => output.on('close', done)) : Promise.resolve();
	const exit = new Promise<Exit>((done) => child.on('exit', (code, signal) => void closed.then(() => done({ code, signal }))));
	return { child, exit };
}

const failed = ({ code }: Exit) => code !== 0;
const described = ({ code, signal }: Exit) => (signal ? `stopped by ${signal}` : `exit ${code}`);

function fail(message: string): never {
	console.error(`build: ${message}`);
	process.exit(1);
}

// Beside the output, so the files move in with a rename (same file system).
mkdirSync(dirname(outDir), { recursive: true });
const staging = mkdtempSync(join(dirname(outDir), '.plan-downloads-'));
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));

const validation = start('scripts/validate.ts', ['--for-build', staging], [`--max-old-space-size=${validatorHeapMb}`, '--max-semi-space-size=4']);
const astro = start('node_modules/astro/bin/astro.mjs', ['build'], [`--max-old-space-size=${astroHeapMb}`], { [HAND_OFF_ENV]: handOffDir(staging), ASTRO_TELEMETRY_DISABLED: '1' }, isRouteLine);

// A problem in the content stops Astro: the site it would finish must not ship.
void validation.exit.then((exit) => failed(exit) && astro.child.kill());
const [validated, built] = await Promise.all([validation.exit, astro.exit]);
if (validated.signal) fail(`the validator failed (${described(validated)})${heapNote(validatorHeapMb)}`);
if (validated.code === VALIDATOR_FAILED) fail('the validator could not check the content (its error is above)');
if (failed(validated)) fail(`the content has problems (listed above); ${outDir} is incomplete until they are fixed and the build is run again`);
if (failed(built)) fail(`Astro failed (${described(built)})${built.signal ? heapNote(astroHeapMb) : ''}`);
console.log(`build: moved the downloads of ${movePlanDownloads(staging, outDir)} plan reports into ${outDir}`);

const started = performance.now();
const pages = await indexSite(outDir);
console.log(`build: indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms`);
const recompressing = performance.now();
const { files, savedBytes } = await recompressSearchFiles(outDir);
console.log(`build: recompressed ${files} search files, ${(savedBytes / 1000).toFixed(1)} kB smaller, in ${Math.round(performance.now() - recompressing)} ms`);
