// Closed word classes the rules need: determiners, pronouns, and the adverbs
// that stand between a cue verb and its subject ("sagte dazu auch Trump").
export default {
  determiners: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren', 'dessen', 'deren', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'zwei', 'drei', 'mehrere', 'viele', 'einige', 'beide', 'beiden'],
  personalPronouns: ['er', 'sie', 'Er', 'Sie'],
  pluralPronouns: ['wir', 'Wir'],
  /** Demonstratives standing alone for the person last named: "sagte dieser", "so letztere". */
  demonstratives: ['dieser', 'Dieser', 'diese', 'Diese', 'letzterer', 'Letzterer', 'letztere', 'Letztere'],
  skipAdverbs: ['auch', 'jedoch', 'dazu', 'zudem', 'weiter', 'später', 'bereits', 'nun', 'damals', 'noch', 'dann', 'außerdem', 'aber', 'allerdings', 'hingegen', 'indes', 'gestern', 'heute', 'am', 'im', 'zuletzt', 'erneut', 'schon', 'ebenfalls', 'daraufhin', 'kürzlich', 'ferner', 'sogar', 'einmal', 'sinngemäß', 'wörtlich', 'laut', 'demnach', 'dabei', 'darin', 'deshalb', 'daher', 'so', 'ausdrücklich', 'mehrfach', 'wiederholt', 'offen', 'öffentlich', 'vor', 'bei', 'in', 'gegenüber', 'dem', 'der', 'den', 'einem', 'einer'],
  /** Words that open a clause without being its subject: after them the subject follows the verb ("Dazu sagte Trump"). */
  fronted: ['als', 'in', 'im', 'über', 'zur', 'zum', 'bereits', 'dazu', 'so', 'nach', 'auf', 'mit', 'vor', 'bei', 'beim', 'am', 'vom', 'gegenüber', 'laut', 'zudem', 'auch', 'dabei', 'später', 'damals', 'heute', 'gestern', 'außerdem', 'allerdings', 'jedoch', 'dennoch', 'trotzdem', 'daher', 'deshalb', 'deswegen', 'seitdem', 'seit', 'wegen', 'trotz', 'unter', 'für', 'gegen', 'an', 'aus', 'durch', 'um', 'von', 'zu', 'ohne', 'neben', 'zwischen', 'hinter', 'ab', 'bis', 'hier', 'dort', 'dann', 'nun', 'jetzt', 'schon', 'noch', 'zuvor', 'zuletzt', 'erst', 'zunächst', 'anschließend', 'darauf', 'daraufhin', 'demnach', 'ebenfalls', 'ebenso', 'wörtlich', 'konkret', 'weiter', 'ferner', 'insgesamt', 'schließlich', 'letztlich', 'immerhin', 'zwar', 'doch', 'aber', 'denn', 'mittlerweile', 'inzwischen', 'unterdessen', 'indes', 'kurz', 'trotz', 'angesichts', 'morgen', 'ende', 'anfang', 'mitte', 'einmal', 'vielmehr', 'stattdessen', 'zugleich', 'gleichzeitig', 'darüber', 'hierzu', 'hierbei', 'damit', 'dafür', 'dagegen', 'davor', 'danach', 'darin', 'besonders', 'vor allem', 'gerade', 'ausdrücklich', 'wiederholt', 'mehrfach', 'offen', 'öffentlich', 'deutlich', 'klar'],
  /** Focus particles: before the verb they stand with the subject ("Auch die Ministerin äußerte …"). */
  focusParticles: ['auch', 'selbst', 'sogar', 'nur', 'gerade', 'ausgerechnet', 'insbesondere', 'besonders', 'ebenfalls', 'allein'],
  /** Determiners that never open a subject: after them comes an object ("sagte dem Sender CNN …"). */
  obliqueDeterminers: ['dem', 'den', 'des', 'einem', 'einen', 'eines', 'seinem', 'seinen', 'seines', 'ihrem', 'ihren', 'ihres', 'diesem', 'diesen', 'jenem', 'jenen', 'unserem', 'unseren'],
  /** Prepositions: the noun after them is no subject ("sagte vor Journalisten Trump"). */
  prepositions: ['mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'beim', 'in', 'im', 'am', 'an', 'ans', 'auf', 'aus', 'für', 'über', 'nach', 'vor', 'gegen', 'gegenüber', 'unter', 'durch', 'um', 'ohne', 'seit', 'wegen', 'trotz', 'zwischen', 'hinter', 'neben', 'laut', 'angesichts', 'während', 'ins', 'aufgrund', 'bezüglich', 'innerhalb', 'außerhalb', 'per'],
  /** Finite auxiliaries and modals: after a fronted phrase the subject follows them ("Am Montag hat der Minister erklärt"). */
  auxiliaries: ['hat', 'hatte', 'haben', 'hatten', 'habe', 'ist', 'war', 'sind', 'waren', 'wird', 'wurde', 'werden', 'wurden', 'sei', 'seien', 'hätte', 'hätten', 'würde', 'würden', 'kann', 'konnte', 'können', 'konnten', 'will', 'wollte', 'wollen', 'wollten', 'soll', 'sollte', 'sollen', 'sollten', 'muss', 'musste', 'müssen', 'mussten', 'darf', 'durfte', 'möchte'],
  /** Auxiliaries of the passive: "wurde … beschuldigt", "war … zurückgewiesen worden". */
  /** Cue verbs whose accusative object, the one addressed, stands right after them: "Die Stiftung bat die Regierung, …". */
  addressVerbs: ['bittet', 'bat', 'baten', 'bitten', 'fordert', 'forderte', 'forderten', 'drängt', 'drängte', 'drängten', 'ermahnt', 'ermahnte', 'ermahnten', 'beschwört', 'beschwor', 'beschworen', 'ersucht', 'ersuchte', 'ersuchten'],
  passiveAuxiliaries: ['wurde', 'wurden', 'worden', 'wird', 'werden'],
  /** Pronouns that open a relative clause after a comma ("die Marke, die Schröder zum Ziel erklärt hatte"). */
  relativePronouns: ['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'denen', 'welcher', 'welche', 'welches', 'welchem', 'welchen'],
  /** Those of them that can be a clause's subject ("ein Kommentar, der … bezeichnet"). */
  subjectRelatives: ['der', 'die', 'das', 'welcher', 'welche', 'welches'],
  /** Possessives that stand for a speaker before "Ansicht nach", "Meinung nach". */
  possessives: ['seiner', 'Seiner', 'ihrer', 'Ihrer', 'seinen', 'Seinen', 'ihren', 'Ihren', 'deren', 'dessen'],
  /** Possessives of a genitive that names a source without an article: "nach Angaben seines Anwalts". */
  genitivePossessives: ['seines', 'ihres', 'seiner', 'ihrer', 'unseres', 'unserer', 'dessen', 'deren'],
  /** Academic titles inside a name: "Prof. Dr. Eva M. Vogt". */
  academicTitles: ['Dr', 'Prof', 'Dipl', 'Ing', 'Mag', 'Priv'],
  /** Determiners of a genitive after a head noun: "Sprecher des Ministeriums". */
  genitiveDeterminers: ['des', 'der', 'eines', 'einer'],
  /** Prepositions of where an office sits: "ein Sprecher der Regierung in Berlin". */
  placePrepositions: ['in', 'im', 'am', 'aus', 'bei', 'beim'],
  /** Words after a quotation and its comma that link clauses rather than attribute: „…“, und … */
  clauseLinks: ['und', 'oder', 'aber', 'doch', 'sondern', 'denn', 'weil', 'da', 'dass', 'wie', 'als', 'wenn', 'ob', 'während', 'obwohl', 'nachdem', 'was', 'wo', 'womit', 'wobei', 'weshalb', 'die', 'der', 'das', 'den', 'dem', 'welche', 'welcher', 'so', 'sagte', 'hieß', 'heißt', 'es', 'sich', 'man', 'um', 'in', 'an', 'mit', 'von', 'für', 'zu', 'auf', 'nach', 'bei'],
  /** Conjunctions that open a verb-final clause: the subject follows them ("wie das Weiße Haus mitteilte"). */
  subordinators: ['wie', 'als', 'nachdem', 'weil', 'da', 'dass', 'ob', 'während', 'obwohl', 'wenn', 'bevor', 'seit', 'seitdem', 'sodass', 'damit', 'indem', 'zumal', 'obgleich', 'wohingegen'],
  /** Words that end a name: "Trump sagte" (verbs are lower case anyway), conjunctions, prepositions. */
  nameStops: ['und', 'oder', 'sowie', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'beim', 'in', 'im', 'am', 'an', 'auf', 'aus', 'für', 'über', 'nach', 'vor', 'gegen'],
  /** Pronouns only ever in the nominative: "lenkte er die Fähre" has its subject right after the verb. */
  nominativePronouns: ['er', 'wir', 'ich'],
  /** Articles a subject may open with ("der Randalierer"); "den", "dem", "des" open objects. */
  nominativeArticles: ['der', 'die', 'das', 'ein', 'eine'],
  /** Articles of a masculine subject: "lehnte der Verein ab", "sagte ein Sprecher"; "die Lage" may be an object. */
  masculineNominative: ['der', 'ein'],
  /** Conjunctions joining two main clauses: "Die Menge skandierte Parolen, und der Unternehmer rief: …". */
  coordinators: ['und', 'aber', 'doch', 'sondern'],
  /** Words joining two noun phrases: "Roth und ihr Sprecher", "Roth sowie die Fraktion". */
  phraseJoiners: ['und', 'sowie'],
  /** Words joining the items of a list: "Berg, Kern und Vogt". */
  listLinks: ['und', 'sowie', 'oder'],
  /** Past forms of the passive auxiliary after a strong participle: "beschrieben wurde". */
  pastPassive: ['wurde', 'wurden', 'worden'],
  /** Prepositions that name a text something is said in: "in der Erklärung", "im Bericht". */
  inText: ['in', 'im'],
  /** Modals of will: "X will „…“ prüfen" announces X's own words. */
  volition: ['will', 'wollte', 'wollen', 'wollten', 'möchte', 'möchten'],
  /** Words opening a sentence that take up the quotation before it: "Das sagte …", "So äußerte sich …", "Mit diesen Worten …". */
  takeUp: ['Das', 'Dies', 'Diese', 'Dieses', 'Diesen', 'So', 'Mit'],
  /** Particles that open a surname after a given name: "Karl-Heinz zu Berg", "Anna von Hallen". */
  nameParticles: ['von', 'van', 'de', 'da', 'di', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'zu', 'dos', 'du'],
  /** Articles inside a surname after a particle ("Ursula von der Leyen"); after a given name alone they open a phrase ("Anna der Partei"). */
  nameArticles: ['der', 'den'],
  /** Countries and alliances: never part of a person's name, but they speak ("Die USA lehnten ab"). */
  places: ['US', 'USA', 'EU', 'Nato', 'NATO', 'Ukraine', 'Russland', 'Deutschland', 'Europa', 'Amerika', 'China', 'Frankreich', 'Polen', 'Spanien', 'Israel', 'Iran'],
  /** Capitalised words at a sentence start or inside a phrase that are never names. */
  notNames: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man', 'Auch', 'Aber', 'Und', 'Doch', 'Dies', 'Diese', 'Dieser', 'Dieses', 'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Vor', 'Von', 'Zu', 'Zum', 'Zur', 'Für', 'Über', 'Unter', 'Wie', 'Was', 'Wer', 'Wo', 'Wenn', 'Als', 'Laut', 'So', 'Nur', 'Noch', 'Zudem', 'Dazu', 'Damit', 'Dabei', 'Daher', 'Denn', 'Dass', 'Da', 'Seit', 'Trotz', 'Während', 'Nachdem', 'Bereits', 'Heute', 'Gestern', 'Am', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Herr', 'Frau', 'Bisher', 'Bislang', 'Offenbar', 'Derzeit', 'Zunächst', 'Inzwischen', 'Mittlerweile', 'Zwar', 'Jedoch', 'Somit', 'Also', 'Sonst', 'Vielmehr', 'Stattdessen', 'Immerhin', 'Zuvor', 'Danach', 'Demnach', 'Insgesamt', 'Erst', 'Einst', 'Jetzt', 'Nun', 'Hier', 'Dort', 'Dann', 'Damals', 'Trotzdem', 'Dennoch', 'Deshalb', 'Deswegen', 'Darum', 'Ferner', 'Außerdem', 'Zugleich', 'Gleichzeitig', 'Allerdings', 'Ebenso', 'Anschließend', 'Später', 'Vorher', 'Nachher', 'Zuletzt', 'Morgen', 'Sowohl', 'Weder', 'Entweder', 'Ob', 'Weil', 'Obwohl', 'Indem', 'Sofern', 'Falls', 'Insbesondere', 'Besonders', 'Selbst', 'Sogar', 'Gerade', 'Ausgerechnet', 'Lediglich', 'Allein', 'Ausschließlich', 'Zumindest', 'Wenigstens', 'Jedenfalls', 'Weiterhin', 'Ebenfalls', 'Schließlich', 'Letztlich', 'Seither', 'Seitdem', 'Künftig', 'Dagegen', 'Hingegen', 'Indes', 'Unterdessen', 'Daraufhin', 'Darauf', 'Darüber', 'Dafür', 'Dadurch', 'Daneben', 'Hierzu', 'Erneut', 'Wieder', 'Genauso', 'Immer']
};
