// A micromark extension for Obsidian's [[wikilinks]] and ![[embeds]], and its mdast counterpart.
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from "micromark-util-types";
import type { CompileContext, Extension as FromMarkdownExtension, Token } from "mdast-util-from-markdown";

const BANG = 33;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;

export interface WikiLinkNode {
	type: "wikiLink";
	value: string;
	embed: boolean;
	position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

declare module "micromark-util-types" {
	interface TokenTypeMap {
		wikiLink: "wikiLink";
		wikiEmbed: "wikiEmbed";
		wikiLinkMarker: "wikiLinkMarker";
		wikiLinkData: "wikiLinkData";
	}
}

function isLineEnd(code: Code): boolean {
	return code === null || code < 0 || code === 10 || code === 13;
}

function tokenizer(embed: boolean) {
	return function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
		const outer = embed ? "wikiEmbed" : "wikiLink";
		const start: State = (code) => {
			effects.enter(outer);
			if (embed) {
				if (code !== BANG) return nok(code);
				effects.consume(code);
				return open;
			}
			return open(code);
		};
		const open: State = (code) => {
			if (code !== LEFT_BRACKET) return nok(code);
			effects.enter("wikiLinkMarker");
			effects.consume(code);
			return openSecond;
		};
		const openSecond: State = (code) => {
			if (code !== LEFT_BRACKET) return nok(code);
			effects.consume(code);
			effects.exit("wikiLinkMarker");
			return dataStart;
		};
		const dataStart: State = (code) => {
			if (isLineEnd(code) || code === RIGHT_BRACKET) return nok(code);
			effects.enter("wikiLinkData");
			return data(code);
		};
		const data: State = (code) => {
			if (isLineEnd(code)) return nok(code);
			if (code === RIGHT_BRACKET) {
				effects.exit("wikiLinkData");
				effects.enter("wikiLinkMarker");
				effects.consume(code);
				return close;
			}
			effects.consume(code);
			return data;
		};
		const close: State = (code) => {
			if (code !== RIGHT_BRACKET) return nok(code);
			effects.consume(code);
			effects.exit("wikiLinkMarker");
			effects.exit(outer);
			return ok;
		};
		return start;
	};
}

const wikiLinkConstruct: Construct = { name: "wikiLink", tokenize: tokenizer(false), add: "before" };
const wikiEmbedConstruct: Construct = { name: "wikiEmbed", tokenize: tokenizer(true), add: "before" };

/** micromark syntax: `[[target|alias]]` and `![[target]]` inside text. */
export function wikiLinkSyntax(): Extension {
	return { text: { [LEFT_BRACKET]: wikiLinkConstruct, [BANG]: wikiEmbedConstruct } };
}

function enter(embed: boolean) {
	return function (this: CompileContext, token: Token): void {
		// Stryker disable next-line StringLiteral: the value is set when the link's text ends (exitData); every link has text.
		const node: WikiLinkNode = { type: "wikiLink", value: "", embed };
		// mdast's node union does not know this node type; the tree only carries it through to our walker.
		this.enter(node as never, token);
	};
}

function exitData(this: CompileContext, token: Token): void {
	const node = this.stack[this.stack.length - 1] as unknown as WikiLinkNode;
	node.value = this.sliceSerialize(token);
}

function exitNode(this: CompileContext, token: Token): void {
	this.exit(token);
}

/** mdast-util-from-markdown extension: turns the tokens above into `wikiLink` nodes. */
export function wikiLinkFromMarkdown(): FromMarkdownExtension {
	return {
		enter: { wikiLink: enter(false), wikiEmbed: enter(true) },
		exit: { wikiLinkData: exitData, wikiLink: exitNode, wikiEmbed: exitNode },
	};
}
