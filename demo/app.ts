/**
 * The demo page as an importable app: `mountDemo(container)` draws the example picker, the timeline, the
 * marked article, its text editor and its curation (`<news-timeline-editor>`) into `container` and links
 * them both ways. The timeline, the marks and every export show the curated list once the reader has
 * corrected anything. The page (demo.ts) and the end-to-end tests both mount it.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import '../src/news-timeline.js';
import '../src/news-timeline-editor.js';
import type { NewsTimeline } from '../src/news-timeline.js';
import type { NewsTimelineEditor } from '../src/news-timeline-editor.js';
import { browserStorage, type DraftStorage } from '../src/editor/storage.js';
import { EVENT_LIST_VERSION, type EventList, type TimelineEvent } from '../src/extract/types.js';
import { articleParagraphs, type ArticleParagraph } from './article-marks.js';
import { articleView } from './article-view.js';
import { articleZone } from '../src/timeline/article-zone.js';
import { formatCount, joinPublished, splitPublished, ZONE_OFFSETS, type PublishedFields } from './dates.js';
import { EXAMPLES, SEED_EXAMPLE, findExample, type ExampleArticle } from './examples.js';
import { embedSnippet, eventListJson, serializeTimelineSvg, type EmbedKind } from './export.js';
import { ExportPanel } from './export-panel.js';
import { ExtractRunner } from './extract-runner.js';
import { findStoryExample, STORY_EXAMPLES, StoryDemo } from './story-demo.js';

export interface DemoOptions {
  /** Folder that holds `events/` (default: the page's own folder). */
  base?: string | URL;
  /** Example to open with (default: the seed article). */
  example?: string;
  /** Pause after the last keystroke before extracting, in ms (default 250). */
  debounceMs?: number;
  /** The extraction worker module; null extracts on the main thread (default: `extract-worker.js` next to this module). */
  workerUrl?: URL | null;
  /** Where curation drafts are kept, per article (default: the page's localStorage; null: nowhere). */
  draftStorage?: DraftStorage | null;
}

type DatedFrom = 'example' | 'user' | 'dateline' | 'none';
type View = 'read' | 'edit' | 'curate';
const VIEWS: readonly View[] = ['read', 'edit', 'curate'];
type StatusKind = 'busy' | 'ok' | 'info' | 'warning' | 'error';

interface Draft {
  text: string;
  title: string;
  /** `YYYY-MM-DD`, with a time (`2019-03-22T10:35`) and a UTC offset (`2019-03-22T10:35-04:00`) when known; or ''. */
  published: string;
  publishedFrom: DatedFrom;
  source?: string;
}

interface Status {
  kind: StatusKind;
  message: string;
}

/** Longest text the demo extracts (characters): far beyond any news story, short of hanging a tab. */
export const MAX_TEXT_LENGTH = 1_000_000;

const CUSTOM = 'custom';

export class DemoApp {
  readonly ready: Promise<void>;
  private readonly base: URL;
  private readonly debounceMs: number;
  private readonly runner: ExtractRunner;
  private exampleId: string;
  private draft: Draft = { text: '', title: '', published: '', publishedFrom: 'none' };
  private list: EventList | null = null;
  private paragraphs: ArticleParagraph[] = [];
  private status: Status = { kind: 'busy', message: 'Loading the example article…' };
  private view: View = 'read';
  /** The curated list (the editor's), while the reader has corrected anything; else null. */
  private curated: EventList | null = null;
  private curatedEdits = 0;
  private readonly draftStorage: DraftStorage | null;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  /** The reader's own article while an example is on display. */
  private yourDraft: Draft | null = null;
  private readonly exportPanel = new ExportPanel(
    () => this.currentList(),
    () => this.timeline,
    () => this.update(),
    () => this.curatedEdits > 0,
  );
  private generation = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private idle: Promise<void> = Promise.resolve();
  private idleOpen = false;
  private settleIdle: () => void = () => {};
  private readonly listeners: [EventTarget, string, EventListener][] = [];
  /** Story mode (several articles): see story-demo.ts. */
  private story: StoryDemo | null = null;

  constructor(
    private readonly container: HTMLElement,
    options: DemoOptions = {},
  ) {
    this.base = new URL(String(options.base ?? './'), document.baseURI);
    this.debounceMs = options.debounceMs ?? 250;
    const workerUrl =
      options.workerUrl === undefined ? new URL('./extract-worker.js', import.meta.url) : options.workerUrl;
    this.runner = new ExtractRunner(workerUrl);
    this.draftStorage = options.draftStorage === undefined ? browserStorage() : options.draftStorage;
    this.exampleId = options.example && findExample(options.example) ? options.example : SEED_EXAMPLE.id;
    this.update();
    this.listenToTimeline();
    this.listenToEditor();
    this.ready = this.loadExample(this.exampleId);
  }

  /** The `<news-timeline>` element. */
  get timeline(): NewsTimeline {
    return this.container.querySelector('news-timeline')!;
  }

  /** The `<news-timeline-editor>` element (in the Curate tab). */
  get editor(): NewsTimelineEditor {
    return this.container.querySelector('news-timeline-editor')!;
  }

  /** The extraction of the article on display (no events for an empty editor); null until the first article has loaded. */
  get eventList(): EventList | null {
    return this.list;
  }

  /** What the timeline, the marks and the exports show: the curated list when the reader corrected anything, else the extraction. */
  get shownList(): EventList | null {
    return this.curatedEdits > 0 && this.curated ? this.curated : this.list;
  }

  get selectedEvent(): string | null {
    return this.selectedId;
  }

  /** The story on display (several articles), or null for one article. */
  get storyDemo(): StoryDemo | null {
    return this.story;
  }

  /** Resolves when no extraction is waiting or running. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** Selects `id` (or clears with null) as if the reader had clicked its phrase. */
  select(id: string | null): void {
    this.selectEvent(id, 'text');
  }

  exportJson(): string {
    return eventListJson(this.currentList());
  }

  exportSvg(): string {
    return serializeTimelineSvg(this.timeline).svg;
  }

  /** The embed snippet; a curated list is embedded as its events (the article text would be read again, uncorrected). */
  embedCode(kind: EmbedKind = 'data'): string {
    return embedSnippet(this.currentList(), kind === 'text' && this.curatedEdits > 0 ? 'data' : kind);
  }

  destroy(): void {
    clearTimeout(this.debounceTimer);
    this.generation++;
    this.runner.dispose();
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
    render(nothing, this.container);
  }

  // ---- loading and extraction -------------------------------------------------------------------

  private async loadExample(id: string): Promise<void> {
    if (findStoryExample(id)) return this.loadStory(id);
    this.leaveStory();
    const example = findExample(id) ?? SEED_EXAMPLE;
    const generation = ++this.generation;
    this.exampleId = example.id;
    this.setBusy(`Loading “${example.title}”…`);
    this.update();
    try {
      const [text, stored] = await Promise.all([this.fetchText(example), this.fetchEventList(example)]);
      if (generation !== this.generation) return;
      this.draft = {
        text,
        title: example.title,
        published: example.published,
        publishedFrom: 'example',
        source: example.source,
      };
      // The generated event list is used as is when it was made from this very text; else extract now.
      if (stored && stored.article.text.trim() === text.trim()) {
        this.show({
          ...stored,
          article: {
            ...stored.article,
            title: stored.article.title ?? example.title,
            source: stored.article.source ?? example.source,
          },
        });
        this.status = this.describe(this.list!, null);
        this.settle();
      } else {
        await this.extractNow(generation);
      }
    } catch (error) {
      if (generation !== this.generation) return;
      this.show(null);
      this.status = {
        kind: 'error',
        message: `Could not load “${example.title}”: ${error instanceof Error ? error.message : String(error)}. Paste an article instead.`,
      };
      this.settle();
    }
    this.update();
  }

  // ---- story mode (story-demo.ts) ----

  private async loadStory(id: string): Promise<void> {
    const generation = ++this.generation;
    this.exampleId = id;
    this.setBusy('Loading the example story…');
    this.update();
    try {
      const story = await StoryDemo.load(this.base, findStoryExample(id)!, () => this.update(), this.debounceMs);
      if (generation !== this.generation) return story.dispose();
      this.leaveStory();
      this.story = story;
      this.selectedId = null;
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = { kind: 'error', message: `Could not load the example story: ${String(error)}` };
    }
    this.settle();
    this.update();
  }

  /** "Add another article": the article on display becomes the first of a story, or the story grows. */
  private onAddArticle = (): void => {
    if (this.story) this.story.add();
    else {
      const { text, title, published, source } = this.draft;
      const first = { text, title, published, source: source ?? '', url: '' };
      this.generation++;
      this.story = new StoryDemo([first, StoryDemo.empty()], null, () => this.update(), this.debounceMs);
      this.exampleId = CUSTOM;
      this.selectedId = null;
      this.update();
    }
    this.container.querySelector<HTMLTextAreaElement>('.story-article:last-child textarea')?.focus();
  };

  private leaveStory(): void {
    this.story?.dispose();
    this.story = null;
  }

  private async fetchText(example: ExampleArticle): Promise<string> {
    const url = new URL(`events/${example.id}.txt`, this.base);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
    return response.text();
  }

  private async fetchEventList(example: ExampleArticle): Promise<EventList | null> {
    try {
      const response = await fetch(new URL(`events/${example.id}.json`, this.base));
      if (!response.ok) return null;
      const list = (await response.json()) as EventList;
      return list && list.article && Array.isArray(list.timexes) && Array.isArray(list.events) ? list : null;
    } catch {
      return null;
    }
  }

  /** The article changed: extract after a pause in typing. */
  private scheduleExtraction(): void {
    const generation = ++this.generation;
    this.beginWork();
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.extractNow(generation), this.debounceMs);
  }

  private async extractNow(generation: number): Promise<void> {
    const { text, title, source } = this.draft;
    if (!text.trim()) {
      this.show(null);
      this.status = { kind: 'info', message: 'Paste or type an article to see its timeline.' };
      return this.finish(generation);
    }
    if (text.length > MAX_TEXT_LENGTH) {
      this.status = {
        kind: 'error',
        message: `This text is ${formatCount(text.length)} characters long; the demo reads up to ${formatCount(MAX_TEXT_LENGTH)}. Shorten it to see its timeline.`,
      };
      return this.finish(generation);
    }
    // A date from the dateline is found again on every edit (the dateline may change); one the reader set is kept.
    const published =
      this.draft.publishedFrom === 'user' || this.draft.publishedFrom === 'example' ? this.draft.published : '';
    // No "busy" message here: it would flicker (and be announced) at every pause in typing.
    this.beginWork();
    try {
      const result = await this.runner.run(text, {
        ...(published ? { published } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(source ? { source } : {}),
      });
      if (generation !== this.generation) return;
      const fromDateline = !published && result.list.article.publishedFrom === 'dateline';
      if (!published) {
        // (a page's stamp may give the time and zone as well: they fill the time fields)
        this.draft.published = fromDateline ? joinPublished(splitPublished(result.list.article.published)) : '';
        this.draft.publishedFrom = fromDateline ? 'dateline' : 'none';
      }
      this.show(result.list);
      this.status = this.describe(result.list, { ms: result.ms, where: result.where });
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = {
        kind: 'error',
        message: `The extractor failed on this text: ${error instanceof Error ? error.message : String(error)}. The timeline still shows the last good result.`,
      };
    }
    this.finish(generation);
  }

  private finish(generation: number): void {
    if (generation !== this.generation) return;
    this.settle();
    this.update();
  }

  /** Puts `list` on display; null shows the (empty) draft, so the timeline draws its empty state. */
  private show(list: EventList | null): void {
    this.list = list ?? this.draftList();
    const curated = this.curated?.article;
    const article = this.list.article;
    if (
      curated &&
      (curated.text !== article.text || curated.published !== article.published || curated.title !== article.title)
    ) {
      this.curated = null;
      this.curatedEdits = 0;
    }
    // The editor replays this article's draft on the new extraction and reports the curated list
    // (news-timeline-editor-change) in a microtask, before the next frame.
    this.showCurated();
  }

  /** The marks and the selection follow the list on display. */
  private showCurated(): void {
    const shown = this.shownList!;
    this.paragraphs = articleParagraphs(shown);
    const events = shown.events;
    if (this.selectedId && !events.some((event) => event.id === this.selectedId)) this.selectedId = null;
    if (this.hoveredId && !events.some((event) => event.id === this.hoveredId)) this.hoveredId = null;
  }

  private describe(list: EventList, timing: { ms: number; where: string } | null): Status {
    const phrases = list.timexes.length;
    const events = list.events.length;
    const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
    const took = timing ? ` Extracted in ${Math.max(1, Math.round(timing.ms))} ms (${timing.where}).` : '';
    if (!list.article.published)
      return {
        kind: 'warning',
        message: `No publication date. Set one above the text so that phrases like “on Monday” or “last month” can be placed; until then only full dates are on the timeline (${plural(events, 'event')}).`,
      };
    if (phrases === 0)
      return {
        kind: 'info',
        message: `No time phrases found in this text, so there is nothing to place on a timeline. Try a news story with phrases like “on Monday”, “last month” or “in March 2019”.`,
      };
    if (events === 0)
      return {
        kind: 'info',
        message: `Found ${plural(phrases, 'time phrase')}, but none dates an event that can be placed on the timeline.${took}`,
      };
    return { kind: 'ok', message: `${plural(events, 'event')} from ${plural(phrases, 'time phrase')}.${took}` };
  }

  /** The status line, with what curation changed. */
  private statusMessage(): string {
    if (!this.curatedEdits || !this.curated || this.status.kind === 'busy' || this.status.kind === 'error')
      return this.status.message;
    const n = this.curated.events.length;
    const edits = this.curatedEdits === 1 ? '1 correction' : `${formatCount(this.curatedEdits)} corrections`;
    return `${this.status.message} Curated: ${formatCount(n)} event${n === 1 ? '' : 's'} on the timeline after ${edits} (Curate tab).`;
  }

  private setBusy(message: string): void {
    this.status = { kind: 'busy', message };
    this.beginWork();
  }

  private beginWork(): void {
    if (this.idleOpen) return;
    this.idleOpen = true;
    this.idle = new Promise((resolve) => (this.settleIdle = resolve));
  }

  private settle(): void {
    this.idleOpen = false;
    this.settleIdle();
  }

  /** What is on display (curated, if the reader corrected anything), or the draft with no events while nothing is. */
  private currentList(): EventList {
    return this.shownList ?? this.draftList();
  }

  private draftList(): EventList {
    return {
      version: EVENT_LIST_VERSION,
      article: {
        text: this.draft.text,
        published: this.draft.published || null,
        ...(this.draft.title ? { title: this.draft.title } : {}),
      },
      timexes: [],
      events: [],
    };
  }

  // ---- selection, both ways -----------------------------------------------------------------------

  private selectEvent(id: string | null, origin: 'text' | 'timeline' | 'editor'): void {
    const event = id ? this.shownList?.events.find((candidate) => candidate.id === id) : undefined;
    this.selectedId = event || (id && this.story?.has(id)) ? id : null;
    // The editor opens the form of the event selected elsewhere (without taking the focus).
    if (origin !== 'editor' && !this.story && this.editor && (event || this.editor.selected))
      this.editor.selected = this.selectedId;
    this.update();
    // The element pans to an event selected through its `selected` property. Either way the timeline and
    // its card (which quotes the sentence, marked in the text too) are what the reader looks at next: they
    // are kept in view, rather than scrolling the page to the sentence and the chart out of view.
    if (event && origin !== 'editor') void this.keepTimelineInView(origin === 'text');
  }

  /** Scrolls the timeline and its card into view when they are not; `whole`: also when partly in view. */
  private async keepTimelineInView(whole: boolean): Promise<void> {
    await this.timeline.updateComplete;
    const timeline = this.container.querySelector<HTMLElement>('.timeline-frame') ?? this.timeline;
    const rect = timeline.getBoundingClientRect();
    const height = window.innerHeight || document.documentElement.clientHeight;
    const inView = whole ? rect.top >= 0 && rect.bottom <= height : rect.bottom <= height;
    if (inView) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    timeline.scrollIntoView({
      block: rect.height > height ? 'start' : 'nearest',
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  private on(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener);
    this.listeners.push([target, type, listener]);
  }

  /** The editor's curated list goes to the timeline, the marks and the exports; its open form selects the event. */
  private listenToEditor(): void {
    const editor = this.editor;
    this.on(editor, 'news-timeline-editor-change', (event) => {
      const detail = (event as CustomEvent<{ list: EventList; edits: number }>).detail;
      this.curated = detail.list;
      this.curatedEdits = detail.edits;
      this.showCurated();
      this.update();
    });
    this.on(editor, 'news-timeline-editor-select', (event) => {
      const detail = (event as CustomEvent<{ event: TimelineEvent | null }>).detail;
      this.selectEvent(detail.event?.id ?? null, 'editor');
    });
  }

  private listenToTimeline(): void {
    const timeline = this.timeline;
    const on = (type: string, listener: EventListener) => this.on(timeline, type, listener);
    on('news-timeline-select', (event) => {
      const detail = (event as CustomEvent<{ event?: TimelineEvent | null }>).detail;
      this.selectEvent(detail?.event?.id ?? null, 'timeline');
    });
    // Hover and keyboard focus of an event inside the element (its marks and list rows).
    on('news-timeline-hover', (event) => {
      const detail = (event as CustomEvent<{ event?: TimelineEvent | null }>).detail;
      this.setHovered(detail?.event?.id ?? null);
    });
  }

  private setHovered(id: string | null): void {
    const known = id && (this.story?.has(id) || this.shownList?.events.some((event) => event.id === id)) ? id : null;
    if (known === this.hoveredId) return;
    this.hoveredId = known;
    this.update();
  }

  // ---- the reader's actions ---------------------------------------------------------------------

  private onPickExample = (event: Event): void => {
    const id = (event.target as HTMLSelectElement).value;
    // The reader's own article is kept when they look at an example, and comes back from the picker.
    if (this.exampleId === CUSTOM && this.draft.text.trim()) this.yourDraft = { ...this.draft };
    this.selectedId = null;
    if (id === CUSTOM) {
      if (!this.yourDraft) return;
      this.leaveStory();
      this.exampleId = CUSTOM;
      this.draft = { ...this.yourDraft };
      this.update();
      void this.extractNow(++this.generation);
      return;
    }
    this.view = 'read';
    void this.loadExample(id);
  };

  private onNewArticle = (): void => {
    this.leaveStory();
    const field = () => this.container.querySelector<HTMLTextAreaElement>('#article-text');
    if (this.exampleId === CUSTOM && this.draft.text.trim()) {
      // Already the reader's own article: select it so that a paste replaces it (and Ctrl+Z brings it back).
      this.view = 'edit';
      this.update();
      field()?.focus();
      field()?.select();
      return;
    }
    if (this.exampleId === CUSTOM) this.yourDraft = null;
    this.generation++;
    clearTimeout(this.debounceTimer);
    this.exampleId = CUSTOM;
    this.draft = { text: '', title: '', published: '', publishedFrom: 'none' };
    this.show(null);
    this.status = { kind: 'info', message: 'Paste or type an article to see its timeline.' };
    this.settle();
    this.view = 'edit';
    this.update();
    field()?.focus();
  };

  private onTextInput = (event: Event): void => {
    this.draft.text = (event.target as HTMLTextAreaElement).value;
    this.becomeCustom();
    this.scheduleExtraction();
    this.update();
  };

  private onTitleInput = (event: Event): void => {
    this.draft.title = (event.target as HTMLInputElement).value;
    this.becomeCustom();
    this.scheduleExtraction();
    this.update();
  };

  /** A change to one of the publication date's fields: the date, its time or the time's zone. */
  private onPublishedInput(field: keyof PublishedFields): (event: Event) => void {
    return (event) => {
      const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
      this.draft.published = joinPublished({ ...splitPublished(this.draft.published), [field]: value });
      // Clearing the date hands it back to the dateline, if the text has one.
      this.draft.publishedFrom = this.draft.published ? 'user' : 'none';
      this.becomeCustom();
      this.scheduleExtraction();
      this.update();
    };
  }

  private onDateInput = this.onPublishedInput('date');
  private onTimeInput = this.onPublishedInput('time');
  private onZoneInput = this.onPublishedInput('zone');

  private customLabel(): string {
    const draft = this.exampleId === CUSTOM ? this.draft : this.yourDraft;
    const title = draft?.title.trim() || draft?.text.trim().split('\n')[0]?.slice(0, 60) || '';
    return title || 'empty';
  }

  private becomeCustom(): void {
    if (this.exampleId === CUSTOM) return;
    this.exampleId = CUSTOM;
    delete this.draft.source;
  }

  private onTab = (view: View) => (): void => {
    this.view = view;
    this.update();
  };

  private onTabKey = (event: KeyboardEvent): void => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const at = VIEWS.indexOf(this.view);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    this.view =
      event.key === 'Home'
        ? VIEWS[0]!
        : event.key === 'End'
          ? VIEWS.at(-1)!
          : VIEWS[(at + step + VIEWS.length) % VIEWS.length]!;
    this.update();
    this.container.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus();
  };

  private onPhraseActivate = (event: Event): void => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-events]');
    const first = mark?.dataset.events?.split(' ')[0];
    if (!first) return;
    event.preventDefault();
    this.selectEvent(first === this.selectedId ? null : first, 'text');
  };

  private onPhraseHover = (event: Event): void => {
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-events]');
    this.setHovered(mark?.dataset.events?.split(' ')[0] ?? null);
  };

  // ---- rendering --------------------------------------------------------------------------------

  private update(): void {
    render(this.template(), this.container, { host: this });
  }

  private template(): TemplateResult {
    const list = this.shownList;
    return html`
      <div class="toolbar" role="group" aria-label="Article">
        <label class="picker">
          <span class="picker-label">Example article</span>
          <select @change=${this.onPickExample} .value=${live(this.exampleId)}>
            ${EXAMPLES.map(
              (example) =>
                html`<option value=${example.id} ?selected=${example.id === this.exampleId}>
                  ${example.title} (${example.source}, ${example.published.slice(0, 4)})
                </option>`,
            )}
            ${STORY_EXAMPLES.map(
              (example) =>
                html`<option value=${example.id} ?selected=${example.id === this.exampleId}>
                  ${example.title} (fictional story of several articles)
                </option>`,
            )}
            <option
              value=${CUSTOM}
              ?selected=${this.exampleId === CUSTOM}
              ?disabled=${this.exampleId !== CUSTOM && !this.yourDraft}
            >
              Your article${this.yourDraft || this.exampleId === CUSTOM ? `: ${this.customLabel()}` : ''}
            </option>
          </select>
        </label>
        <button type="button" class="button" @click=${this.onNewArticle}>Paste your own article</button>
        <button type="button" class="button" @click=${this.onAddArticle}>Add another article</button>
      </div>
      <div class="layout">
        <section class="timeline-panel" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" class="visually-hidden">Timeline</h2>
          <div class="timeline-hero">
            <div class="timeline-frame">
              <news-timeline
                heading-level="3"
                .data=${this.story?.list ?? list}
                .selected=${this.selectedId}
              ></news-timeline>
            </div>
            ${this.story ? statusLine(this.story.status) : statusLine({ ...this.status, message: this.statusMessage() })}
          </div>
        </section>
        ${this.story ? storyPanel(this.story) : nothing}
        <section class="article-panel" aria-label="Article" ?hidden=${!!this.story}>
          <div class="tabs" role="tablist" aria-label="Article view" @keydown=${this.onTabKey}>
            ${this.tabTemplate('read', 'Read')} ${this.tabTemplate('edit', 'Edit')}
            ${this.tabTemplate('curate', 'Curate')}
          </div>
          <div
            id="panel-read"
            class="tab-panel"
            role="tabpanel"
            aria-labelledby="tab-read"
            ?hidden=${this.view !== 'read'}
          >
            ${
              // Drawn only when shown: typing in the editor then costs no re-render of a long article.
              this.view === 'read'
                ? guard([list, this.paragraphs, this.selectedId, this.hoveredId, this.exampleId], () =>
                    articleView({
                      list,
                      paragraphs: this.paragraphs,
                      example: findExample(this.exampleId),
                      selectedId: this.selectedId,
                      hoveredId: this.hoveredId,
                      onActivate: this.onPhraseActivate,
                      onHover: this.onPhraseHover,
                      onLeave: () => this.setHovered(null),
                    }),
                  )
                : nothing
            }
          </div>
          <div
            id="panel-edit"
            class="tab-panel"
            role="tabpanel"
            aria-labelledby="tab-edit"
            ?hidden=${this.view !== 'edit'}
          >
            ${this.editorTemplate()}
          </div>
          <div
            id="panel-curate"
            class="tab-panel"
            role="tabpanel"
            aria-labelledby="tab-curate"
            ?hidden=${this.view !== 'curate'}
          >
            <p class="hint curate-intro">
              Correct what extraction got wrong before you publish: relabel or re-date an event, hide, delete or merge
              events, or add one from words of the article. The timeline and every export show the corrected events;
              your corrections are kept in this browser.
            </p>
            ${
              // Always drawn (hidden with its tab): it restores this article's draft as soon as the article loads.
              html`<news-timeline-editor .data=${this.list} .storage=${this.draftStorage}></news-timeline-editor>`
            }
          </div>
        </section>
        <aside class="tools-panel" aria-label="Export and embed" ?hidden=${!!this.story}>
          ${this.exportPanel.template(!this.list?.article.text.trim())}
        </aside>
      </div>
    `;
  }

  private tabTemplate(view: View, label: string): TemplateResult {
    const selected = this.view === view;
    return html`<button
      type="button"
      role="tab"
      id="tab-${view}"
      class="tab"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${view}"
      tabindex=${selected ? 0 : -1}
      @click=${this.onTab(view)}
    >
      ${label}
    </button>`;
  }

  private editorTemplate(): TemplateResult {
    const { draft } = this;
    const published = splitPublished(draft.published);
    // (a zone from a page's stamp that the list does not hold is offered too, so that it shows as it is)
    const zones =
      published.zone && !ZONE_OFFSETS.some((zone) => zone.value === published.zone)
        ? [...ZONE_OFFSETS, { value: published.zone, label: articleZone(draft.published) ?? published.zone }]
        : ZONE_OFFSETS;
    const hint =
      draft.publishedFrom === 'dateline'
        ? published.time
          ? 'Found in the page’s stamp, with its time. Change them if they are wrong.'
          : 'Found in the dateline. Change it if it is wrong.'
        : draft.publishedFrom === 'example'
          ? 'From the article’s metadata.'
          : draft.published
            ? ''
            : draft.text.trim()
              ? 'Not found in the text: set it so relative phrases can be placed.'
              : 'Filled in from the dateline when the text has one; or set it here.';
    return html`
      <form class="editor" @submit=${(event: Event) => event.preventDefault()}>
        <div class="field">
          <label for="article-title">Headline</label>
          <input
            id="article-title"
            type="text"
            autocomplete="off"
            .value=${live(draft.title)}
            @input=${this.onTitleInput}
          />
        </div>
        <div class="field">
          <div class="published-fields">
            <div class="field">
              <label for="article-published">Publication date</label>
              <input
                id="article-published"
                type="date"
                aria-describedby="published-hint"
                .value=${live(published.date)}
                @input=${this.onDateInput}
              />
            </div>
            <div class="field">
              <label for="article-time">Time <span class="optional">(optional)</span></label>
              <input
                id="article-time"
                type="time"
                aria-describedby="published-hint"
                ?disabled=${!published.date}
                .value=${live(published.time)}
                @input=${this.onTimeInput}
              />
            </div>
            <div class="field">
              <label for="article-zone">Time zone</label>
              <select
                id="article-zone"
                aria-describedby="published-hint"
                ?disabled=${!published.time}
                @change=${this.onZoneInput}
              >
                <option value="" ?selected=${!published.zone}>The article’s own</option>
                ${zones.map(
                  (zone) =>
                    html`<option value=${zone.value} ?selected=${zone.value === published.zone}>${zone.label}</option>`,
                )}
              </select>
            </div>
          </div>
          <p id="published-hint" class="hint ${draft.published || !draft.text.trim() ? '' : 'hint-warning'}">${hint}</p>
        </div>
        <div class="field">
          <label for="article-text">Article text</label>
          <textarea
            id="article-text"
            rows="16"
            spellcheck="false"
            aria-describedby="text-hint"
            placeholder="Paste a news story here: the timeline updates as you type."
            .value=${live(draft.text)}
            @input=${this.onTextInput}
          ></textarea>
          <p id="text-hint" class="hint">
            ${formatCount(draft.text.length)} characters. A dateline such as “WASHINGTON, March 15, 2024 (Reuters) -”
            fills in the date.
          </p>
        </div>
      </form>
    `;
  }
}

const statusLine = (status: Status) =>
  html`<p class="status status-${status.kind}" role="status" aria-live="polite">${status.message}</p>`;

const storyPanel = (story: StoryDemo) =>
  html`<section class="article-panel story-panel" aria-label="Articles of the story">${story.template()}</section>`;

/** The id of the event mark an event inside `<news-timeline>` happened on, if the mark says it. */
/** Mounts the demo into `container`; resolves once the first article is on display. */
export async function mountDemo(container: HTMLElement, options: DemoOptions = {}): Promise<DemoApp> {
  const app = new DemoApp(container, options);
  await app.ready;
  return app;
}
