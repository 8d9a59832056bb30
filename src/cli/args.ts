/** Command-line arguments of `news-timeline extract`, parsed without dependencies. */
import { parseJobs } from './jobs.js';

export const USAGE = `usage: news-timeline extract FILE|- [--published DATE] [--title T] [--source S] [--pretty] [--format json|timeml]
       news-timeline extract --jsonl [FILE|-] [--published DATE] [--jobs N]
       news-timeline --help | --version

  FILE|-            the article as plain text (UTF-8); - reads standard input
  --published DATE  publication date, ISO 8601 (2016-10-17, 2016-10-17T14:30 or 2019-03-22T10:35:00-04:00);
                    relative phrases resolve against it, and with a time "two hours ago", "at 3 a.m." and
                    "tonight" resolve against the time too. Without it, a dateline in the text is used
  --title T         article title (kept in the output)
  --source S        article source, e.g. Reuters (kept in the output)
  --pretty          indent the JSON
  --format F        json (default): the EventList; timeml: the article as TimeML with TIMEX3 tags
  --jsonl           batch mode: reads JSON lines {"id","text","published"} (standard input by default),
                    writes one line per input: {"id", ...EventList}, or {"line","id","error"} for a bad line
  --jobs N          --jsonl only: worker threads (default: the machine's cores); output stays in input order

exit status: 0 on success (also when single --jsonl lines fail: they are reported in-band),
             1 when the input is empty or not text (binary), or the output cannot be written,
             2 on bad arguments, an invalid date or an unreadable file`;

export interface ExtractArgs {
  /** File path, '-' for standard input; undefined only in --jsonl mode (then standard input). */
  input?: string;
  jsonl: boolean;
  published?: string;
  title?: string;
  source?: string;
  pretty: boolean;
  format: 'json' | 'timeml';
  /** --jsonl worker threads; undefined: the machine's cores. */
  jobs?: number;
}

export type Parsed = { ok: true; args: ExtractArgs } | { ok: false; error: string };

const VALUE_FLAGS = new Set(['--published', '--title', '--source', '--format', '--jobs']);
const SWITCHES = new Set(['--pretty', '--jsonl']);

/** Parses the arguments that follow `extract`. */
export function parseExtractArgs(argv: string[]): Parsed {
  const args: ExtractArgs = { jsonl: false, pretty: false, format: 'json' };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (SWITCHES.has(name)) {
      if (eq > 0) return { ok: false, error: `${name} takes no value` };
      if (name === '--pretty') args.pretty = true;
      else args.jsonl = true;
      continue;
    }
    if (!VALUE_FLAGS.has(name)) return { ok: false, error: `unknown option ${name}` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        return { ok: false, error: `${name} needs a value` };
      }
      i++;
    }
    if (name === '--published') args.published = value;
    else if (name === '--title') args.title = value;
    else if (name === '--source') args.source = value;
    else if (name === '--jobs') {
      const jobs = parseJobs(value);
      if (typeof jobs === 'string') return { ok: false, error: jobs };
      args.jobs = jobs;
    } else if (value === 'json' || value === 'timeml') args.format = value;
    else return { ok: false, error: `--format must be json or timeml, not ${JSON.stringify(value)}` };
  }
  if (positionals.length > 1) return { ok: false, error: `one input at a time, got ${positionals.length}` };
  args.input = positionals[0];
  if (!args.jsonl && args.input === undefined) return { ok: false, error: 'missing FILE (use - for standard input)' };
  if (!args.jsonl && args.jobs !== undefined) return { ok: false, error: '--jobs applies to --jsonl only' };
  if (args.jsonl && (args.pretty || args.format !== 'json' || args.title !== undefined || args.source !== undefined)) {
    return {
      ok: false,
      error: '--jsonl writes one JSON line per input: --pretty, --format, --title and --source do not apply',
    };
  }
  return { ok: true, args };
}
