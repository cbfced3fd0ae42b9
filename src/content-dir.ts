/**
 * The content folder the site is built from: `content/`, or CONTENT_DIR (the build tests and
 * the benchmark point it at fixture and synthetic sites). Read by the content collections and
 * by src/data/gaps.ts, which reads the assessments from their files.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';
