/**
 * The coverage module: how `<news-timeline>` draws a story told by several articles (a StoryEventList),
 * loaded by the element the first time a story arrives (coverage-loader.ts), so that a page showing one
 * article never loads it. The element calls what `CoverageView` offers and nothing else.
 */
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { ChildArticle } from '../child-articles.js';
import type { StoryExtractor } from '../coverage-loader.js';
import type { EventMark } from '../layout/frame.js';
import type { ChartGeometry } from '../render/chart.js';
import type { StoryEventList } from '../../extract/story/types.js';
import type { PreparedEvent, PreparedTimeline } from '../layout/prepare.js';
import { prepareCoverage, readCoverage, type Coverage, type Source } from './coverage.js';
import { renderReportBadges, renderSourceList, renderSourcesBar, type SourcesBarState } from './render.js';
import { coverageStyles } from './styles.js';
import { validateStoryEventList, type SkippedStoryEvent } from './validate-story-event-list.js';

export { validateStoryEventList } from './validate-story-event-list.js';
export { coverageStyles } from './styles.js';

/** A story as the element draws it. */
export class CoverageView {
  readonly styles = coverageStyles;
  readonly #coverage: Coverage;

  constructor(list: StoryEventList) {
    this.#coverage = readCoverage(list);
  }

  /** The StoryEventList drawn (after validation: events that cannot be drawn left out). */
  get list(): StoryEventList {
    return this.#coverage.list;
  }

  get sources(): Source[] {
    return this.#coverage.sources;
  }

  /** Its placed events as the EventList the timeline draws. */
  get eventList() {
    return this.#coverage.eventList;
  }

  /** The model of the events the shown sources report (`hidden`: the ids of the others). */
  prepare(hidden: ReadonlySet<string>): PreparedTimeline {
    return prepareCoverage(this.#coverage, hidden);
  }

  #sourcesOf(e: PreparedEvent): Source[] {
    return this.#coverage.byEvent.get(e.event.id)?.sources ?? [];
  }

  /** The end of an event mark's accessible name: who reports it. */
  describe(e: PreparedEvent): string {
    const sources = this.#sourcesOf(e);
    if (sources.length === 1) return `, reported by ${sources[0]!.letter}: ${sources[0]!.name}`;
    return `, reported by ${sources.length} articles: ${sources.map((s) => s.letter).join(', ')}`;
  }

  /** Classes of an event's mark: the colour of its source when it has one. */
  markClass(e: PreparedEvent): string {
    const sources = this.#sourcesOf(e);
    return sources.length === 1 ? ` source-${sources[0]!.colour}` : '';
  }

  /** The chart's layer of badges: how many articles report each event drawn. */
  badges(events: EventMark[], g: ChartGeometry, selectedIndex: number | null): SVGTemplateResult {
    return renderReportBadges(events, g, selectedIndex);
  }

  /** The letters of the sources of an event ("A, C"), for the list view. */
  letters(e: PreparedEvent): string {
    return this.#sourcesOf(e)
      .map((s) => s.letter)
      .join(', ');
  }

  /** "3 events are not on the axis: …", or '' when every event has a date. */
  undatedNote(number: (n: number) => string): string {
    const n = this.#coverage.undated;
    return n
      ? `${number(n)} event${n === 1 ? ' is' : 's are'} not on the axis: ${n === 1 ? 'its articles give' : 'their articles give'} no date to place ${n === 1 ? 'it' : 'them'} by.`
      : '';
  }

  renderBar(state: Omit<SourcesBarState, 'sources' | 'someShared'>): TemplateResult {
    const someShared = [...this.#coverage.byEvent.values()].some((c) => c.sources.length > 1);
    return renderSourcesBar({ ...state, sources: this.sources, someShared });
  }

  /** The sources of an event, for its card. */
  renderSources(e: PreparedEvent, lang: string): TemplateResult | undefined {
    const covered = this.#coverage.byEvent.get(e.event.id);
    return covered && renderSourceList(covered, this.sources, lang);
  }
}

export type ReadStoryResult =
  { ok: true; view: CoverageView; skipped: SkippedStoryEvent[] } | { ok: false; field: string; message: string };

/** Validates a StoryEventList and reads it into what the element draws. */
export function readStory(value: unknown): ReadStoryResult {
  const result = validateStoryEventList(value);
  if (!result.ok) return result;
  return { ok: true, view: new CoverageView(result.list), skipped: result.skipped };
}

/**
 * The story of an element's child articles, read by `extractStory()`: ids from `id` attributes (else
 * `article-N`), each article with its own `published`, `title`, `source` and `url`.
 */
export function storyOfArticles(
  children: ChildArticle[],
  extractStory: StoryExtractor,
): { ok: true; list: StoryEventList } | { ok: false; message: string } {
  const ids = new Set<string>();
  const articles = children.map((c, i) => {
    const id = c.id && !ids.has(c.id) ? c.id : `article-${i + 1}`;
    ids.add(id);
    return {
      id,
      text: c.text,
      ...(c.published && { published: c.published }),
      ...(c.title && { title: c.title }),
      ...(c.source && { source: c.source }),
      ...(c.url && { url: c.url }),
    };
  });
  try {
    return { ok: true, list: extractStory(articles) };
  } catch (error) {
    return { ok: false, message: `The articles could not be read: ${(error as Error).message}` };
  }
}
