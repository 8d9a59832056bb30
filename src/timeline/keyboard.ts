/**
 * The chart's keys (WAI-ARIA listbox pattern plus zoom), as actions: the element decides what each does
 * with its state. One tab stop; arrows move in time order; Home/End; Enter/Space select; Escape clears;
 * `+`/`-`/`0` zoom and fit; PageUp/PageDown pan by most of a view.
 */
export type KeyAction =
  | { kind: 'move'; by: -1 | 1 }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'pan'; views: number }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' };

export function keyAction(key: string, zoomStep: number): KeyAction | null {
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
      return { kind: 'zoom', factor: zoomStep };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / zoomStep };
    case '0':
      return { kind: 'fit' };
    default:
      return null;
  }
}
