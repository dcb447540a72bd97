import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

const FIXTURES = join(__dirname, "../fixtures/import");

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function vault(): string {
	const dir = mkdtempSync(join(tmpdir(), "ascent-import-"));
	made.push(dir);
	mkdirSync(join(dir, "People"));
	writeFileSync(join(dir, "People/Sam Rivera.md"), "---\n# how we met\nrole: Engineer\ntier: close\n---\nBody stays.\n");
	return dir;
}

describe("ascent import", () => {
	it("--dry-run lists every note to create and field to add, and writes nothing", async () => {
		const dir = vault();
		const result = await run(["import", join(FIXTURES, "Connections.csv"), "--vault", dir, "--dry-run"]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("(dry run: nothing written)");
		expect(result.stdout).toContain("+ People/José Álvarez.md");
		expect(result.stdout).toContain("= People/Sam Rivera.md: role kept as \"Engineer\"");
		expect(existsSync(join(dir, "People/José Álvarez.md"))).toBe(false);
		expect(readFileSync(join(dir, "People/Sam Rivera.md"), "utf8")).toBe("---\n# how we met\nrole: Engineer\ntier: close\n---\nBody stays.\n");
	});

	it("applies: new notes with the contact's properties, stay untracked; existing notes keep comments, keys and body", async () => {
		const dir = vault();
		await run(["import", join(FIXTURES, "Connections.csv"), "--vault", dir]);
		expect(readFileSync(join(dir, "People/José Álvarez.md"), "utf8")).toBe(
			"---\nmet: 2022-02-07\nemail: jose@example.com\ncompany: Contoso, Ltd.\nrole: VP Engineering\nurl: https://www.linkedin.com/in/jalvarez\n---\n# José Álvarez\n");
		expect(readFileSync(join(dir, "People/Sam Rivera.md"), "utf8")).toBe(
			"---\n# how we met\nrole: Engineer\ntier: close\nmet: 2024-03-12\ncompany: Northwind\nurl: https://www.linkedin.com/in/samrivera\n---\nBody stays.\n");
		const report = JSON.parse((await run(["report", "--vault", dir, "--json", "--today", "2026-11-30"])).stdout) as { people: { name: string; status: string }[] };
		expect(report.people.filter((p) => p.name !== "Sam Rivera").every((p) => p.status === "untracked")).toBe(true);
		// Importing the same file again changes nothing.
		const again = await run(["import", join(FIXTURES, "Connections.csv"), "--vault", dir]);
		expect(again.stdout).toMatch(/^0 new notes, 0 people updated/m);
	});

	it("reads Google Contacts and vCard files too", async () => {
		const dir = vault();
		cpSync(join(FIXTURES, "contacts.vcf"), join(dir, "contacts.vcf"));
		const vcf = await run(["import", join(dir, "contacts.vcf"), "--vault", dir]);
		expect(vcf.stdout).toMatch(/^vCard: 2 contacts/);
		expect(readFileSync(join(dir, "People/Dr. Priya Patel.md"), "utf8")).toContain("birthday: 08-21");
		const google = await run(["import", join(FIXTURES, "google-contacts.csv"), "--vault", dir, "--dry-run"]);
		expect(google.stdout).toMatch(/^Google Contacts: 2 contacts/);
	});

	it.each([[["import"]], [["import", "no/such/file.csv"]]])("%j: one-line error, exit code 2", async (args) => {
		const result = await run(args);
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});
});
