import { buildTextModel } from '../lib/engine/text/model';
import { findAddressee } from '../lib/engine/swedish/addressee';
import { builtinPack } from '../lib/packs/builtin';
const pack = builtinPack('falun');
const m = buildTextModel(process.argv[2]!);
console.log(findAddressee(m, new Set(pack.names)));
