/**
 * Keyboard navigation of the chart, in one place: the WAI-ARIA listbox pattern (one tab stop,
 * `aria-activedescendant`) plus zoom, story steps and help. Arrows move the active event in time order
 * and pan to keep it in view; Home/End; Enter/Space select; Escape clears (or closes the help); N/P
 * step through the story; `+`/`-`/`0` zoom and fit; PageUp/PageDown pan by most of a view; `?` shows
 * the keys.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FrameLayout } from './layout/frame.js';
import type { PreparedTimeline } from './layout/prepare.js';
import { ZOOM_STEP } from './metrics.js';
import type { HoverController } from './hover-controller.js';
import type { SelectionController } from './selection-controller.js';
import type { ZoomController } from './zoom-controller.js';

export type KeyAction =
  | { kind: 'move'; by: -1 | 1 }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'pan'; views: number }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'step'; by: -1 | 1 }
  | { kind: 'help' };

export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'PageUp':
      return { kind: 'pan', views: 0.8 };
    case 'PageDown':
      return { kind: 'pan', views: -0.8 };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'Escape':
      return { kind: 'clear' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'fit' };
    case 'n':
    case 'N':
      return { kind: 'step', by: 1 };
    case 'p':
    case 'P':
      return { kind: 'step', by: -1 };
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}

export interface KeyboardContext {
  model: () => PreparedTimeline | null;
  frame: () => FrameLayout | null;
  width: () => number;
  selection: SelectionController;
  zoom: ZoomController;
  hover: HoverController;
}

export class KeyboardController {
  #active: number | null = null;
  #helpOpen = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: KeyboardContext,
  ) {}

  /** The event the keyboard is on (the listbox's active descendant), or null. */
  get active(): number | null {
    return this.#active;
  }

  set active(index: number | null) {
    if (index === this.#active) return;
    this.#active = index;
    this.host.requestUpdate();
  }

  get helpOpen(): boolean {
    return this.#helpOpen;
  }

  toggleHelp(open = !this.#helpOpen): void {
    if (open === this.#helpOpen) return;
    this.#helpOpen = open;
    this.host.requestUpdate();
  }

  /** Forgets an active event the model no longer has. */
  update(model: PreparedTimeline | null): void {
    if (this.#active !== null && (!model || this.#active >= model.events.length)) this.#active = null;
  }

  /** Screen x to zoom around: the active event's mark when it is in view, else the middle. */
  focusX(): number {
    const width = this.context.width();
    const mark = this.context.frame()?.marks.find((m) => m.type === 'event' && m.event.index === this.#active);
    return mark && mark.cx >= 0 && mark.cx <= width ? mark.cx : width / 2;
  }

  /** Zooms by `factor` around the active event (or the middle). */
  zoomBy(factor: number, duration = 0): void {
    this.context.zoom.scaleBy(factor, this.focusX(), duration);
    this.context.zoom.markUsed();
  }

  /** Moves the active event to `to` (clamped) and pans it into view. */
  move(to: number): void {
    const model = this.context.model();
    if (!model?.events.length) return;
    const index = Math.min(Math.max(to, 0), model.events.length - 1);
    this.active = index;
    const e = model.events[index];
    this.context.zoom.reveal(e.start, e.end);
  }

  /** Where the keyboard starts: the active event, else the selected one, else the first in view. */
  #startIndex(): number {
    if (this.#active !== null) return this.#active;
    const selected = this.context.selection.index;
    if (selected !== null) return selected;
    const firstVisible = this.context.frame()?.marks.find((m) => m.cx >= 0 || m.x1 >= 0);
    if (firstVisible) return firstVisible.type === 'event' ? firstVisible.event.index : firstVisible.members[0].index;
    return 0;
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    // Keys of the chart itself, not of a control inside the element that bubbled here.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const model = this.context.model();
    const action = keyAction(event.key);
    const { selection, zoom } = this.context;
    if (!model || !action) return;
    if (action.kind === 'clear' && selection.index === null && !this.#helpOpen) return;
    const current = this.#active ?? this.#startIndex();
    switch (action.kind) {
      case 'move':
        // The first arrow press lands on the start event itself.
        this.move(this.#active === null ? current : current + action.by);
        break;
      case 'first':
        this.move(0);
        break;
      case 'last':
        this.move(model.events.length - 1);
        break;
      case 'pan':
        zoom.panBy(action.views * this.context.width());
        zoom.markUsed();
        break;
      case 'select':
        selection.select(current);
        break;
      case 'clear':
        if (this.#helpOpen) this.toggleHelp(false);
        else selection.select(null);
        break;
      case 'zoom':
        this.zoomBy(action.factor);
        break;
      case 'fit':
        zoom.fit();
        zoom.markUsed();
        break;
      case 'step':
        selection.step(action.by);
        break;
      case 'help':
        this.toggleHelp();
        break;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  readonly onFocus = (): void => {
    this.context.hover.setChartFocused(true);
    const model = this.context.model();
    if (this.#active === null && model?.events.length) this.active = this.#startIndex();
  };

  readonly onBlur = (): void => this.context.hover.setChartFocused(false);
}
