import { readFileSync } from "node:fs";
import { PeopleIndex } from "./src/core/people-index";
import { DEFAULT_SETTINGS } from "./src/core/settings";
const records = JSON.parse(readFileSync("/tmp/large-records.json", "utf8"));
for (let i = 0; i < 5; i++) {
	let t = performance.now();
	const index = PeopleIndex.build(records, { settings: DEFAULT_SETTINGS, dailyNotes: { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD" } });
	const b = performance.now() - t;
	t = performance.now();
	const att = index.attention("2026-11-30");
	console.log("build", b.toFixed(1), "attention", (performance.now() - t).toFixed(1), att.length, JSON.stringify(index.stats("2026-11-30")));
}
