import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

/** The first statement's speaker as written in the article. */
function phraseOf(text: string): string | null {
  const doc = extractText(text);
  const first = doc.quotes[0] ?? doc.claims[0];
  const s = first?.speaker;
  if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  return s?.text ?? null;
}

describe('a genitive owner and the noun it owns', () => {
  it.each([
    ['Der Senator Tom Keller verlor die Wahl. Kellers Wahlkampfhelfer errechneten, dass die Partei gewonnen habe.', 'Kellers Wahlkampfhelfer'],
    ['Der Senator Tom Keller verlor die Wahl. Es wurde von Kellers Sohn die Vermutung geäußert, das Gericht sei befangen.', 'Kellers Sohn'],
    ['Der Senator Tom Keller verlor die Wahl. Kellers Kampagne erklärte, der Gegner habe gelogen.', 'Kellers Kampagne'],
    ['Kellers wissenschaftlicher Mitarbeiter Tom Becker sagte: „Wir halten das für falsch.“', 'Kellers wissenschaftlicher Mitarbeiter Tom Becker'],
    ['Die Abgeordnete Jana Keller schweigt. „Wir sind dagegen“, sagte Kellers wissenschaftlicher Mitarbeiter Ole Brandt.', 'Kellers wissenschaftlicher Mitarbeiter Ole Brandt'],
    ['Berlins früherer Bürgermeister Tom Becker (CDU) sagte, die Stadt sei pleite.', 'Berlins früherer Bürgermeister Tom Becker (CDU)'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('an apposition after a person\'s name', () => {
  it.each([
    ['Auch Tom Becker, Kellers Stellvertreter, glaubt, dass ein Verbot möglich sei.', 'Tom Becker, Kellers Stellvertreter'],
    ['„Für uns gibt es keinen Zweifel“, sagte Tom Becker, Kopf einer Gruppe von Prüfern.', 'Tom Becker, Kopf einer Gruppe von Prüfern'],
    ['Tom Becker, ein Sprecher des Warnzentrums in Kiel, sagte, der Sturm sei schwächer geworden.', 'Tom Becker, ein Sprecher des Warnzentrums in Kiel'],
    // a noun that names no office is not read on into the next clause
    ['„Wir gewinnen“, sagte Jana Weber, Kopf der Gruppe habe geholfen.', 'Jana Weber'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a role before the comma and the person it names', () => {
  it.each([
    ['Der neue Bischof der Diözese Trier, Tom Becker hat den Papst gebeten, seine Ernennung zurückzunehmen.', 'Der neue Bischof der Diözese Trier, Tom Becker'],
    ['Ein Sprecher der Feuerwehr Hamm, Tom Becker sagte, das Feuer sei gelöscht.', 'Ein Sprecher der Feuerwehr Hamm, Tom Becker'],
    // the object of a preposition does not name the speaker
    ['Nach dem Treffen mit dem Minister, Tom Becker sagte, man sei sich einig.', 'Tom Becker'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('an extended attribute before the noun', () => {
  it.each([
    ['„Ich bin glücklich“, sagte die in Lyon geborene Sängerin.', 'die in Lyon geborene Sängerin'],
    ['Laut einer am Dienstag veröffentlichten Mitteilung des Ministeriums wurden 2.000 Menschen versorgt.', 'einer am Dienstag veröffentlichten Mitteilung des Ministeriums'],
    ['So sagte der für die Nordregion zuständige Koordinator, es fehle an Booten.', 'der für die Nordregion zuständige Koordinator'],
    // "nach … Angaben" is the source itself, not an attribute of it
    ['Die Zahl der Toten, die nach offiziellen Angaben bei 40 liegt, steigt weiter.', 'offiziellen Angaben'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a rank, title or noun before a person\'s name', () => {
  it.each([
    ['Laut Oberst Tom Becker vom Landeskriminalamt hatten die Piloten genug Erfahrung.', 'Oberst Tom Becker vom Landeskriminalamt'],
    ['„Der Sturm kommt“, sagte die kroatische Meteorologin Jana Weber.', 'die kroatische Meteorologin Jana Weber'],
    ['Nach Ansicht von Privatdozent Dr. Jana Weber ist das Verfahren sicher.', 'Ansicht von Privatdozent Dr. Jana Weber'],
    ['„Wir waren zu langsam“, sagte der Astronaut Tom Becker.', 'der Astronaut Tom Becker'],
    ['„Wir waren zu langsam“, sagte der ehemalige Häftling Tom Becker.', 'der ehemalige Häftling Tom Becker'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a capitalised phrase after an article names no person', () => {
  it.each([
    ['Das Statistische Amt der Republik Kleinau teilte mit, die Ernte sei gut ausgefallen.', 'Das Statistische Amt der Republik Kleinau'],
    ['Die Deutsche Schutzvereinigung für Anleger erklärte, das Gesetz schade den Sparern.', 'Die Deutsche Schutzvereinigung für Anleger'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a person and the institution after "von"', () => {
  it.each([
    ['„Das ist neu“, sagte Tom Becker vom Institut für Astronomie in Kiel.', 'Tom Becker vom Institut für Astronomie in Kiel'],
    ['„Wir warnen davor“, sagte Jana Weber von der Stiftung der Sparkassen.', 'Jana Weber von der Stiftung der Sparkassen'],
    // an abstract noun after "von" is what the person speaks of
    ['„Wir sind bereit“, sagte Jana Weber von der Möglichkeit eines Bündnisses überzeugt.', 'Jana Weber'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('the issue a paper speaks in', () => {
  it.each([
    ['Wie die Landeszeitung in ihrer Onlineausgabe meldet, sind die Gespräche gescheitert.', 'die Landeszeitung in ihrer Onlineausgabe'],
    ['Wie der „Abendblick“ in seiner Sonntagsausgabe berichtet, tritt der Minister zurück.', 'der „Abendblick“ in seiner Sonntagsausgabe'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('the date of a report', () => {
  it.each([
    ['Nach Angaben des Flughafens im März 2019 stieg die Zahl der Fluggäste.', 'Angaben des Flughafens im März 2019'],
    ['Laut einem Bericht des Innenministeriums vom November 2021 fehlen 300 Polizisten.', 'einem Bericht des Innenministeriums vom November 2021'],
    ['Nach Angaben der Polizei vom Dienstag wurden drei Menschen verletzt.', 'Angaben der Polizei vom Dienstag'],
    // "am Montag" may date the clause, not the report
    ['Nach Angaben der Polizei am Montag wurden drei Menschen verletzt.', 'Angaben der Polizei'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a town\'s adjective before an office', () => {
  it.each([
    ['Laut Kölner Polizei ist die Demonstration friedlich verlaufen.', 'Kölner Polizei'],
    ['Nach Angaben der Neuen Bremer Zeitung hat der Stadtrat abgestimmt.', 'Angaben der Neuen Bremer Zeitung'],
    ['Laut Süddeutscher Zeitung will der Konzern 300 Stellen streichen.', 'Süddeutscher Zeitung'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a party in brackets after an apposed name', () => {
  it.each([
    ['„Wir sind bereit“, sagte der Vorsitzende des Vereins, Tom Becker (CDU).', 'der Vorsitzende des Vereins, Tom Becker (CDU)'],
    ['Der frühere Bürgermeister und Justizsenator, Tom Becker (SPD), sagte, der Senat habe versagt.', 'Der frühere Bürgermeister und Justizsenator, Tom Becker (SPD)'],
    ['„Das reicht nicht“, sagte Tom Becker, Präsident des Deutschen Ruderverbands (DRV).', 'Tom Becker, Präsident des Deutschen Ruderverbands (DRV)'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('names with a joined half word or a slash', () => {
  it.each([
    ['Laut Gutachtern der Kleinauer Gesellschaft für Boden- und Gewässerschutz war die Probe belastet.', 'Gutachtern der Kleinauer Gesellschaft für Boden- und Gewässerschutz'],
    ['„Das tragen wir nicht mit“, sagte Jana Weber, Stadträtin von Bündnis 90/Die Grünen.', 'Jana Weber, Stadträtin von Bündnis 90/Die Grünen'],
    ['„Das ist neu“, sagte Tom Becker vom Massachusetts Institute of Technology.', 'Tom Becker vom Massachusetts Institute of Technology'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('two given names joined by a hyphen', () => {
  it.each([
    ['Verteidigungsminister Kuhn reiste ab. Die Mission soll laut Hans-Peter Kuhn 1.000 Mann umfassen.', 'Hans-Peter Kuhn'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a role after a name and its comma', () => {
  it.each([
    ['Tom Becker, ein Meeresexperte vom WWF erklärte, die Fangquote sei zu hoch.', 'Tom Becker, ein Meeresexperte vom WWF'],
    ['Stan Mayer, Sekretär des Segelklubs sagte der Zeitung, die Boote seien sicher.', 'Stan Mayer, Sekretär des Segelklubs'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a verb before a source is no adjective of it', () => {
  it.each([
    ['Dabei starben offiziellen Angaben zufolge zwölf Menschen.', 'offiziellen Angaben'],
    ['Sie stammen Zeitungsberichten zufolge aus dem Norden des Landes.', 'Zeitungsberichten'],
    ['Die Zahl stieg offiziellen Angaben zufolge auf zwölf.', 'offiziellen Angaben'],
    ['Im Ausschuss sagte die Ministerin einigen Abgeordneten zufolge, sie bleibe.', 'einigen Abgeordneten'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('an organisation named in several words', () => {
  it.each([
    ['Reporter ohne Grenzen erklärte am Freitag, zwei Journalisten seien verhaftet worden.', 'Reporter ohne Grenzen'],
    ['„Die Lage ist dramatisch“, sagte Human Rights Watch.', 'Human Rights Watch'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a genitive belongs to the noun before it', () => {
  it.each([
    ['Laut einer Verlautbarung der Schutztruppe wurden zwei Soldaten verletzt.', 'einer Verlautbarung der Schutztruppe'],
    ['Den Befunden des Untersuchungsamts zufolge sind 15 Rinder erkrankt.', 'Den Befunden des Untersuchungsamts'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('"vor Ort" after a noun', () => {
  it.each([
    ['Die Behörden vor Ort meldeten, zwölf Menschen seien gestorben.', 'Die Behörden vor Ort'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a possessive opens its phrase', () => {
  it.each([
    ['Er wehrte sich gegen die seiner Meinung nach überzogenen Vorwürfe der Opposition.', 'seiner Meinung'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a genitive\'s adjective ends in -en', () => {
  it.each([
    ['Beim Wiedereintritt soll nach Auskunft der Behörde der größte Teil des Satelliten verglühen.', 'Auskunft der Behörde'],
    ['Nach Angaben des saudi-arabischen Ministeriums wurden zwölf Menschen verletzt.', 'Angaben des saudi-arabischen Ministeriums'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a surname with its article after a role and a given name', () => {
  it.each([
    ['Der kuwaitische Ölminister Ali al-Hadi sagte, die Förderung bleibe gleich.', 'Der kuwaitische Ölminister Ali al-Hadi'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
  it('takes no noun after the name for a third name', () => {
    const doc = extractText('Zuvor hatte US-Präsident Donald Becker Telefonate mit Moskau geführt. Becker sagte, er sei zufrieden.');
    expect(doc.claims[0]?.speaker?.name).toBe('Donald Becker');
  });
});

describe('a name with a particle after a role and its comma', () => {
  it.each([
    ['„Das Ergebnis steht“, sagte der Sprecher der Stiftung Warentest, Tom van Eyken.', 'der Sprecher der Stiftung Warentest, Tom van Eyken'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a role\'s group after "aus" or "bei"', () => {
  it.each([
    ['Einige Abgeordnete aus der Koalition forderten, das Gesetz zu stoppen.', 'Einige Abgeordnete aus der Koalition'],
    ['Politiker aus anderen Parteien warfen ihr vor, Zahlen verheimlicht zu haben.', 'Politiker aus anderen Parteien'],
    // not after other nouns: "bei der Kundgebung" is where, not who
    ['Die Junta bei der Kundgebung erklärte, die Wahl finde statt.', 'Die Junta'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('two offices of one person', () => {
  it.each([
    ['Der Landtagsabgeordnete und Bremer Bürgermeister Tom Becker gab heute seinen Rücktritt bekannt, sagte ein Sprecher.', 'Der Landtagsabgeordnete und Bremer Bürgermeister Tom Becker'],
    ['„Wir bleiben“, sagte Tom Becker, der Dekan der Fakultät und Vorsitzende des Ausschusses.', 'Tom Becker, der Dekan der Fakultät und Vorsitzende des Ausschusses'],
    ['„Die Übung ist vorbei“, sagte Tom Becker, dänischer Admiral und Befehlshaber der Flotte.', 'Tom Becker, dänischer Admiral und Befehlshaber der Flotte'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a possessive and the noun before "nach"', () => {
  it.each([
    ['Der Experte Tom Becker war dabei. Seiner Meinung nach hätte die Aufsicht abraten müssen.', 'Seiner Meinung'],
    ['Die Ärztin Jana Weber warnte. Ihrer Ansicht nach fehlen 300 Pflegekräfte.', 'Ihrer Ansicht'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a known organisation\'s name runs to its end', () => {
  it.each([
    ['Laut der Hilfsorganisation Ärzte ohne Grenzen fehlt es in den Lagern an Wasser.', 'der Hilfsorganisation Ärzte ohne Grenzen'],
    ['Laut einer Studie der Menschenrechtsorganisation amnesty international werden Häftlinge misshandelt.', 'einer Studie der Menschenrechtsorganisation amnesty international'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('an organisation named in an apposition with its article', () => {
  it.each([
    ['Die Regierungspartei Kleinaus, die Volksfront, bezeichnete die Anschläge als Verbrechen.', 'Die Regierungspartei Kleinaus, die Volksfront'],
    ['Die größte Oppositionspartei des Landes, die „Allianz für Wandel“ (AfW), erklärte, dass Beobachter verhaftet worden seien.', 'Die größte Oppositionspartei des Landes, die „Allianz für Wandel“ (AfW)'],
    ['Die neue Regierungspartei, die Volksfront und die Liga, erklärte, dass Beobachter verhaftet worden seien.', 'Die neue Regierungspartei, die Volksfront und die Liga'],
    // a relative clause is no apposition
    ['Die Partei, die Wähler verloren hat, erklärte, dass sie bereit sei.', 'Die Partei'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a surname with its particle', () => {
  it.each([
    ['In dem Brief verlangt al Hadi die Öffnung der Grenzübergänge.', 'al Hadi'],
    ['Der Milizenführer al Hadi verlangte die Öffnung der Grenzübergänge.', 'Der Milizenführer al Hadi'],
    ['„Wir sind bereit“, sagte van Dalen.', 'van Dalen'],
    // "von" is a preposition of its own
    ['„Wir sind bereit“, hieß es von Weber.', 'Weber'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('"so genannt" in a genitive', () => {
  it.each([
    ['Dies sei ein Fehler gewesen, sagte Mark Weber, der Sprecher der so genannten „Kleinau-Hilfe“.', 'Mark Weber, der Sprecher der so genannten „Kleinau-Hilfe“'],
    ['Dies sei ein Fehler gewesen, sagte ein Sprecher der so genannten Volksfront.', 'ein Sprecher der so genannten Volksfront'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('one of a group in a genitive', () => {
  it.each([
    ['Laut einem Vertreter einer dieser Firmen sei der Schlüssel bekannt.', 'einem Vertreter einer dieser Firmen'],
    ['Ein Sprecher eines der Unternehmen sagte, man sei zufrieden.', 'Ein Sprecher eines der Unternehmen'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('an organisation in small letters after its noun', () => {
  it.each([
    ['Nach Angaben der Agenturen dpa und AFP sperrten Polizisten den Platz ab.', 'Angaben der Agenturen dpa und AFP'],
    ['Wie die Nachrichtenagenturen dpa und AFP melden, seien 200 Menschen festgenommen worden.', 'die Nachrichtenagenturen dpa und AFP'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});

describe('a bracket after a genitive that follows a bracket', () => {
  it.each([
    ['Nach Angaben des Investitionsfonds (KIF) der Kleinauer Entwicklungsbank (KEB) sandten Migranten 62 Milliarden Dollar in ihre Heimat.', 'Angaben des Investitionsfonds (KIF) der Kleinauer Entwicklungsbank (KEB)'],
    ['Die Weltbank (WB) in Genf (Schweiz) teilte mit, die Kredite seien ausgezahlt.', 'Die Weltbank (WB) in Genf (Schweiz)'],
  ])('%s', (text, phrase) => {
    expect(phraseOf(text)).toBe(phrase);
  });
});
