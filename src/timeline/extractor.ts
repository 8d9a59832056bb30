/**
 * The seam through which `<news-timeline>` reads article text. The element's core never imports the
 * extraction code (it would weigh down the `.data`-only bundle): `news-timeline.js` registers
 * `extract()` here, `news-timeline-element.js` does not.
 */
import type { EventList, ExtractOptions } from '../extract/types.js';

export type ArticleExtractor = (text: string, options: ExtractOptions) => EventList;
