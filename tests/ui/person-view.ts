// A person as the UI receives them, for component and model tests: every field set, `over` wins.
import type { PersonView } from "../../src/core/model";

export function personView(over: Partial<PersonView> = {}): PersonView {
	return {
		path: "People/Sam.md", name: "Sam", aliases: [], status: "ok", lastContact: null, cadenceDays: 30, cadenceFrom: "person", due: null,
		daysOverdue: null, tier: null, goals: [], location: null, birthday: null, nextBirthday: null, snoozeUntil: null, mentionCount: 0,
		health: null, drift: "none", rhythmDays: null, gave: 0, asked: 0, events: [], followUps: [], followUpDue: null, nextContact: null, ...over,
	};
}
