import { describe, expect, it } from 'vitest';
import { compilePhrase, inflections, matchPhrase, quoteAround, tokenizePage } from '../../src/lib/screening/lexicon.ts';

const matches = (text: string, phrase: string, language: 'en' | 'fr' | 'es' | 'pt' = 'en') =>
	matchPhrase(tokenizePage(text), compilePhrase(phrase, language)).length;

describe('word boundaries', () => {
	it('does not find an acronym inside another word', () => {
		expect(matches('The SHPVX programme and CHPV are unrelated', 'HPV')).toBe(0);
		expect(matches('HPV vaccination for girls', 'HPV')).toBe(1);
	});

	it('treats hyphens and punctuation as word breaks', () => {
		expect(matches('an HPV-based screening test', 'HPV based screening')).toBe(1);
		expect(matches('a population-based cancer registry.', 'population based cancer registry')).toBe(1);
	});

	it('needs the words of a phrase to follow each other', () => {
		expect(matches('cancer of the cervix and a registry', 'cancer registry')).toBe(0);
	});

	it('joins a word hyphenated across a line break', () => {
		expect(matches('a national cancer regis-\ntry will be built', 'cancer registry')).toBe(1);
	});
});

describe('case and diacritics', () => {
	it('ignores case and accents', () => {
		expect(matches('PLAN NATIONAL DE LUTTE CONTRE LE CANCER', 'lutte contre le cancer', 'fr')).toBe(1);
		expect(matches('Registo de Câncer de base populacional', 'registo de cancer', 'pt')).toBe(1);
		expect(matches('vacunación contra el VPH', 'vacunacion contra el vph', 'es')).toBe(1);
	});

	it('keeps case for phrases marked with =', () => {
		expect(matches('screening by VIA at clinics', '=VIA')).toBe(1);
		expect(matches('referred via the hospital', '=VIA')).toBe(0);
	});

	it('reads ligatures as their letters', () => {
		expect(matches('ﬁnancial protection', 'financial protection')).toBe(1);
		expect(matches('la mise en oeuvre du plan', 'mise en œuvre', 'fr')).toBe(1);
		expect(matches('la mise en œuvre du plan', 'mise en oeuvre', 'fr')).toBe(1);
	});
});

describe('inflections', () => {
	it('accepts English plurals and verb forms', () => {
		expect(matches('mammograms are offered', 'mammogram')).toBe(1);
		expect(matches('the plan was costed', 'cost')).toBe(1);
		expect(matches('chemotherapies', 'chemotherapy')).toBe(1);
		expect(matches('screening services', 'screen')).toBe(1);
	});

	it('accepts French, Spanish and Portuguese plurals', () => {
		expect(matches('les registres nationaux', 'registre national', 'fr')).toBe(1);
		expect(matches('los registros hospitalarios', 'registro hospitalario', 'es')).toBe(1);
		expect(matches('as ações nacionais', 'acao nacional', 'pt')).toBe(1);
	});

	it('accepts any ending after a star', () => {
		expect(matches('radiotherapy units', 'radiotherap*')).toBe(1);
		expect(matches('la radiothérapie', 'radiotherap*', 'fr')).toBe(1);
		expect(matches('radio therapy', 'radiotherap*')).toBe(0);
	});

	it('keeps short words and numbers exact', () => {
		expect(inflections('hpv', 'en')).toContain('hpvs');
		expect(inflections('3', 'en')).toEqual(['3']);
		expect(matches('SDG target 3.4 on premature mortality', 'SDG 3.4')).toBe(0);
		expect(matches('SDG 3.4 on premature mortality', 'SDG 3.4')).toBe(1);
	});
});

describe('quotes', () => {
	const page = tokenizePage(Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ') + ' the cancer registry ' + Array.from({ length: 60 }, (_, index) => `tail${index}`).join(' '));

	it('cuts at most 25 words around the match, with ellipses', () => {
		const [match] = matchPhrase(page, compilePhrase('cancer registry', 'en'));
		const quote = quoteAround(page, match);
		expect(quote).toContain('the cancer registry');
		expect(quote.startsWith('… ')).toBe(true);
		expect(quote.endsWith(' …')).toBe(true);
		expect(quote.replace(/…/g, '').trim().split(/\s+/)).toHaveLength(25);
	});

	it('turns dot leaders into an ellipsis and keeps quotes under 300 characters', () => {
		const toc = tokenizePage(`Palliative care ${'.'.repeat(120)} 34\nCancer registry ${'. '.repeat(60)} 41 ${'x'.repeat(80)} ${'y'.repeat(80)} ${'z'.repeat(80)}`);
		const [match] = matchPhrase(toc, compilePhrase('cancer registry', 'en'));
		const quote = quoteAround(toc, match);
		expect(quote).toContain('Palliative care … 34 Cancer registry … 41');
		expect(quote.length).toBeLessThanOrEqual(304);
	});

	it('quotes a short page whole', () => {
		const short = tokenizePage('A cancer registry exists.');
		const [match] = matchPhrase(short, compilePhrase('cancer registry', 'en'));
		expect(quoteAround(short, match)).toBe('A cancer registry exists.');
	});
});
