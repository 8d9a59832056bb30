/**
 * What a story adds to the element: the bar of its sources (part `sources`: each article's letter,
 * colour and name, a toggle that shows or hides the events only it reports) and, in the card of an
 * event, every source that reports it (part `source`: title, linked when the article has an http(s)
 * URL, its source and date, and each sentence with the time phrase marked), and over the chart the
 * number of articles that report each event. Article text reaches the DOM only through Lit text bindings.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { StoryDate, StoryMention } from '../../extract/story/types.js';
import { parseFloating } from '../layout/dates.js';
import { pointHalfWidth, REPORTS_RADIUS, type EventMark } from '../layout/frame.js';
import { describeDate, describeShortDate } from '../layout/human-date.js';
import type { ChartGeometry } from '../render/chart.js';
import { splitAtPhrase } from '../render/details.js';
import { laneTop, markY } from '../render/lanes.js';
import type { CoveredEvent, Source } from './coverage.js';

export interface SourcesBarState {
  sources: Source[];
  hidden: ReadonlySet<string>;
  /** Some event is reported by several articles: the bar says what the number on its mark means. */
  someShared: boolean;
  number: (n: number) => string;
  onToggle: (id: string) => void;
}

export function renderSourcesBar(state: SourcesBarState): TemplateResult {
  const { sources, hidden } = state;
  return html`<div class="sources" part="sources" role="group" aria-label="Articles of the story">
    <span class="sources-title">${state.number(sources.length)} article${sources.length === 1 ? '' : 's'}:</span>
    ${sources.map(
      (s) =>
        html`<button
          type="button"
          class=${`source-toggle source-${s.colour}`}
          aria-pressed=${hidden.has(s.id) ? 'false' : 'true'}
          title=${`${hidden.has(s.id) ? 'Show' : 'Hide'} the events that only this article reports`}
          @click=${() => state.onToggle(s.id)}
        >
          <span class="letter">${s.letter}</span><span class="name">${s.name}</span>
        </button>`,
    )}
    ${
      state.someShared
        ? html`<span class="sources-key"
            ><span class="key-badge" aria-hidden="true">2</span> on a mark: how many articles report the event</span
          >`
        : nothing
    }
  </div>`;
}

const dayOf = (published: string | null) => (published ? parseFloating(published.slice(0, 10)) : NaN);

/** "A and C: Thursday 7 March 2024; B: Friday 8 March 2024". */
function disagreement(dates: StoryDate[], byId: Map<string, Source>, lang: string): string {
  return dates
    .map((d) => {
      const letters = d.articles.map((a) => byId.get(a)?.letter ?? a);
      const who = letters.length > 1 ? `${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}` : letters[0];
      const when = describeDate(
        { start: parseFloating(d.from), end: parseFloating(d.to), granularity: d.granularity },
        lang,
      );
      return `${who}: ${when}`;
    })
    .join('; ');
}

function sentence(m: StoryMention, lang: string, ownDate: boolean): TemplateResult {
  const [before, phrase, after] = splitAtPhrase({ start: m.start, text: m.sentence }, m.timex);
  const date =
    ownDate && m.from !== undefined && m.to !== undefined && m.granularity
      ? describeDate(
          { start: parseFloating(m.from), end: parseFloating(m.to), granularity: m.granularity, mod: m.mod },
          lang,
        )
      : '';
  return html`<blockquote>${before}${phrase ? html`<mark>${phrase}</mark>` : nothing}${after}</blockquote>
    ${date ? html`<p class="says">This article dates it ${date}.</p>` : nothing}`;
}

function sourceName(s: Source): TemplateResult {
  return s.href
    ? html`<a href=${s.href} target="_blank" rel="noopener"
        >${s.name}<span class="visually-hidden"> (opens in a new tab)</span></a
      >`
    : html`<span class="name">${s.name}</span>`;
}

/** The sources of an event for its card: who reports it, and each of their sentences. */
export function renderSourceList(covered: CoveredEvent, sources: Source[], lang: string): TemplateResult {
  const { event, mentions } = covered;
  const n = covered.sources.length;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const disagree = event.date === 'disagree' && !!event.dates?.length;
  return html`${
      disagree
        ? html`<p class="disagree">The articles disagree on the date: ${disagreement(event.dates!, byId, lang)}.</p>`
        : nothing
    }
    <p class="reports">Reported by ${n === 1 ? 'one article' : `${n} articles`}</p>
    <ol class="source-list">
      ${mentions.map(([s, ms]) => {
        const day = dayOf(s.published);
        const details = [s.title && s.source ? s.source : '', Number.isNaN(day) ? '' : describeShortDate(day, lang)]
          .filter(Boolean)
          .join(', ');
        return html`<li class=${`source source-${s.colour}`} part="source">
          <p class="source-head">
            <span class="letter">${s.letter}</span>
            ${sourceName(s)}${details ? html`<span class="source-meta">${details}</span>` : nothing}
          </p>
          ${ms.map((m) => sentence(m, lang, disagree))}
        </li>`;
      })}
    </ol>`;
}

/**
 * The badges of the events several articles report, with their number, over the points or at the bars'
 * left ends in view. A layer of their own, hidden from assistive technology and the pointer: the event's
 * name says how many report it (axe: an option's visible text must be in its name), and its option takes
 * the clicks.
 */
export function renderReportBadges(
  events: EventMark[],
  g: ChartGeometry,
  selectedIndex: number | null,
): SVGTemplateResult {
  // Only on marks in view: a bar that ends left of the view (its events still read there) has no badge.
  const badges = events.filter(
    (m) => (m.event.reports ?? 1) > 1 && (m.shape === 'bar' ? m.x1 : m.cx + pointHalfWidth(m.event)) > 0,
  );
  return svg`<g class="report-badges" aria-hidden="true">${badges.map((m) => {
    const half = pointHalfWidth(m.event);
    const x = m.shape === 'bar' ? Math.max(m.x0, 0) + half : m.cx;
    const selected = selectedIndex === m.event.index;
    return svg`<g class=${selected ? 'report-badge selected' : 'report-badge'} data-event-id=${m.event.event.id} transform=${`translate(${x},${laneTop(g, m.lane) + markY(g)})`}><rect x=${-half} y=${-REPORTS_RADIUS} width=${2 * half} height=${2 * REPORTS_RADIUS} rx="4"></rect><text y="3.5" text-anchor="middle">${m.event.reports}</text></g>`;
  })}</g>`;
}
