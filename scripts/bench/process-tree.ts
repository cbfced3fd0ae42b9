/**
 * Run a command and watch its whole process tree: the peak of the summed resident memory of
 * every descendant (a build is npm → node → Astro, and Pagefind runs its own binary beside it,
 * so one process's peak would undercount), and when each output line arrived, so phases can be
 * timed from the log without changing the build.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One line of output and the seconds since the start at which it arrived. */
export interface TimedLine {
	seconds: number;
	text: string;
}

export interface TreeRun {
	exitCode: number;
	seconds: number;
	/** Highest sum of VmRSS over the process and its descendants, sampled every `intervalMs`. */
	peakRssBytes: number;
	lines: TimedLine[];
}

/** Parent pid of every live process, from /proc/<pid>/stat (field 4). */
function parentsByPid(): Map<number, number> {
	const parents = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// The command name (field 2) may hold spaces and parentheses: read after its closing one.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parents.set(Number(entry), Number(fields[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	return parents;
}

/** Resident memory of a process in bytes (0 if it has ended). */
function rssOf(pid: number): number {
	try {
		const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** Summed resident memory of `root` and all its descendants. */
export function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	for (const [pid, parent] of parentsByPid()) {
		const list = children.get(parent);
		if (list) list.push(pid);
		else children.set(parent, [pid]);
	}
	let total = 0;
	const pending = [root];
	while (pending.length) {
		const pid = pending.pop()!;
		total += rssOf(pid);
		pending.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Run `command` with `args`, echoing nothing; resolves when it exits, whatever its code. */
export function runWatched(command: string, args: readonly string[], env: NodeJS.ProcessEnv, intervalMs = 250): Promise<TreeRun> {
	const started = performance.now();
	const elapsed = () => (performance.now() - started) / 1000;
	const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	const lines: TimedLine[] = [];
	let peakRssBytes = 0;
	const sample = () => {
		if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
	};
	const timer = setInterval(sample, intervalMs);
	const collect = (stream: NodeJS.ReadableStream) => {
		let rest = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const parts = (rest + chunk).split('\n');
			rest = parts.pop()!;
			for (const text of parts) lines.push({ seconds: elapsed(), text });
		});
		stream.on('end', () => {
			if (rest) lines.push({ seconds: elapsed(), text: rest });
		});
	};
	collect(child.stdout!);
	collect(child.stderr!);
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ exitCode: code ?? 1, seconds: elapsed(), peakRssBytes, lines });
		});
	});
}
