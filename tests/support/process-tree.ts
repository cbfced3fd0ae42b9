/**
 * Run a command and watch its whole process tree through Linux's /proc: a build is npm → node →
 * Astro with Pagefind's binary beside it, and screening runs its PDF reader as a child, so one
 * process's memory would undercount. Used by the hostile-PDF tests (memory bounds) and the
 * benchmark (build memory and phases timed from the log).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One line of output and the seconds since the start at which it arrived. */
export interface TimedLine {
	seconds: number;
	text: string;
}

export interface WatchedRun {
	/** Exit code; null when a signal ended it. */
	status: number | null;
	seconds: number;
	stdout: string;
	stderr: string;
	/** stdout and stderr line by line, in arrival order, each with its time. */
	lines: TimedLine[];
	/** Highest resident memory of the tree at one sample: the sum of every live process's VmRSS. */
	peakRssBytes: number;
	/**
	 * Sum over every process seen of its own peak (VmHWM, a high-water mark the kernel keeps), in
	 * MB: a process killed between two samples loses at most its last milliseconds of growth.
	 */
	peakMemoryMb: number;
}

/** Whether memory can be measured here (Linux's /proc). */
export const canMeasureMemory = (() => {
	try {
		return /^VmHWM:/m.test(readFileSync('/proc/self/status', 'latin1'));
	} catch {
		return false;
	}
})();

function read(path: string): string {
	try {
		return readFileSync(path, 'latin1');
	} catch {
		return '';
	}
}

const kilobytes = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

/** The process and its descendants, from the children lists of every thread (any thread may spawn). */
function tree(root: number): number[] {
	const pids: number[] = [];
	const pending = [root];
	while (pending.length) {
		const pid = pending.pop()!;
		pids.push(pid);
		let tasks: string[] = [];
		try {
			tasks = readdirSync(`/proc/${pid}/task`);
		} catch {
			// The process ended while we looked.
		}
		for (const task of tasks) pending.push(...read(`/proc/${pid}/task/${task}/children`).split(' ').filter(Boolean).map(Number));
	}
	return pids;
}

/** Run `command` with `args`, echoing nothing; resolves when it exits, whatever its status. */
export function runWatched(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; intervalMs?: number } = {}): Promise<WatchedRun> {
	const started = performance.now();
	const elapsed = () => (performance.now() - started) / 1000;
	const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
	const highWaterKb = new Map<number, number>();
	let peakRssBytes = 0;
	const sample = () => {
		if (child.pid === undefined) return;
		let rssKb = 0;
		for (const pid of tree(child.pid)) {
			const status = read(`/proc/${pid}/status`);
			rssKb += kilobytes(status, 'VmRSS');
			highWaterKb.set(pid, Math.max(highWaterKb.get(pid) ?? 0, kilobytes(status, 'VmHWM')));
		}
		peakRssBytes = Math.max(peakRssBytes, rssKb * 1024);
	};
	const timer = setInterval(sample, options.intervalMs ?? 250);
	const lines: TimedLine[] = [];
	const output = { stdout: '', stderr: '' };
	for (const stream of ['stdout', 'stderr'] as const) {
		let rest = '';
		child[stream].setEncoding('utf8');
		child[stream].on('data', (chunk: string) => {
			output[stream] += chunk;
			const parts = (rest + chunk).split('\n');
			rest = parts.pop()!;
			for (const text of parts) lines.push({ seconds: elapsed(), text });
		});
		child[stream].on('end', () => {
			if (rest) lines.push({ seconds: elapsed(), text: rest });
		});
	}
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (status) => {
			clearInterval(timer);
			const peakMemoryMb = [...highWaterKb.values()].reduce((sum, peak) => sum + peak, 0) / 1024;
			resolve({ status, seconds: elapsed(), ...output, lines, peakRssBytes, peakMemoryMb });
		});
	});
}
