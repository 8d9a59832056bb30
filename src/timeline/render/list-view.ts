/** The same events as a table, for readers who prefer it; paged so the DOM stays small. */
import { html, type TemplateResult } from 'lit';
import type { PreparedEvent } from '../layout/prepare.js';
import { LIST_PAGE_SIZE } from '../metrics.js';

export { LIST_PAGE_SIZE } from '../metrics.js';

export interface ListViewState {
  events: PreparedEvent[];
  page: number;
  selectedIndex: number | null;
  describe: (event: PreparedEvent) => string;
  phrase: (event: PreparedEvent) => string;
  /** In a story: the letters of the articles that report an event ("A, C"), a column of their own. */
  sources?: (event: PreparedEvent) => string;
  onSelect: (event: PreparedEvent) => void;
  onPage: (page: number) => void;
  /** The row under the pointer or with focus in it (null when it leaves). */
  onHover: (event: PreparedEvent | null) => void;
}

export function renderListView(state: ListViewState): TemplateResult {
  const total = state.events.length;
  const pages = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  const page = Math.min(Math.max(state.page, 0), pages - 1);
  const first = page * LIST_PAGE_SIZE;
  const rows = state.events.slice(first, first + LIST_PAGE_SIZE);
  const pager =
    pages > 1
      ? html`<div class="pager">
          <button type="button" ?disabled=${page === 0} @click=${() => state.onPage(page - 1)}>Previous</button>
          <span>${first + 1}–${first + rows.length} of ${total}</span>
          <button type="button" ?disabled=${page === pages - 1} @click=${() => state.onPage(page + 1)}>Next</button>
        </div>`
      : '';
  return html`<div class="list" part="list">
    <table>
      <caption>
        Events in time order (${total})
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Phrase in the article</th>
          ${state.sources ? html`<th scope="col">Articles</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (e) =>
            html`<tr
              aria-current=${state.selectedIndex === e.index ? 'true' : 'false'}
              data-event-id=${e.event.id}
              @pointerenter=${() => state.onHover(e)}
              @pointerleave=${() => state.onHover(null)}
              @focusin=${() => state.onHover(e)}
              @focusout=${() => state.onHover(null)}
            >
              <td>${state.describe(e)}</td>
              <td><button type="button" @click=${() => state.onSelect(e)}>${e.event.label}</button></td>
              <td>${state.phrase(e)}</td>
              ${state.sources ? html`<td>${state.sources(e)}</td>` : ''}
            </tr>`,
        )}
      </tbody>
    </table>
    ${pager}
  </div>`;
}
