/**
 * What only a page given article text needs: reading child articles' text and starting the worker that
 * extracts from it. In the bundles a chunk of its own (news-timeline-reading-<hash>.js), loaded the first
 * time the element has child articles or text to read; a page showing `.data` or `src` never loads it.
 */
export { readChildArticles } from './article-text.js';
export { lazyExtractor } from './extraction-loader.js';
