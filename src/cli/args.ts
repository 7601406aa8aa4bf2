/** Command-line parsing for `sourcelight`: pure, so it is easy to test. */

export type Format = 'table' | 'json' | 'markdown';

export interface CliArgs {
  command: 'analyze' | 'help' | 'version';
  format: Format;
  /** Files, directories, or "-" for stdin. */
  inputs: string[];
  /** Force colours on/off; null = decide from the terminal and NO_COLOR. */
  color: boolean | null;
  /** Only claims in the table (not headings, bylines, questions...). */
  claimsOnly: boolean;
  /** Parallel workers for many files (0 = decide). */
  jobs: number;
}

export class UsageError extends Error {}

export const USAGE = `Usage: sourcelight analyze [options] FILE|DIR|- ...

Finds the factual claims in news articles and tags who each one rests on:
named person, organization, media, anonymous, document or unattributed.

Inputs:
  FILE.html, FILE.htm   a saved web page: the article is extracted first
  FILE.txt              plain article text
  DIR                   every .html/.htm/.txt file below it
  -                     read from standard input (HTML if it looks like HTML)

Options:
  --json            print the analysis as JSON (an array when several inputs)
  --markdown, --md  print a Markdown report
  --claims          list claims only (table output)
  --color, --no-color   force colours on or off (default: on for a terminal, off if NO_COLOR is set)
  -j, --jobs N      analyse with N worker threads (default: automatic)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 when every input was analysed, 1 when some could not be
read or analysed (each gets one line on stderr), 2 on a usage error.`;

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { command: 'analyze', format: 'table', inputs: [], color: null, claimsOnly: false, jobs: 0 };
  let sawCommand = false;
  let formats = 0;
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--') {
      a.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (x === '-h' || x === '--help' || x === 'help') return { ...a, command: 'help' };
    if (x === '-v' || x === '--version' || x === 'version') return { ...a, command: 'version' };
    if (x === '--json') {
      a.format = 'json';
      formats++;
    } else if (x === '--markdown' || x === '--md') {
      a.format = 'markdown';
      formats++;
    } else if (x === '--claims') a.claimsOnly = true;
    else if (x === '--color' || x === '--colour') a.color = true;
    else if (x === '--no-color' || x === '--no-colour') a.color = false;
    else if (x === '-j' || x === '--jobs' || x.startsWith('--jobs=')) {
      const v = x.startsWith('--jobs=') ? x.slice(7) : argv[++i];
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1) throw new UsageError(`--jobs needs a positive whole number, got ${v ?? 'nothing'}`);
      a.jobs = n;
    } else if (x.startsWith('-') && x !== '-') throw new UsageError(`unknown option ${x}`);
    else if (!sawCommand && a.inputs.length === 0 && x === 'analyze') sawCommand = true;
    else if (!sawCommand) throw new UsageError(`unknown command ${x} (try: sourcelight analyze FILE)`);
    else a.inputs.push(x);
  }
  if (formats > 1) throw new UsageError('choose one of --json and --markdown');
  if (!sawCommand) return { ...a, command: 'help' };
  if (a.inputs.length === 0) throw new UsageError('no input: give a file, a directory, or - for stdin');
  return a;
}
