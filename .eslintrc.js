// The lint profile (SPFx rules for src/, a Node profile for local/, tests/, bench/, tools/) and the layer table live in
// tools/lint/eslintConfig.js, so tests/lint/ can apply exactly the same rules to planted files.
const { eslintConfig } = require('./tools/lint/eslintConfig.js');

module.exports = eslintConfig(__dirname);
