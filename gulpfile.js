'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// `gulp bundle --ship --stats`: also writes webpack's stats (modules, chunks, what imported what) to
// temp/webpack-stats.json, to see what the bundles carry. Off by default: the stats are slow to build.
if (process.argv.includes('--stats')) {
  build.configureWebpack.mergeConfig({
    additionalConfiguration: (config) => {
      config.plugins.push({
        apply(compiler) {
          compiler.hooks.done.tap('MrWebpackStats', (stats) => {
            const path = require('path');
            const fs = require('fs');
            const file = path.join(__dirname, 'temp', 'webpack-stats.json');
            fs.mkdirSync(path.dirname(file), { recursive: true });
            const json = stats.toJson({ all: false, assets: true, chunks: true, chunkModules: true, modules: true, nestedModules: true, reasons: true, ids: true, optimizationBailout: true, usedExports: true, providedExports: true });
            fs.writeFileSync(file, JSON.stringify(json));
          });
        }
      });
      return config;
    }
  });
}

build.initialize(require('gulp'));
