// Frames of reported speech that are not a speech verb with its clause.
// `nouns`: a noun (or an adjective of stance) whose complement clause is reported content
//   ("die Forderung, die Truppen abzuziehen", "der Vorwurf, dass …", "mit der Begründung, …").
// `intentNouns`: nouns of intent whose zu-infinitive is no report ("erklärte seine Bereitschaft, … zu empfangen").
// `reportedVerbs`: speech acts reported by their object alone.
// `accordingSuffixes`: compounds after "nach" that name a source ("nach Polizeiangaben", "nach einem Fernsehbericht").
// `accordingAdverbs`: open a sentence that goes on reporting the last source ("Demnach …").
// `consequenceAdverbs`: open the narrator's conclusion about an utterance reported before ("Damit bestätigte er …").
// `relatives`: open a clause of reported content ("Berichte, wonach …").
// `separablePrefixes`: the prefixes of a zu-infinitive written as one word ("anzusprechen", "zurückzutreten").
// `contentAdverbs`: announce the content clause that follows them ("legten Wert darauf, dass …", "beruft sich darauf, dass …").
// `announcingVerbs`: the starts of the lower-case forms of verbs that say or insist with such an adverb; other verbs
//   take it for what they wait for, look after or look forward to ("wartet darauf, dass …", "achtete darauf, dass …").
// `announcingNouns`: nouns that do the same with a verb of their own ("legten Wert darauf", "mit dem Hinweis darauf").
// `viewNouns`: what a view sees in something ("sieht in dem Plan eine Gefahr", "sehen darin den ersten Schritt"); a compound
//   ending in one of six letters or more is one too ("Sicherheitsrisiko", "Warnsignal"). Not "sahen in der Wohnung einen Mann".
// `stanceVerbs`: hold a view of "es" that a clause spells out ("hält es für möglich, dass …", "sieht es als bewiesen an, dass …");
//   `holdVerbs`, the forms of "halten", are stance verbs too, and hold a view "für" something ("hält den Betrieb für sicher").
// `viewArticles`: open the noun of a view ("sieht in dem Plan eine Gefahr", "sehen darin keine Lösung").
// `takenUp`: a cue's object that stands for what was said before ("Der Verband bestreitet dies.").
// `documentSuffixes`: nouns of texts that speak where nobody is named ("In einem Bericht wurde vermutet, dass …").
export default {
  nouns: [
    'Forderung', 'Forderungen', 'Vorwurf', 'Vorwürfe', 'Behauptung', 'Behauptungen', 'Ankündigung', 'Aufforderung', 'Aufruf',
    'Appell', 'Warnung', 'Hoffnung', 'Befürchtung', 'Befürchtungen', 'Sorge', 'Einschätzung', 'Auffassung', 'Ansicht', 'Meinung',
    'Überzeugung', 'Begründung', 'Argument', 'Hinweis', 'Hinweise', 'Bitte', 'Vorschlag', 'Drohung', 'Versprechen', 'Zusage',
    'Zusicherung', 'Beteuerung', 'Verdacht', 'Vermutung', 'Theorie', 'These', 'Hypothese', 'Annahme', 'Schlussfolgerung',
    'Erkenntnis', 'Nachricht', 'Meldung', 'Meldungen', 'Gerücht', 'Gerüchte', 'Einwand', 'Kritik', 'Klage', 'Angabe',
    'Darstellung', 'Feststellung', 'Beschluss', 'Entscheidung', 'Vorgabe', 'Bedingung', 'Standpunkt',
    'Information', 'Informationen', 'Schluss', 'Fazit', 'Bilanz',
    // adjectives of a stated stance: "zeigte sich zuversichtlich, dass …"
    'zuversichtlich', 'optimistisch', 'überzeugt', 'besorgt',
  ],
  /** Nouns a zu-infinitive attaches to without being reported ("seine Bereitschaft erklärt, … zu empfangen"). */
  intentNouns: ['Absicht', 'Bereitschaft', 'Notwendigkeit', 'Wille', 'Willen', 'Entschlossenheit', 'Fähigkeit', 'Möglichkeit', 'Recht', 'Pflicht'],
  /** Speech acts that are a report with an object alone ("Der Kreml bestätigte das Telefonat"), by the
   *  start of their forms; other cue verbs report only with a clause ("sagte der Zeitung" is none). */
  reportedVerbs: [
    'forder', 'gefordert', 'verlang', 'warn', 'gewarnt', 'sprach', 'sprech', 'spricht', 'bericht', 'verwies', 'verweis', 'bezeichn',
    'nenn', 'nannt', 'genannt', 'gab', 'gibt', 'bekanntgegeben', 'bekanntgab', 'kündig', 'angekündigt', 'kritisier', 'bestritt',
    'bestreit', 'wirft', 'warf', 'vorgeworfen', 'plädier', 'riet', 'rät', 'empfahl', 'empfiehlt', 'appellier', 'pranger', 'würdig',
    'bestätig', 'dementier', 'äußer', 'geäußert', 'bekräftig', 'schlägt', 'schlug', 'schlagen', 'vorgeschlagen', 'werfen', 'weis', 'wies', 'geht', 'gehen', 'wert', 'gewertet', 'bewert', 'mahn', 'gemahnt', 'beschuldig', 'bezichtig', 'lehnt', 'abgelehnt',
  ],
  accordingSuffixes: ['angaben', 'meinung', 'berichten', 'informationen', 'aussagen', 'schätzungen', 'erkenntnissen', 'bericht', 'medien', 'dokument'],
  accordingAdverbs: ['Demnach', 'demnach'],
  consequenceAdverbs: ['Damit', 'Somit', 'Dadurch', 'Folglich'],
  relatives: ['wonach'],
  contentAdverbs: ['darauf'],
  announcingVerbs: [
    'poch', 'gepocht', 'besteh', 'bestand', 'bestünde', 'beharr', 'insistier', 'beruf', 'berief', 'verwies', 'verweis', 'hinweis',
    'hingewiesen', 'dräng', 'gedrängt', 'aufmerksam', 'einig', 'geeinigt', 'verständig',
  ],
  announcingNouns: ['Wert', 'Hinweis'],
  viewArticles: ['ein', 'eine', 'einen', 'kein', 'keine', 'keinen', 'den'],
  takenUp: ['dies', 'das', 'dieses'],
  viewNouns: [
    'Gefahr', 'Chance', 'Gelegenheit', 'Bedrohung', 'Behinderung', 'Blockade', 'Lösung', 'Ursache', 'Grund', 'Zeichen', 'Signal', 'Fehler', 'Schritt',
    'Rückschritt', 'Fortschritt', 'Risiko', 'Problem', 'Hindernis', 'Vorteil', 'Nachteil', 'Erfolg', 'Beweis', 'Beleg', 'Indiz',
    'Hinweis', 'Bestätigung', 'Reaktion', 'Provokation', 'Eskalation', 'Angriff', 'Affront', 'Verstoß', 'Eingriff', 'Verletzung',
    'Gefährdung', 'Belastung', 'Entlastung', 'Einschränkung', 'Verschärfung', 'Verschlechterung', 'Verbesserung', 'Reduzierung',
    'Schwächung', 'Stärkung', 'Benachteiligung', 'Diskriminierung', 'Missachtung', 'Ablenkung', 'Ablenkungsmanöver', 'Versuch',
    'Möglichkeit', 'Ausweg', 'Alternative', 'Ansatz', 'Herausforderung', 'Widerspruch', 'Anlass', 'Wendepunkt', 'Meilenstein',
    'Durchbruch', 'Rückschlag', 'Gewinn', 'Verlust', 'Bruch', 'Skandal', 'Farce', 'Katastrophe', 'Täuschung', 'Grundlage',
    'Instrument', 'Motiv', 'Ziel', 'Weg', 'Mittel', 'Beitrag', 'Fortsetzung', 'Wiederholung', 'Vorwand', 'Bedrohungslage',
  ],
  holdVerbs: ['hält', 'hielt', 'halten', 'hielten', 'hielte'],
  stanceVerbs: ['sieht', 'sah', 'sahen', 'sehen', 'betrachtet', 'betrachtete', 'betrachten', 'betrachteten'],
  documentSuffixes: [
    'bericht', 'erklärung', 'mitteilung', 'stellungnahme', 'resolution', 'studie', 'urteil', 'brief', 'schreiben', 'gutachten',
    'kommuniqué', 'kommunique', 'communiqué', 'analyse', 'umfrage', 'artikel', 'meldung', 'beitrag', 'kommentar', 'interview',
    'papier', 'dokument', 'protokoll', 'entwurf', 'antrag', 'beschluss', 'bulletin', 'statement', 'verlautbarung',
  ],
  separablePrefixes: [
    'ab', 'an', 'auf', 'aus', 'bei', 'bekannt', 'dar', 'durch', 'ein', 'entgegen', 'fest', 'fort', 'frei', 'her', 'heraus', 'herbei',
    'hin', 'hinzu', 'klar', 'los', 'mit', 'nach', 'nieder', 'sicher', 'statt', 'teil', 'um', 'vor', 'voran', 'voraus', 'vorbei', 'weg', 'weiter',
    'wieder', 'zu', 'zurück', 'zusammen', 'zuvor',
  ],
};
