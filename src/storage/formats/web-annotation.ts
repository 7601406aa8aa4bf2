/**
 * Export as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/):
 * one Annotation per claim, targeting the page with a TextQuoteSelector, with
 * the note as a commenting body and the tag (and source) as tagging bodies.
 * Readable by Hypothesis-style tools; export only (import takes our own JSON).
 */
import type { ClaimRecord } from '../../types/records';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'describing';
  format: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  generator: { id: string; type: 'Software'; name: string };
  body: TextualBody[];
  target: {
    source: string;
    selector: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  };
}

export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const GENERATOR = { id: 'https://github.com/sourcelight/sourcelight', type: 'Software' as const, name: 'Sourcelight' };

const text = (value: string, purpose: TextualBody['purpose']): TextualBody => ({ type: 'TextualBody', value, purpose, format: 'text/plain' });

/** One claim as an Annotation. The tag the user chose wins over the engine's. */
export function toAnnotation(c: ClaimRecord): WebAnnotation {
  const body: TextualBody[] = [];
  if (c.note) body.push(text(c.note, 'commenting'));
  body.push(text(c.userTag ?? c.tag, 'tagging'));
  if (c.source) body.push(text(`source: ${c.source}`, 'describing'));
  return {
    id: `urn:uuid:${c.id}`,
    type: 'Annotation',
    motivation: c.note ? 'commenting' : 'highlighting',
    created: new Date(c.savedAt).toISOString(),
    modified: new Date(c.updatedAt).toISOString(),
    generator: GENERATOR,
    body,
    target: {
      source: c.pageUrl,
      selector: { type: 'TextQuoteSelector', exact: c.anchor.exact, prefix: c.anchor.prefix, suffix: c.anchor.suffix },
    },
  };
}

/** The claims as an AnnotationCollection with one page holding every annotation. */
export function toAnnotationCollection(claims: ClaimRecord[], opts: { id?: string; label?: string } = {}): AnnotationCollection {
  const id = opts.id ?? 'urn:sourcelight:export';
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: opts.label ?? 'Sourcelight claims',
    total: claims.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items: claims.map(toAnnotation) },
  };
}

/** The text of a .jsonld file. */
export function toWebAnnotationJson(claims: ClaimRecord[], opts: { id?: string; label?: string } = {}): string {
  return JSON.stringify(toAnnotationCollection(claims, opts), null, 2) + '\n';
}
