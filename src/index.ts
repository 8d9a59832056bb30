/** Everything: the extraction API and the `<news-timeline>` element (registered on import). */
export * from './extract/index.js';
export * from './news-timeline.js';
