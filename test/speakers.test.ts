import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

/** The first statement's speaker: the mention as written, and the canonical name. */
function speakerOf(text: string): [string, string] | null {
  const doc = extractText(text);
  const first = doc.quotes[0] ?? doc.claims[0];
  const s = first?.speaker;
  if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  return s ? [s.text, s.name] : null;
}

describe('the speaker mention is the whole noun phrase', () => {
  it.each([
    ['„Wir sind bereit“, sagte der demokratische Senator Chris Murphy.', 'der demokratische Senator Chris Murphy', 'Chris Murphy'],
    ['Ein Sprecher des sächsischen Umweltministeriums sagte, mehrere Proben seien verunreinigt gewesen.', 'Ein Sprecher des sächsischen Umweltministeriums', 'Sprecher'],
    ['Der Bürgermeister von New Orleans erklärte, die Stadt werde geräumt.', 'Der Bürgermeister von New Orleans', 'Bürgermeister'],
    ['Verbraucher-Staatssekretärin Jana Weber (Grüne) sagte, die Tankstellen müssten umrüsten.', 'Verbraucher-Staatssekretärin Jana Weber (Grüne)', 'Jana Weber'],
    ['Nach Angaben der Polizei wurden drei Menschen verletzt.', 'Angaben der Polizei', 'Polizei'],
    ['Der Leiter des Programms der WHO, Jonas Keller, sagte: „Man muss sich vorbereiten.“', 'Der Leiter des Programms der WHO, Jonas Keller', 'Jonas Keller'],
    ['„Niemand spricht von einer Wahl“, sagte Tom Becker, Parteichef der Liberalen.', 'Tom Becker, Parteichef der Liberalen', 'Tom Becker'],
    ['Der Bremer Forscher Dr. Jens Albers sagte, die Lage sei ernst.', 'Der Bremer Forscher Dr. Jens Albers', 'Jens Albers'],
    ['Ein Regierungssprecher in Berlin sagte, man prüfe den Fall.', 'Ein Regierungssprecher in Berlin', 'Regierungssprecher'],
    ['„Wir zählen weiter“, sagte die US-amerikanische Musikzeitschrift „Billboard“.', 'die US-amerikanische Musikzeitschrift „Billboard“', 'US-amerikanische Musikzeitschrift'],
  ])('%s', (text, mention, name) => {
    expect(speakerOf(text)).toEqual([mention, name]);
  });
});

describe('a thing opening the sentence before its apposition is the object when a subject follows the verb', () => {
  it.each([
    ['Das Gesetz, das im Mai in Kraft tritt, bezeichnete die Ministerin als Fortschritt.', 'die Ministerin'],
    ['Die Pläne der Stadt, die Brücke abzureißen, lehnte der Verein ab.', 'der Verein'],
    ['Das Urteil, das am Montag fiel, hat die Richterin als endgültig bezeichnet.', 'die Richterin'],
    ['Das Gesetz, das im Mai in Kraft tritt, bezeichnete er als Fortschritt.', 'er'],
    // a person, a role or an organisation opening the sentence stays the subject
    ['Die Sprecherin, Nina Falk, bezeichnete die Ministerin als Fehlbesetzung.', 'Die Sprecherin, Nina Falk'],
    ['Der Verband, der die Klage führt, begründete den Schritt damit, dass die Frist abgelaufen sei.', 'Der Verband'],
    // nothing that must be a subject follows: the thing speaks
    ['Der Bericht, der am Montag erschien, bezeichnete die Lage als ernst.', 'Der Bericht'],
  ])('%s', (text, mention) => {
    expect(speakerOf(text)?.[0]).toBe(mention);
  });
});

describe('objects and adverbials are not speakers', () => {
  it.each([
    // an object or prepositional phrase between the verb and its subject
    ['„Das ist ein Fehler“, sagte vor Journalisten in Berlin der Minister.', 'der Minister'],
    ['„Wir werden nicht zurückkehren“, sagte dem Sender CNN der Gewerkschaftschef.', 'der Gewerkschaftschef'],
    ['Im Ausschuss sagte die Ministerin einigen Abgeordneten zufolge: „Ich bleibe im Amt.“', 'die Ministerin'],
    // the subject opens the sentence, an apposition stands between it and the verb
    ['Stadtwerke-Vorstand Tom Becker, zuständig für das Netzgeschäft, hatte angekündigt, die Leitungen erneuern zu wollen.', 'Stadtwerke-Vorstand Tom Becker'],
    // a verb the lexicon lacks, right after the quotation
    ['„Ich stehe für einen sparsamen Haushalt“, strich Vogt in Kiel heraus.', 'Vogt'],
    ['„Wann kommt der Bus?“, wollen die Anwohner seit Monaten wissen.', 'die Anwohner'],
    // a noun phrase and a colon introduce the quotation, without a verb
    ['Jana Weber, Präsidentin des Landesrechnungshofs: „Die Rechnung geht nicht auf.“', 'Jana Weber, Präsidentin des Landesrechnungshofs'],
    ['Ein Beamter der Grenzpolizei: „Wir kennen die Routen der Schleuser.“', 'Ein Beamter der Grenzpolizei'],
    // a hyphen inside a word is no parenthesis
    ['Der frühere Schiedsrichter Tom Becker kritisierte, der Italiener habe im Spiel Kleinau–Wendorf „viel zu spät eingegriffen“.', 'Der frühere Schiedsrichter Tom Becker'],
    // an adjective opening the sentence belongs to the noun after it
    ['Führende europäische Politiker pochten darauf, die Ukraine müsse beteiligt werden.', 'Führende europäische Politiker'],
    ['Ärzte ohne Grenzen teilte mit, drei Flugzeuge seien gelandet.', 'Ärzte ohne Grenzen'],
    // a feminine noun after "der" is an object
    ['Elternvertreter äußerten deutliche Kritik an dem Konzept und warfen der Schulleitung vor allem „Planlosigkeit“ vor.', 'Elternvertreter'],
    // a verb after "und" shares the subject of the first clause
    ['In seiner Stellungnahme befand der Regierungschef Paul Hartwig den Einsatz als notwendig und nannte ihn „rasch und angemessen“.', 'der Regierungschef Paul Hartwig'],
    // a passive agent
    ['Der Konzern wurde von der Behörde beschuldigt, die Abgaswerte geschönt zu haben.', 'der Behörde'],
    // a focus particle goes with the subject; the object after the verb does not speak
    ['Auch die Bauministerin Karla Weiß äußerte Zweifel: „Die Mieten werden weiter steigen.“', 'die Bauministerin Karla Weiß'],
    ['Selbst der Verbandspräsident Peter Adler äußerte Bedenken: „Das kostet Arbeitsplätze.“', 'der Verbandspräsident Peter Adler'],
  ])('%s', (text, mention) => {
    expect(speakerOf(text)?.[0]).toBe(mention);
  });

  it.each([
    ['Die Fraktion folgt dem Abgeordneten Tom Becker, der erklärt hat, gegen den Haushaltsentwurf stimmen zu wollen.', 'Tom Becker'],
    ['Im Lokalblatt erschien ein Kommentar, der den Beschluss des Stadtrats als „Fehlgriff“ bezeichnet.', 'Kommentar'],
    ['Die Organisation veröffentlichte eine Erklärung, welche die Pläne der Regierung als „gefährlich“ bezeichnet.', 'Erklärung'],
  ])('a relative pronoun is the mention, its antecedent the speaker: %s', (text, name) => {
    const [mention, speaker] = speakerOf(text) ?? [];
    expect(['der', 'welche']).toContain(mention);
    expect(speaker).toBe(name);
  });

  it('a pronoun agrees with the sex a role names', () => {
    const doc = extractText('Bundeskanzlerin Eva Roth traf Außenminister Karl-Heinz Lange. Sie sagte, die Lage sei ernst. Er sagte, man müsse handeln.');
    expect(doc.claims.map((c) => c.speaker?.name)).toEqual(['Eva Roth', 'Karl-Heinz Lange']);
  });

  it('a pronoun after a trailing cue does not take up a name from what was said', () => {
    const doc = extractText('US-Verteidigungsminister Pete Hegseth sprach in Brüssel. Aus Sicht Trumps sei eine Mitgliedschaft der Ukraine nicht Teil einer Lösung, sagte er.');
    expect(doc.claims.at(-1)?.speaker?.name).toBe('Pete Hegseth');
  });

  it('"dieser" takes up the person named last', () => {
    const doc = extractText('Die Zeitung sprach mit dem Anwalt der Familie, Rainer Wolters. In dem Gespräch mit Wolters sagte dieser, dass der Mann krank sei.');
    expect(doc.claims.at(-1)?.speaker).toMatchObject({ text: 'dieser', name: 'Rainer Wolters', resolvedBy: 'pronoun' });
  });

  it('a quotation alone follows the cue of the sentence before, not an older speaker', () => {
    const doc = extractText('„Das ist ein Fehler“, sagte Reinhard Kolb vom Bauernbund. Der Experte Martin Hollmann widersprach ihm. „Die Pflanzen tauchen in Lebensmitteln auf.“');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Reinhard Kolb', 'Martin Hollmann']);
  });

  it('a possessive before "Ansicht nach" and its noun stand for the speaker', () => {
    const doc = extractText('Regierungschef Lars Moll trat vor die Presse. Seiner Ansicht nach „erleben wir einen bitteren Tag für das Land“.');
    expect(doc.quotes[0].speaker).toMatchObject({ text: 'Seiner Ansicht', name: 'Lars Moll', resolvedBy: 'pronoun' });
  });

  it.each([
    ['Offenbar sagte er nichts. „Das bleibt geheim.“'],
    ['Vermutlich habe ein Stern die Scheibe gestreift, sagte die Astronomin Jane Morton.'],
  ])('a sentence adverb is no name: %s', (text) => {
    const doc = extractText(text);
    for (const s of [...doc.quotes, ...doc.claims]) expect(['Offenbar', 'Vermutlich']).not.toContain(s.speaker?.text);
  });
});

describe('a quotation alone goes on with the speaker as last named, without what is joined to the name', () => {
  it.each([
    ['Ministerin Eva Roth sagte: „Wir schließen das Werk.“ Die Opposition griff Roth und ihren Sprecher an. „Das ist bitter.“', 'Roth'],
    ['Ministerin Eva Roth sagte: „Wir schließen das Werk.“ Am Abend trafen sich Roth und die Gewerkschaft. „Das ist bitter.“', 'Roth'],
    // two offices of one person stay joined
    ['Ministerin Eva Roth sagte: „Wir schließen das Werk.“ Am Abend sprach die Ministerin und Vizekanzlerin im Landtag. „Das ist bitter.“', 'die Ministerin und Vizekanzlerin'],
  ])('%s', (text, mention) => {
    const doc = extractText(text);
    expect(doc.quotes[1]?.speaker).toMatchObject({ text: mention, name: 'Eva Roth' });
  });
});

describe('a passive cue names no speaker but its agent', () => {
  it.each([
    // the auxiliary after the participle, in a verb-final relative clause
    ['Der Rauch, der von Anwohnern als „beißend“ beschrieben wurde, zog über die Stadt.', 'Anwohnern'],
    ['Die Pläne, die als „überzogen“ bezeichnet wurden, liegen nun auf Eis.', null],
    // a long quotation between the auxiliary and the participle
    ['Die Behörde wurde gestern von der Opposition als „eine Verwaltung ohne jede Aufsicht, ohne Plan und ohne erkennbares Ziel“ bezeichnet.', 'der Opposition'],
    // the agent is the "von" phrase nearest the participle, not a genitive "von" before it
    ['In Norddeutschland wurde die Gefahr von Waldbränden vom Wetterdienst als „sehr hoch“ bezeichnet.', 'Wetterdienst'],
  ])('%s', (text, agent) => {
    const doc = extractText(text);
    expect(doc.quotes[0].speaker?.text ?? null).toBe(agent);
  });
});

describe('a focus adverb opening the sentence is no name', () => {
  it.each([
    ['Selbst die Zeitung „Die Welt“ hatte kritisiert, dass die Reform „zu spät“ komme.', 'die Zeitung „Die Welt“'],
    ['Insbesondere bemängelte das Gericht den Paragrafen, in dem es heißt: „Die Behörde darf Daten erheben.“', 'das Gericht'],
  ])('%s', (text, speaker) => {
    const doc = extractText(text);
    expect(doc.quotes.length + doc.claims.length).toBeGreaterThan(0);
    for (const s of [...doc.quotes, ...doc.claims]) expect(s.speaker?.text).toBe(speaker);
  });
});

describe('a quotation inside reported speech speaks for the report', () => {
  it.each([
    ['Der Verbandschef Stefan Körzell ist der Meinung, dass die Gebühren „völlig überzogen“ seien.', 'Stefan Körzell'],
    ['Die Gewerkschaft Verdi vertritt die Auffassung, dass die Reform „nicht zu Ende gedacht“ sei.', 'Gewerkschaft'],
  ])('%s', (text, name) => {
    const doc = extractText(text);
    expect(doc.quotes[0].speaker).toMatchObject({ name, resolvedBy: 'context' });
    expect(doc.quotes[0].cue).toEqual(doc.claims[0].cue);
  });
});

describe('cue clauses', () => {
  it.each([
    // "sich ausdrücken", with its particle joined in a verb-final clause
    ['Die Speicherung der Daten oder, wie sich der Abgeordnete Jörg Tauber ausdrückte, „das vorsorgliche Scannen“ der Bevölkerung sei unzulässig.', 'Jörg Tauber'],
    // "laut X" right before the quotation outranks a clause after it
    ['Weil die Therapie laut Chefarzt Prof. Dr. Stefan K. Vogel „heute vielen Patienten hilft“, planen die Ärzte eine größere Studie.', 'Stefan K. Vogel'],
    // "zumal" opens a clause of its own: the subject before it does not speak
    ['Zwar würde die Richterin Anna Keller eine Bewährung zubilligen, zumal Verteidiger Klaus Meier betont hatte, der Angeklagte sei nicht „gewalttätig“, doch sie blieb hart.', 'Klaus Meier'],
  ])('%s', (text, name) => {
    expect(extractText(text).quotes[0].speaker?.name).toBe(name);
  });
});

describe('a modal of will before the quotation', () => {
  it.each([
    ['Der Landrat Tom Becker stellte den Entwurf vor. Zunächst wollte er „einen Plan mit drei Varianten vorlegen“, am Ende waren es zwei.', 'er', 'Tom Becker'],
    ['Auch die Verkehrsministerin Anna Lührmann will „in den nächsten Wochen sorgfältig prüfen“, ob ein Verbot nötig ist.', 'die Verkehrsministerin Anna Lührmann', 'Anna Lührmann'],
  ])('%s', (text, mention, name) => {
    expect(speakerOf(text)).toEqual([mention, name]);
  });
});

describe('a cue after the quotation', () => {
  it.each([
    ['„Das ist ein schwarzer Tag für Europa“ – so Außenministerin Annalena Baerbock am Montag.', 'Annalena Baerbock'],
    ['„Das ist ein Fehler“ - sagte der Minister Hubertus Heil am Montag.', 'Hubertus Heil'],
    // who is cited speaks, not who cites
    ['„Die Lage ist ernst“, zitiert die Zeitung den Innenminister Horst Seehofer.', 'Horst Seehofer'],
    // a quotation closing the text
    ['Der Minister Hubertus Heil sagte: „Das ist ein Fehler.“', 'Hubertus Heil'],
  ])('%s', (text, name) => {
    expect(extractText(text).quotes[0].speaker?.name).toBe(name);
  });
});

describe('a quotation alone, taken up by the next sentence', () => {
  it.each([
    ['„Niemand hat die Absicht, eine Mauer zu errichten.“ Diesen Satz sagte der Staatsratsvorsitzende Walter Ulbricht im Juni 1961.', 'Walter Ulbricht', 'sagte'],
    ['„Ja, es wird teurer.“ Das musste Wirtschaftsminister Robert Habeck am Dienstag einräumen. Die Preise steigen weiter.', 'Robert Habeck', 'einräumen'],
    ['„Wir haben verstanden“. So äußerte sich die Parteichefin Saskia Esken nach der Wahl.', 'Saskia Esken', 'äußerte'],
    ['„Wir haben verstanden.“ Mit diesen Worten trat die Parteichefin Saskia Esken vor die Presse.', 'Saskia Esken', 'Worten'],
  ])('%s', (text, name, cue) => {
    const q = extractText(text).quotes[0];
    expect([q.speaker?.name, q.cue?.text]).toEqual([name, cue]);
  });

  it('a sentence that does not take it up names no speaker', () => {
    expect(extractText('„Wir haben verstanden.“ Die Wahl brachte der Partei eine klare Niederlage.').quotes[0].speaker).toBeNull();
  });
});

describe('reported speech between two quotations of one speaker', () => {
  it.each([
    ['Der Virologe Christian Drosten sagte: „Wir müssen uns vorbereiten.“ Die Gefahr sei real. Noch bestehe sie zwar nicht, weil das Virus nicht übertragbar sei. Die Kliniken seien aber gerüstet. „Aber das Virus kann sich jederzeit verändern.“', 'Christian Drosten'],
    // indicative sentences between: the narrator speaks again
    ['Der Virologe Christian Drosten sagte: „Wir müssen uns vorbereiten.“ Die Gefahr ist real. Noch besteht sie zwar nicht. Die Kliniken sind aber gerüstet. „Aber das Virus kann sich jederzeit verändern.“', undefined],
  ])('%s', (text, name) => {
    expect(extractText(text).quotes[1].speaker?.name).toBe(name);
  });
});

describe('the clause before a colon', () => {
  it.each([
    // past an apposition set off by commas
    ['Den Ärger des Verbands über den Beschluss brachte die Sprecherin des Vorstands, Jana Weber-Kraus, zum Ausdruck: „Wir sehen keinen Anlass, nachzugeben.“', 'Jana Weber-Kraus'],
    // the owner of a frame noun opening the clause
    ['Die Zahl der Anmeldungen steigt. Das Fazit der Ministerin Theresa Schopper nach fünf Jahren überrascht daher nicht: „Die Schulen haben sich bewährt.“', 'Theresa Schopper'],
    // the subject right after the verb of the last clause
    ['Spöttisch, offenbar auf die Kritik antwortend, veröffentlichte der Betreiber folgende Zeilen dazu: „Wer mitreden will, soll erst lesen.“', 'Betreiber'],
  ])('%s', (text, name) => {
    expect(extractText(text).quotes[0].speaker?.name).toBe(name);
  });
});

describe('cue verbs and their subjects', () => {
  it.each([
    // a verb after "und" shares the subject of the main clause, past a subordinate clause
    ['Als eine Schaffnerin dazukam, schubste der Fahrgast die Schaffnerin und schrie: „Fasst mich nicht an!“', 'der Fahrgast'],
    // a fronted phrase with a quoted title is no subject
    ['Unter dem Motto „Bäume statt Beton“ zogen die Anwohner durch die Altstadt und skandierten dabei Parolen wie „Rettet den Park“.', 'die Anwohner'],
    // a lower-case quoted name after an article belongs to the subject
    ['Ein Sprecher der „taz“ bezeichnete die Klage gegen die Zeitung als „völlig haltlos und absurd“.', 'Ein Sprecher der „taz“'],
    // a heading run into the sentence is no subject; the name after the auxiliary is
    ['Unterstützung Schon im März hatte Ministerpräsidentin Jana Weber in einer Ansprache verkündet: „Wir stehen hinter dem Projekt.“', 'Ministerpräsidentin Jana Weber'],
    ['Schulz hat Kanzlerin Angela Merkel am Montag scharf kritisiert: „Das war ein Fehler.“', 'Schulz'],
    // a cue inside the content of an earlier cue: who holds the whole speaks
    ['Trainer Julian Nagelsmann glaubt weiterhin, dass die Mannschaft gestärkt aus der Krise hervorgegangen sei: „Wir haben gelernt, härter zu arbeiten.“', 'Trainer Julian Nagelsmann'],
    // a subordinate clause ended by its verb before the cue is over
    ['Auf die Frage, ob er zurücktrete, antwortete der Minister Christian Lindner: „Nein, auf keinen Fall.“', 'der Minister Christian Lindner'],
    ['Nachdem er gewählt worden war, sagte der neue Präsident Jan Hofer: „Ich nehme die Wahl an.“', 'der neue Präsident Jan Hofer'],
    // a relative clause closed before the quotation is an aside
    ['Die Gewerkschaftschefin kritisierte das Verhalten des Managers, der die Belegschaft getäuscht haben soll, als „Affront, den niemand vergessen wird“.', 'Die Gewerkschaftschefin'],
    // a separable verb is a cue only with its particle
    ['Die Ministerin teilte am Montag mit: „Wir handeln sofort.“', 'Die Ministerin'],
    // ("teilen" is no cue here; the quotation is inside the view the respondents hold)
    ['22 Prozent der Befragten teilen die Meinung, die Ordnung sei „nicht verteidigenswert“.', '22 Prozent der Befragten'],
    ['Zum Hintergrund der Taten führt der Bericht aus, ein Drittel der Delikte weise einen „gezielten und geplanten“ Hintergrund auf.', 'der Bericht'],
  ])('%s', (text, mention) => {
    expect(extractText(text).quotes[0].speaker?.text).toBe(mention);
  });
});

describe('a quotation alone after a speech act', () => {
  it('"nahm … Stellung" outranks an older speaker', () => {
    const doc = extractText('„Das ist unzumutbar“, erklärte der Verbandschef Klaus Busch. Am Rande der Sitzung nahm auch der Ministerpräsident Stephan Mayer zu der Frage Stellung. Jeder Lehrer könne „das Konto jetzt oder später einlösen“.');
    expect(doc.quotes[1].speaker?.name).toBe('Stephan Mayer');
  });
});

describe('a list of speakers', () => {
  it('a quotation in brackets after a name, and a colon after the last of a list', () => {
    const doc = extractText('Viele Politiker gratulierten der Preisträgerin, so der französische Präsident Emmanuel Macron, die Chefin der Zentralbank, Christine Lagarde („Niemand hat diese Ehre mehr verdient.“), und der kanadische Premierminister Justin Trudeau: „Der Preis kommt zur rechten Zeit.“');
    expect(doc.quotes.map((q) => q.speaker?.name)).toEqual(['Christine Lagarde', 'Justin Trudeau']);
  });

  it('a clause with a verb before the colon is no list item', () => {
    const doc = extractText('Er sowie Giesel befürchten weitere Bündnisse; Zusagen, dass dies nicht geplant sei, schenken sie keinen Glauben: „Wir bleiben wachsam.“');
    expect(doc.quotes[0].speaker?.text).not.toBe('Glauben');
  });
});

describe('demonstratives', () => {
  it('"letztere" takes up the person named last', () => {
    const doc = extractText('Die Sängerin Marta Keller stand im Käfig, während die Moderatorin Anna Brandt vor dem Käfig Flugblätter verteilte. „Die Tiere leiden jeden Tag“, so letztere.');
    expect(doc.quotes[0].speaker).toMatchObject({ text: 'letztere', name: 'Anna Brandt', resolvedBy: 'pronoun' });
  });

  it('a Konjunktiv sentence about a thing taken up by "dieser" goes on with the last source', () => {
    const doc = extractText('Die Zeitung „Le Monde“ berichtet von einem neuen Plan der Regierung. Dieser sehe „harte Maßnahmen“ gegen Schlepper vor.');
    expect(doc.quotes[0].speaker?.text).not.toBe('Dieser');
  });
});

describe('sources and frames near the quotation', () => {
  it.each([
    // the source nearest the quotation, not the first of the sentence
    ['Nach Angaben der Polizei handelt es sich um einen Streit, der nach Bewertung der Staatsanwaltschaft „keinen Anlass für Ermittlungen“ gibt.', 'Bewertung der Staatsanwaltschaft'],
    ['Nach Darstellungen des Herstellers bietet das Gerät eine „deutlich längere Laufzeit“.', 'Darstellungen des Herstellers'],
    // a passive judgement with its "vom" agent
    ['In den Alpen wird die Lawinengefahr vom Lawinenwarndienst als „erheblich“ eingestuft.', 'Lawinenwarndienst'],
    // a judging verb after a fronted "Als „…“"
    ['Als „große Enttäuschung“ beurteilte die Vorsitzende der Gewerkschaft, Yasmin Fahimi, das Ergebnis.', 'die Vorsitzende der Gewerkschaft, Yasmin Fahimi'],
    // an adverb opening the sentence is no subject
    ['Die Abgeordnete Petra Kurz trat zurück. Aktuell lässt sie dort durch ihre Anwälte Folgendes erklären: „Es war ein Fehler.“', 'sie'],
    // a quoted name does not end the clause of the cue
    ['Wie die Wochenzeitung „Die Zeit“ berichtete, soll der Trainer Jens Keller zu seinen Spielern gesagt haben: „Ihr müsst kämpfen.“', 'der Trainer Jens Keller'],
    // the cue after a second quotation joined by "oder"
    ['Von „grober Fahrlässigkeit“ oder „bewusster Täuschung“ sprechen die Anwälte der Kläger.', 'die Anwälte der Kläger'],
  ])('%s', (text, mention) => {
    expect(extractText(text).quotes[0].speaker?.text).toBe(mention);
  });
});

describe('a quotation inside a report outranks a speaker carried over', () => {
  it.each([
    ['Die Ministerin Anna Berg sagte: „Wir handeln.“ Seit Jahren vertritt der Forscher Paul Kühn die These, dass die Lage „ernst“ sei.', 'der Forscher Paul Kühn', 'Paul Kühn'],
    // after a fronted adverbial the pronoun after the verb holds the view
    ['Die Ministerin Anna Berg sagte: „Wir handeln.“ Der Forscher Paul Kühn stellte sein Buch vor. Seit Jahren vertritt er die These, dass die Lage „ernst“ sei.', 'er', 'Paul Kühn'],
  ])('%s', (text, mention, name) => {
    const q = extractText(text).quotes[1];
    expect([q.speaker?.text, q.speaker?.name]).toEqual([mention, name]);
  });
});

describe('a cue participle used as an adjective', () => {
  it.each([
    // a passive with no agent: nobody named speaks
    ['Der Kanzler Olaf Scholz telefonierte am Abend mit dem Präsidenten Emmanuel Macron. In dem als „offen und konstruktiv“ beschriebenen Gespräch ging es um die Energiepreise.', null],
    // its "von" agent speaks
    ['Das von der Opposition als „Farce“ bezeichnete Verfahren wurde am Montag eingestellt.', 'der Opposition'],
    // no cue of the sentence before for a quotation alone
    ['Es war das erste bestätigte Treffen der beiden Minister. „Wir sprechen weiter.“', null],
  ])('%s', (text, mention) => {
    expect(extractText(text).quotes[0].speaker?.text ?? null).toBe(mention);
  });
});

describe('a surname that is also a function word', () => {
  it.each([
    ['Ministerpräsident Stephan Weil sagte: „Wir bleiben bei unserem Kurs.“', 'Stephan Weil'],
    ['„Das ist ein gutes Ergebnis“, sagte der Ministerpräsident Stephan Weil nach der Wahl.', 'Stephan Weil'],
  ])('%s', (text, name) => {
    expect(extractText(text).quotes[0].speaker?.name).toBe(name);
  });
});

describe('a person after "Für" holds the view', () => {
  it.each([
    ['Die Regierung verteidigte den Plan. Für den Historiker Andreas Wirsching ist die Entscheidung „ein schwerer Fehler, der sich rächen wird“.', 'den Historiker Andreas Wirsching'],
    ['Die Regierung verteidigte den Plan. Für Umweltsenatorin Bettina Jarasch (Grüne) sei der Kompromiss „ein guter Anfang“.', 'Umweltsenatorin Bettina Jarasch (Grüne)'],
  ])('%s', (text, mention) => {
    expect(extractText(text).quotes[0].speaker?.text).toBe(mention);
  });
});

describe('a quotation standing alone after a sentence about someone new', () => {
  const speakers = (text: string) => extractText(text).quotes.map((q) => q.speaker?.name ?? null);
  it.each([
    // the sentence between opens with another person: that person speaks (not one in the genitive)
    [
      '„Das ist ein schwerer Schritt“, sagte die Bürgermeisterin. Der Sprecher der Stadtwerke, Tobias Kern, war seit Wochen eingeweiht. „Wir haben das kommen sehen.“',
      ['Bürgermeisterin', 'Tobias Kern'],
    ],
    // a pronoun or a sentence about something else leaves the last speaker speaking
    ['„Das ist ein schwerer Schritt“, sagte Anna Kraus. Sie war sichtlich bewegt. „Wir haben das kommen sehen.“', ['Anna Kraus', 'Anna Kraus']],
    ['„Das ist ein schwerer Schritt“, sagte Anna Kraus. Die Entscheidung fiel am Abend. „Wir haben das kommen sehen.“', ['Anna Kraus', 'Anna Kraus']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a speaker going on is marked where the article last names them', () => {
  it.each([
    ['Ministerin Eva Roth sagte: „Wir bleiben hier.“ Am Abend traf Roth die Betriebsräte. „Das Werk hat Zukunft.“', 'Roth', 61],
    ['Trainer Jonas Brandt sagte: „Wir haben gekämpft.“ Nach dem Spiel umarmte Brandt seine Spieler. „Das war ein großer Abend.“', 'Brandt', 73],
  ])('%s', (text, mention, start) => {
    const s = extractText(text).quotes[1].speaker;
    expect([s?.text, s?.start]).toEqual([mention, start]);
  });
});

describe('where a speaker phrase ends', () => {
  it.each([
    // a second name joins only with a verb in the plural after it
    ['„Wir bleiben hart“, sagte Thomas Müller und Angela Merkel nickte zustimmend.', 'Thomas Müller'],
    ['Die Abgeordneten Jana Berg und Tim Kuhn erklärten, sie würden gegen das Gesetz stimmen.', 'Die Abgeordneten Jana Berg und Tim Kuhn'],
    // a person after a preposition opening the sentence is no genitive attribute
    ['Bei der Ministerin Anna Berger stieß der Plan auf Zustimmung. „Wir handeln jetzt.“', 'der Ministerin Anna Berger'],
  ])('%s', (text, mention) => {
    const doc = extractText(text);
    expect((doc.quotes[0] ?? doc.claims[0])?.speaker?.text).toBe(mention);
  });
});

describe('a main clause joined by "und" brings its own subject', () => {
  it.each([
    ['Die Menge skandierte vor dem Rathaus Parolen wie „Weg mit ihm!“ und der Unternehmer Tom Berger rief vor den Demonstranten aus: „Er ist der schlechteste Bürgermeister!“', 1, 'Tom Berger'],
    ['Die Gäste lachten laut und die Ministerin Eva Roth sagte: „Das war kein Witz.“', 0, 'Eva Roth'],
    // one verb shared: the subject opens the sentence
    ['Der Verband hat die Stadt und die Polizei scharf kritisiert: „Niemand hat uns gewarnt.“', 0, 'Verband'],
    // a relative clause whose verb comes last: its subject is the relative pronoun's noun
    ['Das Parlament verabschiedete eine Resolution, welche die Lage bedauert und die Regierung auffordert, das Gesetz zurückzunehmen.', 0, 'Resolution'],
  ])('%s', (text, n, name) => {
    const doc = extractText(text);
    expect([...doc.quotes, ...doc.claims][n]?.speaker?.name).toBe(name);
  });
});

describe('an object opens the clause before the colon, its subject follows the verb', () => {
  it.each([
    ['Den Ärger der Partei über die Pläne brachte die Sprecherin der Fraktion, Sabine Roth, zum Ausdruck: „So geht man nicht mit Partnern um.“', 'Sabine Roth'],
    ['Den Sorgen der Anwohner um den Lärm widmete Bürgermeister Tom Kern einen eigenen Absatz: „Wir werden das prüfen.“', 'Tom Kern'],
    // a subject opening the clause keeps it
    ['Die Ministerin Eva Roth wandte sich an die Presse: „Wir werden das prüfen.“', 'Eva Roth'],
  ])('%s', (text, name) => {
    expect(extractText(text).quotes[0]?.speaker?.name).toBe(name);
  });
});

describe('a verb after "und" shares the subject, which may follow the first verb', () => {
  it.each([
    ['Nach der Sitzung mit seinen Kollegen Tom Ost und Jan Berg trat er vor die Presse und sagte: „Wir haben eine Einigung.“', 'er'],
    ['Zum Abschluss der Reise mit Ministerin Eva Roth besuchten wir das Werk und erklärten: „Die Arbeit geht weiter.“', 'wir'],
    // an object pronoun is no subject: the name opening the sentence is
    ['Tom Ost lobte sie vor den Kollegen und sagte: „Das war ein gutes Jahr.“', 'Tom Ost'],
  ])('%s', (text, mention) => {
    expect(extractText(text).quotes[0]?.speaker?.text).toBe(mention);
  });
});

describe('a possessive opinion frame before a quotation', () => {
  it.each([
    ['Trainer Tom Kern sprach nach dem Spiel. Die Leistung war seiner Ansicht nach „eine Frage der Einstellung“.', 'seiner Ansicht'],
  ])('%s', (text, mention) => {
    expect(extractText(text).quotes[0]?.speaker?.text).toBe(mention);
  });
});

describe('a particle after a given name opens the surname', () => {
  it.each([
    ['Der Vorsitzende Karl-Heinz zu Berg sagte, die Lage sei ernst.', 'Karl-Heinz zu Berg'],
    ['Innenminister Thomas de Vries erklärte, die Kontrollen würden verschärft.', 'Thomas de Vries'],
    ['„Wir prüfen das“, sagte Anna von Hallen.', 'Anna von Hallen'],
    // a preposition before a role is no particle
    ['„Wir prüfen das“, sagte Anna zu Journalisten.', 'Anna'],
    // a noun after the particle with a genitive after it is a prepositional phrase
    ['Trainerin Anna zu Beginn der Sitzung sagte, das Team sei bereit.', 'Anna'],
    ['Die Richterin Maria zu Ende der Verhandlung sagte, das Urteil folge im Mai.', 'Maria'],
    ['Vereinssprecher Jan von Seiten des Vorstands erklärte, man warte ab.', 'Jan'],
  ])('%s', (text, name) => {
    const doc = extractText(text);
    expect((doc.quotes[0] ?? doc.claims[0])?.speaker?.name).toBe(name);
  });
});

describe('a time opening the clause is no speaker', () => {
  it.each([
    ['Ende März verkündete der Verein, dass er sich um die Spiele bewerben werde.', 'der Verein'],
    ['Anfang Mai gab der Landesverband bekannt, dass man den Antrag zurückziehe.', 'der Landesverband'],
  ])('%s', (text, mention) => {
    expect(speakerOf(text)?.[0]).toBe(mention);
  });
});

describe('an abstract noun without article opening the sentence is no speaker', () => {
  it.each([
    ['Einigkeit besteht darüber, dass die Brücke saniert werden müsse.'],
    ['Zustimmung erhält der Vorschlag, die Fähre wieder fahren zu lassen, nun auch aus dem Stadtrat.'],
  ])('%s', (text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('a frame noun after the verb and its subject: the subject after the verb holds the view', () => {
  it.each([
    ['So fassten die Bremer Grünen am Donnerstag auf ihrem Parteitag den Beschluss, Gespräche mit der SPD zu führen.', 'die Bremer Grünen'],
    ['Es ziehen 40 Prozent der Befragten den Schluss, bei der nächsten Wahl nicht zu wählen.', '40 Prozent der Befragten'],
  ])('%s', (text, mention) => {
    expect(speakerOf(text)?.[0]).toBe(mention);
  });
});
