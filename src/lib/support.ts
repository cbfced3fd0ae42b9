/**
 * What a partner offers, classified from the partners catalogue's own words (`support_offered`).
 * A kind or stage is recorded only when a phrase of the text says it; a partner whose text names
 * no support we can classify gets none, and its text is kept for the reader.
 */
import { STAGES, SUPPORT_KINDS, type Stage, type SupportKind } from '../schemas/vocabulary.ts';

/** One phrase rule: text matching `pattern` (and not `unless`) offers `offers` at `stages`. */
export interface SupportRule {
	pattern: RegExp;
	/** A clause that also matches this does not count (a sponsor of a forum does not teach at it). */
	unless?: RegExp;
	offers: readonly SupportKind[];
	/** Stages the phrase itself names or implies (reviewing a draft plan is part of developing it). */
	stages: readonly Stage[];
}

/**
 * The rules, checked against each `;`-separated clause of the text. Extend the table when a new
 * partner's wording is missed; keep each rule tied to words that say what is offered.
 */
export const SUPPORT_RULES: readonly SupportRule[] = [
	// Reviewing plans; a draft plan is reviewed while the plan is being developed.
	{ pattern: /\breviews? (?:of )?(?:NCCPs?|plans?|national cancer control plans?)\b/i, offers: ['plan-review'], stages: [] },
	{ pattern: /\breview(?:er)?(?: of)? [^;]*\bdraft (?:plans?|NCCPs?)\b/i, offers: ['plan-review'], stages: ['develop'] },
	{ pattern: /\bupdat\w* (?:expired )?(?:plans?|NCCPs?)\b/i, offers: ['plan-update'], stages: ['update'] },
	{ pattern: /\bcost(?:ing|ed)\b/i, offers: ['costing'], stages: ['develop'] },
	{ pattern: /\bregistr(?:y|ies|ation)\b/i, offers: ['registry-support'], stages: [] },
	{ pattern: /\bradiotherapy\b/i, offers: ['radiotherapy'], stages: [] },
	{
		pattern: /\btraining\b|\bcourses?\b|\bcapacity[- ]building\b|\bleadership forums?\b|\bplanners forum\b|\bcancer control forum\b|\bleader development\b/i,
		unless: /\b(?:co-)?sponsor\b/i,
		offers: ['training'],
		stages: [],
	},
	// Mentoring and twinning build the capacity to deliver a plan's services; ICCP ECHO is
	// tele-mentoring for implementing plans.
	{ pattern: /\b[Mm]entor\w*|\bECHO\b/, offers: ['mentoring'], stages: ['implement'] },
	{ pattern: /\btwinning\b|\bpairs [^;]*\bwith [^;]*\binstitutions\b/i, offers: ['twinning'], stages: ['implement'] },
	{ pattern: /\btechnical (?:assistance|support)\b|\bexpertise\b|\bmission expert\b/i, offers: ['technical-assistance'], stages: [] },
	// imPACT reviews assess a country's capacity and needs before planning.
	{ pattern: /\bimPACT\b|\bassessing national cancer control capacity\b/i, offers: ['technical-assistance'], stages: ['prepare'] },
	{
		pattern: /\bsupport (?:to|for) (?:draft|cancer planning)\b|\bplanning support\b|\bsupported [^;]*\b(?:Strategy|Plan)\b/i,
		offers: ['technical-assistance'],
		stages: ['develop'],
	},
	{ pattern: /\bimplementation partner\b/i, offers: [], stages: ['implement'] },
	{ pattern: /\badvocacy\b/i, offers: ['advocacy'], stages: [] },
	{ pattern: /\breport\b|\bcase study\b|\banaly[sz]ed\b|\bestimates\b|\bAtlas\b|\bcountry profiles\b/i, offers: ['research'], stages: [] },
];

export interface SupportClassification {
	/** Kinds offered, each once, in `SUPPORT_KINDS` order. */
	offers: SupportKind[];
	/** Stages the text names, each once, in cycle order. */
	stages: Stage[];
	/** The phrases that matched, for review: `[clause, kinds]`. */
	evidence: { clause: string; offers: SupportKind[]; stages: Stage[] }[];
}

/** Classify a partner's `support_offered` text. Pure; an empty result means nothing was recognised. */
export function classifySupport(text: string, rules: readonly SupportRule[] = SUPPORT_RULES): SupportClassification {
	const offers = new Set<SupportKind>();
	const stages = new Set<Stage>();
	const evidence: SupportClassification['evidence'] = [];
	for (const clause of text.split(';').map((part) => part.trim()).filter(Boolean)) {
		const clauseOffers = new Set<SupportKind>();
		const clauseStages = new Set<Stage>();
		for (const rule of rules) {
			if (!rule.pattern.test(clause) || rule.unless?.test(clause)) continue;
			for (const kind of rule.offers) clauseOffers.add(kind);
			for (const stage of rule.stages) clauseStages.add(stage);
		}
		if (clauseOffers.size === 0 && clauseStages.size === 0) continue;
		clauseOffers.forEach((kind) => offers.add(kind));
		clauseStages.forEach((stage) => stages.add(stage));
		evidence.push({ clause, offers: SUPPORT_KINDS.filter((kind) => clauseOffers.has(kind)), stages: STAGES.filter((stage) => clauseStages.has(stage)) });
	}
	return { offers: SUPPORT_KINDS.filter((kind) => offers.has(kind)), stages: STAGES.filter((stage) => stages.has(stage)), evidence };
}
