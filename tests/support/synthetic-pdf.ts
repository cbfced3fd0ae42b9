/**
 * Minimal PDFs built in memory for screening tests: one Helvetica text line per entry of each
 * page, so tests control exactly what every page says without committing binary files.
 * `encrypted` adds a standard security handler whose password is unknown (its check values are
 * arbitrary), so a reader must ask for a password, as for a PDF locked by its publisher.
 */
export function syntheticPdf(pages: readonly (readonly string[])[], { encrypted = false } = {}): Uint8Array {
	const objects: string[] = [];
	const pageIds = pages.map((_, index) => 4 + index * 2);
	objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
	objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
	objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
	pages.forEach((lines, index) => {
		const escape = (line: string) => line.replace(/[\\()]/g, (character) => `\\${character}`);
		const stream = lines.length === 0 ? '' : `BT /F1 10 Tf 14 TL 40 800 Td ${lines.map((line) => `(${escape(line)}) Tj T*`).join(' ')} ET`;
		objects[pageIds[index]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index] + 1} 0 R >>`;
		objects[pageIds[index] + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
	});
	const encryptId = objects.length;
	if (encrypted) objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`;
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	for (let id = 1; id < objects.length; id++) {
		offsets[id] = Buffer.byteLength(body, 'latin1');
		body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
	}
	const xref = Buffer.byteLength(body, 'latin1');
	body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
	for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
	const encryption = encrypted ? ` /Encrypt ${encryptId} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
	body += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encryption} >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(body, 'latin1'));
}
