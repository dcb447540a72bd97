// Options of the ```ascent``` block (YAML inside the block), read without ever throwing.

export interface BlockOptions {
	show: "attention" | "upcoming" | "birthdays" | "reconnect" | "all" | "goals";
	limit: number;
	tag: string;
	tier: string;
	/** Only people in this place (core/places.ts). */
	location: string;
}

export const DEFAULT_BLOCK: BlockOptions = { show: "attention", limit: 10, tag: "", tier: "", location: "" };

const SHOW = ["attention", "upcoming", "birthdays", "reconnect", "all", "goals"];

/** `parsed` is the block's YAML as parsed; `null`/empty means defaults. Returns one line of error on a bad option. */
export function readBlockOptions(parsed: unknown): { options: BlockOptions } | { error: string } {
	if (parsed === null || parsed === undefined || parsed === "") return { options: { ...DEFAULT_BLOCK } };
	if (typeof parsed !== "object" || Array.isArray(parsed)) return { error: "Ascent block: write options as key: value lines (show, limit, tag, tier, location)." };
	const options = { ...DEFAULT_BLOCK };
	for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
		switch (key) {
			case "show":
				if (typeof value !== "string" || !SHOW.includes(value)) return { error: `Ascent block: show must be one of ${SHOW.join(", ")} (got ${String(value)}).` };
				options.show = value as BlockOptions["show"];
				break;
			case "limit":
				if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 500) return { error: `Ascent block: limit must be a whole number from 1 to 500 (got ${String(value)}).` };
				options.limit = value;
				break;
			case "tag":
			case "tier":
			case "location":
				if (typeof value !== "string" || value.trim() === "") return { error: `Ascent block: ${key} must be text (got ${String(value)}).` };
				options[key] = value.trim().replace(/^#/, "");
				break;
			default:
				return { error: `Ascent block: unknown option "${key}"; use show, limit, tag, tier or location.` };
		}
	}
	return { options };
}
