// A fictional story told by four articles, written for these tests: a bridge collapse in a made-up town.
// Dated by the caller, by a dateline, or not at all; one article dates the collapse a day later.
import type { StoryArticleInput } from '../../../../src/extract/index.js';

export const STORY_ARTICLES: StoryArticleInput[] = [
  {
    id: 'wire',
    published: '2024-03-06',
    title: 'Bridge collapses in Norburg',
    source: 'Wire',
    url: 'https://example.org/wire/norburg-bridge',
    text:
      'Bridge collapses in Norburg\n' +
      'The old Kessel bridge in Norburg collapsed into the river on Tuesday, injuring four workers.\n' +
      'Mayor Anna Lind ordered an inquiry on Wednesday.\n' +
      'The bridge was built in 1931.',
  },
  {
    id: 'gazette',
    title: 'Inquiry after Kessel bridge falls',
    text:
      'NORBURG, March 6, 2024 (Gazette) - Mayor Anna Lind on Wednesday ordered an inquiry into the collapse of the Kessel bridge.\n' +
      'The Kessel bridge in Norburg collapsed into the river on Tuesday, and four workers were injured.\n' +
      'Engineers warned about cracks in the bridge last year.',
  },
  {
    id: 'blog',
    text:
      'Four workers were injured when the Kessel bridge in Norburg collapsed into the river on Tuesday.\n' +
      'Divers searched the river until late Tuesday night.',
  },
  {
    id: 'late',
    published: '2024-03-07',
    source: 'Evening Post',
    text: 'The Kessel bridge in Norburg collapsed into the river on Wednesday, injuring four workers, officials said.',
  },
];
