/**
 * Preloaded into a command a test runs (`node --import ./tests/support/report-max-rss.ts …`
 * with a pipe as file descriptor 3): when the process exits, it writes there its peak resident
 * memory in kilobytes, worker threads included, so the test can bound it.
 */
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) process.on('exit', () => writeSync(3, `${process.resourceUsage().maxRSS}\n`));
