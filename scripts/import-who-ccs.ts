/**
 * Import what governments reported to WHO's NCD Country Capacity Survey (../shared/who-ccs/) into
 * the country records, as one `whoCcs` block per country (src/schemas/country.ts).
 *
 * Only the rows whose GHO indicator code the retrieving script confirms (`code_evidence` is
 * `script`) and whose field is cancer_plan, cancer_registry or cancer_surgery are imported; the
 * others (breast_screening and cancer_dept, whose codes only a README names, and the v1 pull's
 * cervical screening coverage) are counted and left out. Answers are kept as published (Yes, No,
 * Don't know, No response). Countries are matched by ISO3 code, never by name: a country of the
 * CSV without a record in content/countries/ stops the import, as does any row that is not as
 * expected, and nothing is written until every record checks against the schema.
 *
 * Re-runnable: it replaces the `whoCcs` block of each country it has answers for and leaves the
 * rest of each file exactly as it was (comments and order included). After the import, content/
 * is the source of truth; the site never reads ../shared.
 *
 *   npm run import-who-ccs [-- --shared ../shared] [--content content]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { parseYaml } from '../src/lib/content-files.ts';
import { parseCsvRecords } from '../src/lib/csv.ts';
import { ghoIndicatorUrl, WHO_CCS_ANSWERS, WHO_CCS_INDICATORS, WHO_CCS_QUESTIONS, WHO_CCS_RETRIEVAL_URL, type WhoCcsAnswer, type WhoCcsBlock, type WhoCcsQuestion } from '../src/lib/who-ccs.ts';
import { countrySchema } from '../src/schemas/country.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? fallback : fallback);
const sharedDir = resolve(option('--shared', '../shared'));
const contentDir = resolve(option('--content', 'content'));
const CSV_FILE = join(sharedDir, 'who-ccs', 'who-ccs-cancer-fields_derived.csv');

/** The CSV's field names of the imported questions. */
const FIELD_QUESTIONS: Record<string, WhoCcsQuestion> = { cancer_plan: 'cancerPlan', cancer_registry: 'cancerRegistry', cancer_surgery: 'cancerSurgery' };
const EXPECTED_COLUMNS = ['iso3', 'name', 'field', 'value', 'survey_year', 'gho_indicator_code_claimed', 'code_evidence'];

function fail(message: string): never {
	console.error(`import-who-ccs: ${message}`);
	process.exit(1);
}

if (!existsSync(CSV_FILE)) fail(`${CSV_FILE} not found (pass --shared with the folder that holds who-ccs/)`);
const rows = parseCsvRecords(readFileSync(CSV_FILE, 'utf8'));
const missingColumns = EXPECTED_COLUMNS.filter((column) => rows.length > 0 && !(column in rows[0]));
if (missingColumns.length > 0) fail(`${CSV_FILE}: expected the columns ${missingColumns.join(', ')}`);

const blocks = new Map<string, WhoCcsBlock>();
const errors: string[] = [];
/** Rows left out, by "field (code_evidence)". */
const leftOut = new Map<string, number>();
let imported = 0;
for (const [index, row] of rows.entries()) {
	const where = `row ${index + 2} (${row.iso3} ${row.field})`;
	const question = FIELD_QUESTIONS[row.field];
	if (!question || row.code_evidence !== 'script') {
		const key = `${row.field} (${row.code_evidence})`;
		leftOut.set(key, (leftOut.get(key) ?? 0) + 1);
		continue;
	}
	if (!/^[A-Z]{3}$/.test(row.iso3)) {
		errors.push(`${where}: expected an ISO3 code, found ${JSON.stringify(row.iso3)}`);
		continue;
	}
	if (!WHO_CCS_ANSWERS.includes(row.value as WhoCcsAnswer)) {
		errors.push(`${where}: expected one of ${WHO_CCS_ANSWERS.map((answer) => JSON.stringify(answer)).join(', ')}, found ${JSON.stringify(row.value)}`);
		continue;
	}
	if (!/^\d{4}$/.test(row.survey_year)) {
		errors.push(`${where}: expected a four-digit survey year, found ${JSON.stringify(row.survey_year)}`);
		continue;
	}
	const indicator = WHO_CCS_INDICATORS[question];
	if (row.gho_indicator_code_claimed !== indicator) {
		errors.push(`${where}: expected the GHO indicator ${indicator}, found ${JSON.stringify(row.gho_indicator_code_claimed)}`);
		continue;
	}
	const block = blocks.get(row.iso3) ?? {};
	if (block[question]) {
		errors.push(`${where}: a second ${row.field} answer for ${row.iso3}`);
		continue;
	}
	block[question] = { answer: row.value as WhoCcsAnswer, surveyYear: Number(row.survey_year), indicator, source: ghoIndicatorUrl(indicator) };
	blocks.set(row.iso3, block);
	imported++;
}

// Match by ISO3 only: WHO's names and the records' names differ ("Türkiye", "Netherlands (Kingdom of the)").
const files = new Map<string, { file: string; text: string }>();
for (const iso3 of [...blocks.keys()].sort()) {
	const file = join(contentDir, 'countries', `${iso3.toLowerCase()}.yaml`);
	if (!existsSync(file)) {
		errors.push(`${iso3}: in the CSV but there is no country record ${file} (countries are matched by ISO3 code)`);
		continue;
	}
	files.set(iso3, { file, text: readFileSync(file, 'utf8') });
}
if (errors.length > 0) fail(`nothing written; ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}:\n  ${errors.join('\n  ')}`);

/** The YAML text of a record with its `whoCcs` block set; everything else as it was. */
function withBlock(text: string, block: WhoCcsBlock): string {
	const document = parseDocument(text);
	if (!isMap(document.contents)) throw new Error('expected a YAML map');
	const node = document.createNode(block);
	// Quoted, so no YAML 1.1 reader takes Yes or No for a boolean.
	visit(node, {
		Pair(_, pair) {
			if (isScalar(pair.key) && pair.key.value === 'answer' && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
		},
	});
	document.set('whoCcs', node);
	return document.toString({ lineWidth: 0 });
}

const updates: { file: string; text: string }[] = [];
for (const [iso3, { file, text }] of files) {
	const answers = blocks.get(iso3)!;
	const block: WhoCcsBlock = { ...Object.fromEntries(WHO_CCS_QUESTIONS.filter((question) => answers[question]).map((question) => [question, answers[question]])), retrievalUrl: WHO_CCS_RETRIEVAL_URL };
	const next = withBlock(text, block);
	const checked = countrySchema.safeParse(parseYaml(next));
	if (!checked.success) {
		errors.push(`${file}: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
		continue;
	}
	if (next !== text) updates.push({ file, text: next });
}
if (errors.length > 0) fail(`nothing written; ${errors.length} ${errors.length === 1 ? 'record does' : 'records do'} not check:\n  ${errors.join('\n  ')}`);
for (const { file, text } of updates) writeFileSync(file, text);

console.log(
	[
		`import-who-ccs: ${imported} answers imported for ${files.size} countries; ${updates.length} country records changed, ${files.size - updates.length} already up to date.`,
		...[...leftOut].map(([key, count]) => `  left out: ${count} rows of ${key}`),
	].join('\n'),
);
