import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A finished command with its output, wall time and peak memory. */
export interface MeasuredRun {
	status: number | null;
	stdout: string;
	stderr: string;
	seconds: number;
	/** Sum over the command and every process it started of each one's peak resident memory, in MB. */
	peakMemoryMb: number;
}

/** Whether peak memory can be measured here (Linux's /proc). */
export const canMeasureMemory = (() => {
	try {
		return /^VmHWM:/m.test(readFileSync('/proc/self/status', 'latin1'));
	} catch {
		return false;
	}
})();

/**
 * Runs a command, reading every few milliseconds from /proc the peak resident memory (VmHWM,
 * a high-water mark kept by the kernel) of it and of its descendants, so a child that is killed
 * between two readings loses at most the growth of those last milliseconds.
 */
export function runMeasured(command: string, args: readonly string[]): Promise<MeasuredRun> {
	const started = performance.now();
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	const peaks = new Map<number, number>();
	const sample = (pid: number) => {
		const status = read(`/proc/${pid}/status`);
		const peak = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
		if (peak > (peaks.get(pid) ?? 0)) peaks.set(pid, peak);
		for (const task of read(`/proc/${pid}/task/${pid}/children`).split(' ').filter(Boolean)) sample(Number(task));
	};
	const sampler = setInterval(() => child.pid !== undefined && sample(child.pid), 2);
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
	return new Promise((resolve) => {
		child.on('close', (status) => {
			clearInterval(sampler);
			const peakMemoryMb = [...peaks.values()].reduce((sum, peak) => sum + peak, 0);
			resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000, peakMemoryMb });
		});
	});
}

function read(path: string): string {
	try {
		return readFileSync(path, 'latin1');
	} catch {
		return '';
	}
}
