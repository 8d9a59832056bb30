/**
 * Exports of the current timeline: the event list as JSON, the drawing as SVG and PNG, and a snippet
 * that embeds `<news-timeline>` in another page.
 */
import type { EventList } from '../src/extract/types.js';

export function eventListJson(list: EventList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** A file-name stem from the title and date: `2016-10-17-syrian-security-chief-makes-public`. */
export function fileStem(list: EventList): string {
  const slug = (list.article.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-');
  const date = list.article.published?.slice(0, 10) ?? '';
  return [date, slug].filter(Boolean).join('-') || 'news-timeline';
}

/** Inherited style properties that decide how SVG content looks: inlined where they change. */
const INHERITED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'visibility',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
] as const;

/** Non-inherited ones, with their initial values: inlined where they differ. */
const OWN_PROPERTIES: Record<string, string> = {
  opacity: '1',
  display: 'inline',
  filter: 'none',
  mask: 'none',
  'clip-path': 'none',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'text-decoration-line': 'none',
};

/** `element`'s computed styles that its export needs, given its parent's (null for the root: all of them). */
function exportedStyle(computed: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): string {
  const declarations: string[] = [];
  for (const name of INHERITED_PROPERTIES) {
    const value = computed.getPropertyValue(name);
    if (value && (!parent || parent.getPropertyValue(name) !== value)) declarations.push(`${name}:${value}`);
  }
  for (const [name, initial] of Object.entries(OWN_PROPERTIES)) {
    const value = computed.getPropertyValue(name);
    if (value && value !== initial && !(name === 'display' && value === 'block')) declarations.push(`${name}:${value}`);
  }
  return declarations.join(';');
}

/** The element's drawing: the largest `<svg>` in its shadow root (buttons may hold small icon SVGs). */
export function timelineSvg(element: Element): SVGSVGElement | null {
  const root = element.shadowRoot ?? element;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue; // nested <svg> belongs to an outer one
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

function opaqueBackground(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) return color;
    if (node === document.documentElement) break;
  }
  return '#ffffff';
}

export interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

/**
 * Serializes the timeline's SVG with its computed styles inlined (so it looks the same outside the
 * page), on the background it is drawn on. Throws when the element has drawn no SVG.
 */
export function serializeTimelineSvg(element: Element): SvgExport {
  const source = timelineSvg(element);
  if (!source) throw new Error('The timeline has not drawn an SVG yet.');
  const rect = source.getBoundingClientRect();
  const width = Math.max(1, Math.round(rect.width));
  const height = Math.max(1, Math.round(rect.height));
  const copy = source.cloneNode(true) as SVGSVGElement;

  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const computed = getComputedStyle(original);
    styles.set(original, computed);
    const parent = original === source ? null : (styles.get(original.parentElement!) ?? null);
    const style = exportedStyle(computed, parent);
    if (style) target.setAttribute('style', style);
    else target.removeAttribute('style');
    // What only the live element needs: classes (their CSS is inlined), parts, ARIA and data attributes.
    for (const attribute of [...target.attributes]) {
      if (/^(class|part|tabindex|role|aria-.*|data-.*)$/.test(attribute.name)) target.removeAttribute(attribute.name);
    }
  });
  // Lit's template markers are comments: not part of the picture.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', '0');
  background.setAttribute('y', '0');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', opaqueBackground(element));
  copy.insertBefore(background, copy.firstChild);

  const xml = new XMLSerializer().serializeToString(copy);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, width, height };
}

/** Draws an exported SVG onto a canvas at `scale` times its size and returns it as a PNG. */
export async function svgToPng({ svg, width, height }: SvgExport, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export type EmbedKind = 'data' | 'src' | 'text';

export const EMBED_KINDS: readonly { kind: EmbedKind; label: string; note: string }[] = [
  {
    kind: 'data',
    label: 'Event list inline',
    note: 'Draws exactly these events. Needs inline module scripts to be allowed.',
  },
  {
    kind: 'src',
    label: 'Event list as a file',
    note: 'Save the JSON export next to your page under the name used below. Works under a strict CSP.',
  },
  {
    kind: 'text',
    label: 'Article text',
    note: 'The element extracts the events in the reader’s browser. Works under a strict CSP.',
  },
];

export const BUNDLE_FILE = 'news-timeline.bundle.js';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that is safe inside a `<script>`: no `</script>`, no `<!--`, no line separators. */
const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** HTML to paste into a page: the element's bundle and the element showing `list`. */
export function embedSnippet(list: EventList, kind: EmbedKind): string {
  const stem = fileStem(list);
  const script = `<!-- from the dist/ folder of the news-timeline package: ${BUNDLE_FILE} and the chunks it loads from beside it (news-timeline-<name>-<hash>.js) (or news-timeline.single.js, one file) -->\n<script type="module" src="${BUNDLE_FILE}"></script>`;
  if (kind === 'src') return `${script}\n<news-timeline src="${escapeHtml(`${stem}.json`)}"></news-timeline>\n`;
  if (kind === 'text') {
    const attributes = [
      list.article.published ? ` published="${escapeHtml(list.article.published)}"` : '',
      list.article.title ? ` title="${escapeHtml(list.article.title)}"` : '',
    ].join('');
    return `${script}\n<news-timeline>\n  <template${attributes}>${escapeHtml(list.article.text)}</template>\n</news-timeline>\n`;
  }
  const id = `timeline-${stem}`;
  return [
    script,
    `<news-timeline id="${escapeHtml(id)}"></news-timeline>`,
    '<script type="module">',
    `  document.getElementById(${JSON.stringify(id)}).data = ${scriptSafeJson(list)};`,
    '</script>',
    '',
  ].join('\n');
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
