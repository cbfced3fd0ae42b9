import { defineConfig } from 'vitest/config';

/**
 * One runner for every layer: unit tests of `src/lib` and the schemas, build tests on the
 * fixture site, and browser tests against the built portal. `scripts/test.ts` builds the
 * portal first and prints the plain "N passed, N failed" line CI reads.
 */
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		testTimeout: 30_000,
		hookTimeout: 240_000,
		// Build and browser tests share ports and 2 cores: run files one at a time.
		fileParallelism: false,
		// A scratch folder for the run, where the fixture site is built once for every build test.
		globalSetup: ['tests/support/global-setup.ts'],
	},
});
