/**
 * Geometry of the gap reports' charts, computed from report data at build time (no DOM, no
 * chart library): components only draw what these functions return. Every chart is a static
 * SVG of fixed width `CHART_WIDTH` (scaled by CSS) whose rows are placed with one translate, so
 * rows repeat the same markup and gzip well. Coordinates are rounded to one decimal.
 *
 * Rules the charts share with the tables: shares are of assessed findings only; "not assessed"
 * is counted apart and never drawn as "not found"; a row with nothing assessed has no bar at all.
 */
import type { GapReport } from './gap-reports.ts';
import type { ItemStatus, Tally } from './gaps.ts';

/** Width of every chart's viewBox, as the plan timeline's. */
export const CHART_WIDTH = 600;
/** Width of a full bar (100 %); the rest of the row holds the value label. */
export const BAR_WIDTH = 520;

/** Rounded to one decimal, the precision of every coordinate we write. */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/** The statuses a stacked bar is made of, left to right. Not assessed is never a segment. */
export const ASSESSED_STATUSES = ['addressed', 'partial', 'not-found'] as const;
export type AssessedStatus = (typeof ASSESSED_STATUSES)[number];

export interface BarSegment {
	status: AssessedStatus;
	count: number;
	x: number;
	width: number;
}

/** One row of a coverage chart: a priority area (or, in a priority-area report, an item). */
export interface CoverageRow {
	id: string;
	label: string;
	/** Top of the row in the chart. */
	y: number;
	counts: Record<ItemStatus, number>;
	assessed: number;
	/** Plans rated behind the row: its n. */
	ratedPlans: number;
	/** Addressed ÷ assessed, or null when nothing was assessed or too few plans were (then `segments` is empty). */
	share: number | null;
	/** Too few plans stand behind the row for a share (src/lib/gaps.ts, MIN_PLANS_FOR_SHARE). */
	withheld: boolean;
	/** Stacked segments of the assessed findings; widths sum to `BAR_WIDTH`. Zero counts are left out. */
	segments: BarSegment[];
}

export interface CoverageChart {
	width: number;
	height: number;
	barWidth: number;
	/** Row height; inside a row the label sits above its bar. */
	rowHeight: number;
	rows: CoverageRow[];
}

/** Height of one coverage row: a label line, then a 12-unit bar. */
export const COVERAGE_ROW = 34;

/**
 * Split a bar of `barWidth` into segments for the counts, in `ASSESSED_STATUSES` order. Edges are
 * rounded (in tenths) from the cumulative shares, so the widths always add up to the bar exactly,
 * whatever the rounding of each.
 */
export function stackSegments(counts: Record<AssessedStatus, number>, barWidth = BAR_WIDTH): BarSegment[] {
	const total = ASSESSED_STATUSES.reduce((sum, status) => sum + counts[status], 0);
	if (total === 0) return [];
	const tenths = Math.round(barWidth * 10);
	const segments: BarSegment[] = [];
	let cumulative = 0;
	let edge = 0;
	for (const status of ASSESSED_STATUSES) {
		cumulative += counts[status];
		const next = Math.round((cumulative / total) * tenths);
		if (counts[status] > 0) segments.push({ status, count: counts[status], x: edge / 10, width: (next - edge) / 10 });
		edge = next;
	}
	return segments;
}

/** A coverage row from a tally. */
function coverageRow(id: string, label: string, tally: Tally, y: number): CoverageRow {
	return {
		id,
		label,
		y,
		counts: { addressed: tally.addressed, partial: tally.partial, 'not-found': tally['not-found'], 'not-applicable': tally['not-applicable'], 'not-assessed': tally['not-assessed'] },
		assessed: tally.assessed,
		ratedPlans: tally.ratedPlans,
		share: tally.share,
		withheld: tally.withheld,
		segments: tally.withheld ? [] : stackSegments(tally),
	};
}

function coverageChart(entries: readonly { id: string; label: string; tally: Tally }[]): CoverageChart {
	return {
		width: CHART_WIDTH,
		height: entries.length * COVERAGE_ROW,
		barWidth: BAR_WIDTH,
		rowHeight: COVERAGE_ROW,
		rows: entries.map((entry, index) => coverageRow(entry.id, entry.label, entry.tally, index * COVERAGE_ROW)),
	};
}

/**
 * Coverage by priority area, one stacked bar per domain in framework order: the same tallies as
 * the report's "coverage by priority area" table (a plan report counts its items, other reports
 * each plan–item pair once).
 */
export function domainCoverageBars(report: GapReport): CoverageChart {
	const tallies = report.planGaps?.domains ?? report.aggregate.domains;
	return coverageChart(report.domains.map((domain) => ({ id: domain.id, label: domain.label, tally: tallies.get(domain.id)! })));
}

/**
 * Coverage by item within one priority area (the priority-area report, which has one domain):
 * one bar per item, the same tallies as that report's item table.
 */
export function itemCoverageBars(report: GapReport): CoverageChart {
	return coverageChart(report.domains.flatMap((domain) => domain.items.map((item) => ({ id: item.id, label: item.label, tally: report.aggregate.items.get(item.id)! }))));
}

/** The chart a report gets: by item for a priority area, by domain otherwise; none when nothing is assessed. */
export function reportCoverageBars(report: GapReport): CoverageChart | undefined {
	const assessed = report.planGaps ? report.planGaps.overall.assessed : report.aggregate.assessedPlans;
	if (assessed === 0) return undefined;
	return report.domains.length > 1 ? domainCoverageBars(report) : itemCoverageBars(report);
}

/** One bar of the comparison: a share and how many findings and plans stand behind it. */
export interface ShareBar {
	share: number | null;
	assessed: number;
	/** Plans behind the bar. */
	ratedPlans: number;
	/** Too few plans for a share: the bar says how many instead. */
	withheld: boolean;
	/** Bar width (share × `BAR_WIDTH`), or null when nothing was assessed or too few plans were: draw nothing. */
	width: number | null;
}

export interface VersusRow {
	id: string;
	label: string;
	y: number;
	group: ShareBar;
	world: ShareBar;
}

export interface VersusChart {
	width: number;
	height: number;
	barWidth: number;
	rowHeight: number;
	rows: VersusRow[];
}

/** Height of one comparison row: a label line, the group's bar, then the world's. */
export const VERSUS_ROW = 42;

const shareBar = (tally: Tally | undefined): ShareBar => ({
	share: tally?.share ?? null,
	assessed: tally?.assessed ?? 0,
	ratedPlans: tally?.ratedPlans ?? 0,
	withheld: tally?.withheld ?? false,
	width: tally?.share === null || tally?.share === undefined ? null : round1(tally.share * BAR_WIDTH),
});

/**
 * A region or income group against the world: per domain, in the group report's order, the
 * share addressed in each. A share is null (no bar) where nothing was assessed.
 */
export function regionVersusWorld(groupReport: GapReport, worldReport: GapReport): VersusChart {
	return {
		width: CHART_WIDTH,
		height: groupReport.domains.length * VERSUS_ROW,
		barWidth: BAR_WIDTH,
		rowHeight: VERSUS_ROW,
		rows: groupReport.domains.map((domain, index) => ({
			id: domain.id,
			label: domain.label,
			y: index * VERSUS_ROW,
			group: shareBar(groupReport.aggregate.domains.get(domain.id)),
			world: shareBar(worldReport.aggregate.domains.get(domain.id)),
		})),
	};
}
