/**
 * Reads one PDF for `extractPdfPagesIsolated` (./isolated.ts) in a child process, which the
 * parent can kill at once when it takes too much memory or time.
 */
import { ScreeningError } from './errors.ts';
import { extractPdfPages, type ExtractionLimits } from './pdf.ts';

/** What the parent sends: the file and the limits to read it with. */
export interface ReadRequest {
	bytes: Uint8Array;
	limits: ExtractionLimits;
}

/** What the child says to its parent. */
export type ChildMessage =
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'pages'; pages: string[] }
	| { kind: 'refused'; code: ScreeningError['code']; message: string };

const send = (message: ChildMessage) => process.send?.(message);

process.once('message', async ({ bytes, limits }: ReadRequest) => {
	try {
		send({ kind: 'pages', pages: await extractPdfPages(bytes, (done, total) => send({ kind: 'progress', done, total }), limits) });
	} catch (error) {
		if (!(error instanceof ScreeningError)) throw error;
		send({ kind: 'refused', code: error.code, message: error.message });
	}
});
