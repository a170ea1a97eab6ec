// Closed word classes the rules need: determiners, pronouns, and the adverbs
// that stand between a cue verb and its subject ("sagte dazu auch Trump").
export default {
  determiners: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren', 'dessen', 'deren', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'zwei', 'drei', 'mehrere', 'viele', 'einige', 'beide', 'beiden'],
  personalPronouns: ['er', 'sie', 'Er', 'Sie'],
  pluralPronouns: ['wir', 'Wir'],
  skipAdverbs: ['auch', 'jedoch', 'dazu', 'zudem', 'weiter', 'später', 'bereits', 'nun', 'damals', 'noch', 'dann', 'außerdem', 'aber', 'allerdings', 'hingegen', 'indes', 'gestern', 'heute', 'am', 'im', 'zuletzt', 'erneut', 'schon', 'ebenfalls', 'daraufhin', 'kürzlich', 'ferner', 'sogar', 'einmal', 'sinngemäß', 'wörtlich', 'laut', 'demnach', 'dabei', 'darin', 'deshalb', 'daher', 'so', 'ausdrücklich', 'mehrfach', 'wiederholt', 'offen', 'öffentlich', 'vor', 'bei', 'in', 'gegenüber', 'dem', 'der', 'den', 'einem', 'einer'],
  /** Words that end a name: "Trump sagte" (verbs are lower case anyway), conjunctions, prepositions. */
  nameStops: ['und', 'oder', 'sowie', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'beim', 'in', 'im', 'am', 'an', 'auf', 'aus', 'für', 'über', 'nach', 'vor', 'gegen'],
  nameParticles: ['von', 'van', 'de', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'zu', 'dos', 'du'],
  /** Capitalised words at a sentence start or inside a phrase that are never names. */
  notNames: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Ihr', 'Man', 'Auch', 'Aber', 'Und', 'Doch', 'Dies', 'Diese', 'Dieser', 'Dieses', 'In', 'Im', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach', 'Vor', 'Von', 'Zu', 'Zum', 'Zur', 'Für', 'Über', 'Unter', 'Wie', 'Was', 'Wer', 'Wo', 'Wenn', 'Als', 'Laut', 'So', 'Nur', 'Noch', 'Zudem', 'Dazu', 'Damit', 'Dabei', 'Daher', 'Denn', 'Dass', 'Da', 'Seit', 'Trotz', 'Während', 'Nachdem', 'Bereits', 'Heute', 'Gestern', 'Am', 'US', 'USA', 'EU', 'Nato', 'NATO', 'Ukraine', 'Russland', 'Deutschland', 'Europa', 'Amerika', 'China', 'Frankreich', 'Polen', 'Spanien', 'Israel', 'Iran', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Herr', 'Frau']
};
