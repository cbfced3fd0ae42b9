import type { LexiconLanguage } from '../../schemas/framework.ts';

/**
 * Lexicon matching for screening: a plan's page is cut into words, each folded (lower case, no
 * diacritics), and a phrase matches where its words follow each other as whole words. Matching
 * whole words is what keeps "HPV" from firing inside another word and "registry" inside
 * "registry-based"; folding is what lets "Câncer" match "cancer".
 */

/** One word of a page: where it is in the page's word list, and its folded and case-kept forms. */
export interface Token {
	/** Index of the source word in the page's words (several tokens can share one: "HPV-16"). */
	word: number;
	/** Lower case, without diacritics: what ordinary phrases compare against. */
	folded: string;
	/** Without diacritics but with its case: what `=ACRONYM` phrases compare against. */
	cased: string;
}

/** A page cut into the words shown in quotes and the tokens matched against. */
export interface TokenizedPage {
	/** The page's lines after words broken across lines are joined: what structure is read from. */
	lines: string[];
	words: string[];
	/** The line (an index into `lines`) each word stands on. */
	wordLines: number[];
	tokens: Token[];
	/** Token positions by folded form, so a phrase is looked up rather than scanned for. */
	positions: Map<string, number[]>;
}

/**
 * Text without the control characters broken PDF fonts emit in place of letters (U+0003,
 * U+0083…), which no quote may carry, and without invisible format characters (soft hyphens,
 * zero-width spaces) that split words. Line breaks and tabs stay.
 */
export const printableText = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(/\p{Cf}/gu, '');

const stripMarks = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '');

/** Ligatures and letters Unicode does not decompose, as PDF text often carries them. */
const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };
/** Pages and phrases both go through this, so "mise en œuvre" in a lexicon matches "oeuvre" in a PDF and the reverse. */
const expandLigatures = (text: string) => text.replace(/[ﬀﬁﬂﬃﬄﬅﬆœŒæÆß]/g, (letter) => LIGATURES[letter]);

/**
 * Cut a page into words and tokens. A word broken across lines by a hyphen ("regis-\ntry") is
 * joined first; inside a word, anything that is not a letter or digit separates tokens, so
 * "population-based" is two tokens and "d'éducation" is "d" + "education".
 */
export function tokenizePage(text: string): TokenizedPage {
	// Dot leaders of tables of contents ("Treatment ........ 34") would fill a quote with dots.
	const joined = expandLigatures(text.replace(/(\p{Ll})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2')).replace(/(?:[.·_…] ?){4,}/g, ' … ');
	const lines = joined.split(/\r?\n/);
	const words: string[] = [];
	const wordLines: number[] = [];
	lines.forEach((line, index) => {
		for (const word of line.split(/\s+/)) {
			if (!word) continue;
			words.push(word);
			wordLines.push(index);
		}
	});
	const tokens: Token[] = [];
	const positions = new Map<string, number[]>();
	words.forEach((word, index) => {
		for (const part of stripMarks(word).split(/[^\p{L}\p{N}]+/u)) {
			if (!part) continue;
			const folded = part.toLowerCase();
			const list = positions.get(folded);
			if (list) list.push(tokens.length);
			else positions.set(folded, [tokens.length]);
			tokens.push({ word: index, folded, cased: part });
		}
	});
	return { lines, words, wordLines, tokens, positions };
}

/** A phrase ready to match: per word, the forms it accepts, or a prefix. */
export interface CompiledPhrase {
	/** The phrase as the lexicon writes it (reported as the match's reason). */
	phrase: string;
	caseSensitive: boolean;
	words: { forms: Set<string>; prefix?: string }[];
}

/**
 * The inflected forms a word accepts in a language: plurals everywhere, plus English verb
 * endings and the irregular plurals each language forms most often. Deliberately small: a
 * lexicon that needs more writes the form out or uses a `*` prefix.
 */
export function inflections(word: string, language: LexiconLanguage): string[] {
	const forms = [word];
	if (!/\p{L}$/u.test(word) || word.length < 3) return forms;
	const add = (...more: string[]) => forms.push(...more);
	switch (language) {
		case 'en':
			add(`${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}d`);
			if (word.endsWith('y')) add(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
			if (word.endsWith('e')) add(`${word.slice(0, -1)}ing`);
			break;
		case 'fr':
			add(`${word}s`, `${word}x`, `${word}e`, `${word}es`);
			if (word.endsWith('al')) add(`${word.slice(0, -2)}aux`);
			break;
		case 'es':
			add(`${word}s`, `${word}es`);
			if (word.endsWith('z')) add(`${word.slice(0, -1)}ces`);
			if (word.endsWith('cion')) add(`${word}es`);
			break;
		case 'pt':
			add(`${word}s`, `${word}es`);
			if (word.endsWith('ao')) add(`${word.slice(0, -2)}oes`, `${word.slice(0, -2)}aes`);
			if (word.endsWith('al')) add(`${word.slice(0, -2)}ais`);
			if (word.endsWith('m')) add(`${word.slice(0, -1)}ns`);
			break;
	}
	return forms;
}

/** Compile a lexicon phrase (see the framework schema for its syntax) for one language. */
export function compilePhrase(phrase: string, language: LexiconLanguage): CompiledPhrase {
	const caseSensitive = phrase.startsWith('=');
	const body = stripMarks(expandLigatures(caseSensitive ? phrase.slice(1) : phrase));
	const words = body
		.split(/[^\p{L}\p{N}*]+/u)
		.filter((word) => /[\p{L}\p{N}]/u.test(word))
		.map((raw) => {
			const word = caseSensitive ? raw : raw.toLowerCase();
			if (word.endsWith('*')) return { forms: new Set<string>(), prefix: word.slice(0, -1) };
			return { forms: new Set(caseSensitive ? [word] : inflections(word, language)) };
		});
	return { phrase, caseSensitive, words };
}

/** Where a phrase matched: the first and last token positions. */
export interface PhraseMatch {
	start: number;
	end: number;
}

const tokenAccepts = (compiled: CompiledPhrase, index: number, token: Token | undefined) => {
	if (!token) return false;
	const word = compiled.words[index];
	const form = compiled.caseSensitive ? token.cased : token.folded;
	return word.prefix !== undefined ? form.startsWith(word.prefix) : word.forms.has(form);
};

/** Every place on the page where the phrase's words follow each other. */
export function matchPhrase(page: TokenizedPage, compiled: CompiledPhrase): PhraseMatch[] {
	const first = compiled.words[0];
	if (!first) return [];
	const candidates: number[] = [];
	if (first.prefix !== undefined || compiled.caseSensitive) {
		const prefix = (first.prefix ?? [...first.forms][0]).toLowerCase();
		for (const [form, list] of page.positions) if (form.startsWith(prefix)) candidates.push(...list);
		candidates.sort((a, b) => a - b);
	} else {
		for (const form of first.forms) candidates.push(...(page.positions.get(form) ?? []));
		candidates.sort((a, b) => a - b);
	}
	const matches: PhraseMatch[] = [];
	for (const start of candidates) {
		let ok = true;
		for (let offset = 0; offset < compiled.words.length && ok; offset++) ok = tokenAccepts(compiled, offset, page.tokens[start + offset]);
		if (ok) matches.push({ start, end: start + compiled.words.length - 1 });
	}
	return matches;
}

/** Quotes stay well inside the assessment schema's 400 characters. */
const MAX_QUOTE_CHARACTERS = 300;

/**
 * A quote of at most `maxWords` words around a match, as the page writes it, with an ellipsis
 * where it is cut. The matched words are kept whole and roughly centred.
 */
export function quoteAround(page: TokenizedPage, match: PhraseMatch, maxWords = 25): string {
	const firstWord = page.tokens[match.start].word;
	const lastWord = page.tokens[match.end].word;
	const span = lastWord - firstWord + 1;
	const context = Math.max(0, maxWords - span);
	let from = Math.max(0, firstWord - Math.floor(context / 2));
	const to = Math.min(page.words.length - 1, from + Math.max(span, maxWords) - 1);
	from = Math.max(0, Math.min(from, to - maxWords + 1));
	let [start, end] = [from, to];
	// Long "words" (URLs, run-together table cells) can make 25 words too long to be a quote.
	while (page.words.slice(start, end + 1).join(' ').length > MAX_QUOTE_CHARACTERS && (start < firstWord || end > lastWord)) {
		if (end > lastWord && (end - lastWord >= firstWord - start || start >= firstWord)) end--;
		else start++;
	}
	const text = page.words.slice(start, end + 1).join(' ').slice(0, MAX_QUOTE_CHARACTERS);
	return `${start > 0 ? '… ' : ''}${text}${end < page.words.length - 1 ? ' …' : ''}`;
}
