// @vitest-environment happy-dom
// Every vault convention of tests/conventions/cases.ts through both sources: the CLI reading the fixture vault from
// disk, and the real plugin in the fake Obsidian reading the same files through its metadata cache.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { PeopleIndex } from "../../src/core/people-index";
import { collectReport, type Report, toJson } from "../../src/core/report";
import { readVault } from "../../src/vault/disk";
import { startPlugin } from "../obsidian/harness";
import { CASES, type ConventionCase, TODAY } from "./cases";
import { readFixture } from "./fixture";

const FIXTURES = join(__dirname, "../fixtures/conventions");

interface Outcome {
	report: Report;
	goalDays: (kind: Parameters<PeopleIndex["goalDays"]>[0]) => string[];
}

async function fromDisk(c: ConventionCase): Promise<Outcome> {
	const result = await run(["report", "--vault", join(FIXTURES, c.vault), "--today", TODAY, "--json"]);
	expect(result.stderr).toBe("");
	expect(result.code).toBe(0);
	const vault = await readVault(join(FIXTURES, c.vault));
	const index = PeopleIndex.build(vault.records, { settings: vault.indexSettings, dailyNotes: vault.dailyNotes });
	return { report: JSON.parse(result.stdout) as Report, goalDays: (kind) => index.goalDays(kind).sort() };
}

async function fromPlugin(c: ConventionCase): Promise<Outcome> {
	const { notes, config } = readFixture(join(FIXTURES, c.vault));
	const h = await startPlugin(notes, { config, now: TODAY });
	const state = h.services.index.current;
	if (state.kind !== "ready") throw new Error("the index did not build");
	const index = state.index;
	return { report: toJson(collectReport(index, TODAY)), goalDays: (kind) => index.goalDays(kind).sort() };
}

const SOURCES = [["the CLI on disk", fromDisk], ["the plugin in Obsidian", fromPlugin]] as const;

describe.each(CASES)("$vault: $about", (c) => {
	describe.each(SOURCES)("through %s", (_, source) => {
		it("finds exactly the people, with their last contact, its note, cadence, due date and status", async () => {
			const { report } = await source(c);
			expect(report.people.map((p) => p.path).sort()).toEqual(Object.keys(c.people).sort());
			for (const [path, expected] of Object.entries(c.people)) {
				expect(report.people.find((p) => p.path === path), path).toMatchObject(expected);
			}
		});

		it("ranks who needs attention", async () => {
			expect((await source(c)).report.attention).toEqual(c.attention);
		});

		it("counts the goal days", async () => {
			const { goalDays } = await source(c);
			for (const [kind, days] of Object.entries(c.goalDays ?? {})) expect(goalDays(kind as never), kind).toEqual([...days].sort());
		});
	});

	it("gives the same report from both sources", async () => {
		const disk = (await fromDisk(c)).report;
		const plugin = (await fromPlugin(c)).report;
		expect(plugin).toEqual(disk);
	});
});
