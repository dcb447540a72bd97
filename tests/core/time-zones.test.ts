// Dates read the same calendar day wherever the user is: the same inputs, in fresh processes set to zones on either
// side of UTC (Los Angeles, −8; Tokyo, +9). A YAML date is UTC midnight and keeps its day in both; an instant with
// an offset is read on the day it is where the user is; a time without an offset is taken as written.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const SCRIPT = `
const { parseDay, localDay } = await import("./src/core/dates.ts");
const inputs = [new Date(Date.UTC(2026, 10, 20)), "2026-11-20T23:30:00-08:00", "2026-11-20T02:00:00Z", "2026-11-20T23:30", "2026-11-20"];
console.log(JSON.stringify({ days: inputs.map((v) => { const r = parseDay(v); return r.ok ? r.value : r.message; }), now: localDay(new Date(Date.UTC(2026, 10, 30, 20))) }));
`;

function inZone(tz: string): { days: string[]; now: string } {
	const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], { cwd: ROOT, encoding: "utf8", env: { ...process.env, TZ: tz } });
	return JSON.parse(out) as { days: string[]; now: string };
}

describe("calendar days in two time zones", () => {
	it("Los Angeles and Tokyo agree on a YAML date and a plain time; an instant is on its local day in each", () => {
		expect(inZone("America/Los_Angeles")).toEqual({
			days: ["2026-11-20", "2026-11-20", "2026-11-19", "2026-11-20", "2026-11-20"],
			now: "2026-11-30",
		});
		expect(inZone("Asia/Tokyo")).toEqual({
			days: ["2026-11-20", "2026-11-21", "2026-11-20", "2026-11-20", "2026-11-20"],
			now: "2026-12-01",
		});
	});
});
