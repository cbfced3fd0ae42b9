import type { LexiconLanguage } from '../../schemas/framework.ts';

/**
 * The shape of a plan document: which pages are its own words, and which lines of those pages
 * are commitments. A plan names "cancer registry" in its table of contents, its reference list,
 * the roster of the registry's staff and its objectives alike; only the objectives say the plan
 * will do something. Screening skips the pages that are not the plan's words, counts a mention
 * on a foreword or in the narrative as a mention, and calls an item addressed only where a match
 * stands in a commitment (src/lib/screening/screen.ts, /gaps/method/).
 */

/** What a page is, read from its heading and the shape of its lines. */
export const PAGE_KINDS = ['body', 'front-matter', 'contents', 'glossary', 'references', 'roster'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Pages whose words are not the plan's own statements: their matches are ignored. */
export const SKIPPED_PAGE_KINDS: ReadonlySet<PageKind> = new Set(['contents', 'glossary', 'references', 'roster']);

/** Where a match stands, strongest first: it decides an item's status and ranks its evidence. */
export const STANDINGS = ['commitment', 'text', 'front-matter'] as const;
export type Standing = (typeof STANDINGS)[number];

const fold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();

// ------------------------------------------------------------------ running headers and footers

/** How many lines at the top and bottom of a page can be a running header or footer. */
const FURNITURE_LINES = 2;

const furnitureKey = (line: string) => fold(line).replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, ' ').trim();

const nonEmptyLineIndexes = (lines: readonly string[]) => lines.flatMap((line, index) => (line.trim() ? [index] : []));

/**
 * Page texts without their running headers and footers: a line within the first or last two
 * lines of a page that recurs there (page numbers aside) on at least a fifth of the pages, and at
 * least three, and bare page numbers. Headers repeat the plan's title or a chapter name on every
 * page, and would otherwise make every page "mention" what the title says.
 */
export function removeRunningLines(texts: readonly string[]): string[] {
	const edgesOf = (lines: string[]) => {
		const indexes = nonEmptyLineIndexes(lines);
		return new Set([...indexes.slice(0, FURNITURE_LINES), ...indexes.slice(-FURNITURE_LINES)]);
	};
	const pages = texts.map((text) => text.split('\n'));
	const pagesWithKey = new Map<string, number>();
	for (const lines of pages) {
		const keys = new Set([...edgesOf(lines)].map((index) => furnitureKey(lines[index])).filter((key) => /\p{L}{3}/u.test(key)));
		for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
	}
	const threshold = Math.max(3, Math.ceil(texts.length / 5));
	return pages.map((lines) => {
		const edges = edgesOf(lines);
		return lines
			.filter((line, index) => {
				if (!edges.has(index)) return true;
				if (/^\s*(?:page\s+)?[\divxlc]{1,4}\s*$/i.test(line)) return false;
				return (pagesWithKey.get(furnitureKey(line)) ?? 0) < threshold;
			})
			.join('\n');
	});
}

// ------------------------------------------------------------------ page kinds

/** A heading is a short line near the top of the page. */
const HEADING_LINES = 4;
const HEADING_WORDS = 9;

/** Headings of each kind, folded, in the four lexicon languages. */
const HEADINGS: [Exclude<PageKind, 'body'>, RegExp][] = [
	['contents', /^(?:table of contents|contents|table des matieres|sommaire|indice|contenido|tabla de contenido|sumario)\b/],
	['glossary', /^(?:glossary|acronyms|abbreviations|list of (?:acronyms|abbreviations)|acronyms and abbreviations|abbreviations and acronyms|definitions|glossaire|sigles|abreviations|liste des (?:sigles|abreviations)|glosario|siglas|abreviaturas|glossario|lista de (?:siglas|abreviaturas))\b/],
	['references', /^(?:references|reference list|bibliography|works cited|literature cited|endnotes|citations|references bibliographiques|bibliographie|referencias|bibliografia|referencias bibliograficas)\b/],
	['roster', /^(?:(?:\p{L}+ ){0,4}(?:members|membership|participants|contributors|roster)|membres|liste des participants|participantes|miembros|integrantes|membros)\b/u],
	['front-matter', /^(?:acknowledg|foreword|preface|message from|a message|letter from|letters? of support|dear\b|remerciements|avant-propos|preface|mot du|agradecimientos|prologo|prefacio|presentacion|agradecimentos|prefacio|apresentacao|mensagem)/],
];

const CREDENTIAL = /(?:,|\s)(?:M\.?D|R\.?N|Ph\.?D|M\.?P\.?H|Dr\.?P\.?H|M\.?S\.?W|B\.?S\.?N|CHES|MBA|MSN|DDS|FACS|FACP)\b/;
/** "Jolene Carver, Iowa Department of Public Health": a name and an affiliation. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*(?:,|\s[-–]\s)/u;
const CITATION = /\bet al\b|\bretrieved\b|\baccessed\b|\bdoi\b|https?:\/\/|www\.|\bjournal\b|\bvol\.|\bpp\.|\(\s*(?:19|20)\d{2}[a-z]?\s*\)|^\s*\[?\d{1,3}[.\])]\s+\p{Lu}[\p{L}-]+,\s+\p{Lu}/iu;
const LEADER_LINE = /(?:\.\s?){4,}\s*\d{1,3}\s*$|…\s*\d{1,3}\s*$/;
const ENDS_WITH_PAGE_NUMBER = /\p{L}[^\d]*\s\d{1,3}\s*$/u;
const ACRONYM_LINE = /^\s*\p{Lu}[\p{Lu}\d&/-]{1,9}s?\s*(?:[:=–-]\s*)?\s+\p{Lu}?\p{L}/u;

/** Shares of a page's lines that look like each kind's lines. */
function lineShares(lines: readonly string[]) {
	const content = lines.filter((line) => /\p{L}/u.test(line));
	const share = (test: (line: string) => boolean) => (content.length === 0 ? 0 : content.filter(test).length / content.length);
	return {
		lines: content.length,
		leaders: content.filter((line) => LEADER_LINE.test(line)).length,
		pageNumbered: share((line) => ENDS_WITH_PAGE_NUMBER.test(line) && !/[.!?]\s+\d{1,3}\s*$/.test(line)),
		citations: share((line) => CITATION.test(line)),
		names: share((line) => NAME_LINE.test(line.trim()) || CREDENTIAL.test(line)),
		acronyms: share((line) => ACRONYM_LINE.test(line)),
	};
}

/** The kind a page's own heading gives it, if any. */
function headingKind(lines: readonly string[]): Exclude<PageKind, 'body'> | undefined {
	const top = lines.filter((line) => /\p{L}/u.test(line)).slice(0, HEADING_LINES);
	for (const line of top) {
		const words = fold(line).replace(/[^\p{L}\p{N}' ]+/gu, ' ').trim();
		if (!words || words.split(/\s+/).length > HEADING_WORDS) continue;
		for (const [kind, pattern] of HEADINGS) if (pattern.test(words)) return kind;
	}
	return undefined;
}

/**
 * Each page's kind. A heading names it ("Table of Contents", "References", "Acknowledgements",
 * "Steering Committee Members"); a page that is mostly names with affiliations is a roster
 * whatever its heading (acknowledgements often are); a run of dot leaders is a contents page;
 * pages without a heading continue the section before them when their lines have its shape.
 */
export function classifyPages(pages: readonly (readonly string[])[]): PageKind[] {
	const kinds: PageKind[] = [];
	pages.forEach((lines, index) => {
		const shares = lineShares(lines);
		const heading = headingKind(lines);
		const previous = kinds[index - 1];
		const enough = shares.lines >= 5;
		let kind: PageKind = heading ?? 'body';
		if (enough && shares.names >= 0.4 && (heading !== undefined || previous === 'roster' || previous === 'front-matter' || shares.names >= 0.6)) kind = 'roster';
		else if (heading === undefined && shares.leaders >= 3) kind = 'contents';
		else if (heading === undefined && enough && previous === 'contents' && shares.pageNumbered >= 0.5) kind = 'contents';
		else if (heading === undefined && enough && previous === 'references' && shares.citations >= 0.2) kind = 'references';
		else if (heading === undefined && enough && shares.citations >= 0.5) kind = 'references';
		else if (heading === undefined && enough && previous === 'glossary' && shares.acronyms >= 0.4) kind = 'glossary';
		kinds.push(kind);
	});
	return kinds;
}

// ------------------------------------------------------------------ commitments

const BULLET = /^[\s\u2022\u25aa\u25cf\u25e6\u25cb\u25a0\u25a1\u27a2\u25ba\u2023\u2043\u2013\u2014\u2212*\uf000-\uf8ff✓✔➤→]+(?=\s|\p{L})/u;
/** A glyph a PDF font maps to a letter, used as a bullet: one character, then a wide gap, then a capital. */
const LOOSE_BULLET = /^\s*[^\s\p{Lu}\d]\s{2,}(?=\p{Lu})|^\s*\S\s{2,}(?=\p{Lu}\p{Ll})/u;
const ENUMERATION = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2}){0,3}[.):]?|\(?[a-h][.)]|\(?[ivx]{1,4}[.)])\s+/i;

/** Words that open a commitment: the plan's headings for what it will do, per language. */
const MARKERS: Record<LexiconLanguage, RegExp> = {
	en: /^(?:goals?|objectives?|baselines?|strateg(?:y|ies)|actions?|action steps?|action items?|activit(?:y|ies)|targets?|indicators?|measures?|performance measures?|priorit(?:y|ies)|recommendations?|outcomes?|benchmarks?|milestones?|budget|cost|funding|responsible|lead(?: agency| agencies| partners?| organi[sz]ations?)?|partners|timeline|time ?frame|intervention)\b/,
	fr: /^(?:buts?|objectifs?|objectif (?:general|specifique)|axes?|strategies?|actions?|activites?|cibles?|indicateurs?|mesures?|priorites?|resultats? attendus?|budget|cout|financement|responsables?|structures? responsables?|echeancier|calendrier|interventions?)\b/,
	es: /^(?:metas?|objetivos?|objetivo (?:general|especifico)|ejes?|lineas? de accion|estrategias?|acciones?|actividades?|indicadores?|medidas?|prioridades?|resultados? esperados?|presupuesto|costo|financiamiento|financiacion|responsables?|cronograma|intervenciones?)\b/,
	pt: /^(?:metas?|objetivos?|objetivo (?:geral|especifico)|eixos?|estrategias?|acoes?|atividades?|indicadores?|medidas?|prioridades?|resultados? esperados?|orcamento|custo|financiamento|responsaveis?|responsavel|cronograma|intervencoes?)\b/,
};

/** A dated target: "By 2012, …", "D'ici 2020", "Para 2025", "Até 2030". */
const DATED: Record<LexiconLanguage, RegExp> = {
	en: /^(?:by|before|until|through) (?:the end of |december |june )?(?:19|20)\d{2}\b/,
	fr: /^(?:d ?ici|d'ici|en|avant|jusqu'en|a l'horizon) (?:la fin de |fin )?(?:19|20)\d{2}\b/,
	es: /^(?:para|hasta|antes de|al|a) (?:el |fines de |finales de )?(?:ano )?(?:19|20)\d{2}\b/,
	pt: /^(?:ate|em|antes de|a) (?:o |final de |fim de )?(?:ano de )?(?:19|20)\d{2}\b/,
};

/** Verbs that open an action in English plans ("Increase…", "Establish…"), in the imperative. */
const ENGLISH_ACTION_VERBS = new Set(
	(
		'achieve adopt advocate align allocate apply assess assist assure build coordinate collaborate collect complete conduct continue convene create decrease define deliver design designate develop disseminate distribute document educate employ enact encourage engage enhance ensure establish evaluate examine expand explore facilitate form formalize formalise foster fund hire hold host identify implement improve incorporate increase inform initiate integrate introduce investigate launch lead leverage maintain maximize mobilize mobilise monitor obtain offer organize organise partner pass pilot plan procure promote provide publish pursue raise recruit reduce refer reinforce report require research review revise scale secure seek share standardize standardise strengthen study submit support sustain teach train translate update upgrade use utilize work'
	).split(' '),
);

/** Nouns that open an action in French, Spanish and Portuguese plans ("Renforcement de…", "Creación de…"). */
const ACTION_NOUNS: Record<Exclude<LexiconLanguage, 'en'>, RegExp> = {
	fr: /^(?:mise en (?:place|oeuvre)|renforcement|creation|developpement|elaboration|amelioration|promotion|formation|extension|organisation|acquisition|construction|equipement|integration|sensibilisation|reduction|augmentation|appui|soutien|plaidoyer)\b/,
	es: /^(?:fortalecimiento|implementacion|creacion|desarrollo|elaboracion|mejora|mejoramiento|promocion|formacion|capacitacion|ampliacion|adquisicion|construccion|integracion|reduccion|aumento|apoyo|abogacia)\b/,
	pt: /^(?:fortalecimento|implementacao|implantacao|criacao|desenvolvimento|elaboracao|melhoria|promocao|formacao|capacitacao|ampliacao|aquisicao|construcao|integracao|reducao|aumento|apoio)\b/,
};

/** An infinitive that opens an action in French ("Renforcer"), Spanish and Portuguese ("Fortalecer"). */
const INFINITIVE: Record<Exclude<LexiconLanguage, 'en'>, RegExp> = {
	fr: /^\p{L}{3,}(?:er|ir|re)$/u,
	es: /^\p{L}{3,}(?:ar|er|ir)$/u,
	pt: /^\p{L}{3,}(?:ar|er|ir)$/u,
};

/** A promise in the future tense anywhere in an English statement: "The Ministry will establish…". */
const ENGLISH_FUTURE = /\b(?:will|shall)\s+(?:be\s+)?\p{L}/u;

/** A year that labels a figure in a table of targets: "2017 Goal: 92.3%", "2010 Baseline: 83.9%". */
const YEAR_LABEL = /^(?:19|20)\d{2} (?:goal|target|baseline|objective|objectif|cible|meta|objetivo|linea de base|linha de base)\b/;

/** The statement without its bullet or number, and whether what opens it is capitalised. */
function opening(statement: string): { text: string; capitalised: boolean } {
	const bare = statement.replace(BULLET, '').replace(LOOSE_BULLET, '').replace(ENUMERATION, '').trimStart();
	return { text: fold(bare).replace(/[^\p{L}\p{N}' ]+/gu, ' ').trim(), capitalised: /^[\p{Lu}\d]/u.test(bare) };
}

/**
 * Whether a statement, from its first line on, reads as a commitment. A heading word or an
 * action verb counts when it opens the statement capitalised, as headings and list entries are,
 * so that "strategies" wrapped onto a new line mid-sentence does not; a citation never does.
 */
function isCommitment(statement: string, language: LexiconLanguage): boolean {
	const { text, capitalised } = opening(statement);
	if (!text || CITATION.test(statement)) return false;
	if (language === 'en' && ENGLISH_FUTURE.test(fold(statement))) return true;
	if (!capitalised) return false;
	if (MARKERS[language].test(text) || DATED[language].test(text) || YEAR_LABEL.test(text)) return true;
	const first = text.split(' ')[0];
	if (language === 'en') return ENGLISH_ACTION_VERBS.has(first);
	return INFINITIVE[language].test(first) || ACTION_NOUNS[language].test(text);
}

/** Whether a line opens a new statement rather than continuing the one before it. */
function opensStatement(line: string, previous: string | undefined, language: LexiconLanguage): boolean {
	if (previous === undefined || !previous.trim()) return true;
	if (BULLET.test(line) || LOOSE_BULLET.test(line) || ENUMERATION.test(line)) return true;
	if (/[.!?:;]\s*$/.test(previous)) return true;
	const { text, capitalised } = opening(line);
	return capitalised && (MARKERS[language].test(text) || DATED[language].test(text) || YEAR_LABEL.test(text));
}

/**
 * For each line of a page, whether it belongs to a commitment: a statement (a bullet, a numbered
 * entry, a sentence, a table cell) that opens with a goal, objective, strategy, action, activity,
 * target, indicator, budget or responsibility heading, a dated target ("By 2012, …"), an action
 * verb or noun ("Establish…", "Renforcer…", "Creación de…"), or, in English, promises with
 * "will" or "shall". A heading line ("Objective 2.1: …") also makes the line after it part of
 * the commitment, as tables of actions put the label and the action on separate lines.
 */
export function commitmentLines(lines: readonly string[], language: LexiconLanguage): boolean[] {
	const flags = lines.map(() => false);
	let start = 0;
	const close = (end: number) => {
		const statement = lines.slice(start, end).join(' ');
		if (statement.trim() && isCommitment(statement, language)) for (let index = start; index < end; index++) flags[index] = true;
	};
	for (let index = 1; index <= lines.length; index++) {
		if (index === lines.length || opensStatement(lines[index], lines[index - 1], language)) {
			close(index);
			start = index;
		}
	}
	// A label on a line of its own ("Strategies:", "Responsible") covers the statement after it.
	lines.forEach((line, index) => {
		const words = fold(line).replace(/[^\p{L}\p{N}' ]+/gu, ' ').trim();
		if (flags[index] && words.split(' ').length <= 4 && MARKERS[language].test(words)) {
			for (let next = index + 1; next < lines.length && next <= index + 3 && !flags[next]; next++) {
				flags[next] = true;
				if (/[.!?;]\s*$/.test(lines[next])) break;
			}
		}
	});
	return flags;
}

// ------------------------------------------------------------------ the stated period

/** A span of years as a plan states its period: "2012–2017", "2007 to 2012", "2020-2030". */
const YEAR_SPAN = /\b((?:19|20)\d{2})\s*(?:[-–—/]|to|through|thru|a|au|al|ate|até|à)\s*((?:19|20)\d{2})\b/giu;

/** How many pages at the start of a plan can carry its title and period. */
export const TITLE_PAGES = 3;

/** A plan, strategy or programme named within a few words of a span of years: "our cancer plan (2011-2017)". */
const NAMED_SPAN = /\b(?:plan|strategy|strategic|programme|program|plano|estrategia|estratégia|stratégie|programa)\b\W+(?:[\p{L}\d'’]+\W+){0,4}$/iu;

/** Most pages the stated period is cited from. */
const STATED_PAGES = 3;

/**
 * Where a plan states its period: the first span of years (one to fifteen years long) on each of
 * the first three pages, where plans print "2012–2017" on the cover or the title page, and on
 * later pages a span that follows the word plan, strategy or programme ("our updated cancer plan
 * (2011-2017)"); at most three pages, the earliest first. The screening's `stated-period`
 * detector cites them.
 */
export function statedPeriods(pages: readonly (readonly string[])[]): { page: number; text: string; span: string }[] {
	const found: { page: number; text: string; span: string }[] = [];
	for (let index = 0; index < pages.length && found.length < STATED_PAGES; index++) {
		const lines = pages[index];
		search: for (let line = 0; line < lines.length; line++) {
			for (const match of lines[line].matchAll(YEAR_SPAN)) {
				const length = Number(match[2]) - Number(match[1]);
				if (length < 1 || length > 15) continue;
				const before = `${lines[line - 1] ?? ''} ${lines[line].slice(0, match.index)}`;
				if (index >= TITLE_PAGES && !NAMED_SPAN.test(before)) continue;
				found.push({ page: index + 1, text: lines[line], span: match[0] });
				break search;
			}
		}
	}
	return found;
}
