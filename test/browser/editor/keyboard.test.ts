// Every action of <news-timeline-editor> from the keyboard alone (real key presses through the browser).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/news-timeline-editor.js';
import type { NewsTimelineEditorChangeEvent } from '../../../src/news-timeline-editor.js';
import { $, ARTICLE, article, focused, mountEditor, rowButton, rowLabels, settle } from './helpers.js';

/** A key, or a chord written "Control+Shift+KeyZ" (modifiers held down around the last key). */
async function press(keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!;
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}
const type = (text: string) => sendKeys({ type: text });

describe('news-timeline-editor: keyboard', () => {
  it('edit, re-date, change granularity and edges, hide, delete, restore, merge, add, undo and redo', async () => {
    const el = await mountEditor(article());
    const changes: string[] = [];
    el.addEventListener('news-timeline-editor-change', (e: NewsTimelineEditorChangeEvent) =>
      changes.push(e.detail.action),
    );
    const ids = () => el.value!.events.map((e) => e.id);
    const event = (id: string) => el.value!.events.find((e) => e.id === id)!;
    const settled = () => settle(el);

    // Open the first event's form: focus lands in its label field.
    rowButton(el, 'e1', 'Edit').focus();
    await press('Enter');
    await settled();
    expect(el.selected).to.equal('e1');
    expect(focused(el)?.id).to.equal('label-e1');
    await press('Control+KeyA');
    await type('Talks collapsed in Cairo');
    await press('Enter');
    await settled();
    expect(event('e1').label).to.equal('Talks collapsed in Cairo');
    expect(event('e1').provenance).to.deep.equal({ origin: 'edited', fields: ['label'] });

    // Re-date by a phrase: the preview says what it reads as before Enter applies it.
    await press('Tab');
    await press('Tab');
    expect(focused(el)?.id).to.equal('date-e1');
    await type('the Saturday before');
    await settled();
    expect($(el, '#preview-e1')!.textContent).to.contain('Saturday 15 October 2016');
    expect($(el, '#preview-e1')!.textContent).to.contain('2016-10-15 to 2016-10-16');
    await press('Enter');
    await settled();
    expect([event('e1').from, event('e1').to]).to.deep.equal(['2016-10-15', '2016-10-16']);

    // Granularity: a month, by the list's keys and its Apply button.
    while (focused(el)?.id !== 'granularity-e1') await press('Tab');
    await type('Mo');
    await press('Tab');
    await press('Enter');
    await settled();
    expect([event('e1').granularity, event('e1').from, event('e1').to]).to.deep.equal([
      'month',
      '2016-10-01',
      '2016-11-01',
    ]);

    // Edges: "Around (vague edges)".
    await press('Tab');
    expect(focused(el)?.id).to.equal('edges-e1');
    await type('Ar');
    await press('Tab');
    await press('Enter');
    await settled();
    expect(event('e1').mod).to.equal('APPROX');

    // Merge the Geneva meeting into this event.
    await press('Tab');
    expect(focused(el)?.id).to.equal('merge-e1');
    await press('ArrowDown');
    await press('Tab');
    await press('Enter');
    await settled();
    expect(ids()).not.to.include('e2');
    expect(event('e1').provenance!.merged).to.deep.equal(['e2']);
    // … and split it out again with its own button.
    while (focused(el)?.textContent?.trim() !== 'Split out') await press('Tab');
    await press('Enter');
    await settled();
    expect(ids()).to.include('e2');

    // Escape closes the form; focus returns to its Edit button.
    await press('Escape');
    await settled();
    expect(el.selected).to.equal(null);
    expect(focused(el)?.id).to.equal('edit-e1');

    // Hide, then delete, then restore: buttons of the row, by Tab and Space/Enter.
    await press('Tab');
    expect(focused(el)?.id).to.equal('hide-e1');
    await press('Space');
    await settled();
    expect(ids()).not.to.include('e1');
    expect(focused(el)?.textContent?.trim()).to.equal('Show');
    await press('Tab');
    await press('Enter'); // Delete
    await settled();
    expect(focused(el)?.id, 'focus moves to the next row').to.equal('edit-e2');
    expect($(el, '[part="deleted"]')!.textContent).to.contain('Talks collapsed in Cairo');
    // Undo with the keyboard shortcut (outside text fields), then redo.
    await press('Control+KeyZ');
    await settled();
    expect(rowLabels(el)[0]).to.equal('Talks collapsed in Cairo');
    await press('Control+Shift+KeyZ');
    await settled();
    expect($(el, '[part="deleted"]')).to.exist;
    // Restore from the deleted list.
    while (focused(el)?.textContent?.trim() !== 'Restore') await press('Tab');
    await press('Enter');
    await settled();
    expect(ids()).to.include('e1');

    // Add an event: select words in the article with Shift+arrows, then the button.
    const area = $<HTMLTextAreaElement>(el, '#article-text')!;
    area.focus();
    // the text area takes the caret and selections, not changes
    area.setSelectionRange(0, 0);
    await type('xyz');
    await press('Delete');
    await press('Control+KeyX');
    expect(area.value).to.equal(ARTICLE);
    const at = ARTICLE.indexOf('Rebels');
    area.setSelectionRange(at, at); // the caret, where a reader would click or arrow to
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 'Rebels shelled the northern city of Aleppo'.length; i++)
      await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await press('Tab');
    expect(focused(el)?.id).to.equal('add-selection');
    await press('Enter');
    await settled();
    expect(
      $(el, '[part="notice"]')?.textContent ?? '',
      `selection ${area.selectionStart}-${area.selectionEnd}`,
    ).to.equal('');
    expect(focused(el)?.id).to.equal('add-label');
    expect((focused(el) as HTMLInputElement).value).to.equal('Rebels shelled the northern city of Aleppo');
    await press('Tab');
    await type('Sunday');
    await settled();
    expect($(el, '#add-preview')!.textContent).to.contain('Sunday 16 October 2016');
    await press('Enter');
    await settled();
    expect(event('a1').label).to.equal('Rebels shelled the northern city of Aleppo');
    expect(event('a1').provenance).to.deep.equal({ origin: 'added' });
    expect(focused(el)?.id).to.equal('edit-a1');

    // Undo every step back to the extraction, from the Undo button.
    const undo = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Undo')!;
    undo.focus();
    while (!undo.disabled) {
      await press('Enter');
      await settled();
    }
    expect(el.value!.events.map((e) => e.provenance)).to.deep.equal(
      el.value!.events.map(() => ({ origin: 'extracted' })),
    );
    expect(changes.length).to.be.greaterThan(12);
  });
});
