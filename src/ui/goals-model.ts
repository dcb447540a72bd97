// Words and small pictures for the goals panel.
import { TREND_WEEKS } from "../core/health-trend";
import { GOAL_LABELS, type GoalProgress } from "../core/goals";

const NOW: Record<GoalProgress["period"], string> = { week: "this week", month: "this month", quarter: "this quarter", year: "this year" };
const UNIT: Record<GoalProgress["period"], [string, string]> = { week: ["week", "weeks"], month: ["month", "months"], quarter: ["quarter", "quarters"], year: ["year", "years"] };

export function goalLine(g: GoalProgress): string {
	return `${GOAL_LABELS[g.kind]} ${NOW[g.period]}`;
}

export function streakText(g: GoalProgress): string {
	const [one, many] = UNIT[g.period];
	const streak = g.streak > 0 ? ` · ${g.streak} ${g.streak === 1 ? one : many} in a row` : "";
	const longest = g.longestStreak > g.streak ? ` (longest ${g.longestStreak})` : "";
	return streak + longest;
}

const BARS = "▁▂▃▄▅▆▇█";

/**
 * A text sparkline of health values, scaled to their own range (a trend from 40 to 47 fills the bars instead of
 * reading as a flat line at the top of 0–100); gaps for weeks with nobody tracked.
 */
export function sparkline(values: (number | null)[]): string {
	const known = values.filter((v): v is number => v !== null);
	if (known.length === 0) return "";
	const low = Math.min(...known);
	const span = Math.max(...known) - low;
	return values.map((v) => (v === null ? " " : BARS[span < 1 ? 3 : Math.min(7, Math.floor(((v - low) / span) * 7.999))] ?? " ")).join("");
}

/** The lowest and highest value the sparkline spans, its visible range: "40–47 over 12 weeks". */
export function trendRange(values: (number | null)[]): string {
	const known = values.filter((v): v is number => v !== null).map(Math.round);
	return known.length === 0 ? "" : `${Math.min(...known)}–${Math.max(...known)} over ${TREND_WEEKS} weeks`;
}

/** The change over the trend's weeks: +7, −3 or 0 (null without a trend). */
export function healthChange(h: { value: number | null; trend: (number | null)[] }): number | null {
	const first = h.trend.find((v) => v !== null) ?? null;
	return h.value === null || first === null ? null : Math.round(h.value - first);
}

export function healthText(h: { value: number | null; trend: (number | null)[] }): string {
	if (h.value === null) return "No tracked people yet";
	const change = healthChange(h);
	const words = change === null ? "" : `, ${change >= 0 ? "up" : "down"} ${Math.abs(change)} over ${TREND_WEEKS} weeks`;
	return `Network health ${Math.round(h.value)} of 100${words}`;
}

/** The goals in one line: "3/5 on pace · health 47 ↑17" (met goals count as on pace). */
export function goalsSummary(goals: GoalProgress[], h: { value: number | null; trend: (number | null)[] }): string {
	const parts: string[] = [];
	if (goals.length > 0) parts.push(`${goals.filter((g) => g.onPace || g.actual >= g.target).length}/${goals.length} on pace`);
	if (h.value !== null) {
		const change = healthChange(h);
		const arrow = change === null ? "" : change > 0 ? ` ↑${change}` : change < 0 ? ` ↓${-change}` : " →";
		parts.push(`health ${Math.round(h.value)}${arrow}`);
	}
	return parts.join(" · ");
}
