/** `news-timeline` command line. */
import { readFileSync } from 'node:fs';
import { extract } from '../extract/index.js';

export const USAGE = `usage: news-timeline extract FILE|- [--published DATE] [--title T] [--pretty]
       news-timeline extract --jsonl [FILE|-]
       news-timeline --help`;

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const [command, file, ...rest] = argv;
  if (command !== 'extract' || !file) {
    console.error(USAGE);
    return 2;
  }
  const published = rest[rest.indexOf('--published') + 1];
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  console.log(JSON.stringify(extract(text, { published })));
  return 0;
}
