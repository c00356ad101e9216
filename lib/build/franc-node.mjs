// `node --import ./lib/build/franc-node.mjs …` (or `tsx --import …`): the engine's franc models, as in the extension.
import { register } from 'node:module';

register('./franc-node-hook.mjs', import.meta.url);
