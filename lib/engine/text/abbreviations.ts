/**
 * Swedish abbreviations that end in a full stop without ending the sentence
 * (Myndigheternas skrivregler, 12.2 "Förkortningar"; Svenska skrivregler). Lower case, with the stop.
 */
export const SWEDISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  't.ex.', 'bl.a.', 'dvs.', 'd.v.s.', 'm.m.', 'mm.', 'osv.', 'o.s.v.', 'ca.', 'c:a.', 'kl.', 'nr.',
  's.k.', 'fr.o.m.', 't.o.m.', 'p.g.a.', 'pga.', 'f.d.', 'fd.', 'jfr.', 'resp.', 'st.', 'tel.',
  'm.fl.', 'mfl.', 'o.d.', 'e.d.', 'ang.', 'inkl.', 'exkl.', 'obs.', 'ev.', 'etc.', 'etc', 'enl.',
  'f.n.', 'fn.', 'i.o.m.', 'iom.', 'o.dyl.', 'o.likn.', 'sek.', 'kr.', 'forts.', 'avd.', 'tfn.',
  'mob.', 'ff.', 'kap.', 'prop.', 'sfs.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.',
  'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.', 'mån.', 'tis.', 'ons.', 'tors.', 'fre.', 'lör.',
  'sön.', 'vard.', 'adr.', 'box.', 'ung.', 'omkr.', 'dr.', 'prof.', 'vs.', 'e.kr.', 'f.kr.',
  'bet.', 'tf.', 't.f.', 'nuv.',
]);
