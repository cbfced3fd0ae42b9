/**
 * Draft an assessment of one plan from its document, for a curator to confirm.
 *
 *   npm run screen -- <file.pdf|file.txt> --plan <plan-id> [--language en|fr|es|pt]
 *                     [--out file.yaml] [--content dir] [--force] [--ocr]
 *
 * Reads the text of every page (a .txt file is split into pages at form feeds, as pdftotext
 * writes them), matches every framework item's lexicon page by page in the plan's language,
 * and writes `content/assessments/<plan-id>.yaml` marked `automated-screening` with page
 * evidence and a confidence per item. Nothing is written unless the whole document was read:
 * an empty, encrypted, damaged or image-only file, an unknown plan or an unsupported language
 * stops with a message and exit code 1. An existing assessment is kept unless --force is given.
 *
 * With --ocr, pages without a text layer (a scanned plan) are drawn and read by OCR (Tesseract,
 * in the --language given, else the plan record's): slower, up to seconds a page, and OCR text
 * can be wrong, so the draft lists the pages read by OCR and marks every quote from them.
 *
 * A PDF is read in a child process within bounds, so that a hostile or broken file (a stream
 * that inflates to gigabytes, forms that draw each other a billion times, a page tree 400,000
 * deep) is refused in seconds, naming the file and the bound, instead of filling memory: at most
 * 100 MB on disk and 1,500 pages, 100,000 characters of text a page, 600 MB of memory and 256 MB
 * of JavaScript heap for the reading process, 10 s to open the file or read any page and 120 s
 * in all (src/lib/screening/pdf.ts and isolated.ts; docs/decisions.md, "Screening hostile PDFs").
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/build-settings.ts';
import { ScreeningError } from '../src/lib/screening/errors.ts';
import { validateFramework } from '../src/lib/validate-gaps.ts';
import { formatProblem, type Problem } from '../src/lib/validate.ts';
import { readPlan, screenFile } from './screen/screen-file.ts';

const usage = 'usage: npm run screen -- <file.pdf|file.txt> --plan <plan-id> [--language en|fr|es|pt] [--out file.yaml] [--content dir] [--force] [--ocr]';

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
				ocr: { type: 'boolean', default: false },
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
	readPlan(contentDir, values.plan);
	if (!existsSync(file)) fail(`no such file: ${file}`);

	const showProgress = (done: number, total: number, byOcr?: boolean) => {
		if (byOcr) process.stderr.write(`screen: page ${done} of ${total} read by OCR\n`);
		else if (total < 20) return;
		else if (process.stderr.isTTY) process.stderr.write(`\rscreen: reading page ${done} of ${total}${done === total ? '\n' : ''}`);
		else if (done % 50 === 0 || done === total) process.stderr.write(`screen: read ${done} of ${total} pages\n`);
	};
	const { out, pages, seconds, language, results, ocr } = await screenFile({
		file,
		planId: values.plan,
		contentDir,
		framework,
		out: values.out ? resolve(values.out) : undefined,
		language: values.language,
		force: values.force,
		ocr: values.ocr,
		onProgress: showProgress,
	});
	const count = (status: string) => results.filter((result) => result.status === status).length;
	console.log(
		`screen: ${values.plan}: ${pages} pages in ${seconds.toFixed(2)} s (${(pages / seconds).toFixed(pages / seconds < 10 ? 1 : 0)} pages/s), language ${language}; ` +
			`${count('addressed')} addressed, ${count('partial')} partial, ${count('not-found')} not found, ${count('not-applicable')} not applicable of ${results.length} items`,
	);
	if (ocr) console.log(`screen: ${ocr.pages.length} of ${pages} pages read by OCR in ${ocr.language}; quotes from them are marked ocr: check them against the page images`);
	console.log(`screen: wrote ${relative(process.cwd(), out)} (automated draft: review the findings before relying on them)`);
}

main().catch((error: unknown) => {
	if (error instanceof ScreeningError) fail(error.message);
	throw error;
});
