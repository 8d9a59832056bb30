/**
 * The demo's story mode: several articles about one happening, each with its own headline, date, source
 * and (optional) URL, read together by `extractStory()` into one StoryEventList that `<news-timeline>`
 * draws. "Add another article" turns the page into a story; the example story is fictional, written for
 * the demo (events/fictional-story-*.articles.json), and says so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { extractStory, type StoryArticleInput, type StoryEventList } from '../src/extract/index.js';
import { formatCount } from './dates.js';

/** One article of the story, as the reader edits it. */
export interface StoryArticleDraft {
  title: string;
  /** `YYYY-MM-DD` or ''. */
  published: string;
  source: string;
  url: string;
  text: string;
}

/** A story bundled with the demo: `events/<id>.articles.json` (and its StoryEventList, `<id>.story.json`). */
export interface StoryExample {
  id: string;
  title: string;
  /** Says what it is: here, that it is made up. */
  note: string;
}

export const STORY_EXAMPLES: readonly StoryExample[] = [
  {
    id: 'fictional-story-port-elven-ferry-strike',
    title: 'Ferry strike in Port Elven',
    note: 'A fictional story written for this demo: the town, its people, the four outlets and what happens are made up.',
  },
];

export const findStoryExample = (id: string) => STORY_EXAMPLES.find((example) => example.id === id);

export interface StoryStatus {
  kind: 'ok' | 'info' | 'warning' | 'error';
  message: string;
}

const letter = (index: number) => String.fromCharCode(65 + (index % 26));
const emptyArticle = (): StoryArticleDraft => ({ title: '', published: '', source: '', url: '', text: '' });

export class StoryDemo {
  /** The story drawn (empty until an article has text). */
  list: StoryEventList = { version: 1, articles: [], events: [] };
  status: StoryStatus = { kind: 'info', message: '' };
  #keys: number[];
  #nextKey: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    public articles: StoryArticleDraft[],
    /** The example on display, or null for the reader's own story. */
    public example: StoryExample | null,
    private readonly onChange: () => void,
    private readonly debounceMs = 250,
  ) {
    this.#keys = articles.map((_, i) => i);
    this.#nextKey = articles.length;
    this.#extract();
  }

  /** The example story, read from `events/` under `base`. */
  static async load(base: URL, example: StoryExample, onChange: () => void, debounceMs?: number): Promise<StoryDemo> {
    const url = new URL(`events/${example.id}.articles.json`, base);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
    const { articles } = (await response.json()) as { articles: (StoryArticleDraft & { id: string })[] };
    const drafts = articles.map((a) => ({ ...emptyArticle(), ...a }));
    return new StoryDemo(drafts, example, onChange, debounceMs);
  }

  /** An article with nothing in it yet. */
  static empty(): StoryArticleDraft {
    return emptyArticle();
  }

  /** Whether the story has an event with this id. */
  has(id: string): boolean {
    return this.list.events.some((event) => event.id === id);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  /** Adds an empty article at the end and focuses its text. */
  add(): void {
    this.articles = [...this.articles, emptyArticle()];
    this.#keys = [...this.#keys, this.#nextKey++];
    this.example = null;
    this.onChange();
  }

  #remove(index: number): void {
    this.articles = this.articles.filter((_, i) => i !== index);
    this.#keys = this.#keys.filter((_, i) => i !== index);
    this.example = null;
    this.#extract();
    this.onChange();
  }

  #edit(index: number, field: keyof StoryArticleDraft, value: string): void {
    this.articles[index] = { ...this.articles[index]!, [field]: value };
    this.example = null;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#extract();
      this.onChange();
    }, this.debounceMs);
  }

  /** Reads the articles that have text into the story. */
  #extract(): void {
    const inputs: StoryArticleInput[] = [];
    this.articles.forEach((a, i) => {
      if (!a.text.trim()) return;
      inputs.push({
        id: `article-${this.#keys[i]}`,
        text: a.text,
        ...(a.published && { published: a.published }),
        ...(a.title.trim() && { title: a.title.trim() }),
        ...(a.source.trim() && { source: a.source.trim() }),
        ...(a.url.trim() && { url: a.url.trim() }),
      });
    });
    try {
      this.list = extractStory(inputs, this.example ? { story: this.example.id } : {});
      this.status = this.#describe(inputs.length);
    } catch (error) {
      this.status = {
        kind: 'error',
        message: `The articles could not be read: ${error instanceof Error ? error.message : String(error)}. The timeline still shows the last good result.`,
      };
    }
  }

  #describe(withText: number): StoryStatus {
    const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
    if (withText < 2)
      return {
        kind: 'info',
        message: `A story of several articles: paste the text of each one (${plural(withText, 'article')} with text so far).`,
      };
    const undated = this.list.articles
      .map((a, i) => (a.published ? null : letter(i)))
      .filter((l): l is string => l !== null);
    const shared = this.list.events.filter((e) => e.articles > 1).length;
    const message = `${plural(this.list.events.length, 'event')} from ${plural(withText, 'article')}; ${plural(shared, 'event')} reported by more than one.`;
    if (undated.length)
      return {
        kind: 'warning',
        message: `${message} Article ${undated.join(', ')} has no date: set one so that phrases like “on Monday” can be placed.`,
      };
    return { kind: 'ok', message };
  }

  /** The articles' editor: one card per article, and "Add another article". */
  template(): TemplateResult {
    return html`<div class="story-editor">
      ${this.example ? html`<p class="story-note">${this.example.note}</p>` : nothing}
      <ol class="story-articles">
        ${this.articles.map((a, i) => this.#card(a, i))}
      </ol>
      <button type="button" class="button" @click=${() => this.add()}>Add another article</button>
    </div>`;
  }

  #card(article: StoryArticleDraft, index: number): TemplateResult {
    const key = this.#keys[index];
    const id = (field: string) => `story-${key}-${field}`;
    const input = (field: keyof StoryArticleDraft) => (event: Event) =>
      this.#edit(index, field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    const name = article.title.trim() || article.source.trim() || `Article ${letter(index)}`;
    return html`<li class="story-article" aria-labelledby=${id('name')}>
      <div class="story-article-head">
        <h3 id=${id('name')} class="story-article-name">
          <span class="story-letter" aria-hidden="true">${letter(index)}</span> ${name}
        </h3>
        ${
          this.articles.length > 2
            ? html`<button
                type="button"
                class="link-button"
                aria-label=${`Remove article ${letter(index)}`}
                @click=${() => this.#remove(index)}
              >
                Remove
              </button>`
            : nothing
        }
      </div>
      <div class="story-fields">
        <div class="field">
          <label for=${id('title')}>Headline</label>
          <input
            id=${id('title')}
            type="text"
            autocomplete="off"
            .value=${live(article.title)}
            @input=${input('title')}
          />
        </div>
        <div class="field">
          <label for=${id('published')}>Publication date</label>
          <input id=${id('published')} type="date" .value=${live(article.published)} @input=${input('published')} />
        </div>
        <div class="field">
          <label for=${id('source')}>Source</label>
          <input
            id=${id('source')}
            type="text"
            autocomplete="off"
            .value=${live(article.source)}
            @input=${input('source')}
          />
        </div>
        <div class="field">
          <label for=${id('url')}>URL <span class="optional">(optional)</span></label>
          <input
            id=${id('url')}
            type="url"
            autocomplete="off"
            placeholder="https://"
            .value=${live(article.url)}
            @input=${input('url')}
          />
        </div>
      </div>
      <div class="field">
        <label for=${id('text')}>Article text</label>
        <textarea
          id=${id('text')}
          rows="6"
          spellcheck="false"
          placeholder="Paste the article here."
          .value=${live(article.text)}
          @input=${input('text')}
        ></textarea>
      </div>
    </li>`;
  }
}
