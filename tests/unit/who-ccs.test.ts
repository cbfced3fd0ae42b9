/**
 * What governments reported to WHO's Country Capacity Survey, beside the catalogue: the
 * disagreement rule (src/lib/who-ccs.ts), the schema of the stored answers, the download
 * columns and the importer. Every record here is synthetic (ZZ codes, "Synthetic" names).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import { parseYaml, serializeYamlRecord } from '../../src/lib/content-files.ts';
import { COUNTRY_COLUMNS, tableRows } from '../../src/lib/downloads.ts';
import { comparePlans, ghoIndicatorUrl, planDisagreement, surveyYears, WHO_CCS_RETRIEVAL_URL, whoCcsReports, type WhoCcsAnswer } from '../../src/lib/who-ccs.ts';
import { countrySchema, type Country } from '../../src/schemas/country.ts';
import { en } from '../../src/i18n/en.ts';
import { ROOT } from '../support/paths.ts';
import { syntheticCountry, syntheticPlan } from '../support/synthetic-records.ts';

/** A synthetic country whose government gave `answer` on an operational cancer plan in 2021. */
function reporting(iso3: string, answer: WhoCcsAnswer | undefined): Country {
	return syntheticCountry(iso3, {
		whoCcs:
			answer === undefined
				? undefined
				: {
						cancerPlan: { answer, surveyYear: 2021, indicator: 'NCD_CCS_CancerPlan', source: ghoIndicatorUrl('NCD_CCS_CancerPlan') },
						cancerRegistry: { answer: 'No', surveyYear: 2019, indicator: 'NCD_CCS_CancerRegNational', source: ghoIndicatorUrl('NCD_CCS_CancerRegNational') },
						retrievalUrl: WHO_CCS_RETRIEVAL_URL,
					},
	});
}

const plan = (id: string, country: string, start: number, end?: number, extra: Partial<PlanRecord> = {}) =>
	syntheticPlan(id, country, start, end, { title: `Synthetic test plan ${id}`, ...extra });

const countries = [
	reporting('ZZA', 'Yes'), // no plan at all
	reporting('ZZB', 'Yes'), // a plan in force: agrees
	reporting('ZZC', 'Yes'), // a plan that covered 2021 and has expired
	reporting('ZZD', 'Yes'), // an NCD plan in force: any type counts
	reporting('ZZE', 'Yes'), // only a sub-national plan in force
	reporting('ZZF', 'Yes'), // only a draft
	reporting('ZZG', 'No'), // a plan in force
	reporting('ZZH', 'No'), // no plan in force: agrees
	reporting('ZZI', 'No response'), // a plan in force: not compared
	reporting('ZZJ', 'No response'), // no plan: not compared, never read as "No"
	reporting('ZZK', "Don't know"), // no plan: not compared
	reporting('ZZL', undefined), // no answer from WHO
];
const plans = [
	plan('zzb-2020-2030-now', 'ZZB', 2020, 2030),
	plan('zzc-2018-2022-old', 'ZZC', 2018, 2022),
	plan('zzd-2024-2028-ncd', 'ZZD', 2024, 2028, { type: 'ncd-plan' }),
	plan('zze-2024-2028-state', 'ZZE', 2024, 2028, { scope: 'sub-national', area: 'Synthetic State' }),
	plan('zzf-2025-2029-draft', 'ZZF', 2025, 2029, { flags: ['draft'] }),
	plan('zzg-2023-2027-now', 'ZZG', 2023, 2027),
	plan('zzi-2023-2027-now', 'ZZI', 2023, 2027),
];
const catalog = buildCatalog(countries, plans, new Date('2026-12-07T00:00:00Z'));
const view = (iso3: string) => catalog.countryByIso3.get(iso3)!;
const kindOf = (iso3: string) => planDisagreement(view(iso3))?.kind;

describe('where WHO’s answer on an operational cancer plan and the catalogue disagree', () => {
	it('lists a Yes with no national plan in force today', () => {
		expect(kindOf('ZZA')).toBe('reported-plan-none-in-force');
		expect(planDisagreement(view('ZZA'))).toMatchObject({ reported: { answer: 'Yes', surveyYear: 2021 }, inForce: [], coveringSurveyYear: [] });
	});

	it('lists a Yes whose plan covered the survey year but has expired, and names that plan', () => {
		const entry = planDisagreement(view('ZZC'))!;
		expect(entry.kind).toBe('reported-plan-none-in-force');
		expect(entry.coveringSurveyYear.map((covering) => [covering.id, covering.status])).toEqual([['zzc-2018-2022-old', 'expired']]);
	});

	it('counts a national plan of any type in force, and only national plans in force', () => {
		expect(kindOf('ZZB')).toBeUndefined();
		expect(kindOf('ZZD')).toBeUndefined(); // an NCD plan in force
		expect(kindOf('ZZE')).toBe('reported-plan-none-in-force'); // a sub-national plan is not a national one
		expect(kindOf('ZZF')).toBe('reported-plan-none-in-force'); // a draft is not in force
	});

	it('lists a No with a national plan in force, with that plan', () => {
		const entry = planDisagreement(view('ZZG'))!;
		expect(entry.kind).toBe('reported-no-plan-in-force');
		expect(entry.inForce.map((inForce) => inForce.id)).toEqual(['zzg-2023-2027-now']);
		expect(kindOf('ZZH')).toBeUndefined();
	});

	it('never reads "No response" or "Don\'t know" as No: they are not compared', () => {
		expect(kindOf('ZZI')).toBeUndefined(); // "No response" beside a plan in force is no disagreement
		expect(kindOf('ZZJ')).toBeUndefined();
		expect(kindOf('ZZK')).toBeUndefined();
		expect(kindOf('ZZL')).toBeUndefined();
	});

	it('gives the counts the curator page rests on', () => {
		const comparison = comparePlans(catalog.countries);
		expect(comparison).toMatchObject({ reported: 11, compared: 8, notCompared: 3, surveyYears: [2021] });
		expect(comparison.disagreements['reported-plan-none-in-force'].map((entry) => entry.view.country.iso3)).toEqual(['ZZA', 'ZZC', 'ZZE', 'ZZF']);
		expect(comparison.disagreements['reported-no-plan-in-force'].map((entry) => entry.view.country.iso3)).toEqual(['ZZG']);
		expect(comparison.all).toHaveLength(5);
	});

	it('lists a country’s answers in question order with their survey years', () => {
		expect(whoCcsReports(view('ZZA').country.whoCcs).map((report) => [report.question, report.answer, report.surveyYear])).toEqual([
			['cancerPlan', 'Yes', 2021],
			['cancerRegistry', 'No', 2019],
		]);
		expect(surveyYears(view('ZZA').country.whoCcs)).toEqual([2019, 2021]);
		expect(whoCcsReports(undefined)).toEqual([]);
	});
});

describe('the wording pages use', () => {
	it('says whose answer it is and in which survey', () => {
		expect(en.whoCcs.caption(en.whoCcs.surveys([2021]))).toBe("Reported by the government to WHO's 2021 Country Capacity Survey");
		expect(en.whoCcs.caption(en.whoCcs.surveys([2019, 2021]))).toBe("Reported by the government to WHO's 2019 and 2021 Country Capacity Surveys");
		expect(en.whoCcs.surveys([])).toBe('Country Capacity Survey');
		expect(en.whoCcs.answers['No response']).not.toMatch(/^No$/);
	});
});

describe('the stored answers', () => {
	const valid = reporting('ZZA', 'No response');
	/** Every issue as `path: message`. */
	const issues = (record: unknown) => {
		const result = countrySchema.safeParse(record);
		return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	};
	const withPlanAnswer = (change: Record<string, unknown>) => ({ ...valid, whoCcs: { ...valid.whoCcs, cancerPlan: { ...valid.whoCcs!.cancerPlan, ...change } } });

	it('accept the four published answers and keep "No response" as it is', () => {
		expect(issues(valid)).toEqual([]);
		expect(countrySchema.parse(valid).whoCcs?.cancerPlan?.answer).toBe('No response');
		for (const answer of ['Yes', 'No', "Don't know"]) expect(issues(withPlanAnswer({ answer }))).toEqual([]);
		expect(issues(syntheticCountry('ZZB'))).toEqual([]); // the block is optional
	});

	it('refuse an answer WHO does not publish, naming the field and the value', () => {
		expect(issues(withPlanAnswer({ answer: 'Maybe' }))).toEqual([
			'whoCcs.cancerPlan.answer: expected the answer as WHO publishes it, one of "Yes", "No", "Don\'t know", "No response", found "Maybe"',
		]);
		// A YAML 1.1 reader's `yes` or a blank is not an answer either.
		expect(issues(withPlanAnswer({ answer: true }))).toHaveLength(1);
		expect(issues(withPlanAnswer({ answer: '' }))).toHaveLength(1);
	});

	it('refuse a wrong indicator, a year that is not one, an http source and unknown fields', () => {
		expect(issues(withPlanAnswer({ indicator: 'NCD_CCS_CancerRegNational' }))).toEqual([
			'whoCcs.cancerPlan.indicator: expected the GHO indicator "NCD_CCS_CancerPlan", found "NCD_CCS_CancerRegNational"',
		]);
		expect(issues(withPlanAnswer({ surveyYear: 2021.5 }))).toEqual(['whoCcs.cancerPlan.surveyYear: expected a whole year']);
		expect(issues(withPlanAnswer({ source: 'http://example.org/synthetic' }))).toHaveLength(1);
		expect(issues(withPlanAnswer({ note: 'synthetic' }))[0]).toMatch(/^whoCcs\.cancerPlan: /);
	});

	it('refuse a block with no answer', () => {
		expect(issues({ ...valid, whoCcs: { retrievalUrl: WHO_CCS_RETRIEVAL_URL } })).toEqual([
			'whoCcs: expected at least one answer (cancerPlan, cancerRegistry, cancerSurgery), found none: remove the block instead',
		]);
	});
});

describe('the countries download', () => {
	it('carries each answer and its survey year, empty where WHO published none', () => {
		const [reported, none] = tableRows(COUNTRY_COLUMNS, [view('ZZJ'), view('ZZL')]);
		expect(reported).toMatchObject({ who_ccs_cancer_plan: 'No response', who_ccs_cancer_plan_year: 2021, who_ccs_cancer_registry: 'No', who_ccs_cancer_registry_year: 2019 });
		expect(reported.who_ccs_cancer_surgery).toBeUndefined();
		expect(none).toMatchObject({ who_ccs_cancer_plan: undefined, who_ccs_cancer_plan_year: undefined });
	});
});

describe('the importer (npm run import-who-ccs)', () => {
	const work = mkdtempSync(join(tmpdir(), 'nccp-who-ccs-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const HEADER = 'iso3,name,field,value,survey_year,gho_indicator_code_claimed,code_evidence';
	const ROWS = [
		'ZZA,Synthetic A (WHO spelling),cancer_plan,No response,2021,NCD_CCS_CancerPlan,script',
		'ZZA,Synthetic A (WHO spelling),cancer_registry,Yes,2019,NCD_CCS_CancerRegNational,script',
		'ZZA,Synthetic A (WHO spelling),cancer_surgery,Don\'t know,2021,NCD_CCS_cancer_surgery,script',
		'ZZA,Synthetic A (WHO spelling),cancer_dept,Yes,2021,NCD_CCS_CANCER_DEPT,README only (no committed script)',
		'ZZB,Synthetic B,cancer_plan,No,2021,NCD_CCS_CancerPlan,script',
	];
	/** A fresh shared folder with the CSV and a content folder with synthetic ZZA, ZZB and ZZC. */
	function setUp(name: string, rows: string[]) {
		const shared = join(work, name, 'shared');
		const content = join(work, name, 'content');
		mkdirSync(join(shared, 'who-ccs'), { recursive: true });
		mkdirSync(join(content, 'countries'), { recursive: true });
		writeFileSync(join(shared, 'who-ccs', 'who-ccs-cancer-fields_derived.csv'), [HEADER, ...rows, ''].join('\n'));
		for (const iso3 of ['ZZA', 'ZZB', 'ZZC']) writeFileSync(join(content, 'countries', `${iso3.toLowerCase()}.yaml`), `# Synthetic record\n${serializeYamlRecord(syntheticCountry(iso3))}`);
		const run = () => spawnSync(process.execPath, ['scripts/import-who-ccs.ts', '--shared', shared, '--content', content], { cwd: ROOT, encoding: 'utf8' });
		const read = (iso3: string) => readFileSync(join(content, 'countries', `${iso3.toLowerCase()}.yaml`), 'utf8');
		return { run, read };
	}

	it('writes the confirmed answers as published, matched by ISO3, and leaves the rest of the file alone', () => {
		const { run, read } = setUp('ok', ROWS);
		const before = read('ZZC');
		const result = run();
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('4 answers imported for 2 countries; 2 country records changed');
		expect(result.stdout).toContain('left out: 1 rows of cancer_dept (README only (no committed script))');
		const zza = countrySchema.parse(parseYaml(read('ZZA')));
		expect(zza.name).toBe('Synthetic ZZA');
		expect(zza.whoCcs).toEqual({
			cancerPlan: { answer: 'No response', surveyYear: 2021, indicator: 'NCD_CCS_CancerPlan', source: 'https://ghoapi.azureedge.net/api/NCD_CCS_CancerPlan' },
			cancerRegistry: { answer: 'Yes', surveyYear: 2019, indicator: 'NCD_CCS_CancerRegNational', source: 'https://ghoapi.azureedge.net/api/NCD_CCS_CancerRegNational' },
			cancerSurgery: { answer: "Don't know", surveyYear: 2021, indicator: 'NCD_CCS_cancer_surgery', source: 'https://ghoapi.azureedge.net/api/NCD_CCS_cancer_surgery' },
			retrievalUrl: WHO_CCS_RETRIEVAL_URL,
		});
		expect(read('ZZA')).toMatch(/^# Synthetic record\n/);
		expect(read('ZZA')).toContain('answer: "No response"');
		expect(read('ZZC')).toBe(before);
		const second = run();
		expect(second.stdout).toContain('0 country records changed, 2 already up to date');
	});

	it('stops, writing nothing, for a country without a record or an answer WHO does not publish', () => {
		const { run, read } = setUp('bad', [...ROWS, 'ZZZ,Synthetic Z,cancer_plan,Yes,2021,NCD_CCS_CancerPlan,script', 'ZZB,Synthetic B,cancer_registry,Maybe,2019,NCD_CCS_CancerRegNational,script']);
		const before = read('ZZA');
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('ZZZ: in the CSV but there is no country record');
		expect(result.stderr).toContain('(ZZB cancer_registry): expected one of "Yes", "No", "Don\'t know", "No response", found "Maybe"');
		expect(read('ZZA')).toBe(before);
		expect(existsSync(join(work, 'bad', 'content', 'countries', 'zzz.yaml'))).toBe(false);
	});
});
