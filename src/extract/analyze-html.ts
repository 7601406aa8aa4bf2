import type { Analysis } from '../types/analysis';
export function analyzeHtml(_html: string, _url?: string): Analysis {
  throw new Error('not yet');
}
