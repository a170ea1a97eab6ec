// Verb forms of reported speech. Konjunktiv I differs from the indicative in
// the third person ("er sei", "sie habe", "es gebe"); Konjunktiv II stands in
// where Konjunktiv I looks like the indicative ("sie hätten", "sie würden").
// `irregular`: spelled out. `regularStems`: verbs whose 3rd person singular
// Konjunktiv I is stem+e ("stehe", "liege"), generated with their plural stem+en
// only where the plural is marked by context (not generated: it equals the indicative).
export default {
  irregular: [
    'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'dürfe', 'solle', 'wolle', 'möge', 'wisse'
  ],
  /** Konjunktiv II: reported speech only where it continues a report (else a hypothetical). */
  second: [
    'hätte', 'hätten', 'würde', 'würden', 'wäre', 'wären', 'könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften', 'gäbe', 'käme', 'kämen', 'ginge', 'stünde', 'stünden', 'bräuchte', 'bräuchten', 'wüsste', 'wüssten', 'ließe', 'hielte', 'sähe', 'läge', 'lägen', 'fände', 'bliebe', 'bekäme', 'täte', 'gälte',
    'befände', 'befänden', 'brächte', 'brächten', 'gingen', 'hieße', 'sollten', 'gäben', 'entstünde', 'verlöre', 'verlören'
  ],
  regularStems: [
    'geb', 'steh', 'lieg', 'geh', 'komm', 'bleib', 'brauch', 'fehl', 'gelt', 'halt', 'lass', 'seh', 'find', 'heiß', 'bring', 'denk', 'glaub', 'hoff', 'wünsch', 'plan', 'arbeit', 'bemüh', 'bestreit', 'biet', 'droh', 'erwart', 'führ', 'gehör', 'handl', 'lauf', 'leb', 'leid', 'mach', 'nehm', 'nutz', 'prüf', 'reich', 'sag', 'schein', 'sprech', 'stell', 'such', 'treff', 'unterstütz', 'verfüg', 'verhandl', 'verlang', 'versuch', 'wart', 'wirk', 'zähl', 'zieh', 'befind', 'beteilig', 'entscheid', 'entsprech', 'erfolg', 'existier', 'ermöglich', 'fordr', 'gewinn', 'herrsch', 'kenn', 'kost', 'lehn', 'leist', 'lös', 'richt', 'schaff', 'schütz', 'sorg', 'spiel', 'steig', 'sterb', 'trag', 'trag', 'verletz', 'verlier', 'vertret', 'wachs', 'wiss', 'zeig', 'zwing', 'bestätig', 'erhalt', 'erklär', 'betrag', 'bedeut', 'beginn', 'beend', 'besitz', 'betreff', 'dien', 'folg', 'fürcht', 'passier', 'stamm', 'stimm', 'trau', 'treib', 'verfolg', 'vorbereit', 'zahl',
    'rat', 'ruh', 'beschränk', 'betreib', 'entwickl', 'verstoß', 'beruh', 'besteh', 'entsteh', 'verhinder', 'bedroh', 'empfehl', 'fühl',
    'wohn', 'verdien', 'versteh', 'bewert', 'benötig', 'bekomm', 'erreich', 'stütz', 'ermittl', 'reagier', 'informier',
    'akzeptier', 'rechn', 'häng', 'geling', 'schließ', 'übernehm', 'umfass', 'veränder', 'freu', 'wehr', 'kehr', 'setz', 'leg', 'wend'
  ],
  /** Endings that mark a Konjunktiv I of every verb that has them: the verbs in -ieren ("funktioniere", "akzeptiere"). */
  suffixes: ['iere'],
  /** Words with such an ending that are no verb ("die schiere Größe"). */
  suffixExceptions: ['schiere'],
  /** Modal verbs of hearsay without a cue ("Er soll … haben", "Sie müssen …"): FreeIndirect. */
  hearsay: ['soll', 'sollen', 'will', 'wollen'],
  /** Forms of Konjunktiv II the narrator uses for what may be ("könnte", "müsste"), and "gingen", the simple past as well. */
  narratorModals: ['könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften', 'sollten', 'wollten', 'gingen'],
  /** Words of a condition: a Konjunktiv II in their sentence is hypothetical ("wenn", "falls", "im Falle"). */
  conditions: ['wenn', 'Wenn', 'falls', 'Falls', 'sofern', 'Falle'],
};
