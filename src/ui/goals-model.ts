// Words and small pictures for the goals panel.
import { TREND_WEEKS } from "../core/network";
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

/** A text sparkline of health values (0–100); gaps for weeks with nobody tracked. */
export function sparkline(values: (number | null)[]): string {
	return values.map((v) => (v === null ? " " : BARS[Math.min(7, Math.max(0, Math.floor((v / 100) * 8)))] ?? " ")).join("");
}

export function healthText(h: { value: number | null; trend: (number | null)[] }): string {
	if (h.value === null) return "No tracked people yet";
	const first = h.trend.find((v) => v !== null) ?? null;
	const change = first === null ? "" : `, ${h.value >= first ? "up" : "down"} ${Math.abs(Math.round(h.value - first))} over ${TREND_WEEKS} weeks`;
	return `Network health ${Math.round(h.value)} of 100${change}`;
}
