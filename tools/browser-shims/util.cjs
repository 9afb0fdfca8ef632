// The parts of Node's `util` that adaptive-expressions and antlr4ts use, from the browser's own; see build-local-page.mjs.
module.exports = { inspect: { custom: Symbol.for('nodejs.util.inspect.custom') }, TextEncoder, TextDecoder };
