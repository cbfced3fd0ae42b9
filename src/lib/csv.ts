/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines.
 * Used to import the reference catalogues and to write the `/data/` downloads.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const source = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < source.length; i++) {
		const char = source[i];
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && source[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	if (quoted) throw new Error('CSV ends inside a quoted field');
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** Parse CSV with a header row into objects keyed by column name; a short or long row is an error. */
export function parseCsvRecords(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	return rows.map((row, index) => {
		if (row.length !== header.length) {
			throw new Error(`CSV row ${index + 2}: expected ${header.length} fields, found ${row.length}`);
		}
		return Object.fromEntries(header.map((name, column) => [name, row[column]]));
	});
}

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return) as a formula, so
 * contributed text could run one when a download is opened (CSV injection). Such a cell gets a
 * leading apostrophe, which spreadsheets show as text; no catalogued value starts that way today.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: unknown): string {
	const raw = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
	const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Write objects as CSV with the given columns in order; arrays become `a;b`. */
export function toCsv<T extends object>(columns: readonly (keyof T & string)[], records: readonly T[]): string {
	const lines = [columns.join(','), ...records.map((record) => columns.map((column) => csvField(record[column])).join(','))];
	return `${lines.join('\r\n')}\r\n`;
}
