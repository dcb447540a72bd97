// An open task in a note other than a person's own that links someone: a follow-up for whoever the link reaches.
import type { Day } from "./dates";
import type { FollowUp } from "./model";

/**
 * A follow-up as a dated (or undated) note holds it, with the link it carries and whom that reaches, kept as private
 * state: views, the report and tests see a plain follow-up (path, line, text), while the index files it by `link`
 * and `to`. One object per task: on the bench's large vault (30,000 such tasks) a wrapper {link, task} and a list
 * of whom each task reaches cost 1.2 MB more (PERFORMANCE.md).
 */
export class NoteTask implements FollowUp {
	readonly #link: string;
	#to: string | null = null;
	/** The day of its note ("" for an undated note), set when the index takes the note in. */
	#noteDate: Day = "";

	constructor(public path: string, public line: number, public text: string | null, link: string) {
		this.#link = link;
	}

	/** The link text in the task. */
	get link(): string {
		return this.#link;
	}

	/** The person the link reaches now (null: nobody); the index sets it as people and names change. */
	get to(): string | null {
		return this.#to;
	}

	set to(path: string | null) {
		this.#to = path;
	}

	/**
	 * The day of the note it is in: the follow-ups elsewhere of a person are read newest note first, and from the
	 * tasks alone (PERFORMANCE.md, session 19).
	 */
	get noteDate(): Day {
		return this.#noteDate;
	}

	set noteDate(day: Day) {
		this.#noteDate = day;
	}
}
