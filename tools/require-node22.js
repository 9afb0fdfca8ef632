// Every npm script runs on the Node that the project pins (the `node` devDependency puts
// Node 22 first on npm's PATH). Stop early, and say why, if something else is running.
'use strict';
const major = Number(process.versions.node.split('.')[0]);
if (major !== 22) {
  console.error(
    `MR-programmet needs Node 22, but this is Node ${process.versions.node}.\n` +
      'Run the scripts through npm (npm start, npm test, npm run package), which use the Node 22 that\n' +
      '`npm ci` installs into node_modules, or switch to Node 22 yourself (`nvm use` reads .nvmrc).'
  );
  process.exit(1);
}
