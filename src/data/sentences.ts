import { formatDate, languageName, strings } from '../i18n/index.ts';
import type { CountryView, PlanView } from '../lib/catalog.ts';
import { describePlan } from '../lib/describe.ts';
import { formatPeriod } from '../lib/status.ts';
import { catalog } from './catalog.ts';

/**
 * A sentence about a record in the portal's words, for search results and feeds: what it is,
 * where, when, and its standing on the data date. Never a run of field labels.
 */
const t = strings();

export function planSentence(view: PlanView): string {
	return `${describePlan(view, { planType: t.planType, scope: t.scope, languageName: (code) => languageName(code) })} ${t.feeds.standing(t.planStatus[view.status], formatDate(catalog.asOf))}`;
}

export function countrySentence(view: CountryView): string {
	const inForce = view.inForce.map((plan) => `${plan.plan.titleEnglish ?? plan.plan.title} (${formatPeriod(plan.plan.period)})`);
	return t.search.countrySentence(view.country.name, view.plans.length, inForce, formatDate(catalog.asOf));
}
