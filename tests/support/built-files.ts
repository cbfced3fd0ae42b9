import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of a built site (Pagefind's own files left out). */
export function builtPages(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : builtPages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The site path a built page is served at (`plans/index.html` → `/plans/`). */
export function sitePath(directory: string, file: string): string {
	return `/${relative(directory, file).replace(/index\.html$/, '')}`;
}

/** Every file under a folder of a build, as paths relative to it, sorted. */
export function builtFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(directory, join(entry.parentPath, entry.name)))
		.sort();
}
