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
  const [command, ...rest] = argv;
  if (command !== 'extract') {
    console.error(USAGE);
    return 2;
  }
  if (rest[0] === '--jsonl') {
    const input = readFileSync(rest[1] && rest[1] !== '-' ? rest[1] : 0, 'utf8');
    for (const line of input.split('\n')) {
      if (!line.trim()) continue;
      const { id, text, published } = JSON.parse(line);
      process.stdout.write(JSON.stringify({ id, ...extract(text, { published }) }) + '\n');
    }
    return 0;
  }
  const file = rest[0]!;
  const i = rest.indexOf('--published');
  const published = i >= 0 ? rest[i + 1] : undefined;
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  console.log(JSON.stringify(extract(text, { published })));
  return 0;
}
