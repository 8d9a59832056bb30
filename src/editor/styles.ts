/**
 * Styles of `<news-timeline-editor>`, on the theme it shares with `<news-timeline>` (theme.ts).
 */
import { css } from 'lit';
import { themeStyles } from '../timeline/theme.js';

export const editorStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      line-height: 1.45;
    }
    h3 {
      font-size: 1em;
      margin: 16px 0 6px;
    }
    h3:focus {
      outline: none;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }
    button {
      background: transparent;
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      padding: 3px 10px;
      min-height: 30px;
      cursor: pointer;
      white-space: nowrap;
    }
    button:hover:not(:disabled) {
      border-color: var(--_muted);
    }
    button.primary {
      background: var(--_event);
      border-color: var(--_event);
      color: var(--_bg);
      font-weight: 600;
    }
    button.danger {
      color: var(--_published);
    }
    button:disabled {
      opacity: 0.55;
      cursor: default;
    }
    input,
    select,
    textarea {
      background: var(--_bg);
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      padding: 4px 8px;
      min-height: 30px;
      min-width: 0;
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--_grid);
    }
    .status {
      flex: 1 1 12em;
      color: var(--_muted);
    }
    .notice {
      margin: 8px 0;
      padding: 8px 10px;
      border-left: 3px solid var(--_published);
      background: color-mix(in srgb, var(--_published) 8%, transparent);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .notice ul {
      margin: 4px 0;
      padding-left: 1.2em;
    }
    .notice p {
      margin: 0;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    ol.events,
    ul.deleted-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li.event {
      border-bottom: 1px solid var(--_grid);
      padding: 6px 0;
    }
    li.event.hidden {
      padding-left: 8px;
      border-left: 3px dashed var(--_grid);
    }
    li.event.hidden .label {
      font-weight: 400;
      font-style: italic;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 6px 12px;
    }
    .summary {
      flex: 1 1 16em;
      min-width: 0;
    }
    .label {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .when {
      display: block;
      color: var(--_muted);
    }
    .badge {
      display: inline-block;
      margin-left: 6px;
      padding: 0 6px;
      border-radius: 999px;
      border: 1px solid var(--_grid);
      color: var(--_muted);
      font-size: 0.9em;
      font-weight: 400;
    }
    .badge.edited,
    .badge.added {
      border-color: var(--_event);
      color: var(--_event);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    /* One grid for the whole form (its <form>s are display: contents), so that every field lines up. */
    .form {
      margin: 8px 0 4px;
      padding: 10px 12px;
      border: 1px solid var(--_grid);
      border-radius: var(--_radius);
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr) max-content;
      align-items: center;
      gap: 8px 10px;
    }
    .form form {
      display: contents;
    }
    .form > :not(form, label, input, select, button, .preview, .cell) {
      grid-column: 1 / -1;
    }
    .form label,
    .form .cell-label {
      font-weight: 600;
    }
    .form h3 {
      margin: 0;
    }
    .form .done {
      grid-column: 1 / 2;
    }
    .preview {
      grid-column: 2 / 4;
      margin-top: -4px;
      color: var(--_muted);
      min-height: 1.45em;
    }
    .preview.bad {
      color: var(--_published);
    }
    .preview dl {
      margin: 0;
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0 8px;
    }
    .preview dt {
      font-weight: 600;
    }
    .preview dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .form .merges {
      grid-column: 2 / -1;
      margin: 0;
      padding-left: 1.2em;
    }
    .form .actions.cell {
      grid-column: 2 / -1;
    }
    .merges li {
      margin: 2px 0;
    }
    .original {
      margin: 0;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    .done {
      justify-self: start;
    }
    .deleted-list li {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 4px 0;
    }
    .deleted-list .label {
      flex: 1 1 auto;
      font-weight: 400;
      text-decoration: line-through;
      color: var(--_muted);
    }
    textarea {
      display: block;
      width: 100%;
      resize: vertical;
      line-height: 1.5;
      white-space: pre-wrap;
    }
    .article-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 6px 0;
    }
    .hint {
      color: var(--_muted);
      margin: 4px 0;
    }
    blockquote {
      margin: 0;
      padding-left: 10px;
      border-left: 3px solid var(--_grid);
      overflow-wrap: anywhere;
    }
    mark {
      background: var(--_mark);
      color: inherit;
    }
    .state {
      color: var(--_muted);
      padding: 12px 0;
    }
    .state.error {
      color: var(--_published);
    }
    /* A phone: one column, each field the full width with its button below it. */
    @media (max-width: 480px) {
      .form {
        grid-template-columns: minmax(0, 1fr);
        gap: 6px;
      }
      .form > *,
      .form form > * {
        grid-column: 1 / -1;
      }
      .form button {
        justify-self: start;
      }
      .form label,
      .form .cell-label {
        margin-top: 6px;
      }
      .form span.cell:empty {
        display: none;
      }
      .preview {
        margin-top: 0;
      }
    }
  `,
];
