import { buildDate, CONTENT_DIR, parseBuildDate } from '../../src/build-settings.ts';
import { formatProblem, validateContent, type ValidationResult } from '../../src/lib/validate.ts';

/**
 * What a content CLI (`npm run gaps`, `npm run stale`) starts from: the date (`--date`, else the
 * build date) and the validated records of `--content` (else content/). A bad date or any
 * problem in the content is printed, prefixed with the tool's name, and the process exits 1.
 */
export function validatedContent(tool: string, options: { content?: string; date?: string }, nothingDone: string): { asOf: Date; contentDir: string; records: ValidationResult['records'] } {
	let asOf: Date;
	try {
		asOf = options.date ? parseBuildDate(options.date, '--date') : buildDate();
	} catch (error) {
		console.error(`${tool}: ${(error as Error).message}`);
		process.exit(1);
	}
	const contentDir = options.content ?? CONTENT_DIR;
	const { problems, records } = validateContent(contentDir);
	if (problems.length > 0 || !records.framework) {
		for (const problem of problems) console.error(formatProblem(problem));
		console.error(`${tool}: ${problems.length} problems in ${contentDir}; ${nothingDone}`);
		process.exit(1);
	}
	return { asOf, contentDir, records };
}
