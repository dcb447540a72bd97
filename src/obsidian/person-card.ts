// The person card: everything needed to reach out to one person (their last contacts in their own words, open
// follow-ups, goals, give and ask, events, birthday, and openers to copy), in the sidebar, or in a modal on a
// phone. The words of a contact in a dated note are read from that note when the card shows it, never while the
// index is built (ARCHITECTURE.md).
import { type App, Modal, Notice, Platform } from "obsidian";
import { introductions, reconnect } from "../core/network";
import { suggestedTier } from "../core/circles";
import { inAttentionOrder } from "../core/attention";
import { mount, unmount } from "svelte";
import { derived, type Readable, writable } from "svelte/store";
import type { PersonView } from "../core/model";
import { interestTags, mentionWords, openers, recentContacts, type RecentContact } from "../core/openers";
import type { CardView } from "../ui/card-model";
import type { UiActions } from "../ui/actions";
import PersonCard from "../ui/PersonCard.svelte";
import type { SidebarData } from "../ui/sidebar-model";
import type { AscentContext } from "./context";
import { ChoiceModal, PersonPickerModal, TextModal } from "./modals";
import { inPlace } from "../core/places";
import { statusWords } from "../core/vocabulary";
import { asFile, placesAmong } from "./records";

type Shown = { path: string; place: CardView["place"] } | null;

export class PersonCardFeature {
	private readonly shown = writable<Shown>(null);
	/** Words of contacts in dated notes, by `person|note` (null: the note holds none); cleared on every change. */
	private readonly words = new Map<string, string | null>();
	private readonly reading = new Set<string>();
	private readonly wordsRead = writable(0);
	readonly card: Readable<CardView | null>;

	constructor(private readonly ctx: AscentContext, data: Readable<SidebarData>) {
		this.card = derived([data, this.shown, this.wordsRead], ([$data, $shown]) => ($shown ? this.build($data, $shown) : null));
		ctx.plugin.register(ctx.index.onIndexChange(() => this.words.clear()));
	}

	/** Shows a person's card: in the sidebar, or in a modal on a phone (where the sidebar is a drawer). */
	show(path: string): void {
		if (Platform.isMobile) {
			this.shown.set({ path, place: "modal" });
			new CardModal(this.ctx.app, this.card, () => this.actions?.(), () => this.shown.set(null)).open();
			return;
		}
		this.shown.set({ path, place: "sidebar" });
		void this.ctx.openSidebar();
	}

	close(): void {
		this.shown.set(null);
	}

	/** Asks for a place, then lists the people there, who needs attention first; choosing one shows their card. */
	askPlace(): void {
		const { ctx } = this;
		new TextModal(ctx.app, "Who's in…", "Place", (place) => {
			if (place.trim() === "") return "Name a place: a city, a country, or a place note's name.";
			const there = this.peopleIn(place);
			if (there.length === 0) return `Nobody's location is in ${place.trim()}.`;
			const today = ctx.today();
			const wording = ctx.store.settings.gentleWording ? "gentle" : "plain";
			window.setTimeout(() => new ChoiceModal(ctx.app, there.map((p) => ({
				label: p.name, detail: `${statusWords(p, today, wording)} · ${p.location ?? ""}`, run: () => this.show(p.path),
			})), `People in ${place.trim()}`).open(), 0);
			return null;
		}).open();
	}

	/** The people whose location is in `place`, who needs attention first (ranked), then the rest by name. */
	peopleIn(place: string): PersonView[] {
		const index = this.ctx.ready();
		if (!index) return [];
		const people = this.ctx.people();
		const places = placesAmong(this.ctx.app, people);
		return inAttentionOrder(index.attention(this.ctx.today()), people, (p) => inPlace(p.location, place, places));
	}

	/** The UI's actions, for the modal's card (set by the wiring; the sidebar gets them itself). */
	actions: (() => UiActions) | null = null;

	private build(data: SidebarData, shown: NonNullable<Shown>): CardView | null {
		// The store's view of the person: their follow-ups carry their words there.
		const person = data.people.find((p) => p.path === shown.path);
		const index = this.ctx.ready();
		if (!person || !index) return null;
		const recent = recentContacts(index.interactions(person.path), data.today).map((r) => this.withWords(person, r));
		const interests = interestTags(data.tagsOf(person.path), this.ctx.store.settings.personTags);
		return {
			person, today: data.today, wording: data.wording, recent, interests, birthdayLeadDays: data.birthdayLeadDays, place: shown.place,
			tierSuggestion: suggestedTier(person, this.ctx.store.settings.tiers),
			introductions: this.introductionsOf(person.path, data),
			openers: openers({
				person, recent, interests, today: data.today, birthdayLeadDays: data.birthdayLeadDays, reconnectAfterDays: this.ctx.store.settings.reconnectAfterDays,
			}),
		};
	}

	/** The suggested introductions this person is part of, in words ("Ann needs hiring; Ray offers it"). */
	private introductionsOf(path: string, data: SidebarData): CardView["introductions"] {
		const index = this.ctx.ready();
		if (!index) return [];
		const name = (p: string) => data.people.find((v) => v.path === p)?.name ?? p;
		return introductions(index, data.today).filter((s) => s.a === path || s.b === path).slice(0, 3)
			.map((s) => ({ ...s, text: `${name(s.a)} needs ${s.topic}; ${name(s.b)} offers it.` }));
	}

	/** A contact with its words: the log line's own, or the dated note's line (read once, then the card updates). */
	private withWords(person: PersonView, contact: RecentContact): RecentContact {
		if (contact.words !== null || contact.from !== "dated-note") return contact;
		const key = `${person.path}|${contact.path}`;
		const known = this.words.get(key);
		if (known !== undefined) return { ...contact, words: known };
		if (!this.reading.has(key)) {
			this.reading.add(key);
			void this.readWords(person.path, contact.path).then((words) => {
				this.words.set(key, words);
				this.reading.delete(key);
				this.wordsRead.update((n) => n + 1);
			});
		}
		return contact;
	}

	/** The line of `notePath` that links the person (or the note's first words, when the link is in its properties). */
	private async readWords(personPath: string, notePath: string): Promise<string | null> {
		const { app } = this.ctx;
		const file = asFile(app, notePath);
		if (!file) return null;
		try {
			// The index resolves links as Obsidian does (aliases of people included).
			const index = this.ctx.ready();
			const reaches = (link: string) => index?.resolve(link.split("#")[0] ?? link, notePath) === personPath;
			const line = app.metadataCache.getFileCache(file)?.links?.find((l) => reaches(l.link))?.position.start.line ?? null;
			return mentionWords(await app.vault.cachedRead(file), line);
		} catch {
			return null;
		}
	}

	/** The command: the active person's card, or a picker when the active note is nobody's. (The address
	 * obsidian://ascent?person=<path>, which the daily note's reach-out list links to, is obsidian/api.ts's.) */
	register(): void {
		const { ctx } = this;
		ctx.plugin.addCommand({ id: "whos-in", name: "Who's in…", callback: () => this.askPlace() });
		ctx.plugin.addCommand({
			id: "reconnect", name: "Reconnect with someone",
			callback: () => {
				const index = ctx.ready();
				const top = index ? reconnect(index, ctx.today())[0] : undefined;
				if (top) this.show(top.path);
				else new Notice(index ? "Nobody to reconnect with: everyone you were once in touch with has heard from you within the year." : "Ascent is still reading the vault.");
			},
		});
		ctx.plugin.addCommand({
			id: "prepare-to-reach-out", name: "Prepare to reach out…",
			callback: () => {
				const person = ctx.activePerson();
				if (person) this.show(person.path);
				else new PersonPickerModal(ctx.app, ctx.people(), (p) => this.show(p.path), "Prepare to reach out to…").open();
			},
		});
	}
}

/** The card in a modal (on a phone). */
class CardModal extends Modal {
	private component: ReturnType<typeof mount> | null = null;

	constructor(app: App, private readonly card: Readable<CardView | null>, private readonly actions: () => UiActions | undefined, private readonly closed: () => void) {
		super(app);
	}

	override onOpen(): void {
		const actions = this.actions();
		if (!actions) return;
		this.component = mount(PersonCard, { target: this.contentEl, props: { card: this.card, actions, onBack: () => this.close() } });
	}

	override onClose(): void {
		if (this.component) void unmount(this.component);
		this.component = null;
		this.contentEl.empty();
		this.closed();
	}
}
