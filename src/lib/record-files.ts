/**
 * Reading record files for the validators: one file at a time, every problem reported with its
 * file and field, nothing thrown. `validate.ts` and the gap and library validators share these.
 */
import { lstatSync, readFileSync, readdirSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'astro/zod';
import { RecordSyntaxError, parseYaml } from './content-files.ts';
import { MAX_ID_LENGTH, findHiddenCharacter, lineOf, preview } from './content-policy.ts';

/** Where a validator reports a problem: the file, the dotted field (or `(file)`) and the message. */
export type Report = (path: string, field: string, message: string) => void;

type Raw = Record<string, unknown>;

/** Records are short; anything bigger is a mistake (a PDF renamed, a generated dump). */
const MAX_BYTES = 256 * 1024;

export interface RecordFile {
	path: string;
	stem: string;
}

/**
 * The record files in `dir`, in name order. Anything that is not a regular file with the
 * record extension is reported, as are names that clash when case is ignored (they overwrite
 * each other on macOS and Windows checkouts, and produce the same page URL).
 */
export function listRecordFiles(dir: string, extension: string, kind: string, report: Report): RecordFile[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		report(dir, '(file)', `expected a directory of ${kind} records`);
		return [];
	}
	const files: RecordFile[] = [];
	const groups = new Map<string, string[]>();
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		const path = join(dir, entry.name);
		if (!entry.name.endsWith(extension)) {
			report(path, '(file)', `expected a ${extension} ${kind} record, found "${entry.name}"`);
			continue;
		}
		if (!entry.isFile()) {
			const found = entry.isSymbolicLink() ? 'a symbolic link' : entry.isDirectory() ? 'a directory' : 'a special file';
			report(path, '(file)', `expected a regular ${extension} ${kind} record file, found ${found}`);
			continue;
		}
		const stem = entry.name.slice(0, -extension.length);
		if (stem.length > MAX_ID_LENGTH) {
			report(path, '(file)', `expected a file name (the ${kind} id) of at most ${MAX_ID_LENGTH} characters before ${extension}, found ${stem.length}`);
		}
		const key = idKey(stem);
		groups.set(key, [...(groups.get(key) ?? []), entry.name]);
		files.push({ path, stem });
	}
	for (const { path, stem } of files) {
		const others = groups.get(idKey(stem))!.filter((name) => name !== basename(path));
		if (others.length > 0) {
			report(path, '(file)', `duplicate id: "${stem}" is the same ${kind} as ${others.join(', ')} (file names that differ only in case clash on macOS and Windows and in URLs)`);
		}
	}
	return files;
}

/** Names that are the same id: equal once case and Unicode normalisation are ignored. */
function idKey(stem: string): string {
	return stem.normalize('NFC').toLowerCase();
}

/** The file's text, or undefined after reporting why it cannot be read as a record. */
export function readRecordText(path: string, report: Report): string | undefined {
	const size = lstatSync(path).size;
	if (size > MAX_BYTES) {
		report(path, '(file)', `expected a record of at most ${MAX_BYTES / 1024} KiB, found ${Math.ceil(size / 1024)} KiB`);
		return undefined;
	}
	const bytes = readFileSync(path);
	let text: string;
	try {
		// The byte-order mark is kept, to be reported below: YAML and frontmatter readers differ on it.
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const lenient = new TextDecoder('utf-8').decode(bytes);
		report(path, '(file)', `expected UTF-8 text, found bytes that are not UTF-8 near line ${lineOf(lenient, lenient.indexOf('\uFFFD'))} (save the file as UTF-8)`);
		return undefined;
	}
	if (text.startsWith('\uFEFF')) {
		report(path, '(file)', 'expected UTF-8 without a byte-order mark, found one at the start of the file (save the file as "UTF-8", not "UTF-8 with BOM")');
		return undefined;
	}
	const hidden = findHiddenCharacter(text);
	if (hidden) {
		const line = lineOf(text, hidden.index);
		const column = hidden.index - text.lastIndexOf('\n', hidden.index - 1);
		report(path, '(file)', `expected printable text, found ${hidden.name} at line ${line}, column ${column}`);
		return undefined;
	}
	return text;
}

/** Turn zod's issues into problems, one each, with the offending value where it helps. */
function reportSchemaIssues(issues: readonly z.core.$ZodIssue[], data: unknown, report: (field: string, message: string) => void): void {
	for (const issue of issues) {
		const field = issue.path.map(String).join('.') || '(record)';
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) report([...issue.path.map(String), key].join('.'), `unknown field ${JSON.stringify(key)}`);
			continue;
		}
		const parent = valueAt(data, issue.path.slice(0, -1));
		const key = issue.path.at(-1);
		const missing = key !== undefined && isObject(parent) && !Object.hasOwn(parent, key);
		if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
			const allowed = issue.code === 'invalid_value' ? ` (${issue.message.replace(/^Invalid option: /, '')})` : '';
			report(field, `required field is missing${allowed}`);
			continue;
		}
		if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
			const found = (valueAt(data, issue.path) as string | unknown[]).length;
			report(field, `expected at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'entries'}, found ${found}`);
			continue;
		}
		const value = valueAt(data, issue.path);
		// Our own messages already name the value as ", found …"; zod's do not (and may list values such as "not-found").
		report(field, /(?:^|[,;:] )found\b/.test(issue.message) || value === undefined ? issue.message : `${issue.message}, found ${preview(value)}`);
	}
}

/** A YAML record's data, or undefined after reporting why the file cannot be read as one. */
export function readYamlRecord(path: string, report: Report): unknown {
	const text = readRecordText(path, report);
	if (text === undefined) return undefined;
	try {
		return parseYaml(text);
	} catch (error) {
		report(path, '(file)', syntaxMessage(error));
		return undefined;
	}
}

/**
 * Check a record against its schema: every issue is reported; the parsed record when there are
 * none. Every text in the record, keys included, is checked for hidden characters first: YAML
 * escapes (`"\0"`, `"\u202E"`) put there what the file itself cannot carry.
 */
export function checkRecord<T extends z.ZodType>(schema: T, data: unknown, path: string, report: Report): z.infer<T> | undefined {
	let hidden = false;
	forEachText(data, [], (text, field, isKey) => {
		const found = findHiddenCharacter(text);
		if (!found) return;
		hidden = true;
		const where = isKey ? 'in a field name' : `at character ${found.index + 1}`;
		report(path, field.join('.') || '(record)', `expected printable text, found ${found.name} (written as a YAML escape) ${where}`);
	});
	const result = schema.safeParse(data);
	if (result.success) return hidden ? undefined : result.data;
	reportSchemaIssues(result.error.issues, data, (field, message) => report(path, field, message));
	return undefined;
}

/** Call `visit` with every string in a parsed record and the path to it; a key is visited with the path of its map. */
function forEachText(value: unknown, field: string[], visit: (text: string, field: string[], isKey: boolean) => void): void {
	if (typeof value === 'string') visit(value, field, false);
	else if (Array.isArray(value)) value.forEach((entry, index) => forEachText(entry, [...field, String(index)], visit));
	else if (isObject(value)) {
		for (const [key, entry] of Object.entries(value)) {
			visit(key, field, true);
			forEachText(entry, [...field, key], visit);
		}
	}
}

export function syntaxMessage(error: unknown): string {
	// The yaml library ends its messages with a colon that introduced a source excerpt.
	if (error instanceof RecordSyntaxError) return error.message.replace(/:$/, '');
	return `could not be read as a record: ${error instanceof Error ? error.message : String(error)}`;
}

export function isObject(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
		value = (value as Raw)[key as string];
	}
	return value;
}

