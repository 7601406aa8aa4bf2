/** A live Range from DOM points, or null when they are gone or empty. */
export function rangeFrom(doc: Document, p: { startNode: Node; startOffset: number; endNode: Node; endOffset: number } | null): Range | null {
  if (!p) return null;
  try {
    const r = doc.createRange();
    r.setStart(p.startNode, p.startOffset);
    r.setEnd(p.endNode, p.endOffset);
    return r.collapsed ? null : r;
  } catch {
    return null;
  }
}
