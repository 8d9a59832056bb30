import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';

// Tests run from the project root (build/ holds no copy of scripts/).
const { minifyCss, minifyHtml } = (await import(pathToFileURL('scripts/lib/minify-templates.mjs').href)) as {
  minifyCss(css: string): string;
  minifyHtml(html: string): string;
};

// The bundles' template minifier (scripts/lib/minify-templates.mjs) may only remove what cannot render.
test('css: comments and spaces go; descendant pseudo-classes, calc() and strings stay as they were', () => {
  const css = `
  /* a comment */
  :host([hidden]) {
    display: none;
  }
  .chart :focus-visible,
  .details .head > div {
    width: calc(100% - 2px);
    font-family: 'Segoe UI', sans-serif;
  }`;
  assert.equal(
    minifyCss(css),
    " :host([hidden]){display:none}.chart :focus-visible,.details .head>div{width:calc(100% - 2px);font-family:'Segoe UI',sans-serif}",
  );
});

test('html: a run of white space with a line break becomes one space; spaces within a line stay', () => {
  assert.equal(minifyHtml('<p>\n    <b>a</b> <i>b</i>\n  </p>'), '<p> <b>a</b> <i>b</i> </p>');
  assert.equal(minifyHtml('<text x="1">  two  spaces</text>'), '<text x="1">  two  spaces</text>');
});
