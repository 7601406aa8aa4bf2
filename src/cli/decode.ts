/**
 * Bytes to text, honouring a BOM or the charset an HTML page declares
 * (<meta charset>, http-equiv Content-Type), as a browser would. UTF-8 otherwise.
 */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function sniffCharset(bytes: Uint8Array, html: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (!html) return 'utf-8';
  // The declaration must sit in the first 1024 bytes per the HTML spec; pages in the wild go further.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = META_CHARSET.exec(head);
  return m ? m[1]!.toLowerCase() : 'utf-8';
}

export function decodeBytes(bytes: Uint8Array, html: boolean): string {
  const label = sniffCharset(bytes, html);
  let dec: TextDecoder;
  try {
    dec = new TextDecoder(label);
  } catch {
    dec = new TextDecoder('utf-8');
  }
  return dec.decode(bytes);
}
