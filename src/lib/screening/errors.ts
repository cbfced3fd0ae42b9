/** Why a document cannot be screened; the CLI prints the message and exits non-zero. */
export type ScreeningErrorCode =
	| 'empty-file'
	| 'not-pdf'
	| 'encrypted'
	| 'corrupt'
	| 'needs-ocr'
	| 'no-text'
	| 'too-large'
	| 'resource-limit'
	| 'unknown-plan'
	| 'unsupported-language'
	| 'unreadable';

/** A document or request screening refuses, with a message a curator can act on. */
export class ScreeningError extends Error {
	readonly code: ScreeningErrorCode;
	constructor(code: ScreeningErrorCode, message: string) {
		super(message);
		this.name = 'ScreeningError';
		this.code = code;
	}
}
