// Organisations that speak: heads of noun phrases ("der Kreml", "das Weiße Haus",
// "die Nachrichtenagentur Tass", names of several words like "Ärzte ohne Grenzen")
// and suffixes of compounds ("Außenministerium").
export default {
  heads: [
    'Kreml', 'Weiße Haus', 'Weißen Haus', 'Weißes Haus', 'Pentagon', 'Élysée', 'Elysée', 'Vatikan', 'Bundesregierung', 'Regierung', 'Polizei',
    'Staatsanwaltschaft', 'Armee', 'Militär', 'Bundeswehr', 'Nato', 'NATO', 'UN', 'UNO', 'EU', 'EU-Kommission', 'Kommission', 'Bundesanwaltschaft',
    'Gericht', 'Bundesverfassungsgericht', 'Feuerwehr', 'Behörde', 'Behörden', 'Ministerium', 'Agentur', 'Nachrichtenagentur', 'Zeitung',
    'Unternehmen', 'Konzern', 'Firma', 'Verband', 'Gewerkschaft', 'Partei', 'Fraktion', 'Opposition', 'Koalition', 'Sender', 'Rat', 'Senat',
    'Parlament', 'Bundestag', 'Kongress', 'Staatsmedien', 'Medien', 'Tass', 'TASS', 'Interfax', 'Reuters', 'dpa', 'AFP', 'AP', 'Ria Nowosti', 'RIA',
    'Ärzte ohne Grenzen', 'Reporter ohne Grenzen', 'Amnesty International', 'amnesty international', 'Human Rights Watch',
    'Rote Kreuz', 'Roten Kreuz', 'Roten Kreuzes', 'Rotes Kreuz', 'Rote Halbmond', 'Roten Halbmonds',
    'Moskau', 'Washington', 'Kiew', 'Peking', 'Berlin', 'Paris', 'London', 'Brüssel', 'Teheran', 'Ankara', 'Jerusalem', 'Polizeisprecher'
  ],
  /** Organisations named by an inflected adjective and a noun: each form before the noun is the organisation ("dem Weißen Haus"). */
  inflected: [{ forms: ['Weiße', 'Weißen', 'Weißes'], noun: 'Haus', name: 'Weißes Haus' }],
  /** Organisation words named by the word after them: "die Nachrichtenagentur Tass", "die Zeitung Kurier". */
  namedByNext: ['Nachrichtenagentur', 'Agentur', 'Zeitung', 'Tageszeitung', 'Zeitschrift', 'Sender', 'Fernsehsender', 'Partei', 'Organisation', 'Gruppe', 'Miliz'],
  /** In news a capital speaks for its government: "Moskau besteht auf …" is the Kremlin. */
  metonyms: { Moskau: 'Kreml', Washington: 'Weißes Haus', Peking: 'chinesische Regierung', Kiew: 'ukrainische Regierung', Berlin: 'Bundesregierung', Paris: 'Élysée', London: 'Downing Street', Teheran: 'iranische Regierung', Ankara: 'türkische Regierung', Jerusalem: 'israelische Regierung', Brüssel: 'EU-Kommission' },
  suffixes: ['ministerium', 'regierung', 'behörde', 'amt', 'agentur', 'gericht', 'polizei', 'kommission', 'verband', 'konzern', 'partei', 'rat', 'bank', 'gewerkschaft', 'staatsanwaltschaft', 'verwaltung', 'zeitung', 'sender', 'institut', 'büro', 'dienst', 'komitee', 'organisation', 'stiftung', 'universität', 'union', 'unternehmen', 'gruppe', 'armee', 'streitkräfte', 'miliz', 'bündnis', 'kreml']
};
