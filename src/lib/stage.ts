import { STAGES, type CountryStatus, type Stage } from '../schemas/vocabulary.ts';

/** How a country's planning-cycle stage was established, shown next to the stage. */
export type StageBasis = 'curator' | 'current-plan' | 'expired-plans' | 'unknown';

export interface DerivedStage {
	stage?: Stage;
	basis: StageBasis;
}

/**
 * A country's planning-cycle stage. A curator's sourced stage wins; otherwise a current plan
 * means the country is implementing, and only expired plans mean it is due to update. Anything
 * else (open-ended or upcoming plans only, or no plan found) does not tell us the stage.
 */
export function deriveStage(status: CountryStatus, curatorStage?: Stage): DerivedStage {
	if (curatorStage) return { stage: curatorStage, basis: 'curator' };
	if (status === 'current') return { stage: 'implement', basis: 'current-plan' };
	if (status === 'expired') return { stage: 'update', basis: 'expired-plans' };
	return { basis: 'unknown' };
}

/**
 * The reference catalogue's `planning_stage` values and the cycle stages each stands for.
 * Monitoring and evaluation serves both `evaluate` and `update`: an update starts from what
 * the evaluation found. `multiple` means the catalogue saw several stages without naming them,
 * so it stands for all five; a curator narrows a record when its source names its stages.
 */
export const PLANNING_STAGE_MAP: Readonly<Record<string, readonly Stage[]>> = {
	'needs assessment': ['prepare'],
	'plan development': ['develop'],
	implementation: ['implement'],
	'monitoring & evaluation': ['evaluate', 'update'],
	multiple: STAGES,
};

/**
 * The cycle stages a resource serves, in cycle order, from the catalogue's `planning_stage`
 * (case and spacing ignored; "and" may stand for "&"). Undefined for a value the map does not
 * know, which the import reports with its row.
 */
export function stagesOfPlanningStage(value: string): Stage[] | undefined {
	const key = value.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ and /g, ' & ');
	const stages = Object.hasOwn(PLANNING_STAGE_MAP, key) ? PLANNING_STAGE_MAP[key] : undefined;
	return stages && STAGES.filter((stage) => stages.includes(stage));
}
