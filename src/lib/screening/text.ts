import { ScreeningError } from './errors.ts';

/**
 * The pages of a plain-text plan: UTF-8 split at form feeds, as `pdftotext` writes them. Refuses
 * text that is not UTF-8 and text without a single word. The CLI and the browser page share it.
 */
export function textPages(bytes: Uint8Array): string[] {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ScreeningError('unreadable', 'the text file is not UTF-8; convert it to UTF-8 first');
	}
	if (!/[\p{L}\p{N}]/u.test(text)) throw new ScreeningError('empty-file', 'the text file has no words');
	return text.split('\f');
}
