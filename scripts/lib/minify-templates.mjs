// A rollup plugin that minifies the static text of lit's `css`, `html` and `svg` templates in src/ (terser
// leaves template strings as written: indentation, comments and newlines). Conservative, so that what
// renders cannot change:
// - css: comments go, white space folds to one space and goes next to `{ } ; ,` and after `:` and `>`
//   (never before `:`, which would join a descendant combinator to a pseudo-class).
// - html/svg: a run of white space holding a line break becomes one space (HTML folds such runs to one
//   space anyway; the element's styles use no `white-space: pre`).
// Only the quasis (text between `${}`) change; expressions are left alone.
import MagicString from 'magic-string';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/([:>])\s+/g, '$1')
    .replace(/\s+>/g, '>')
    .replace(/;}/g, '}');
}

export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** @param include which module ids to minify (the element's sources; the demo keeps its own). */
export function minifyTemplates(include = /[\\/]src[\\/].*\.ts$/) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const magic = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = MINIFIERS[node.tag.name];
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) {
            if (small) magic.overwrite(quasi.start, quasi.end, small);
            else magic.remove(quasi.start, quasi.end);
          }
        }
      });
      return magic.hasChanged() ? { code: magic.toString(), map: magic.generateMap({ hires: true }) } : null;
    },
  };
}
