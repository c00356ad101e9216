/** The engine's public surface. */
export { lint, compilePack } from './lint';
export { countLix, lixFromCounts } from './readability';
export { parsePersonnummer, luhnValid } from './swedish/personnummer';
export { buildTextModel } from './text/model';
export * from './types';
