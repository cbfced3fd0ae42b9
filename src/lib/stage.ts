import type { CountryStatus, Stage } from '../schemas/vocabulary.ts';

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
