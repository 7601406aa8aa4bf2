/** One input in, one result out: never throws. */
import path from 'node:path';
import { analyzeText } from '../engine/index';
import { analyzeHtml, looksBinary } from '../extract/analyze-html';
import type { CliFileResult } from '../types/cli';
import type { InputKind } from './inputs';

export function analyzeContent(name: string, content: string, kind: InputKind): CliFileResult {
  if (!content.trim()) return { file: name, error: 'the file is empty' };
  if (looksBinary(content)) return { file: name, error: 'not a text or HTML file (binary data)' };
  try {
    if (kind === 'html') return { file: name, analysis: analyzeHtml(content) };
    const title = name === '-' ? '' : path.basename(name).replace(/\.[^.]+$/, '');
    return { file: name, analysis: analyzeText(content.replace(/\r\n?/g, '\n'), { title }) };
  } catch (e) {
    // An engine bug must not take the other files down with it.
    return { file: name, error: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
  }
}
