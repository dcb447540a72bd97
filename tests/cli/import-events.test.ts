// `ascent import FILE.ics` on a vault on disk: a dry run, the notes written, a second run that changes nothing, a
// changed event that updates only properties, and the report that then counts the event as contact.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

const TEAM = join(__dirname, "../fixtures/ics/team.ics");
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(): { dir: string; ics: string } {
	const dir = mkdtempSync(join(tmpdir(), "ascent-ics-"));
	made.push(dir);
	mkdirSync(join(dir, "People"));
	writeFileSync(join(dir, "People/Hiro Tanaka.md"), "---\nemail: hiro@example.jp\ncadence: 30\nlast-contact: 2026-10-01\n---\n");
	writeFileSync(join(dir, "People/Grace Liu.md"), "---\ncadence: 30\nlast-contact: 2026-10-01\n---\n");
	const ics = join(dir, "work.ics");
	copyFileSync(TEAM, ics);
	return { dir, ics };
}
const NOV = ["--from", "2026-11-01", "--to", "2026-11-30"];

/** A person's last contact in `report --json`. */
async function lastContact(dir: string, name: string): Promise<string | null> {
	const report = JSON.parse((await run(["report", "--vault", dir, "--today", "2026-11-30", "--json"])).stdout) as { people: { name: string; lastContact: string | null }[] };
	return report.people.find((p) => p.name === name)?.lastContact ?? null;
}

describe("ascent import FILE.ics", () => {
	it("--dry-run lists the event notes and the attendees not found, and writes nothing", async () => {
		const { dir, ics } = vault();
		const result = await run(["import", ics, "--vault", dir, ...NOV, "--dry-run"]);
		expect(result.code).toBe(0);
		expect(result.stdout.split("\n").slice(0, 3)).toEqual([
			"iCalendar: 6 events from 2026-11-01 to 2026-11-30 in work.ics (dry run: nothing written)",
			"6 events: 6 new, 0 changed, 0 already imported",
			"  + Events/2026-11-03 Platform sync.md  Alex Chen, Priya Patel",
		]);
		expect(result.stdout).toContain("  + Events/2026-11-18 Late call with Hiro.md  [[Hiro Tanaka]]");
		expect(result.stdout).toContain("  - Lena Vogt <lena.vogt@example.net>, 1 event");
		expect(existsSync(join(dir, "Events"))).toBe(false);
	});

	it("writes the notes; the report then counts the event as contact; a second run changes nothing; a changed event updates only its properties", async () => {
		const { dir, ics } = vault();
		expect(await lastContact(dir, "Hiro Tanaka")).toBe("2026-10-01");
		await run(["import", ics, "--vault", dir, ...NOV]);
		expect(readFileSync(join(dir, "Events/2026-11-18 Late call with Hiro.md"), "utf8")).toBe(
			"---\ntype: event\ndate: 2026-11-18\ntime: 23:30\ntitle: Late call with Hiro\nattendees:\n  - \"[[Hiro Tanaka]]\"\nical-uid: late-call-sf@ascent.test\n---\n# Late call with Hiro\n");
		expect(await lastContact(dir, "Hiro Tanaka")).toBe("2026-11-18");
		expect(await lastContact(dir, "Grace Liu")).toBe("2026-11-05");

		const again = await run(["import", ics, "--vault", dir, ...NOV]);
		expect(again.stdout).toContain("6 events: 0 new, 0 changed, 6 already imported");

		const note = join(dir, "Events/2026-11-18 Late call with Hiro.md");
		writeFileSync(note, `${readFileSync(note, "utf8")}\nWe talked about the Tokyo office.\n`);
		writeFileSync(ics, readFileSync(ics, "utf8").replace("SUMMARY:Late call with Hiro", "SUMMARY:Call with Hiro"));
		const changed = await run(["import", ics, "--vault", dir, ...NOV]);
		expect(changed.stdout).toContain("~ Events/2026-11-18 Late call with Hiro.md: title = \"Call with Hiro\" (was \"Late call with Hiro\")");
		expect(readFileSync(note, "utf8")).toBe(
			"---\ntype: event\ndate: 2026-11-18\ntime: 23:30\ntitle: Call with Hiro\nattendees:\n  - \"[[Hiro Tanaka]]\"\nical-uid: late-call-sf@ascent.test\n---\n# Late call with Hiro\n\nWe talked about the Tokyo office.\n");
	});

	it("--create-people makes a note for each attendee not found, and links them", async () => {
		const { dir, ics } = vault();
		await run(["import", ics, "--vault", dir, ...NOV, "--create-people"]);
		expect(readFileSync(join(dir, "People/Lena Vogt.md"), "utf8")).toBe("---\nemail: lena.vogt@example.net\n---\n# Lena Vogt\n");
		expect(readFileSync(join(dir, "Events/2026-11-05 Coffee.md"), "utf8")).toContain("attendees:\n  - \"[[Grace Liu]]\"\n  - \"[[Lena Vogt]]\"\n");
	});

	it("bad options are refused with the usage: a date that is not one, --from after --to, --overwrite or --from on contacts", async () => {
		const { dir, ics } = vault();
		const err = async (...args: string[]) => (await run(["import", ...args, "--vault", dir])).stderr.split(" (usage:")[0];
		expect(await err(ics, "--from", "2026-02-30")).toBe("ascent: --from 2026-02-30: expected a real date as YYYY-MM-DD");
		expect(await err(ics, "--from", "2026-12-01", "--to", "2026-11-01")).toBe("ascent: --from 2026-12-01 is after --to 2026-11-01");
		expect(await err(ics, "--overwrite")).toMatch(/^ascent: --overwrite is for contacts/);
		expect(await err(join(__dirname, "../fixtures/import/Connections.csv"), "--from", "2026-11-01")).toBe("ascent: --from is for calendar files (.ics)");
		expect(existsSync(join(dir, "Events"))).toBe(false);
	});
});
