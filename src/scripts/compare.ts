import { buildComparison, compareQuery, escapeHtml, parseCountries, problemMessages, renderComparison, type CompareData, type CompareLabels } from '../lib/compare.ts';

/**
 * Countries side by side in the browser: reads `?countries=…`, checks it against the countries
 * the selectors list, loads /data/compare.json once, and renders the same table the pre-rendered
 * `/compare/{iso3}/` pages carry. A change of selection re-renders and rewrites the URL, so the
 * address bar is always a link to what is shown. `data-state` says when a run has finished
 * (`ready`, `invalid`, `error` or `idle`).
 */
class CompareCountries extends HTMLElement {
	#labels!: CompareLabels;
	#data: Promise<CompareData> | undefined;
	#run = 0;

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels!);
		this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
		this.#form.hidden = false;
		this.#form.addEventListener('change', () => this.#show(this.#chosen(), false));
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#show(this.#chosen(), false);
		});
		const requested = new URLSearchParams(location.search).getAll('countries');
		if (requested.length) void this.#show(requested, true);
		else this.dataset.state = 'idle';
	}

	get #form() {
		return this.querySelector<HTMLFormElement>('form')!;
	}
	get #selects() {
		return [...this.querySelectorAll('select')];
	}
	#part(name: string) {
		return this.querySelector<HTMLElement>(`[data-${name}]`)!;
	}
	#chosen() {
		return this.#selects.map((select) => select.value).filter(Boolean);
	}
	/** Uppercase ISO3 → name, from the selectors' options (every catalogued country). */
	#names() {
		return new Map([...this.#selects[0]!.options].filter((option) => option.value).map((option) => [option.value.toUpperCase(), option.text]));
	}

	#load() {
		this.#data ??= fetch(this.dataset.src!).then((response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.url}`);
			return response.json() as Promise<CompareData>;
		});
		this.#data.catch(() => (this.#data = undefined));
		return this.#data;
	}

	#errors(messages: string[]) {
		this.#part('errors').innerHTML = messages.length ? `<ul class="notice">${messages.map((message) => `<li>${escapeHtml(message)}</li>`).join('')}</ul>` : '';
	}

	async #show(values: string[], fromUrl: boolean) {
		const run = ++this.#run;
		const names = this.#names();
		const selection = parseCountries(values, (code) => names.has(code));
		if (fromUrl) this.#selects.forEach((select, index) => (select.value = selection.codes[index]?.toLowerCase() ?? ''));
		const result = this.#part('result');
		const status = this.#part('status');
		if (selection.problems.length) {
			this.#errors(problemMessages(selection.problems, this.#labels));
			result.replaceChildren();
			status.textContent = '';
			this.dataset.state = 'invalid';
			return;
		}
		this.#errors([]);
		this.dataset.state = 'loading';
		this.setAttribute('aria-busy', 'true');
		status.textContent = this.dataset.loading!;
		try {
			const data = await this.#load();
			if (run !== this.#run) return;
			result.innerHTML = renderComparison(buildComparison(data, selection.codes), this.#labels, (code) => names.get(code) ?? code);
			status.textContent = '';
			history.replaceState(null, '', `${location.pathname}${compareQuery(selection.codes)}`);
			this.dataset.state = 'ready';
		} catch (error) {
			console.error(error);
			if (run !== this.#run) return;
			status.textContent = '';
			this.#errors([this.dataset.loadError!]);
			this.dataset.state = 'error';
		} finally {
			if (run === this.#run) this.removeAttribute('aria-busy');
		}
	}
}

customElements.define('compare-countries', CompareCountries);
