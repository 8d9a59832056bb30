/** Styles of the panels the reader opens (the keys, the list view): adopted when the panels chunk loads. */
import { css } from 'lit';

export const panelStyles = css`
  /* Keys */
  .help {
    margin-top: 4px;
    padding: 8px 12px;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
  }
  .help .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  .help .title {
    margin: 0;
    font-weight: 600;
  }
  .help dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: 2px 16px;
    margin: 6px 0 0;
  }
  .help dl div {
    display: flex;
    gap: 8px;
  }
  .help dt {
    min-width: 7em;
    font-weight: 600;
    white-space: nowrap;
  }
  .help dd {
    margin: 0;
    color: var(--_muted);
  }
  /* List view */
  .list {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    padding: 4px 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 6px 8px;
    border-bottom: 1px solid var(--_grid);
  }
  th {
    font-weight: 600;
  }
  tr[aria-current='true'] td {
    background: color-mix(in srgb, var(--_selected) 14%, transparent);
  }
  td button {
    border: none;
    padding: 0;
    min-height: 0;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .pager {
    display: flex;
    gap: 8px;
    align-items: center;
    padding: 6px 0;
  }
`;
