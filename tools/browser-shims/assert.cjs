// Node's `assert(value)` for the browser, as adaptive-expressions' parser (antlr4ts) calls it; see build-local-page.mjs.
module.exports = function assert(value, message) {
  if (!value) throw new Error(message || 'Assertion failed');
};
