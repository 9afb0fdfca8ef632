/**
 * WCAG 2.5.7 Dragging movements: the app has no drag interaction, so none needs a single-pointer alternative.
 * Should one be added, this test names it, and its alternative (buttons, a menu) must come with it; the
 * accessibility sweep checks in the browser that nothing on any view is draggable.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');
const DRAG = /\b(onDrag\w*|draggable|onPointerMove|onMouseMove|onTouchMove)\b|['"](dragstart|drag|drop|pointermove|mousemove|touchmove)['"]/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

test('no source file handles dragging', () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(50);
  const dragging = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => DRAG.test(line))
      .map(({ line, index }) => `${relative(SRC, file)}:${index + 1}: ${line.trim()}`)
  );
  expect(dragging).toEqual([]);
});
