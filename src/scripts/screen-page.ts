import type { FindingLabels } from '../lib/finding-markup.ts';
import { findingCellsHtml } from '../lib/finding-markup.ts';
import { escapeHtml, fill } from '../lib/html.ts';
import { ocrLanguage } from '../lib/screening/ocr.ts';
import type { ScreenablePlan } from '../lib/screening/page-data.ts';
import { formatShare, type ItemStatus } from '../lib/gaps.ts';
import type { ScreenJob, ScreenMessage } from './screen-worker.ts';

/**
 * The screening page's island: takes a chosen or dropped file and the plan it is, runs the
 * screening in a worker (src/scripts/screen-worker.ts) with a progress bar and a cancel button,
 * and writes the report and its downloads (tables scroll in their own focusable box on a phone,
 * as WideTable.astro's do). The worker is ended when the report is shown, on an
 * error and on cancel. `data-state` says where a run stands (idle, running, done, error,
 * cancelled) for tests and assistive technology alike. A scan refused for want of text gets an
 * offer to read its pages by OCR, which runs the same file again with `ocr` set.
 */

type Labels = Record<string, string> & {
	finding: FindingLabels;
	ocrMegabytes: Record<string, string>;
	status: Record<ItemStatus, string>;
	languages: Record<string, string>;
};

class PlanScreening extends HTMLElement {
	#labels!: Labels;
	#plans: Promise<ScreenablePlan[]> | undefined;
	#worker: Worker | undefined;
	#downloads: string[] = [];

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels!);
		this.#part('no-js').hidden = true;
		this.#form.hidden = false;
		this.dataset.state = 'idle';
		this.#form.addEventListener('change', (event) => {
			const target = event.target as HTMLInputElement;
			if (target.name === 'kind') this.#showKind();
			if (target.name === 'file' && target.files?.length) this.#form.requestSubmit();
		});
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#start();
		});
		this.#planInput.addEventListener('focus', () => void this.#loadPlans(), { once: true });
		this.#part('cancel').addEventListener('click', () => this.#finish('cancelled', this.#labels.cancelled));
		this.#part('ocr-start').addEventListener('click', () => void this.#start(true));
		const drop = this.#part('drop');
		drop.addEventListener('dragover', (event) => {
			event.preventDefault();
			drop.classList.add('dragging');
		});
		drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
		drop.addEventListener('drop', (event) => {
			event.preventDefault();
			drop.classList.remove('dragging');
			const files = event.dataTransfer?.files;
			if (!files?.length) return;
			this.#fileInput.files = files;
			this.#form.requestSubmit();
		});
		const requested = new URLSearchParams(location.search).get('plan');
		if (requested) void this.#loadPlans().then((plans) => {
			const plan = plans.find((entry) => entry.id === requested);
			if (plan) this.#planInput.value = plan.label;
		});
	}

	get #form() {
		return this.querySelector('form')!;
	}
	get #planInput() {
		return this.querySelector<HTMLInputElement>('input[name="plan"]')!;
	}
	get #fileInput() {
		return this.querySelector<HTMLInputElement>('input[name="file"]')!;
	}
	#part(name: string) {
		return this.querySelector<HTMLElement>(`[data-${name}]`)!;
	}
	#kind() {
		return this.querySelector<HTMLInputElement>('input[name="kind"]:checked')!.value;
	}

	#showKind() {
		for (const element of this.querySelectorAll<HTMLElement>('[data-when]')) element.hidden = element.dataset.when !== this.#kind();
	}

	/** The catalogue's plans, fetched once, into the picker's list. */
	#loadPlans(): Promise<ScreenablePlan[]> {
		this.#plans ??= fetch(this.dataset.plans!)
			.then((response) => response.json() as Promise<ScreenablePlan[]>)
			.then((plans) => {
				this.querySelector('datalist')!.innerHTML = plans.map((plan) => `<option value="${escapeHtml(plan.label)}"></option>`).join('');
				return plans;
			});
		return this.#plans;
	}

	async #start(ocr = false) {
		const file = this.#fileInput.files?.[0];
		if (!file) return;
		this.#stopWorker();
		this.#part('error').textContent = '';
		this.#part('ocr').hidden = true;
		this.#part('result').innerHTML = '';
		let plan: ScreenablePlan | undefined;
		if (this.#kind() === 'catalogue') {
			const typed = this.#planInput.value.trim();
			plan = (await this.#loadPlans()).find((entry) => entry.label === typed || entry.id === typed);
			if (!plan) {
				this.#finish('error', this.#labels.unknownPlan);
				this.#planInput.focus();
				return;
			}
		}
		const start = Number(this.querySelector<HTMLInputElement>('input[name="start"]')!.value);
		const language = this.querySelector<HTMLSelectElement>('select[name="language"]')!.value;
		const job: ScreenJob = {
			file,
			frameworkUrl: this.dataset.framework!,
			...(plan ? { plan: { id: plan.id, title: plan.title, languages: plan.languages, start: plan.start, ...(plan.documentUrl ? { documentUrl: plan.documentUrl } : {}) } } : {}),
			...(!plan && Number.isInteger(start) && start > 0 ? { planStart: start } : {}),
			...(language ? { language } : {}),
			date: new Date().toISOString().slice(0, 10),
			tool: this.#labels.tool,
			...(ocr ? { ocr } : {}),
		};
		const ocrLanguageCode = ocrLanguage(language || undefined, plan?.languages ?? []);
		const ocrLanguageName = this.#labels.languages[ocrLanguageCode];
		this.dataset.state = 'running';
		this.#part('progress').hidden = false;
		this.#progress(0, 1, this.#labels.opening);
		const worker = new Worker(new URL('./screen-worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		worker.addEventListener('message', (event: MessageEvent<ScreenMessage>) => {
			if (worker !== this.#worker) return;
			const message = event.data;
			if (message?.type === 'progress') {
				const reading = message.byOcr ? this.#labels.readingOcr : this.#labels.reading;
				this.#progress(message.done, message.total, message.done === message.total ? this.#labels.matching : fill(reading, { done: message.done, total: message.total }));
			} else if (message?.type === 'loading-ocr') {
				this.#progress(undefined, 1, fill(this.#labels.loadingOcr, { language: ocrLanguageName }));
			} else if (message?.type === 'error') {
				this.#finish('error', fill(this.#labels.failed, { message: message.message }));
				if (message.code === 'needs-ocr') this.#offerOcr(ocrLanguageName, this.#labels.ocrMegabytes[ocrLanguageCode]);
			} else if (message?.type === 'done') {
				this.#render(message, plan);
				this.#finish('done');
			}
		});
		worker.addEventListener('error', (event) => this.#finish('error', fill(this.#labels.failed, { message: event.message || 'the screening stopped' })));
		worker.postMessage(job);
	}

	/** The bar and its words; with `done` undefined the bar is indeterminate (a download of unknown length). */
	#progress(done: number | undefined, total: number, text: string) {
		const bar = this.querySelector('progress')!;
		bar.max = total;
		if (done === undefined) bar.removeAttribute('value');
		else bar.value = done;
		this.#part('status').textContent = text;
	}

	/** After a scan was refused: what OCR would do, in which language, and a button to run it. */
	#offerOcr(languageName: string, megabytes: string) {
		this.#part('ocr-offer').innerHTML = fill(this.#labels.ocrOffer, { language: languageName, megabytes });
		this.#part('ocr').hidden = false;
	}

	#stopWorker() {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	/** End a run: the worker goes, the progress hides, and a message says why where there is one. */
	#finish(state: 'done' | 'error' | 'cancelled', message = '') {
		this.#stopWorker();
		this.#part('progress').hidden = true;
		this.#part(state === 'done' ? 'status' : 'error').textContent = message;
		this.dataset.state = state;
	}

	#render(done: Extract<ScreenMessage, { type: 'done' }>, plan: ScreenablePlan | undefined) {
		const l = this.#labels;
		const findings = done.draft.findings;
		const count = (status: string) => Object.values(findings).filter((finding) => finding.status === status).length;
		const summary = fill(l.summary, {
			pages: done.pages,
			seconds: done.seconds.toFixed(1),
			rate: (done.pages / done.seconds).toFixed(done.pages / done.seconds < 10 ? 1 : 0),
			language: l.languages[done.language] ?? done.language,
			addressed: count('addressed'),
			partial: count('partial'),
			notFound: count('not-found'),
			notApplicable: count('not-applicable'),
			items: Object.keys(findings).length,
		});
		const statuses = ['addressed', 'partial', 'not-found', 'not-applicable'] as const;
		const coverage = done.domains
			.map((domain) => {
				const counts = statuses.map((status) => domain.tally[status]);
				return `<tr><th scope="row"><a href="#screen-${domain.id}">${escapeHtml(domain.label)}</a></th>${counts.map((n) => `<td class="num">${n}</td>`).join('')}<td class="num"><strong>${formatShare(domain.tally.share)}</strong></td></tr>`;
			})
			.join('');
		const items = done.domains
			.map(
				(domain) =>
					`<section aria-labelledby="screen-${domain.id}"><h3 id="screen-${domain.id}">${escapeHtml(domain.label)}</h3><div class="wide-table" role="group" aria-labelledby="screen-${domain.id}" tabindex="0"><table><thead><tr><th scope="col">${escapeHtml(l.item)}</th><th scope="col">${escapeHtml(l.finding_)}</th><th scope="col">${escapeHtml(l.evidence)}</th></tr></thead><tbody>` +
					domain.items
						.map((item) => {
							const finding = findings[item.id];
							return `<tr><th scope="row"><a href="/gaps/method/#${item.id}">${escapeHtml(item.label)}</a></th>${findingCellsHtml(finding?.status ?? 'not-assessed', finding, l.finding)}</tr>`;
						})
						.join('') +
					'</tbody></table></div></section>',
			)
			.join('');
		for (const url of this.#downloads) URL.revokeObjectURL(url);
		// `labelHtml` is already escaped (a filled template or escaped text).
		const link = (text: string, type: string, name: string, labelHtml: string) => {
			const url = URL.createObjectURL(new Blob([text], { type }));
			this.#downloads.push(url);
			return `<li><a href="${url}" download="${escapeHtml(name)}">${labelHtml}</a></li>`;
		};
		const base = plan?.id ?? 'screened-plan';
		this.#part('result').innerHTML =
			`<h2 id="screen-result" tabindex="-1">${escapeHtml(l.resultHeading)}</h2>` +
			(plan ? `<p>${fill(l.forPlan, { title: plan.label })}</p>` : '') +
			`<p class="notice">${escapeHtml(l.draftNotice)}</p>` +
			(done.ocr ? `<p class="notice" data-ocr-notice>${fill(l.ocrNotice, { count: done.ocr.pages.length, pages: done.pages, language: l.languages[done.ocr.language] ?? done.ocr.language })}</p>` : '') +
			`<p>${summary}</p>` +
			`<div class="wide-table" role="group" aria-labelledby="screen-result" tabindex="0"><table><thead><tr><th scope="col">${escapeHtml(l.domain)}</th>${statuses.map((status) => `<th scope="col" class="num">${escapeHtml(l.status[status])}</th>`).join('')}<th scope="col" class="num">${escapeHtml(l.percentAddressed)}</th></tr></thead><tbody>${coverage}</tbody></table></div>` +
			items +
			`<section class="no-print" aria-labelledby="screen-downloads"><h2 id="screen-downloads">${escapeHtml(l.downloadsHeading)}</h2><ul>` +
			link(done.files.yaml, 'text/yaml', `${base}.yaml`, fill(l.downloadYaml, { file: `${base}.yaml` })) +
			link(done.files.csv, 'text/csv', `${base}.csv`, escapeHtml(l.downloadCsv)) +
			link(done.files.json, 'application/json', `${base}.json`, escapeHtml(l.downloadJson)) +
			`</ul><p><button type="button" class="button" data-print>${escapeHtml(l.print)}</button> <a href="/gaps/method/#publishing">${escapeHtml(l.howToPublish)}</a></p></section>`;
		this.querySelector('[data-print]')!.addEventListener('click', () => print());
		this.querySelector<HTMLElement>('#screen-result')!.focus();
	}
}

customElements.define('plan-screening', PlanScreening);
