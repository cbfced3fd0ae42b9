/** The slice of js-yaml (the parser Astro reads YAML content with) that `src/lib/content-files.ts` uses; js-yaml ships no types. */
declare module 'js-yaml' {
	interface Schema {}
	interface LoadOptions {
		schema?: Schema;
	}
	const jsYaml: {
		load(text: string, options?: LoadOptions): unknown;
		CORE_SCHEMA: Schema;
	};
	export default jsYaml;
}
