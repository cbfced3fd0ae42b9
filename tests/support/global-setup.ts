import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** One scratch folder per test run, shared by every test file (the fixture site is built into it once) and removed at the end. */
export default function setup(project: TestProject) {
	const scratch = mkdtempSync(join(tmpdir(), 'nccp-tests-'));
	project.provide('scratch', scratch);
	return () => rmSync(scratch, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		scratch: string;
	}
}
