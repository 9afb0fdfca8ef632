// import/no-cycle follows only imports that run, by design. This rule follows the rest: a type-only import
// (`import type`, `export type … from`) whose module leads back, through any imports, to the importing file. Such a
// cycle costs nothing at run time, but it still ties two modules into one, so that neither can move alone.
'use strict';
const fs = require('fs');
const path = require('path');

const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs'];
// Relative module specifiers in import/export declarations and dynamic import(); packages are never in our cycles.
const SPECIFIER =
  /(?:^|[;}\s])(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Source text without comments, so that commented-out imports do not count (`://` in strings is kept). */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"])\/\/.*$/gm, '$1');
}

function resolveFile(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const stem = /\.(js|mjs)$/.test(base) ? base.replace(/\.(js|mjs)$/, '') : base;
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => stem + ext)];
  candidates.push(...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)));
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

const importsByFile = new Map();

/** The files a file imports (relative imports only), read once per modification. */
function importsOf(file) {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = importsByFile.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.targets;
  const text = withoutComments(fs.readFileSync(file, 'utf8'));
  const targets = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const target = resolveFile(file, match[1] || match[2]);
    if (target && !targets.includes(target)) targets.push(target);
  }
  importsByFile.set(file, { mtimeMs, targets });
  return targets;
}

/** The shortest import path from `start` back to `goal`, or undefined when there is none. */
function pathBack(start, goal) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === goal) {
        const chain = [file];
        for (let step = cameFrom.get(file); step !== undefined; step = cameFrom.get(step)) chain.unshift(step);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

function isTypeOnly(node) {
  if (node.type === 'ImportDeclaration') {
    return node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
  }
  return node.exportKind === 'type';
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles that pass through a type-only import (import/no-cycle covers the rest).' },
    schema: [],
    messages: { cycle: 'Dependency cycle through a type-only import: {{chain}}.' }
  },
  create(context) {
    const file = context.getFilename();
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string' || !node.source.value.startsWith('.') || !isTypeOnly(node)) return;
      const target = resolveFile(file, node.source.value);
      if (!target) return;
      const chain = target === file ? [] : pathBack(target, file);
      if (!chain) return;
      const names = [file, ...(target === file ? [] : chain), file].map((f) => path.relative(process.cwd(), f));
      context.report({ node, messageId: 'cycle', data: { chain: names.join(' → ') } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  }
};
