import jsYaml from 'js-yaml';
import { isScalar, parseDocument, stringify, visit } from 'yaml';
import { lineOf } from './content-policy.ts';

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
 * What sends a text to the strict parser: a tag (`!`), anchor (`&`), alias (`*`), explicit key
 * (`? `) or merge key (`<<:`) where a node can start ("R&D", "P & T" or "radiotherap*" inside a
 * scalar are just text), or a control character. Text without them has nothing for the strict checks to refuse
 * but duplicate keys, which js-yaml refuses too.
 */
const NEEDS_STRICT_PARSE = new RegExp(String.raw`${NODE_START}(?:[!&*]|\?(?:[ \t]|$)|<<[ \t]*:)|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]`, 'm');

/**
 * Parse YAML strictly: duplicate keys, anchors and aliases, merge keys (`<<`) and every explicit
 * tag (`!!js/function`, `!foo`, even `!!binary` or `!!str`) are errors, and the message carries
 * the line. Records are plain text, numbers, booleans, lists and maps; a tag could only make a
 * parser build something else, and Astro's YAML reader (js-yaml) knows tags and merge keys that
 * the strict parser is told to refuse.
 *
 * Text with none of those goes through js-yaml's core schema first (the parser Astro loads the
 * same files with), about ten times faster than the document API: a catalogue of thousands of
 * assessments validates in seconds, not minutes. Anything it refuses is parsed strictly, so
 * every error message comes from one place.
 */
export function parseYaml(text: string): unknown {
	const tooDeep = flowTooDeep(text);
	if (tooDeep !== undefined) throw new RecordSyntaxError(`YAML does not parse: nested more than ${MAX_FLOW_DEPTH} levels deep at line ${lineOf(text, tooDeep)}`);
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
	let smuggled: string | undefined;
	visit(document, {
		Node(_, node) {
			// A node's tag is set only when the text gives one explicitly.
			if (node.tag && smuggled === undefined) smuggled = `tags are not allowed, found "${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}" at line ${lineOf(text, node.range?.[0] ?? 0)}`;
		},
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === '<<' && smuggled === undefined) smuggled = `merge keys (<<) are not allowed, found one at line ${lineOf(text, pair.key.range?.[0] ?? 0)}`;
		},
	});
	if (smuggled) throw new RecordSyntaxError(`YAML does not parse: ${smuggled}`);
	const problem = document.errors[0] ?? document.warnings[0];
	if (problem) throw new RecordSyntaxError(`YAML does not parse: ${problem.message.split('\n')[0]}`);
	try {
		return document.toJS({ maxAliasCount: 0 });
	} catch (error) {
		// Aliases (`*anchor`) are refused here, where the yaml library throws a plain ReferenceError.
		throw new RecordSyntaxError(`YAML does not parse: ${error instanceof Error ? error.message : String(error)} (anchors and aliases are not allowed)`);
	}
}

/**
 * How deep `[` and `{` may nest. Records need a few levels; the parser recurses once per level,
 * so a file of 200,000 brackets would take seconds to fail on a stack overflow.
 */
const MAX_FLOW_DEPTH = 32;

/**
 * The offset where brackets first nest deeper than `MAX_FLOW_DEPTH`, or undefined. Counts every
 * bracket, quoted or not: text with 32 unclosed brackets in a row is not a record either.
 */
function flowTooDeep(text: string): number | undefined {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '[' || char === '{') {
			if (++depth > MAX_FLOW_DEPTH) return index;
		} else if ((char === ']' || char === '}') && depth > 0) depth--;
	}
	return undefined;
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
