import { constants, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * Minimal PDFs built in memory for screening tests: one Helvetica text line per entry of each
 * page, so tests control exactly what every page says without committing binary files.
 * `encrypted` adds a standard security handler whose password is unknown (its check values are
 * arbitrary), so a reader must ask for a password, as for a PDF locked by its publisher; `fields`
 * gives each page text form fields with these values, as in plans kept as fillable forms.
 */
export function syntheticPdf(pages: readonly (readonly string[])[], { encrypted = false, fields = [] as readonly (readonly string[])[] } = {}): Uint8Array {
	const objects: PdfObject[] = [];
	const pageIds = pages.map((_, index) => 4 + index * 2);
	objects[1] = CATALOG;
	objects[2] = `<< /Type /Pages /Kids [${references(pageIds)}] /Count ${pages.length} >>`;
	objects[3] = HELVETICA;
	// Text form fields (`fields[page]`: their values), after the pages' objects.
	const fieldIds: number[] = [];
	pages.forEach((lines, index) => {
		const ids = (fields[index] ?? []).map((value, position) => {
			const id = 4 + pages.length * 2 + fieldIds.length;
			fieldIds.push(id);
			objects[id] = `<< /Type /Annot /Subtype /Widget /FT /Tx /T (field${id}) /V (${escape(value)}) /Rect [40 ${700 - position * 20} 500 ${716 - position * 20}] /P ${pageIds[index]} 0 R >>`;
			return id;
		});
		objects[pageIds[index]] = page(pageIds[index] + 1, 2, '', ids.length ? ` /Annots [${references(ids)}]` : '');
		objects[pageIds[index] + 1] = { dictionary: '', stream: latin1(lines.length === 0 ? '' : textLines(lines)) };
	});
	if (fieldIds.length) objects[1] = `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${references(fieldIds)}] >> >>`;
	if (!encrypted) return assemblePdf(objects);
	const encryptId = objects.length;
	objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`;
	return assemblePdf(objects, ` /Encrypt ${encryptId} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`);
}

/**
 * Hostile PDFs, each well-formed enough for a reader to start on and built to exhaust it: a
 * screening tool must refuse them quickly, in bounded memory. All are synthetic and small on disk.
 */
export const hostilePdf = {
	/** A page tree whose /Count claims `count` pages while it holds two. */
	claimedPageCount(count: number): Uint8Array {
		return withPageTree((kids) => `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, 2);
	},

	/** `count` genuine pages, all drawing one shared line of text (a few bytes each). */
	manyPages(count: number): Uint8Array {
		const objects: PdfObject[] = [];
		const pageIds = Array.from({ length: count }, (_, index) => 5 + index);
		objects[1] = CATALOG;
		objects[2] = `<< /Type /Pages /Kids [${references(pageIds)}] /Count ${count} >>`;
		objects[3] = HELVETICA;
		objects[4] = { dictionary: '', stream: latin1(textLines(['Synthetic page of a very long synthetic plan.'])) };
		for (const id of pageIds) objects[id] = page(4);
		return assemblePdf(objects);
	},

	/**
	 * One page whose FlateDecode content stream inflates to `inflatedBytes` zero bytes (which a
	 * content parser reads as blank space) from about a thousandth of that on disk: a zip bomb.
	 */
	inflatingStream(inflatedBytes: number): Uint8Array {
		return onePage({ dictionary: '/Filter /FlateDecode', stream: deflatedZeros(inflatedBytes) });
	},

	/** One page drawing a single string of `characters` letters, compressed. */
	hugeTextRun(characters: number): Uint8Array {
		const run = `BT /F1 10 Tf 40 800 Td (${'Synthetic '.repeat(Math.ceil(characters / 10)).slice(0, characters)}) Tj ET`;
		return onePage({ dictionary: '/Filter /FlateDecode', stream: deflateSync(latin1(run), { level: 9 }) });
	},

	/** One page drawing `count` short strings, all at the same place, compressed: text without end. */
	endlessText(count: number): Uint8Array {
		const run = `BT /F1 10 Tf 40 800 Td ${'(Synthetic text) Tj 0 0 Td '.repeat(count)}ET`;
		return onePage({ dictionary: '/Filter /FlateDecode', stream: deflateSync(latin1(run), { level: 9 }) });
	},

	/** A page tree whose intermediate node lists itself among its kids. */
	cyclicPageTree(): Uint8Array {
		const objects: PdfObject[] = [];
		objects[1] = CATALOG;
		objects[2] = '<< /Type /Pages /Kids [5 0 R] /Count 2 >>';
		objects[3] = HELVETICA;
		objects[4] = { dictionary: '', stream: latin1(textLines(['Synthetic page inside a page tree that loops.'])) };
		objects[5] = '<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 5 0 R] /Count 2 >>';
		objects[6] = page(4, 5);
		return assemblePdf(objects);
	},

	/** A page at the bottom of `depth` nested page-tree nodes, each with one kid. */
	deepPageTree(depth: number): Uint8Array {
		const firstNode = 5;
		const pageId = firstNode + depth;
		const objects: PdfObject[] = [, `<< /Type /Catalog /Pages ${firstNode} 0 R >>`, undefined, HELVETICA];
		objects[4] = { dictionary: '', stream: latin1(textLines(['Synthetic page at the bottom of a deep page tree.'])) };
		for (let id = firstNode; id < pageId; id++) {
			const parent = id === firstNode ? '' : ` /Parent ${id - 1} 0 R`;
			objects[id] = `<< /Type /Pages${parent} /Kids [${id + 1} 0 R] /Count 1 >>`;
		}
		objects[pageId] = page(4, pageId - 1);
		return assemblePdf(objects);
	},

	/** A form XObject that draws itself: drawing it never ends unless the reader notices. */
	selfDrawingForm(): Uint8Array {
		return formBomb(1, 1, true);
	},

	/**
	 * Forms nested `depth` deep, each drawing the one below `fanOut` times, a line of text at the
	 * bottom: fanOut^depth lines from a few hundred bytes (the "billion laughs" of PDF).
	 */
	nestedForms(depth: number, fanOut: number): Uint8Array {
		return formBomb(depth, fanOut, false);
	},
};

/** A page image for `imageOnlyPdf`: JPEG bytes, their size in pixels, and the page's size in points. */
export interface ScannedPage {
	jpeg: Uint8Array;
	pixels: { width: number; height: number };
	points: { width: number; height: number };
}

/** A PDF whose every page is one JPEG image and nothing else, as a scanner writes it: no text layer at all. */
export function imageOnlyPdf(pages: readonly ScannedPage[]): Uint8Array {
	const objects: PdfObject[] = [, CATALOG];
	const pageIds = pages.map((_, index) => 3 + index * 3);
	objects[2] = `<< /Type /Pages /Kids [${references(pageIds)}] /Count ${pages.length} >>`;
	pages.forEach(({ jpeg, pixels, points }, index) => {
		const id = pageIds[index];
		objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${points.width} ${points.height}] /Resources << /XObject << /Scan ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`;
		objects[id + 1] = { dictionary: '', stream: latin1(`q ${points.width} 0 0 ${points.height} 0 0 cm /Scan Do Q`) };
		objects[id + 2] = { dictionary: `/Type /XObject /Subtype /Image /Width ${pixels.width} /Height ${pixels.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`, stream: jpeg };
	});
	return assemblePdf(objects);
}

/** A PDF object: a dictionary or other value, or a stream with its dictionary entries (without /Length) and bytes. */
type PdfObject = string | undefined | { dictionary: string; stream: Uint8Array };

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const references = (ids: readonly number[]) => ids.map((id) => `${id} 0 R`).join(' ');
const escape = (line: string) => line.replace(/[\\()]/g, (character) => `\\${character}`);
const textLines = (lines: readonly string[]) => `BT /F1 10 Tf 14 TL 40 800 Td ${lines.map((line) => `(${escape(line)}) Tj T*`).join(' ')} ET`;

/** A page object drawing content stream `contentsId` with Helvetica as /F1. */
function page(contentsId: number, parentId = 2, extraResources = '', extraEntries = ''): string {
	return `<< /Type /Page /Parent ${parentId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>${extraResources} >> /Contents ${contentsId} 0 R${extraEntries} >>`;
}

/** A one-page PDF with the given content stream. */
function onePage(contents: PdfObject): Uint8Array {
	return assemblePdf([, CATALOG, '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', HELVETICA, page(5), contents]);
}

/** Two real pages under a page-tree root written by `root` from their references. */
function withPageTree(root: (kids: string) => string, pages: number): Uint8Array {
	const objects: PdfObject[] = [, CATALOG, '', HELVETICA, { dictionary: '', stream: latin1(textLines(['Synthetic page with a few words of text.'])) }];
	const pageIds = Array.from({ length: pages }, (_, index) => 5 + index);
	for (const id of pageIds) objects[id] = page(4);
	objects[2] = root(references(pageIds));
	return assemblePdf(objects);
}

/** Form XObjects 5.. nested `depth` deep: each draws the next `fanOut` times (or itself, if `cyclic`). */
function formBomb(depth: number, fanOut: number, cyclic: boolean): Uint8Array {
	const objects: PdfObject[] = [, CATALOG, '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', HELVETICA];
	const firstForm = 5;
	objects[4] = page(firstForm + depth, 2, ` /XObject << /X ${firstForm} 0 R >>`);
	for (let level = 0; level < depth; level++) {
		const id = firstForm + level;
		const next = cyclic ? id : id + 1;
		const bottom = !cyclic && level === depth - 1;
		const resources = bottom ? '/Font << /F1 3 0 R >>' : `/XObject << /X ${next} 0 R >>`;
		const content = bottom ? textLines(['Synthetic line drawn by a nested form.']) : '/X Do '.repeat(fanOut);
		objects[id] = { dictionary: `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << ${resources} >>`, stream: latin1(content) };
	}
	objects[firstForm + depth] = { dictionary: '', stream: latin1('/X Do') };
	return assemblePdf(objects);
}

/**
 * A zlib stream of `total` zero bytes (rounded up to whole mebibytes), made without inflating
 * anything: one fully flushed deflate block of 1 MiB of zeros, repeated, then an empty final
 * block and the Adler-32 checksum (for zeros, a = 1 and b = the length mod 65521).
 */
function deflatedZeros(total: number): Uint8Array {
	const chunk = 1 << 20;
	const blocks = Math.ceil(total / chunk);
	const block = deflateRawSync(new Uint8Array(chunk), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
	const output = new Uint8Array(2 + blocks * block.length + 2 + 4);
	output.set([0x78, 0xda]);
	for (let index = 0; index < blocks; index++) output.set(block, 2 + index * block.length);
	const end = 2 + blocks * block.length;
	output.set(deflateRawSync(new Uint8Array(0)), end);
	new DataView(output.buffer).setUint32(end + 2, ((((blocks * chunk) % 65521) << 16) | 1) >>> 0);
	return output;
}

/** Objects 1..n (index 0 unused) with a cross-reference table and a trailer naming object 1 as the root. */
function assemblePdf(objects: readonly PdfObject[], trailerEntries = ''): Uint8Array {
	const parts: Uint8Array[] = [latin1('%PDF-1.4\n')];
	let length = parts[0].length;
	const push = (part: Uint8Array) => {
		parts.push(part);
		length += part.length;
	};
	const offsets: number[] = [];
	for (let id = 1; id < objects.length; id++) {
		const object = objects[id] ?? 'null';
		offsets[id] = length;
		if (typeof object === 'string') {
			push(latin1(`${id} 0 obj\n${object}\nendobj\n`));
		} else {
			push(latin1(`${id} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n`));
			push(object.stream);
			push(latin1('\nendstream\nendobj\n'));
		}
	}
	const xref = length;
	const entries = offsets.slice(1).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
	push(latin1(`xref\n0 ${objects.length}\n0000000000 65535 f \n${entries.join('')}`));
	push(latin1(`trailer\n<< /Size ${objects.length} /Root 1 0 R${trailerEntries} >>\nstartxref\n${xref}\n%%EOF\n`));
	return new Uint8Array(Buffer.concat(parts));
}
