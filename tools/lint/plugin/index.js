// MR-programmet's own ESLint rules, installed as the file dependency `eslint-plugin-mr`.
'use strict';

module.exports = {
  rules: {
    'no-type-import-cycle': require('./noTypeImportCycle')
  }
};
