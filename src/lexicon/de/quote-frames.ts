// The words around a quotation that tell a quoted utterance from a quoted
// name, title or term. Data, not code: extend freely; validated when loaded
// (src/lexicon/index.ts).
export default {
  /** Right before the quotation, these announce a name or term: "die sogenannte „Sauerlandlinie“", "unter dem Motto „…“". */
  titleCues: [
    'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'sogenanntem', 'genannte', 'genannten', 'genannter', 'genanntes', 'genanntem',
    'namens', 'Titel', 'Motto', 'Begriff', 'Stichwort', 'Codename', 'Slogan', 'Schlagwort', 'Marke', 'Kategorie',
    'Operation', 'Projekt', 'Programm', 'Kampagne', 'Aktion',
    'Grundsatz', 'Prinzip', 'Maxime', 'Devise', 'Weisheit', 'Sprichwort', 'Redewendung', 'Losung'
  ],
  /** Nouns that head a named work, medium, product or body, matched as the end of a compound
   *  ("Wochenmagazin", "Radiosender", "Fernsehserie"): "des Magazins „profil“", "Vogts Film „1989: Sommer am Kanal“". */
  nameHeads: [
    'film', 'buch', 'roman', 'album', 'lied', 'song', 'single', 'oper', 'operette', 'musical', 'theaterstück', 'gedicht', 'serie',
    'sendung', 'show', 'zeitung', 'zeitschrift', 'magazin', 'blatt', 'sender', 'portal', 'website', 'webseite', 'kolumne', 'ausstellung',
    'festival', 'award', 'videospiel', 'computerspiel', 'software', 'programm', 'modell', 'typ', 'typs', 'marke', 'schiff',
    'flugzeug', 'hurrikan', 'taifun', 'zyklon', 'initiative', 'bündnis', 'verein', 'stiftung', 'band', 'firma', 'organisation'
  ],
  /** Right after the quotation, these make it a name: "auch „BD-Live“ genannt", "das als „…“ bekannte Lager". */
  namingAfter: ['genannt', 'bekannt', 'bekannte', 'bekannten', 'benannt', 'getauft', 'heißt', 'hieß', 'betitelt', 'titulierte'],
  /** Verbs that judge something in words, often "als „…“": "bezeichnete den Beitritt als „praktisch ausgeschlossen“",
   *  "konstatierte eine „Kluft zwischen Arm und Reich“". */
  judgingVerbs: [
    'bezeichnet', 'bezeichnete', 'bezeichneten', 'bezeichnen', 'bezeichne', 'nennt', 'nannte', 'nannten', 'genannt', 'nennen',
    'sieht', 'sah', 'sahen', 'sehen', 'gesehen', 'wertet', 'wertete', 'werteten', 'gewertet', 'werten',
    'bewertet', 'bewertete', 'bewerteten', 'bewerten', 'beurteilt', 'beurteilte', 'beurteilten', 'beurteilen',
    'eingestuft', 'einstufen', 'stuft', 'stufte', 'stuften', 'betrachtet', 'betrachtete', 'betrachteten', 'betrachten',
    'beschreibt', 'beschrieb', 'beschrieben', 'charakterisiert', 'charakterisierte', 'würdigt', 'würdigte', 'würdigten', 'gewürdigt',
    'verurteilt', 'verurteilte', 'verurteilten', 'kritisiert', 'kritisierte', 'kritisierten', 'lobt', 'lobte', 'lobten', 'gelobt',
    'feiert', 'feierte', 'feierten', 'gefeiert', 'zurückgewiesen', 'zurückweisen', 'zurückwies', 'weist', 'wies', 'wiesen',
    'abgetan', 'tut', 'tat', 'taten', 'brandmarkt', 'brandmarkte', 'geißelt', 'geißelte', 'empfindet', 'empfand', 'empfinden',
    'verteidigt', 'verteidigte', 'hält', 'hielt', 'hielten', 'halten', 'tituliert', 'titulierte', 'beschimpft', 'beschimpfte',
    'attackiert', 'attackierte', 'attackierten', 'konstatiert', 'konstatierte', 'konstatierten', 'attestiert', 'attestierte', 'attestierten', 'diagnostiziert', 'diagnostizierte',
    'beschriebene', 'beschriebenen', 'eingestufte', 'eingestuften', 'gewertete', 'gewerteten', 'gelobte', 'gelobten'
  ],
  /** Verbs that give a name, not words: "hieß das Lokal „Zur Post“", "bedeutet auf Zulu „Menschlichkeit“". */
  namingVerbs: ['heißt', 'hieß', 'hießen', 'heißen', 'bedeutet', 'bedeutete', 'bedeuten', 'getauft', 'taufte', 'tauften', 'tauft', 'benannt', 'benannte', 'umbenannt'],
  /** Verbs that give a name with "sich" or "man": "die sich selbst „…“ nennt", "Dies nennt man einen „Aktiensplit“". */
  selfNamingVerbs: ['nennt', 'nannte', 'nannten', 'nennen', 'bezeichnet', 'bezeichnete', 'bezeichneten', 'bezeichnen'],
  /** Nouns that introduce a slogan someone shouted or wrote: "Parolen wie „Thaksin raus!“", "mit der Aufschrift „…“". */
  sloganNouns: ['Parole', 'Parolen', 'Spruch', 'Sprüche', 'Sprüchen', 'Hassparolen', 'Aufschrift', 'Aufschriften', 'Rufe', 'Rufen', 'Sprechchöre', 'Sprechchören', 'Schlachtruf', 'Schlachtrufe'],
  /** Verbs that speak "von „…“": "sprach von einer „kalten Dusche“". */
  vonVerbs: ['spricht', 'sprach', 'sprachen', 'gesprochen', 'sprechen', 'spreche', 'redet', 'redete', 'redeten', 'geredet', 'reden', 'Rede', 'berichtet', 'berichtete', 'berichteten', 'berichten'],
  /** Prepositions that put a name where the medium or the addressee of a statement stands:
   *  "In der „Zeit“ schreibt …", "sagte gegenüber dem „Tagesspiegel“", "laut „tagesschau.de“", "im Interview mit dem „Deutschlandfunk“". */
  sourcePrepositions: ['in', 'im', 'In', 'Im', 'gegenüber', 'zum', 'zur', 'bei', 'beim', 'für', 'laut', 'Laut', 'aus', 'mit', 'Mit'],
  /** Small words that stand lower case inside a German or foreign name: "Rat für Sicherheit", "People's Alliance for Democracy". */
  nameFunctionWords: [
    'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'für', 'von', 'vom',
    'zu', 'zum', 'zur', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'über', 'unter', 'um', 'gegen', 'ohne',
    'durch', 'zwischen', 'vor'
  ],
  /** Small words of other languages: in a short capitalised quotation they mark a title or name ("Lights at the Edge of Town"). */
  foreignFunctionWords: ['of', 'the', 'a', 'for', 'and', 'to', 'at', 'on', 'with', 'de', 'di', 'pour', 'la', 'le', 'les', 'du', 'da', 'do', 'del', 'el', 'et', 'y']
};
