/**
 * Finds the element(s) holding the article body by content scoring, in the
 * spirit of Readability: paragraphs vote for their ancestors by length and
 * commas, class/id hints and link density adjust, and siblings of the winner
 * that look like more of the same are kept. Reads the DOM only.
 */
import { ELEMENT_NODE, INLINE, NEVER_TEXT, TEXT_NODE, hintsFrom, hintsOf, isHiddenByMarkup, tagOf, visibleText } from './dom';
import { BODY_STRONG } from './patterns';
import { runToEnd } from './steps';

export interface NodeInfo {
  /** Visible text length (whitespace collapsed, approximately). */
  text: number;
  /** Part of `text` inside links. */
  link: number;
  /** Text in direct text children and inline descendants that are not blocks. */
  ownText: number;
  hasBlockChild: boolean;
  /** Document order index. */
  order: number;
  /** Commas in the text (a sign of prose). */
  commas: number;
  /** Prose written straight into a container next to blocks (text<br><br>text<h2>..). */
  mixed: boolean;
}

export interface Scan {
  info: Map<Element, NodeInfo>;
  /** Paragraph-like elements in document order. */
  paragraphs: Element[];
  /** Elements skipped as unlikely (strict mode only). */
  unlikely: Set<Element>;
}

/** Readability's "unlikely candidates", plus a few we met in the corpus. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|outbrain|taboola|recirc|most-popular|trending|share|cookie|consent/;
const MAYBE = /and|article|body|column|content|main|shadow|story/;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);
const SCAN_SKIP_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'menu', 'dialog', 'select', 'button']);

const CLASS_POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;
const CLASS_NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|recirc|byline|author|caption|nav|menu/;

const PARA_TAGS = new Set(['p', 'pre']);
/** Direct prose needed before a container with blocks counts as a paragraph itself. */
const MIXED_MIN = 200;
const INLINE_PARENTS = new Set(['p', 'li', 'a', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'ul', 'ol', 'form']);
const LEAF_PARA_TAGS = new Set(['div', 'td', 'section', 'article', 'font', 'center', 'dd']);
const WS = /\s+/g;
const WS_RUN = /\s\s/;

/**
 * Readability's unlikely candidates, by tag, role and hints. `cls`: the class
 * attribute, when the caller has read it already (as isHiddenByMarkup's).
 */
export function isUnlikely(el: Element, tag: string, cls?: string | null): boolean {
  if (SCAN_SKIP_TAGS.has(tag)) return true;
  if (cls === undefined && !el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (tag === 'body' || tag === 'a' || tag === 'main' || tag === 'article') return false;
  const hints = hintsFrom(el, cls === undefined ? el.getAttribute('class') : cls, role);
  if (!hints || !UNLIKELY.test(hints) || MAYBE.test(hints) || BODY_STRONG.test(hints)) return false;
  // Last: most hints are not unlikely, and then itemprop need not be read.
  return el.getAttribute('itemprop') !== 'articleBody';
}

const SKIP_NONE = 0;
const SKIP_HIDDEN = 1;
const SKIP_UNLIKELY = 2;

/**
 * isHiddenByMarkup(el, ignoreStyle), then (strict) isUnlikely(el, tag), with
 * the class attribute read once for both: the scan asks both of every
 * element, and on a live page each attribute read crosses into the DOM.
 */
export function scanSkip(el: Element, tag: string, strict: boolean, ignoreStyle: boolean): number {
  // Most elements have no attribute: then nothing is hidden and isUnlikely comes down to the tag.
  if (!el.hasAttributes()) return strict && SCAN_SKIP_TAGS.has(tag) ? SKIP_UNLIKELY : SKIP_NONE;
  const c = el.getAttribute('class');
  if (isHiddenByMarkup(el, ignoreStyle, c)) return SKIP_HIDDEN;
  return strict && isUnlikely(el, tag, c) ? SKIP_UNLIKELY : SKIP_NONE;
}

/** One pass over the body: text and link lengths per element, paragraph list. */
export function scan(root: Element, strict: boolean): Scan {
  return runToEnd(scanSteps(root, strict));
}

/**
 * Elements scanned between two yields of scanSteps. A yield costs next to
 * nothing when the caller's slice has time left (no task hop), and each one
 * is a point where the slice can end: small steps keep a cold or slow page
 * from running one step past the 50 ms long-task line.
 */
const SCAN_SLICE = 40;
/** Paragraphs (or candidates) scored between two yields of pickBodySteps. */
const SCORE_SLICE = 40;

interface Frame {
  el: Element;
  tag: string;
  me: NodeInfo;
  isLink: boolean;
  /** The next child to read. */
  next: Node | null;
}

/**
 * scan as steps, yielding every SCAN_SLICE elements. Iterative (an explicit
 * stack, so it can stop anywhere and deep pages cannot overflow), post-order
 * like the recursion it replaces.
 */
export function* scanSteps(root: Element, strict: boolean): Generator<void, Scan, void> {
  // The loose retry also reads through inline display:none (pages revealed by script).
  const ignoreStyle = !strict;
  const info = new Map<Element, NodeInfo>();
  const paragraphs: Element[] = [];
  const unlikely = new Set<Element>();
  let order = 0;
  let sinceYield = 0;

  const enter = (el: Element, inLink: boolean): Frame | null => {
    const tag = tagOf(el);
    if (NEVER_TEXT.has(tag)) return null;
    const skip = scanSkip(el, tag, strict, ignoreStyle);
    if (skip === SKIP_HIDDEN) return null;
    if (skip === SKIP_UNLIKELY) {
      unlikely.add(el);
      return null;
    }
    const me: NodeInfo = { text: 0, link: 0, ownText: 0, hasBlockChild: false, order: order++, commas: 0, mixed: false };
    return { el, tag, me, isLink: inLink || tag === 'a', next: el.firstChild };
  };
  const finish = (f: Frame): void => {
    const { el, me, tag } = f;
    info.set(el, me);
    if (PARA_TAGS.has(tag) || (LEAF_PARA_TAGS.has(tag) && !me.hasBlockChild && me.ownText >= 25)) {
      paragraphs.push(el);
    } else if (me.hasBlockChild && me.ownText >= MIXED_MIN && tag !== 'body' && !INLINE_PARENTS.has(tag) && me.ownText > me.text * 0.5) {
      me.mixed = true;
      paragraphs.push(el);
    }
  };

  const first = enter(root, false);
  const stack: Frame[] = first ? [first] : [];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    const me = f.me;
    let descended = false;
    while (f.next) {
      const c = f.next;
      f.next = c.nextSibling;
      if (c.nodeType === TEXT_NODE) {
        const d = (c as Text).data;
        // Collapsing changes the length only where whitespace runs two or more long: no copy otherwise.
        const len = d.length < 2 ? d.trim().length : WS_RUN.test(d) ? d.replace(WS, ' ').length : d.length;
        me.text += len;
        if (len > 1 || /\S/.test(d)) me.ownText += len;
        if (d.length > 2) me.commas += countCommas(d);
        if (f.isLink) me.link += len;
      } else if (c.nodeType === ELEMENT_NODE) {
        const cf = enter(c as Element, f.isLink);
        if (!cf) continue;
        stack.push(cf);
        descended = true;
        break;
      }
    }
    if (descended) continue;
    stack.pop();
    finish(f);
    const parent = stack[stack.length - 1];
    if (parent) {
      const pm = parent.me;
      pm.text += me.text;
      pm.link += me.link;
      pm.commas += me.commas;
      if (INLINE.has(f.tag) && !me.hasBlockChild) pm.ownText += me.text;
      else pm.hasBlockChild = true;
    }
    if (++sinceYield >= SCAN_SLICE) {
      sinceYield = 0;
      yield;
    }
  }
  return { info, paragraphs, unlikely };
}

export function linkDensity(i: NodeInfo | undefined): number {
  if (!i || i.text === 0) return 0;
  return i.link / i.text;
}

function classWeight(el: Element): number {
  const h = hintsOf(el);
  if (!h) return 0;
  let w = 0;
  if (CLASS_NEGATIVE.test(h)) w -= 25;
  if (CLASS_POSITIVE.test(h)) w += 25;
  if (BODY_STRONG.test(h) || el.getAttribute('itemprop') === 'articleBody') w += 25;
  return w;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

function countCommas(s: string): number {
  return s.match(COMMAS)?.length ?? 0;
}

export interface BodyPick {
  /** The body container(s), in document order. */
  roots: Element[];
  /** Score of the winning candidate (0 when nothing scored). */
  score: number;
  scan: Scan;
}

function* scoreCandidates(sc: Scan): Generator<void, { candidates: Element[]; final: Map<Element, number> }, void> {
  const scores = new Map<Element, number>();
  const candidates: Element[] = [];

  let n = 0;
  for (const p of sc.paragraphs) {
    if (++n % SCORE_SLICE === 0) yield;
    const pi = sc.info.get(p)!;
    const len = pi.mixed ? pi.ownText : pi.text;
    if (len < 25) continue;
    let s = 1 + pi.commas + Math.min(Math.floor(len / 100), 3);
    // A paragraph made of links is navigation, whatever its length.
    if (linkDensity(pi) > 0.5) s *= 0.2;
    let a: Node | null = p.parentNode;
    for (let level = 0; level < 5 && a && a.nodeType === ELEMENT_NODE; level++, a = a.parentNode) {
      const ae = a as Element;
      if (!sc.info.has(ae)) break;
      if (!scores.has(ae)) {
        scores.set(ae, tagWeight(tagOf(ae)));
        candidates.push(ae);
      }
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ae, scores.get(ae)! + s / div);
    }
  }

  const final = new Map<Element, number>();
  // Hints scale the content score rather than add to it, so a small box named
  // "content" cannot outscore the paragraphs of the real body.
  for (const c of candidates) {
    if (++n % SCORE_SLICE === 0) yield;
    const hint = 1 + Math.max(-40, Math.min(50, classWeight(c))) / 50;
    final.set(c, scores.get(c)! * hint * (1 - linkDensity(sc.info.get(c))));
  }
  candidates.sort((a, b) => final.get(b)! - final.get(a)!);
  return { candidates, final };
}

/** Picks the article body container(s) below `body`. */
export function pickBody(body: Element, strict: boolean): BodyPick {
  return pickBodyFrom(body, scan(body, strict));
}

/** pickBody over a scan already made (scanSteps, in slices). */
export function pickBodyFrom(body: Element, sc: Scan): BodyPick {
  return runToEnd(pickBodySteps(body, sc));
}

/** pickBodyFrom as steps, yielding every SCORE_SLICE paragraphs scored. */
export function* pickBodySteps(body: Element, sc: Scan): Generator<void, BodyPick, void> {
  const { candidates, final } = yield* scoreCandidates(sc);
  let top = candidates[0];
  if (!top) return { roots: [], score: 0, scan: sc };
  const topScore = final.get(top)!;

  // Several near-equal candidates under one ancestor: the article is split into
  // sections, take the ancestor that holds at least three of them.
  const alternatives = candidates.slice(1, 6).filter((c) => final.get(c)! / topScore >= 0.75);
  if (alternatives.length >= 3) {
    for (let a = top.parentNode as Element | null; a && a !== body && a.nodeType === ELEMENT_NODE; a = a.parentNode as Element | null) {
      const inside = alternatives.filter((c) => contains(a!, c)).length;
      if (inside >= 3) {
        top = a;
        break;
      }
    }
  }

  // Climb while the parent scores better: the real container often scores
  // higher than the div directly around the paragraphs.
  {
    let last = final.get(top) ?? topScore;
    const threshold = last / 3;
    for (let a = top.parentNode as Element | null; a && a !== body && a.nodeType === ELEMENT_NODE; a = a.parentNode as Element | null) {
      const s = final.get(a);
      if (s === undefined) continue;
      if (s < threshold) break;
      if (s > last) {
        top = a;
        break;
      }
      last = s;
    }
  }
  // A body split into sections (several "StoryBodyCompanionColumn"s, one
  // wrapper per chunk): climb while the parent holds clearly more good
  // paragraph text and is still mostly paragraphs.
  {
    yield;
    const good = yield* goodText(sc, top, body);
    for (let a = top.parentNode as Element | null; a && a !== body && a.nodeType === ELEMENT_NODE; a = a.parentNode as Element | null) {
      const gt = good.get(top) ?? 0;
      const ga = good.get(a) ?? 0;
      const ai = sc.info.get(a);
      if (!ai || ga < gt * 1.2 + 150 || ga / ai.text < 0.45) {
        // Wrappers that add nothing (same good text) are skipped over, not stopped at.
        if (ga === gt && ai && ai.text < (sc.info.get(top)?.text ?? 0) * 1.3) continue;
        break;
      }
      top = a;
    }
  }
  // An only child says nothing: its parent is the same container.
  while (top.parentNode && top.parentNode !== body && (top.parentNode as Element).children?.length === 1) {
    top = top.parentNode as Element;
  }

  // Siblings that look like more of the article.
  const roots: Element[] = [];
  const parent = top.parentNode as Element | null;
  const best = final.get(top) ?? topScore;
  const threshold = Math.max(10, best * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  if (parent && parent !== body.parentNode) {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c === top) {
        roots.push(c);
        continue;
      }
      const ci = sc.info.get(c);
      if (!ci) continue;
      let s = final.get(c) ?? -Infinity;
      if (topClass && c.getAttribute('class') === topClass) s += best * 0.2;
      if (s >= threshold) {
        roots.push(c);
        continue;
      }
      if (tagOf(c) === 'p') {
        const ld = linkDensity(ci);
        const txt = visibleText(c);
        if ((txt.length > 80 && ld < 0.25) || (txt.length > 0 && txt.length <= 80 && ld === 0 && /\.( |$)/.test(txt))) {
          roots.push(c);
        }
      }
    }
  } else roots.push(top);
  return { roots, score: topScore, scan: sc };
}

/**
 * For `top` and each of its ancestors below `body` (the only elements the
 * caller asks about): the text of the well-formed paragraphs (50+ characters,
 * few links) below it. A paragraph is followed up only to the first of them it
 * meets, not to the root: most sit a level or two under `top`.
 */
function* goodText(sc: Scan, top: Element, body: Element): Generator<void, Map<Element, number>, void> {
  const chain: Element[] = [];
  for (let a: Node | null = top; a && a !== body && a.nodeType === ELEMENT_NODE; a = a.parentNode) chain.push(a as Element);
  const own = new Map<Element, number>(chain.map((c) => [c, 0]));
  let n = 0;
  for (const p of sc.paragraphs) {
    if (++n % SCORE_SLICE === 0) yield;
    const pi = sc.info.get(p)!;
    if (pi.text < 50 || linkDensity(pi) > 0.3 || inList(p)) continue;
    for (let a: Node | null = p; a && a !== body && a.nodeType === ELEMENT_NODE; a = a.parentNode) {
      const got = own.get(a as Element);
      if (got !== undefined) {
        own.set(a as Element, got + pi.text);
        break;
      }
    }
  }
  // Each element of the chain holds what reached it and every element of the chain below it.
  let sum = 0;
  for (const c of chain) own.set(c, (sum += own.get(c)!));
  return own;
}

function inList(el: Element): boolean {
  for (let a = el.parentElement, i = 0; a && i < 4; a = a.parentElement, i++) if (tagOf(a) === 'li') return true;
  return false;
}

export function contains(a: Node, b: Node): boolean {
  for (let n: Node | null = b; n; n = n.parentNode) if (n === a) return true;
  return false;
}

