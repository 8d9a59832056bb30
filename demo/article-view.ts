/**
 * The reading view: the article as text, with the sentences of events and the time phrases marked.
 * Article text only ever goes through Lit text bindings.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventList, Timex } from '../src/extract/types.js';
import { paragraphRoles, type ArticleParagraph, type ParagraphRole, type TextRun } from './article-marks.js';
import { describeTimex, formatPublished } from './dates.js';
import type { ExampleArticle } from './examples.js';

export interface ArticleViewProps {
  list: EventList | null;
  paragraphs: ArticleParagraph[];
  /** The bundled example on display, for its credit line. */
  example: ExampleArticle | undefined;
  selectedId: string | null;
  hoveredId: string | null;
  /** Click and keydown on a phrase that dates an event. */
  onActivate: (event: Event) => void;
  /** Pointer enters or focus reaches such a phrase. */
  onHover: (event: Event) => void;
  onLeave: () => void;
}

export function articleView(props: ArticleViewProps): TemplateResult {
  const { list, paragraphs, example } = props;
  if (!list || !list.article.text.trim()) {
    return html`<div class="empty-article">
      <p>No article yet.</p>
      <p>Choose an example above, or open <em>Edit</em> and paste a story.</p>
    </div>`;
  }
  const timexes = new Map(list.timexes.map((timex) => [timex.id, timex]));
  const { title, source, published } = list.article;
  const roles = paragraphRoles(list.article.text, paragraphs, title);
  const headEnd = roles.reduce((end, role, i) => (role === 'body' ? end : i + 1), 0);
  const paragraph = (i: number) => paragraphView(props, paragraphs[i]!, roles[i] ?? 'body', timexes);
  const indices = paragraphs.map((_, i) => i);
  return html`
    <article class="article" lang="en">
      <header class="article-head">
        ${headEnd ? indices.slice(0, headEnd).map(paragraph) : title ? html`<h2 class="headline">${title}</h2>` : nothing}
        <p class="byline">
          ${source ? html`<span class="byline-source">${source}</span>` : nothing}
          ${bylineDate(published, roles.includes('subline'))}
        </p>
        <div class="legend" aria-hidden="true">
          <span><mark class="phrase has-event">phrase</mark> dates an event: click it</span>
          <span><mark class="phrase no-event">phrase</mark> not on the timeline</span>
        </div>
      </header>
      <div class="article-body">${indices.slice(headEnd).map(paragraph)}</div>
      ${example ? creditView(example) : nothing}
    </article>
  `;
}

/** The date in the byline, unless a date line in the text (the subline) already shows it. */
function bylineDate(published: string | null, hasSubline: boolean): TemplateResult | typeof nothing {
  if (!published) return html`<span class="byline-missing">No publication date</span>`;
  if (hasSubline) return nothing;
  return html`<time datetime=${published}>${formatPublished(published)}</time>`;
}

/** One paragraph; no whitespace inside the element, because paragraphs keep the text's own line breaks. */
function paragraphView(
  props: ArticleViewProps,
  paragraph: ArticleParagraph,
  role: ParagraphRole,
  timexes: Map<string, Timex>,
): TemplateResult {
  const content = paragraph.groups.map((group) =>
    group.key
      ? html`<span class="sentence ${stateClasses(props, group.events)}" data-events=${group.events.join(' ')}
          >${group.runs.map((run) => runView(props, run, timexes))}</span
        >`
      : group.runs.map((run) => runView(props, run, timexes)),
  );
  if (role === 'headline') return html`<h2 class="headline">${content}</h2>`;
  return html`<p class="${role === 'body' ? '' : role}">${content}</p>`;
}

function runView(props: ArticleViewProps, run: TextRun, timexes: Map<string, Timex>): TemplateResult | string {
  if (!run.timex) return run.text;
  const timex = timexes.get(run.timex);
  const tooltip = timex ? describeTimex(timex) : '';
  if (!run.events.length) {
    return html`<mark class="phrase no-event" title="Not on the timeline: ${tooltip}">${run.text}</mark>`;
  }
  const selected = props.selectedId !== null && run.events.includes(props.selectedId);
  return html`<mark
    class="phrase has-event ${stateClasses(props, run.events)}"
    role="button"
    tabindex="0"
    aria-pressed=${selected ? 'true' : 'false'}
    title=${tooltip}
    data-timex=${run.timex}
    data-events=${run.events.join(' ')}
    @click=${props.onActivate}
    @keydown=${props.onActivate}
    @mouseenter=${props.onHover}
    @focus=${props.onHover}
    @mouseleave=${props.onLeave}
    @blur=${props.onLeave}
    >${run.text}</mark
  >`;
}

function stateClasses({ selectedId, hoveredId }: ArticleViewProps, events: string[]): string {
  const classes: string[] = [];
  if (selectedId && events.includes(selectedId)) classes.push('is-selected');
  if (hoveredId && events.includes(hoveredId)) classes.push('is-hovered');
  return classes.join(' ');
}

function creditView(example: ExampleArticle): TemplateResult {
  const { credit } = example;
  return html`<p class="credit">
    ${
      credit.url
        ? html`Source: <a href=${credit.url} rel="noopener" target="_blank">${credit.publisher}</a>`
        : html`Source: ${credit.publisher}`
    },
    by ${credit.author}.
    ${
      credit.licenceUrl
        ? html`Licence: <a href=${credit.licenceUrl} rel="noopener license" target="_blank">${credit.licence}</a>.`
        : html`${credit.licence.charAt(0).toUpperCase()}${credit.licence.slice(1)}.`
    }
    Time scale: ${example.scale}.
  </p>`;
}
