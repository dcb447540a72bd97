// Numbers the product is built around, each named once. Change one here and every surface follows.

/** How far ahead the Upcoming list (and a row's birthday note) looks, in days. */
export const UPCOMING_DAYS = 30;

/** The snooze choices offered on a row, in the palette and from the keyboard (`s` takes the first). */
export const SNOOZE_CHOICES: readonly { label: string; days: number }[] = [
	{ label: "1 week", days: 7 },
	{ label: "2 weeks", days: 14 },
	{ label: "1 month", days: 30 },
];

/** Triage picks a tier with the number keys 1 to this. */
export const TRIAGE_KEYS = 9;

/**
 * How much contact makes a heat-map cell darker: a day (1, 2, 3–4, 5+ interactions) and a month (1–2, 3–5, 6–9,
 * 10+); a month holds about thirty days, so its steps are wider.
 */
export const HEAT_STEPS = { day: [1, 2, 4], month: [2, 5, 9] } as const;
