/** Escape text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Fill `{name}` placeholders; values are escaped, the template is trusted (our strings). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? escapeHtml(String(values[name])) : match));
}
