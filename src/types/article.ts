/**
 * What article extraction (src/extract/) hands to the engine and the page
 * layer. DOM-generic: works on a live document and on linkedom in Node.
 */

export type BlockKind = 'title' | 'standfirst' | 'heading' | 'paragraph' | 'quote' | 'list-item';

export interface ArticleBlock {
  kind: BlockKind;
  element: Element;
  /**
   * Only the element's own text counts (its text nodes and inline children,
   * not its block children): prose left loose in a container next to blocks,
   * as in "<div><div>…</div>SAN FRANCISCO (AP) — …</div>".
   */
  ownTextOnly?: boolean;
}

export interface ExtractedArticle {
  /** False when the page does not look like an article; `reason` says why. */
  isArticle: boolean;
  reason?: string;
  title: string;
  publisher: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** Blocks in reading order: the headline first, then standfirst, headings and body. */
  blocks: ArticleBlock[];
}

/** A linear piece of the article text that maps 1:1 onto part of one Text node. */
export interface TextSegment {
  node: Text;
  /** [start, end) in ArticleText.text. */
  start: number;
  end: number;
  /** Offset in node.data of the character at `start`. */
  nodeStart: number;
}

export interface ArticleText {
  /** Block texts (whitespace collapsed, trimmed) joined by "\n\n". */
  text: string;
  /** Sorted by start; characters not covered (the "\n\n" joints) map to no node. */
  segments: TextSegment[];
  blocks: Array<{ kind: BlockKind; start: number; end: number; element: Element }>;
}
