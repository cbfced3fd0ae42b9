import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUT_DIR } from '../../src/build-settings.ts';

/** The project root (tests run from it). */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The portal built by `scripts/test.ts` before the suite runs (or by `npm run build`). */
export const DIST = resolve(ROOT, OUT_DIR);
/** The reference data and plan PDFs beside the project; absent in a user's fresh clone. */
export const SHARED = resolve(ROOT, '../shared');
export const hasShared = existsSync(resolve(SHARED, 'data'));

/** Say loudly that tests needing `../shared` were skipped, so a green run without it is not mistaken for a full one. */
export function skipNotice(what: string): void {
	console.warn(`SKIPPED ${what}: ${SHARED} is absent (a fresh clone without ../shared).`);
}
