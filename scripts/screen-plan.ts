/**
 * Draft an assessment of one plan from its document, for a curator to confirm.
 *
 *   npm run screen -- <file.pdf|file.txt> --plan <plan-id> [--language en|fr|es|pt]
 *                     [--out file.yaml] [--content dir] [--force]
 *
 * Reads the text of every page (a .txt file is split into pages at form feeds, as pdftotext
 * writes them), matches every framework item's lexicon page by page in the plan's language,
 * and writes `content/assessments/<plan-id>.yaml` marked `automated-screening` with page
 * evidence and a confidence per item. Nothing is written unless the whole document was read:
 * an empty, encrypted, damaged or image-only file, an unknown plan or an unsupported language
 * stops with a message and exit code 1. An existing assessment is kept unless --force is given.
 *
 * A PDF is read in a child process within bounds, so that a hostile or broken file (a stream
 * that inflates to gigabytes, forms that draw each other a billion times, a page tree 400,000
 * deep) is refused in seconds, naming the file and the bound, instead of filling memory: at most
 * 100 MB on disk and 1,500 pages, 100,000 characters of text a page, 600 MB of memory and 256 MB
 * of JavaScript heap for the reading process, 10 s to open the file or read any page and 120 s
 * in all (src/lib/screening/pdf.ts and isolated.ts; docs/decisions.md, "Screening hostile PDFs").
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/build-settings.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { parseMarkdownRecord, serializeYamlRecord } from '../src/lib/content-files.ts';
import { ScreeningError } from '../src/lib/screening/errors.ts';
import { extractPdfPagesIsolated } from '../src/lib/screening/isolated.ts';
import { checkFileSize } from '../src/lib/screening/pdf.ts';
import { draftAssessment, screenDocument } from '../src/lib/screening/screen.ts';
import { validateFramework } from '../src/lib/validate-gaps.ts';
import { formatProblem, type Problem } from '../src/lib/validate.ts';

const usage = 'usage: npm run screen -- <file.pdf|file.txt> --plan <plan-id> [--language en|fr|es|pt] [--out file.yaml] [--content dir] [--force]';

function fail(message: string): never {
	console.error(`screen: ${message}`);
	process.exit(1);
}

async function main(): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				plan: { type: 'string' },
				language: { type: 'string' },
				out: { type: 'string' },
				content: { type: 'string' },
				force: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1 || !values.plan) fail(`expected one document and --plan\n${usage}`);
	const file = positionals[0];
	const contentDir = resolve(values.content ?? CONTENT_DIR);

	const problems: Problem[] = [];
	const framework = validateFramework(contentDir, (path, field, message) => problems.push({ file: relative(process.cwd(), path), field, message }));
	if (problems.length > 0 || !framework) fail(`the framework has problems; fix them first:\n${problems.map(formatProblem).join('\n')}`);

	const planPath = join(contentDir, 'plans', `${values.plan}.md`);
	if (!/^[a-z0-9-]+$/.test(values.plan) || !existsSync(planPath)) {
		throw new ScreeningError('unknown-plan', `unknown plan id "${values.plan}": expected a file ${relative(process.cwd(), planPath)} (add the plan record first)`);
	}
	const plan = planSchema.safeParse(parseMarkdownRecord(readFileSync(planPath, 'utf8')).data);
	if (!plan.success) fail(`the plan record ${planPath} is invalid; run npm run validate`);

	if (!existsSync(file)) fail(`no such file: ${file}`);
	const out = resolve(values.out ?? join(contentDir, 'assessments', `${values.plan}.yaml`));
	if (existsSync(out) && !values.force) fail(`${relative(process.cwd(), out)} exists; it may hold reviewed findings. Pass --force to replace it, or --out to write elsewhere`);

	const started = performance.now();
	const { bytes, texts } = await readDocument(file);
	const { language, results } = screenDocument(texts, framework.domainList, { recordLanguages: plan.data.languages, language: values.language, planStart: plan.data.period.start });
	const seconds = (performance.now() - started) / 1000;

	const draft = draftAssessment(results, {
		frameworkVersion: framework.version,
		language,
		date: new Date().toISOString().slice(0, 10),
		document: {
			...(plan.data.documentUrl ? { url: plan.data.documentUrl } : {}),
			sha256: createHash('sha256').update(bytes).digest('hex'),
			pages: texts.length,
		},
	});
	// Written whole or not at all: a temporary file renamed into place.
	mkdirSync(dirname(out), { recursive: true });
	const temporary = `${out}.${process.pid}.tmp`;
	writeFileSync(temporary, serializeYamlRecord(draft));
	renameSync(temporary, out);

	const count = (status: string) => results.filter((result) => result.status === status).length;
	console.log(
		`screen: ${values.plan}: ${texts.length} pages in ${seconds.toFixed(2)} s (${Math.round(texts.length / seconds)} pages/s), language ${language}; ` +
			`${count('addressed')} addressed, ${count('partial')} partial, ${count('not-found')} not found, ${count('not-applicable')} not applicable of ${results.length} items`,
	);
	console.log(`screen: wrote ${relative(process.cwd(), out)} (automated draft: review the findings before relying on them)`);
}

/** The bytes and the text of every page of a document; a refusal names the file. */
async function readDocument(file: string): Promise<{ bytes: Uint8Array; texts: string[] }> {
	const showProgress = (done: number, total: number) => {
		if (total < 20) return;
		if (process.stderr.isTTY) process.stderr.write(`\rscreen: reading page ${done} of ${total}${done === total ? '\n' : ''}`);
		else if (done % 50 === 0 || done === total) process.stderr.write(`screen: read ${done} of ${total} pages\n`);
	};
	try {
		checkFileSize(statSync(file).size);
		const bytes = new Uint8Array(readFileSync(file));
		const texts = extname(file).toLowerCase() === '.txt' ? textPages(bytes) : await extractPdfPagesIsolated(bytes, showProgress);
		return { bytes, texts };
	} catch (error) {
		if (error instanceof ScreeningError) throw new ScreeningError(error.code, `${file}: ${error.message}`);
		throw error;
	}
}

/** Pages of a text file: split at form feeds; refuses empty or non-UTF-8 text. */
function textPages(bytes: Uint8Array): string[] {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ScreeningError('unreadable', 'the text file is not UTF-8; convert it to UTF-8 first');
	}
	if (!/[\p{L}\p{N}]/u.test(text)) throw new ScreeningError('empty-file', 'the text file has no words');
	return text.split('\f');
}

main().catch((error: unknown) => {
	if (error instanceof ScreeningError) fail(error.message);
	throw error;
});
