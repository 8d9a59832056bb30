/**
 * The child `<article>` and `<template>` elements that give `<news-timeline>` its article text: which they
 * are and which of their attributes matter. Reading their text (article-text.ts) is in the reading chunk
 * (reading.ts): a page showing `.data` or `src` never loads it.
 */

export interface ChildArticle {
  text: string;
  published: string | null;
  title: string | null;
  /** For a story (several child articles): the article's `id`, `source` and `url` attributes. */
  id: string | null;
  source: string | null;
  url: string | null;
}

/** The child `<template>` and `<article>` elements of `host`. */
export const childArticleElements = (host: Element): Element[] =>
  Array.from(host.children).filter((c) => c.tagName === 'TEMPLATE' || c.tagName === 'ARTICLE');

/** The attributes `readChildArticles` reads (watched for changes). */
export const CHILD_ARTICLE_ATTRIBUTES = ['published', 'title', 'id', 'source', 'url'];
