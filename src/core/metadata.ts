// The CachedMetadata-shaped record that every note becomes, whichever source (Obsidian or disk) produced it.

export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface LinkRef {
	link: string;
	original: string;
	displayText?: string;
	position: Pos;
}

export interface FrontmatterLinkRef {
	key: string;
	link: string;
	original: string;
	displayText?: string;
}

export interface TagRef {
	tag: string;
	position: Pos;
}

export interface ListItemRef {
	/** Line of the parent item, or minus the first line of the list for a root item (Obsidian's convention). */
	parent: number;
	/** The checkbox character for a task (" ", "x", "/", ...); absent for a plain list item. */
	task?: string;
	position: Pos;
}

export interface SectionRef {
	type: string;
	id?: string;
	position: Pos;
}

export interface HeadingRef {
	heading: string;
	level: number;
	position: Pos;
}

export interface NoteMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	frontmatterLinks?: FrontmatterLinkRef[];
	links?: LinkRef[];
	embeds?: LinkRef[];
	tags?: TagRef[];
	listItems?: ListItemRef[];
	sections?: SectionRef[];
	headings?: HeadingRef[];
	blocks?: Record<string, { id: string; position: Pos }>;
}

/** One note as the index sees it. */
export interface NoteRecord {
	/** Vault-relative path with extension, "/" separated. */
	path: string;
	metadata: NoteMetadata;
	/** Creation time (ms since epoch) when known; stands in for a missing first-met date. */
	ctime?: number;
	/**
	 * The note's text, when the source has it cheaply. Only person notes need it (their log lines are read
	 * from the text of their list items, which metadata locates but does not hold).
	 */
	content?: string;
	/** Set when the note's frontmatter could not be read (the rest of the note is still indexed). */
	frontmatterError?: string;
	/** Set when the file itself is damaged (not text, not UTF-8); what could be read is still indexed. */
	fileError?: string;
}
