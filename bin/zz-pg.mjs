import { loadCli } from './zz-load-cli.mjs';

const argv = process.argv.slice(2);
const { exports, save } = loadCli(new URL('../dist/cli.cjs', import.meta.url).pathname, argv);
await exports.run(argv);
save();
