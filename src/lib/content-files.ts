import jsYaml from 'js-yaml';
import { parseDocument, stringify } from 'yaml';

/** The parts of a Markdown record: YAML frontmatter data and the Markdown body. */
export interface MarkdownRecord {
	data: unknown;
	body: string;
}

/** Thrown for text that is not a record at all (no frontmatter, YAML that does not parse). */
export class RecordSyntaxError extends Error {}

/** Where a YAML node can start: a line (after indentation and `- `), `--- `, `: `, or inside `[`, `{` and after `,`. */
const NODE_START = String.raw`(?:^[ \t]*(?:-[ \t]+)*|^---[ \t]+|:[ \t]*|[[{,][ \t]*)`;

/**
 * What sends a text to the strict parser: a tag (`!`), anchor (`&`), alias (`*`) or explicit
 * key (`? `) where a node can start ("R&D", "P & T" or "radiotherap*" inside a scalar are just
 * text), or a control character. Text without them has nothing for the strict checks to refuse
 * but duplicate keys, which js-yaml refuses too.
 */
const NEEDS_STRICT_PARSE = new RegExp(String.raw`${NODE_START}(?:[!&*]|\?(?:[ \t]|$))|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]`, 'm');

/**
 * Parse YAML strictly: duplicate keys, tags (`!!js/function`) and anchors that could smuggle
 * structure are errors, and the message carries the line and column.
 *
 * Plain text goes through js-yaml's core schema first (the parser Astro loads the same files
 * with), about ten times faster than the document API below: a catalogue of thousands of
 * assessments validates in seconds, not minutes. Anything it refuses or cannot represent the
 * same way is parsed strictly, so every error message comes from one place.
 */
export function parseYaml(text: string): unknown {
	if (!NEEDS_STRICT_PARSE.test(text)) {
		try {
			const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
			// An empty document is null for the strict parser, undefined for js-yaml.
			if (data !== undefined) return data;
		} catch {
			// Reported with the strict parser's message below.
		}
	}
	return parseYamlStrictly(text);
}

function parseYamlStrictly(text: string): unknown {
	const document = parseDocument(text, { uniqueKeys: true, customTags: [], merge: false });
	const problem = document.errors[0] ?? document.warnings[0];
	if (problem) throw new RecordSyntaxError(`YAML does not parse: ${problem.message.split('\n')[0]}`);
	let tagged = false;
	const visit = (node: unknown): void => {
		if (node && typeof node === 'object') {
			const tag = (node as { tag?: string }).tag;
			if (tag && !tag.startsWith('tag:yaml.org,2002:')) tagged = true;
			for (const value of Object.values(node)) visit(value);
		}
	};
	visit(document.contents);
	if (tagged) throw new RecordSyntaxError('YAML does not parse: custom tags are not allowed');
	try {
		return document.toJS({ maxAliasCount: 0 });
	} catch (error) {
		// Aliases (`*anchor`) are refused here, where the yaml library throws a plain ReferenceError.
		throw new RecordSyntaxError(`YAML does not parse: ${error instanceof Error ? error.message : String(error)} (anchors and aliases are not allowed)`);
	}
}

/** Split a Markdown file into its frontmatter data and body. */
export function parseMarkdownRecord(text: string): MarkdownRecord {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!match) throw new RecordSyntaxError('expected YAML frontmatter between --- lines at the top of the file');
	return { data: parseYaml(match[1]), body: match[2] };
}

/** Write frontmatter and body back as Markdown, fields in the given object's order. */
export function serializeMarkdownRecord(data: object, body = ''): string {
	return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** Write a YAML record, fields in the given object's order. */
export function serializeYamlRecord(data: object): string {
	return stringify(data, { lineWidth: 0 });
}
