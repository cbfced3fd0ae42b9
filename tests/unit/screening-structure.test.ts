import { describe, expect, it } from 'vitest';
import { classifyPages, commitmentLines, removeRunningLines, statedPeriods } from '../../src/lib/screening/structure.ts';

const lines = (text: string) => text.split('\n');

describe('running headers and footers', () => {
	it('drops a line repeated at the top or bottom of many pages, and bare page numbers, and keeps the rest', () => {
		const topics = ['tobacco', 'alcohol', 'screening', 'registry', 'surgery', 'palliation'];
		const pages = topics.map((topic, index) => `Synthetic Cancer Plan 2010-2015\nThis page is about ${topic}.\nIt says more on ${topic}.\n${index + 1}`);
		expect(removeRunningLines(pages)[2]).toBe('This page is about screening.\nIt says more on screening.');
	});

	it('keeps a line that recurs on too few pages to be a header', () => {
		const pages = ['Goal 1: Reduce smoking\ntext', 'Goal 1: Reduce smoking\ntext', 'other\ntext', 'other page\ntext', 'more\ntext', 'last\ntext', 'x\ntext', 'y\ntext', 'z\ntext', 'w\ntext', 'v\ntext'];
		expect(removeRunningLines(pages)[0]).toContain('Goal 1: Reduce smoking');
	});
});

describe('page kinds', () => {
	const body = lines('Cancer is the second leading cause of death.\nThe plan sets out goals and strategies.\nIt was written by many partners over two years.\nEach chapter has objectives.\nThe registry reports every year.');

	it('reads contents, references, glossaries, rosters and front matter from headings and line shapes', () => {
		const contents = lines('Table of Contents\nIntroduction … 3\nPrevention … 9\nEarly detection … 14\nTreatment … 20');
		const references = lines('References\n1. Smith J, et al. Cancer in islands. Journal of Synthetic Health. 2004;3:1-9.\n2. Jones K. (2005). Registry methods. Retrieved from https://example.org.');
		const glossary = lines('Acronyms\nCDC Centers for Disease Control\nHPV Human papillomavirus\nNCD Noncommunicable disease');
		const roster = lines('Acknowledgements\nJolene Carver, Iowa Department of Public Health\nSara Comstock, Iowa Cancer Consortium\nRichard Deming M.D., Mercy Cancer Center\nTina Devery, University Cancer Center\nLorrie Graaf, American Cancer Society');
		const letter = lines('Dear colleagues,\nIt is my pleasure to present this plan.\nSincerely,\nThe Minister of Health');
		expect(classifyPages([body, contents, references, glossary, roster, letter])).toEqual(['body', 'contents', 'references', 'glossary', 'roster', 'front-matter']);
	});

	it('continues a reference list or contents onto the next page without a heading, and returns to the body after', () => {
		const references = lines('References\n1. Smith J, et al. A. Journal. 2004.\n2. Jones K. (2005). B. Retrieved from https://example.org.');
		const more = lines('3. Lee M, et al. C. J Synth. 2006.\n4. Kim P. (2001). D. Retrieved from https://example.org/x.\n5. Doe A, et al. E. 2003.\n6. Roe B. (2002). F.\n7. Poe C, et al. G. 2001.');
		expect(classifyPages([references, more, body])).toEqual(['references', 'references', 'body']);
	});

	it('knows headings in French, Spanish and Portuguese', () => {
		expect(classifyPages([lines('Sommaire\nIntroduction … 3'), lines('Bibliografía\nx'), lines('Agradecimentos\nObrigado a todos.')])).toEqual(['contents', 'references', 'front-matter']);
	});
});

describe('commitments', () => {
	it('reads objectives, strategies, dated targets, action verbs and promises as commitments, narrative and citations as not', () => {
		const page = lines(
			[
				'Tobacco use is the leading cause of cancer death.',
				'Objective 2.1: By 2012, reduce adult smoking from 20% to 15%.',
				'Strategies:',
				'• Support a higher tobacco tax.',
				'• Promote cessation services in clinics',
				'and pharmacies.',
				'The Ministry will establish a cancer registry.',
				'strategies, and action steps presented relate to screening',
				'22. Smith J. (2009). Screening. Retrieved May 13, 2011 from http://example.org.',
				'2017 Goal: 92.3%',
			].join('\n'),
		);
		expect(commitmentLines(page, 'en')).toEqual([false, true, true, true, true, true, true, false, false, true]);
	});

	it('reads French, Spanish and Portuguese actions', () => {
		expect(commitmentLines(['Renforcer le dépistage du cancer du col.', 'Le cancer est fréquent.'], 'fr')).toEqual([true, false]);
		expect(commitmentLines(['Objetivo específico 3: implementar el registro.', 'El cáncer es frecuente.'], 'es')).toEqual([true, false]);
		expect(commitmentLines(['Até 2030, reduzir a mortalidade.', 'Criação de um registo de cancro.'], 'pt')).toEqual([true, true]);
	});
});

describe('the stated period', () => {
	it('finds the span of years on the title pages, and later only beside the word plan', () => {
		const pages = [
			lines('National Cancer Control Plan\n2012–2017'),
			lines('Contents'),
			lines('Foreword'),
			lines('In 2010 to 2011 we consulted.'),
			lines('Our updated cancer plan (2011-2017) addresses every cancer.'),
		];
		expect(statedPeriods(pages)).toEqual([
			{ page: 1, text: '2012–2017', span: '2012–2017' },
			{ page: 5, text: 'Our updated cancer plan (2011-2017) addresses every cancer.', span: '2011-2017' },
		]);
	});

	it('ignores spans that are not a plan period (one year, or decades)', () => {
		expect(statedPeriods([lines('Data from 1990 to 2020 and 2011-2011.')])).toEqual([]);
	});
});
