// Node's `os.EOL`, the one part of `os` adaptive-expressions uses (its eol() function); see build-local-page.mjs.
module.exports = { EOL: '\n' };
