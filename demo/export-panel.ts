/**
 * The export panel: downloads of the event list (JSON) and of the drawing (SVG, PNG), and the embed
 * snippet with a copy button. Holds its own small state; the app gives it the list on display (curated,
 * when the reader corrected it) and the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EventList } from '../src/extract/types.js';
import {
  EMBED_KINDS,
  download,
  embedSnippet,
  eventListJson,
  fileStem,
  serializeTimelineSvg,
  svgToPng,
  type EmbedKind,
} from './export.js';

interface Message {
  kind: 'ok' | 'info' | 'error';
  message: string;
}

export class ExportPanel {
  private embedKind: EmbedKind = 'data';
  private embedOpen = false;
  /** Starts open where there is room beside the article (the wide layout of styles.css). */
  private open = typeof matchMedia === 'function' && matchMedia('(min-width: 62rem)').matches;
  private message: Message | null = null;

  constructor(
    private readonly currentList: () => EventList,
    private readonly timeline: () => Element,
    private readonly requestUpdate: () => void,
    /** The reader corrected the events: an embed of the article text would lose the corrections. */
    private readonly curated: () => boolean = () => false,
  ) {}

  /** The embed kind in use: the article text is read again where it is embedded, so a curated list embeds its events. */
  private kind(): EmbedKind {
    return this.embedKind === 'text' && this.curated() ? 'data' : this.embedKind;
  }

  private async save(kind: 'json' | 'svg' | 'png'): Promise<void> {
    const list = this.currentList();
    const stem = fileStem(list);
    try {
      if (kind === 'json') {
        download(new Blob([eventListJson(list)], { type: 'application/json' }), `${stem}.json`);
      } else {
        const svg = serializeTimelineSvg(this.timeline());
        if (kind === 'svg') download(new Blob([svg.svg], { type: 'image/svg+xml' }), `${stem}.svg`);
        else download(await svgToPng(svg), `${stem}.png`);
      }
      this.message = { kind: 'ok', message: `Saved ${stem}.${kind}.` };
    } catch (error) {
      this.message = {
        kind: 'error',
        message: `Could not export ${kind.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    this.requestUpdate();
  }

  private copy = async (event: Event): Promise<void> => {
    const field = (event.target as Element).closest('.embed')?.querySelector<HTMLTextAreaElement>('#embed-code');
    try {
      await navigator.clipboard.writeText(embedSnippet(this.currentList(), this.kind()));
      this.message = { kind: 'ok', message: 'Embed code copied.' };
    } catch {
      field?.select();
      this.message = { kind: 'info', message: 'Press Ctrl+C (⌘C) to copy the selected code.' };
    }
    this.requestUpdate();
  };

  /** @param disabled true while there is no article to export */
  template(disabled: boolean): TemplateResult {
    const kind = this.kind();
    const curated = this.curated();
    const note =
      EMBED_KINDS.find((entry) => entry.kind === kind)!.note +
      (curated ? ' The article text is not offered: it would be read again without your corrections.' : '');
    const showEmbed = this.embedOpen && !disabled;
    return html`
      <details
        class="export"
        ?open=${this.open}
        @toggle=${(event: Event) => (this.open = (event.target as HTMLDetailsElement).open)}
      >
        <summary class="export-heading">Export and embed</summary>
        <div class="export-buttons">
          <button type="button" class="button" ?disabled=${disabled} @click=${() => this.save('json')}>
            Events (JSON)
          </button>
          <button type="button" class="button" ?disabled=${disabled} @click=${() => this.save('svg')}>
            Image (SVG)
          </button>
          <button type="button" class="button" ?disabled=${disabled} @click=${() => this.save('png')}>
            Image (PNG)
          </button>
          <button
            type="button"
            class="button"
            aria-expanded=${this.embedOpen ? 'true' : 'false'}
            aria-controls="embed-panel"
            ?disabled=${disabled}
            @click=${() => {
              this.embedOpen = !this.embedOpen;
              this.requestUpdate();
            }}
          >
            Embed code
          </button>
        </div>
        ${
          this.message
            ? html`<p class="status status-${this.message.kind}" role="status">${this.message.message}</p>`
            : nothing
        }
        <div id="embed-panel" class="embed" ?hidden=${!showEmbed}>
          <div class="field">
            <label for="embed-kind">Embed with</label>
            <select
              id="embed-kind"
              .value=${live(kind)}
              @change=${(event: Event) => {
                this.embedKind = (event.target as HTMLSelectElement).value as EmbedKind;
                this.requestUpdate();
              }}
            >
              ${EMBED_KINDS.map(
                (entry) =>
                  html`<option
                    value=${entry.kind}
                    ?selected=${entry.kind === kind}
                    ?disabled=${curated && entry.kind === 'text'}
                  >
                    ${entry.label}
                  </option>`,
              )}
            </select>
            <p class="hint">${note}</p>
          </div>
          <label class="visually-hidden" for="embed-code">Embed code</label>
          <textarea
            id="embed-code"
            class="code"
            rows="8"
            readonly
            spellcheck="false"
            .value=${showEmbed ? embedSnippet(this.currentList(), kind) : ''}
          ></textarea>
          <button type="button" class="button" @click=${this.copy}>Copy embed code</button>
        </div>
      </details>
    `;
  }
}
