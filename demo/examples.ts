/**
 * The example articles bundled with the demo (files in `events/`, copied to `dist/demo/events/`).
 * Each has its text (`.txt`) and, when the generator has run, its event list (`.json`).
 */

export interface ExampleCredit {
  /** Where the story was published. */
  url?: string;
  author: string;
  publisher: string;
  licence: string;
  licenceUrl?: string;
}

export interface ExampleArticle {
  /** File stem in `events/`: `<id>.txt` and `<id>.json`. */
  id: string;
  title: string;
  source: string;
  /** Publication date, ISO. */
  published: string;
  /** What the picker says about its time scale. */
  scale: string;
  credit: ExampleCredit;
}

export const EXAMPLES: readonly ExampleArticle[] = [
  {
    id: 'reuters-2016-10-17-syria-egypt-mamlouk',
    title: 'Syrian security chief makes public Cairo visit - SANA',
    source: 'Reuters',
    published: '2016-10-17',
    scale: 'months, with one phrase reaching back to 2013',
    credit: {
      author: 'Ahmed Mohamed Hassan, Mostafa Hashem and Ahmed Aboulenein',
      publisher: 'Reuters, World News',
      licence: 'quoted as the project’s seed article',
    },
  },
  {
    id: 'wikinews-2006-11-13-gerald-ford-oldest-president',
    title: 'Gerald Ford oldest living US President ever',
    source: 'Wikinews',
    published: '2006-11-13',
    scale: 'nine decades, 1913 to 2006',
    credit: {
      url: 'https://en.wikinews.org/wiki/Gerald_Ford_oldest_living_US_President_ever',
      author: 'Wikinews contributors',
      publisher: 'Wikinews',
      licence: 'CC BY 2.5',
      licenceUrl: 'https://creativecommons.org/licenses/by/2.5/',
    },
  },
  {
    id: 'wikinews-2008-04-27-sierra-madre-wildfire',
    title: 'California wildfire forces evacuation of thousands',
    source: 'Wikinews',
    published: '2008-04-27',
    scale: 'one weekend and the days after it',
    credit: {
      url: 'https://en.wikinews.org/wiki/California_wildfire_forces_evacuation_of_thousands',
      author: 'Wikinews contributors',
      publisher: 'Wikinews',
      licence: 'CC BY 2.5',
      licenceUrl: 'https://creativecommons.org/licenses/by/2.5/',
    },
  },
];

export const SEED_EXAMPLE = EXAMPLES[0]!;

export function findExample(id: string): ExampleArticle | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
