// German verbs and phrases that introduce or frame speech (cues).
// `weak`: regular verbs by their stem; the forms are generated
//   (stem+t, stem+te, stem+ten, stem+e, stem+en, ge+stem+t): "erklär" → erklärt, erklärte, …
// `forms`: every other form spelled out (strong and mixed verbs).
// `particle`: a separable prefix that may stand at the clause's end ("fügte … hinzu").
// `als`: the verb frames a quotation with "als" ("bezeichnete … als „…“").
export default {
  weak: [
    { stem: 'sag' }, { stem: 'erklär' }, { stem: 'bericht' }, { stem: 'mein' }, { stem: 'äußer' },
    { stem: 'bekräftig' }, { stem: 'versicher' }, { stem: 'warn' }, { stem: 'forder' }, { stem: 'kritisier' },
    { stem: 'bezeichn', als: true }, { stem: 'behaupt' }, { stem: 'argumentier' }, { stem: 'antwort' }, { stem: 'ergänz' },
    { stem: 'twitter' }, { stem: 'post' }, { stem: 'verkünd' }, { stem: 'mahn' }, { stem: 'appellier' }, { stem: 'beklag' },
    { stem: 'bedauer' }, { stem: 'lob' }, { stem: 'bilanzier' }, { stem: 'resümier' }, { stem: 'prophezei' }, { stem: 'kündig', particle: 'an' },
    { stem: 'füg', particle: 'hinzu' }, { stem: 'teil', particle: 'mit' }, { stem: 'stell', particle: 'klar' }, { stem: 'bestätig' },
    { stem: 'dementier' }, { stem: 'räum', particle: 'ein' },
    { stem: 'zitier' }, { stem: 'erläuter' }, { stem: 'präzisier' }, { stem: 'kommentier' }, { stem: 'schilder' }, { stem: 'erzähl' },
    { stem: 'frag' }, { stem: 'klag' }, { stem: 'protestier' }, { stem: 'spekulier' }, { stem: 'vermut' },
    { stem: 'glaub' }, { stem: 'hoff' }, { stem: 'befürcht' }, { stem: 'fürcht' }, { stem: 'dank' }, { stem: 'wünsch' }, { stem: 'jubel' },
    { stem: 'verteidig' }, { stem: 'beton' }, { stem: 'signalisier' }, { stem: 'beteuer' }, { stem: 'bemerk' }, { stem: 'folger' },
    { stem: 'schlussfolger' }, { stem: 'urteil' }, { stem: 'verlang' }, { stem: 'poch' }, { stem: 'beharr' },
    { stem: 'konter' }, { stem: 'notier' }, { stem: 'meld' },
    { stem: 'ankündig' }, { stem: 'zweifel' }, { stem: 'ruf', particle: 'auf' }, { stem: 'fass', particle: 'zusammen' },
    { stem: 'weis', particle: 'hin' }, { stem: 'stell', particle: 'fest' }, { stem: 'leg', particle: 'dar' }, { stem: 'führ', particle: 'aus' },
    { stem: 'deut', particle: 'an' }, { stem: 'klär', particle: 'auf' }, { stem: 'zeig', particle: 'auf' }, { stem: 'plädier' },
    { stem: 'rechtfertig' }, { stem: 'begründ' }, { stem: 'mutmaß' }, { stem: 'schätz' }, { stem: 'prognostizier' },
    { stem: 'sprech', particle: 'aus' }, { stem: 'würdig' }, { stem: 'bemängel' }, { stem: 'forder', particle: 'auf' }, { stem: 'sag', particle: 'nach' }, { stem: 'sag', particle: 'voraus' }, { stem: 'sag', particle: 'zu' }, { stem: 'skandier' }, { stem: 'verurteil' }, { stem: 'begrüß' }, { stem: 'rühm' }, { stem: 'feier' }, { stem: 'charakterisier' }, { stem: 'beschuldig' }, { stem: 'bezichtig' }, { stem: 'wirf' }, { stem: 'lautet' },
    { stem: 'vereinbar' }, { stem: 'bezweifel' }, { stem: 'erwart' }, { stem: 'pranger', particle: 'an' }, { stem: 'beanstand' },
    { stem: 'attackier' }, { stem: 'wert', als: true }, { stem: 'bewert', als: true }, { stem: 'entgegn' }, { stem: 'erwider' }, { stem: 'beschwör' }, { stem: 'sicher', particle: 'zu' }
  ],
  forms: [
    { forms: ['schreibt', 'schrieb', 'schrieben', 'geschrieben', 'schreibe', 'schreiben'] },
    { forms: ['spricht', 'sprach', 'sprachen', 'gesprochen', 'spreche', 'sprechen'] },
    { forms: ['nennt', 'nannte', 'nannten', 'genannt', 'nenne', 'nennen'], als: true },
    { forms: ['heißt', 'hieß', 'geheißen'] },
    { forms: ['weist', 'wies', 'wiesen', 'weisen'], particle: 'zurück' },
    { forms: ['zurückgewiesen', 'zurückwies', 'vorgeworfen', 'vorwarf', 'zugegeben', 'angegeben', 'hervorgehoben', 'ausgeschlossen', 'abgelehnt', 'aufgerufen', 'fortgefahren'] },
    { forms: ['wirft', 'warf', 'warfen', 'werfen'], particle: 'vor' },
    { forms: ['gibt', 'gab', 'gaben'], particle: 'zu' },
    { forms: ['gibt', 'gab', 'gaben'], particle: 'an' },
    { forms: ['betont', 'betonte', 'betonten'] },
    { forms: ['unterstreicht', 'unterstrich', 'unterstrichen'] },
    { forms: ['hebt', 'hob', 'hoben'], particle: 'hervor' },
    { forms: ['fährt', 'fuhr', 'fuhren'], particle: 'fort' },
    { forms: ['verspricht', 'versprach', 'versprachen', 'versprochen', 'versprechen'] },
    { forms: ['droht', 'drohte', 'drohten'] },
    { forms: ['gesteht', 'gestand', 'gestanden'] },
    { forms: ['verrät', 'verriet', 'verrieten'] },
    { forms: ['rief', 'riefen', 'ruft', 'rufen'], particle: 'auf' },
    { forms: ['bittet', 'bat', 'baten', 'gebeten', 'bitten'] },
    { forms: ['schlägt', 'schlug', 'schlugen', 'schlagen'], particle: 'vor' },
    { forms: ['vorgeschlagen', 'vorschlug', 'vorschlugen', 'vorschlägt'] },
    { forms: ['gibt', 'gab', 'gaben', 'geben'], particle: 'bekannt' },
    { forms: ['bekanntgegeben', 'bekanntgab', 'bekanntgaben', 'bekanntgibt', 'angab', 'angaben', 'zugab', 'zugaben'] },
    { forms: ['weist', 'wies', 'wiesen', 'weisen'], particle: 'hin' },
    { forms: ['hingewiesen', 'hinwies', 'hinwiesen', 'hinweist'] },
    { forms: ['hervorhob', 'hervorhoben', 'hervorhebt'] },
    { forms: ['beschließt', 'beschloss', 'beschlossen', 'beschließen'] },
    { forms: ['entscheidet', 'entschied', 'entschieden'] },
    { forms: ['bestreitet', 'bestritt', 'bestritten', 'bestreiten'] },
    { forms: ['vergleicht', 'verglich', 'verglichen'] },
    { forms: ['vorwirft', 'vorwarfen', 'vorwerfen'] },
    { forms: ['empfiehlt', 'empfahl', 'empfahlen', 'empfehlen', 'empfohlen'] },
    { forms: ['besteht', 'bestand', 'bestanden'] },
    { forms: ['beschreibt', 'beschrieb', 'beschrieben'] },
    { forms: ['widerspricht', 'widersprach', 'widersprachen', 'widersprechen', 'widersprochen'] },
    { forms: ['verweist', 'verwies', 'verwiesen', 'verweisen'] },
    { forms: ['rät', 'riet', 'rieten'] },
    { forms: ['zitiert', 'zitierte', 'zitierten'] },
    { forms: ['lehnt', 'lehnte', 'lehnten'], particle: 'ab' },
    { forms: ['geht', 'ging', 'gingen', 'gehen'], particle: 'aus' },
    { forms: ['ausgegangen'] },
    { forms: ['geht', 'ging', 'gingen'], particle: 'hervor' },
    { forms: ['hervorgeht', 'hervorging', 'hervorgingen', 'hervorgegangen'] },
    { forms: ['schließt', 'schloss', 'schlossen'], particle: 'aus' },
    { forms: ['stellt', 'stellte', 'stellten'], particle: 'in Aussicht' }
  ],
  /** Markers that attribute without a verb: "laut X", "X zufolge", "so X". */
  according: ['laut', 'zufolge', 'gemäß'],
  /** Nouns after "nach" that attribute: "nach Angaben von X", "nach Darstellung des Kremls", "Nach offiziellen Angaben". */
  accordingNouns: ['Angaben', 'Meinung', 'Ansicht', 'Auffassung', 'Einschätzung', 'Einschätzungen', 'Darstellung', 'Informationen', 'Worten', 'Aussage', 'Aussagen', 'Überzeugung', 'Schätzungen', 'Berichten', 'Erkenntnissen',
    'Schätzung', 'Analyse', 'Studie', 'Umfrage', 'Untersuchung', 'Erkenntnisstand', 'Prognose', 'Berechnungen', 'Bericht', 'Meldung', 'Mitteilung', 'Ansicht'],
  /** Nouns that make a phrase a cue: "mit den Worten", "in einer Erklärung". */
  nouns: ['Worten', 'Worte', 'Erklärung', 'Mitteilung', 'Stellungnahme', 'Interview', 'Pressekonferenz', 'Ansprache', 'Videoansprache', 'Rede', 'Brief', 'Schreiben', 'Angaben', 'Darstellung', 'Aussage', 'Aussagen', 'Zitat', 'Botschaft', 'Kommuniqué', 'Pressemitteilung', 'Tweet', 'Beitrag', 'Post']
};
