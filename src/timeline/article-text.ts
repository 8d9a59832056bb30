/**
 * Article text from a child `<article>` or `<template>`: paragraphs (block elements) joined by blank
 * lines, as extraction expects. Reads text only (textContent), never markup. Part of the reading chunk
 * (reading.ts), loaded when the element has child articles.
 */
import { childArticleElements, type ChildArticle } from './child-articles.js';

export type { ChildArticle };

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'HEADER',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
  'TR',
  'DT',
  'DD',
]);

function collect(node: Node, blocks: string[], current: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) current.push(child.textContent ?? '');
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = (child as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      if (tag === 'BR') current.push('\n');
      else if (BLOCK.has(tag)) {
        flush(blocks, current);
        collect(child, blocks, current);
        flush(blocks, current);
      } else collect(child, blocks, current);
    }
  }
}

function flush(blocks: string[], current: string[]): void {
  const text = current
    .join('')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
  if (text) blocks.push(text);
  current.length = 0;
}

export function articleText(root: Node): string {
  const blocks: string[] = [];
  const current: string[] = [];
  collect(root, blocks, current);
  flush(blocks, current);
  return blocks.join('\n\n');
}

/** The child `<template>` and `<article>` elements of `host`, each as text plus its attributes. */
export function readChildArticles(host: Element): ChildArticle[] {
  return childArticleElements(host).map((source) => ({
    text: articleText(source instanceof HTMLTemplateElement ? source.content : source),
    published: source.getAttribute('published'),
    title: source.getAttribute('title'),
    id: source.getAttribute('id'),
    source: source.getAttribute('source'),
    url: source.getAttribute('url'),
  }));
}
