import { describe, expect, it } from 'vitest';
import { partnerId, resourceId } from '../../src/lib/library-ids.ts';
import { PLANNING_STAGE_MAP, stagesOfPlanningStage } from '../../src/lib/stage.ts';
import { classifySupport } from '../../src/lib/support.ts';
import { STAGES } from '../../src/schemas/vocabulary.ts';

describe('mapping the catalogue’s planning stage onto the five-stage cycle', () => {
	it('maps each single stage onto its cycle stage', () => {
		expect(stagesOfPlanningStage('needs assessment')).toEqual(['prepare']);
		expect(stagesOfPlanningStage('plan development')).toEqual(['develop']);
		expect(stagesOfPlanningStage('implementation')).toEqual(['implement']);
	});

	it('gives monitoring and evaluation both evaluate and update, however "and" is written', () => {
		expect(stagesOfPlanningStage('monitoring & evaluation')).toEqual(['evaluate', 'update']);
		expect(stagesOfPlanningStage('Monitoring and  Evaluation ')).toEqual(['evaluate', 'update']);
	});

	it('reads "multiple" as all five stages, in cycle order', () => {
		expect(stagesOfPlanningStage('multiple')).toEqual([...STAGES]);
	});

	it('returns nothing for a value it does not know, so the import can name it', () => {
		expect(stagesOfPlanningStage('advocacy')).toBeUndefined();
		expect(stagesOfPlanningStage('')).toBeUndefined();
		expect(stagesOfPlanningStage('toString')).toBeUndefined();
	});

	it('maps only onto real stages', () => {
		for (const stages of Object.values(PLANNING_STAGE_MAP)) for (const stage of stages) expect(STAGES).toContain(stage);
	});
});

describe('classifying what a partner offers from the catalogue’s words', () => {
	it('reads plan review of a draft (develop) and updating expired plans (update)', () => {
		const nci = classifySupport(
			'ICCP co-founder/coordinator; technical assistance to review draft plans and update expired plans; ICCP ECHO tele-mentoring (launched Oct 2020); regional Cancer Control Leadership Forums',
		);
		expect(nci.offers).toEqual(['plan-review', 'plan-update', 'training', 'mentoring', 'technical-assistance']);
		expect(nci.stages).toEqual(['develop', 'implement', 'update']);
		// The clause that says nothing we classify leaves no evidence.
		expect(nci.evidence.map((entry) => entry.clause)).not.toContain('ICCP co-founder/coordinator');
	});

	it('reads twinning and mentoring as implementation support', () => {
		expect(classifySupport('pairs LMIC cancer centres with high-income mentor institutions for long-term mentoring, training and quality improvement')).toMatchObject({
			offers: ['training', 'mentoring', 'twinning'],
			stages: ['implement'],
		});
	});

	it('reads imPACT reviews as an assessment before planning, and costing as part of developing a plan', () => {
		expect(classifySupport('co-leads imPACT reviews')).toMatchObject({ offers: ['technical-assistance'], stages: ['prepare'] });
		expect(classifySupport('supported costing and M&E framework of the Synthetic National Cancer Control Strategy')).toMatchObject({
			offers: ['costing', 'technical-assistance'],
			stages: ['develop'],
		});
	});

	it('does not take sponsoring a forum for training, nor guidelines or membership for any support', () => {
		expect(classifySupport('sponsor of the Synthetic Cancer Planners Forum; co-sponsor of a Leadership Forum')).toEqual({ offers: [], stages: [], evidence: [] });
		expect(classifySupport('partner in a global initiative; co-developer of harmonized guidelines').offers).toEqual([]);
	});

	it('reads registries, radiotherapy, advocacy and research in their own words', () => {
		expect(classifySupport('with WHO supports cancer registration; radiotherapy planning; cancer control advocacy; co-produced a report').offers).toEqual([
			'registry-support',
			'radiotherapy',
			'advocacy',
			'research',
		]);
	});

	it('keeps the clause each kind was read from', () => {
		expect(classifySupport('Master course on NCCPs; host of a portal').evidence).toEqual([{ clause: 'Master course on NCCPs', offers: ['training'], stages: [] }]);
	});
});

describe('resource and partner ids', () => {
	it('keep the first eight meaningful words of a resource title', () => {
		expect(resourceId('Guide to cancer early diagnosis')).toBe('guide-cancer-early-diagnosis');
		expect(resourceId('National cancer control programmes: policies and managerial guidelines (2nd edition)')).toBe('national-cancer-control-programmes-policies-managerial-guidelines-2nd');
		expect(resourceId("Europe's Beating Cancer Plan (COM(2021) 44)")).toBe('europes-beating-cancer-plan-com-2021-44');
	});

	it('read dotted initials as one word', () => {
		expect(resourceId('Cancer Control P.L.A.N.E.T. (Plan, Link, Act, Network with Evidence-based Tools)')).toBe('cancer-control-planet-plan-link-act-network-evidence');
	});

	it('use a partner’s acronym, or its name when the acronym is missing or under three letters', () => {
		expect(partnerId('Union for International Cancer Control', 'UICC')).toBe('uicc');
		expect(partnerId('Pan American Health Organization', 'PAHO/WHO')).toBe('paho-who');
		expect(partnerId('City Cancer Challenge Foundation', 'C/Can')).toBe('c-can');
		expect(partnerId('Princess Margaret Cancer Centre', 'PM')).toBe('princess-margaret-cancer-centre');
		expect(partnerId('Synthetic Partner Without Acronym')).toBe('synthetic-partner-without-acronym');
	});
});
