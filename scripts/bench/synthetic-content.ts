/**
 * Synthetic content for the benchmark: a content folder with N plans and assessments of most of
 * them, shaped like the real catalogue (title and summary lengths, the mix of plan types,
 * languages, periods and scopes; 75 findings per assessment with page evidence for every item
 * found) so a build of it costs what a catalogue of N real plans would.
 *
 * Every invented record says it is synthetic: titles start "Synthetic plan", publishers and
 * assessors are "Synthetic …", URLs point at example.org. Countries, regions, income groups,
 * the framework, published findings, resources and partners are copied from the real content:
 * they are facts, not figures under test, and the world map can place every real country.
 * Seeded, so the same size always yields the same files.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeMarkdownRecord, serializeYamlRecord } from '../../src/lib/content-files.ts';
import { isApplicable, notApplicableReason, type Framework } from '../../src/lib/framework.ts';
import { startYearOfPlanId } from '../../src/lib/plan-id.ts';
import type { Assessment, Finding, FindingStatus } from '../../src/schemas/assessment.ts';
import type { Country } from '../../src/schemas/country.ts';
import type { LexiconLanguage } from '../../src/schemas/framework.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import type { PlanType } from '../../src/schemas/vocabulary.ts';

/** Folders copied as they are from the real content: facts the synthetic plans refer to. */
export const COPIED_FOLDERS = ['countries', 'framework', 'published-findings', 'resources', 'partners'] as const;

export interface SyntheticOptions {
	/** How many plans. */
	plans: number;
	/** Share of plans with an assessment (0–1); the real catalogue will have most assessed. */
	assessedShare?: number;
	/** PRNG seed; the same seed and size give the same records. */
	seed?: number;
}

/** One generated plan: its id, record, summary body and, for most, its assessment. */
export interface SyntheticRecord {
	id: string;
	plan: Plan;
	body: string;
	assessment?: Assessment;
}

/** A small, fast, seeded PRNG (mulberry32): benchmark content must not change between runs. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

/** Choose from weighted options: `[[value, weight], …]`. */
function weighted<T>(next: () => number, options: readonly (readonly [T, number])[]): T {
	const total = options.reduce((sum, [, weight]) => sum + weight, 0);
	let roll = next() * total;
	for (const [value, weight] of options) {
		roll -= weight;
		if (roll < 0) return value;
	}
	return options[options.length - 1][0];
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];
const between = (next: () => number, low: number, high: number) => low + Math.floor(next() * (high - low + 1));

/** Plan types in roughly the real catalogue's proportions. */
const TYPE_WEIGHTS: readonly (readonly [PlanType, number])[] = [
	['cancer-plan', 55],
	['ncd-plan', 35],
	['cancer-strategy', 6],
	['law-policy', 4],
];

/** Document languages in roughly the real catalogue's proportions (the rest share 15%). */
const LANGUAGE_WEIGHTS: readonly (readonly [string, number])[] = [
	['en', 50],
	['fr', 12],
	['es', 12],
	['pt', 4],
	['de', 3],
	['ja', 2],
	['ro', 2],
	['ru', 3],
	['ar', 3],
	['zh', 2],
	['no', 2],
	['da', 1],
	['it', 2],
	['tr', 2],
];

/** Title patterns by type and language, as real plans word them; `{c}` is the country. */
const TITLES: Record<PlanType, Partial<Record<string, readonly string[]>> & { en: readonly string[] }> = {
	'cancer-plan': {
		en: ['National Cancer Control Plan', 'National Comprehensive Cancer Control Plan for {c}', 'Cancer Control Programme and Plan of Action', 'National Cancer Prevention and Control Plan'],
		fr: ['Plan national de lutte contre le cancer', 'Plan stratégique national de prévention et de lutte contre le cancer'],
		es: ['Plan Nacional de Control del Cáncer', 'Plan Nacional para la Prevención y Control del Cáncer'],
		pt: ['Plano Nacional de Controlo do Cancro', 'Plano Nacional de Prevenção e Controle do Câncer'],
	},
	'ncd-plan': {
		en: ['Multisectoral Action Plan for the Prevention and Control of Noncommunicable Diseases', 'National Strategy for the Prevention and Control of Non-Communicable Diseases in {c}', 'National NCD Strategic Plan with a three-year operational plan'],
		fr: ["Plan d'action multisectoriel de prévention et de contrôle des maladies non transmissibles", 'Plan stratégique national de lutte contre les maladies chroniques non transmissibles'],
		es: ['Estrategia Nacional para la Prevención y Control de las Enfermedades No Transmisibles', 'Plan Multisectorial de Enfermedades No Transmisibles'],
		pt: ['Plano Estratégico Nacional para as Doenças Não Transmissíveis'],
	},
	'cancer-strategy': {
		en: ['National Cancer Strategy', 'National Strategy for the Elimination of Cervical Cancer', 'Cancer Strategy for {c}'],
		fr: ["Stratégie nationale d'élimination du cancer du col de l'utérus"],
		es: ['Estrategia Nacional de Cáncer'],
	},
	'law-policy': {
		en: ['National Cancer Control Act', 'National Cancer Policy', 'Cancer Registration and Control Regulations'],
		fr: ['Loi relative à la lutte contre le cancer'],
		es: ['Ley Nacional de Atención Integral del Cáncer'],
	},
};

/** Assessment statuses, weighted as screening finds them in real plans. */
const STATUS_WEIGHTS: readonly (readonly [FindingStatus, number])[] = [
	['addressed', 45],
	['partial', 20],
	['not-found', 35],
];

/** A sentence pool from the framework's own explanations: realistic words for summaries and quotes. */
function sentencesOf(framework: Framework): string[] {
	return framework.items.flatMap((item) => item.why.split(/(?<=[.;:])\s+/)).filter((sentence) => sentence.split(/\s+/).length >= 6);
}

/** A quote of at most 25 words around `phrase`, as screening cuts them from a page. */
function quoteAround(next: () => number, words: readonly string[], phrase: string): string {
	const room = Math.max(2, 23 - phrase.split(/\s+/).length);
	const before = between(next, 1, room - 1);
	const after = between(next, 0, room - before);
	const start = between(next, 0, words.length - before - after - 1);
	const text = [...words.slice(start, start + before), phrase, ...words.slice(start + before, start + before + after)];
	return `… ${text.join(' ')} …`;
}

/** The phrase a lexicon entry would match in a page, without its `=` (case) or `*` (prefix) marks. */
const phraseText = (phrase: string) => phrase.replace(/^=/, '').replace(/\*/g, 'y');

/** Generate the records of a synthetic catalogue of `options.plans` plans over the given countries. */
export function generateSyntheticRecords(countries: readonly Country[], framework: Framework, options: SyntheticOptions): SyntheticRecord[] {
	const next = random(options.seed ?? 20261121);
	const assessedShare = options.assessedShare ?? 0.85;
	const sentences = sentencesOf(framework);
	const words = sentences.join(' ').split(/\s+/);
	const placed = countries.filter((country) => country.whoRegion);
	const byRegion = Map.groupBy(placed, (country) => country.whoRegion!);
	const records: SyntheticRecord[] = [];
	for (let number = 1; number <= options.plans; number++) {
		const scope = weighted(next, [
			['national', 94],
			['sub-national', 4],
			['regional', 2],
		] as const);
		const home = pick(next, placed);
		const covered = scope === 'regional' ? sampleOf(next, byRegion.get(home.whoRegion!)!, between(next, 2, 6)) : [home];
		const type = weighted(next, TYPE_WEIGHTS);
		const language = weighted(next, LANGUAGE_WEIGHTS);
		const start = between(next, 1995, 2027);
		const end = next() < 0.08 ? undefined : start + between(next, 3, 10);
		const patterns = TITLES[type][language] ?? TITLES[type].en;
		const place = scope === 'regional' ? `${covered.length} countries of the ${home.whoRegion} region` : home.name;
		const base = pick(next, patterns).replace('{c}', place);
		const years = end === undefined ? `${start}` : `${start}-${end}`;
		const title = `Synthetic plan ${number}: ${base} ${years}`;
		const englishBase = pick(next, TITLES[type].en).replace('{c}', place);
		const prefix = scope === 'regional' ? 'regional' : home.iso3.toLowerCase();
		const id = `${prefix}-${years}-synthetic-plan-${number}`;
		const plan: Plan = {
			title,
			...(language !== 'en' && TITLES[type][language] ? { titleEnglish: `Synthetic plan ${number}: ${englishBase} ${years}` } : {}),
			...(scope === 'regional' ? { countries: covered.map((country) => country.iso3) } : { country: home.iso3 }),
			type,
			period: end === undefined ? { start } : { start, end },
			languages: next() < 0.1 ? [language, 'en'].filter((code, index, all) => all.indexOf(code) === index) : [language],
			scope,
			...(scope === 'sub-national' ? { area: `Synthetic province ${number}` } : {}),
			documentUrl: `https://example.org/synthetic/plans/${id}.pdf`,
			publisher: `Synthetic Ministry of Health (${place})`,
			flags: next() < 0.05 ? ['draft'] : [],
			...(next() < 0.3 ? { notes: `Synthetic record for the benchmark. ${pick(next, sentences)}` } : {}),
			evidenceUrl: `https://example.org/synthetic/evidence/${id}`,
			added: `2026-${String(between(next, 1, 11)).padStart(2, '0')}-${String(between(next, 1, 28)).padStart(2, '0')}`,
		};
		const body = summaryOf(next, sentences, number);
		const screenedLanguage: LexiconLanguage = (['fr', 'es', 'pt'] as const).find((code) => code === language) ?? 'en';
		const assessment = next() < assessedShare ? assessmentOf(next, framework, words, id, screenedLanguage) : undefined;
		records.push({ id, plan, body, ...(assessment ? { assessment } : {}) });
	}
	return records;
}

/** `count` distinct entries of `list` (fewer if the list is shorter), in list order. */
function sampleOf<T>(next: () => number, list: readonly T[], count: number): T[] {
	const chosen = new Set<number>();
	while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length));
	return [...chosen].sort((a, b) => a - b).map((index) => list[index]);
}

/** A summary of 150–350 words in three paragraphs, as curators write them. */
function summaryOf(next: () => number, sentences: readonly string[], number: number): string {
	const paragraphs = [`Synthetic plan ${number} is generated for the benchmark and describes no real document.`];
	let length = 0;
	const target = between(next, 150, 350);
	let paragraph: string[] = [];
	while (length < target) {
		const sentence = pick(next, sentences);
		paragraph.push(sentence);
		length += sentence.split(/\s+/).length;
		if (paragraph.length >= 4) {
			paragraphs.push(paragraph.join(' '));
			paragraph = [];
		}
	}
	if (paragraph.length) paragraphs.push(paragraph.join(' '));
	return `${paragraphs.join('\n\n')}\n`;
}

/** An automated screening (or, for one in five, an expert review) with a finding for every item. */
function assessmentOf(next: () => number, framework: Framework, words: readonly string[], id: string, language: LexiconLanguage): Assessment {
	const pages = between(next, 30, 220);
	const expert = next() < 0.2;
	const findings: Record<string, Finding> = {};
	const planStart = startYearOfPlanId(id)!;
	for (const item of framework.items) {
		if (!isApplicable(item, planStart)) {
			findings[item.id] = { status: 'not-applicable', note: notApplicableReason(item, planStart), evidence: [] };
			continue;
		}
		const status = weighted(next, STATUS_WEIGHTS);
		const evidence =
			status === 'not-found'
				? []
				: Array.from({ length: between(next, 1, 3) }, () => {
						const phrase = phraseText(pick(next, item.lexicon[language]));
						return { page: between(next, 1, pages), quote: quoteAround(next, words, phrase), matched: phrase };
					});
		findings[item.id] = {
			status,
			...(expert ? {} : { confidence: status === 'not-found' ? 0.6 : Math.round((0.5 + next() / 2) * 100) / 100 }),
			evidence,
		};
	}
	const sha256 = Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
	return {
		frameworkVersion: framework.version,
		method: expert ? 'expert-review' : 'automated-screening',
		assessedBy: expert ? 'Synthetic reviewer (benchmark)' : 'Synthetic screening run (benchmark)',
		date: '2026-11-21',
		language,
		document: { url: `https://example.org/synthetic/plans/${id}.pdf`, sha256, pages },
		...(expert ? { review: { by: 'Synthetic reviewer', date: '2026-11-21', note: 'Synthetic review for the benchmark.' } } : {}),
		findings,
	};
}

/**
 * Write a synthetic content folder at `target` (replacing it): the copied real folders plus
 * `plans/` and `assessments/` generated from `records`.
 */
export function writeSyntheticContent(target: string, sourceContent: string, records: readonly SyntheticRecord[]): void {
	rmSync(target, { recursive: true, force: true });
	for (const folder of COPIED_FOLDERS) cpSync(join(sourceContent, folder), join(target, folder), { recursive: true });
	mkdirSync(join(target, 'plans'), { recursive: true });
	mkdirSync(join(target, 'assessments'), { recursive: true });
	for (const record of records) {
		writeFileSync(join(target, 'plans', `${record.id}.md`), serializeMarkdownRecord(record.plan, record.body));
		if (record.assessment) writeFileSync(join(target, 'assessments', `${record.id}.yaml`), serializeYamlRecord(record.assessment));
	}
}
