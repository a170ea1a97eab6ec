import { describe, expect, it } from 'vitest';
import { extractText } from './helpers.js';

const claim = (text: string) => extractText(text).claims.map((c) => [c.kind, c.text, c.speaker?.name ?? null]);

describe('reported speech', () => {
  it.each([
    ['Der Kreml erklärte, Putin sei bereit, Vertreter der USA zu empfangen.', 'indirect', 'Putin sei bereit, Vertreter der USA zu empfangen', 'Kreml'],
    ['Trump versicherte, dass Selenskyj nicht außen vor bleiben werde.', 'indirect', 'dass Selenskyj nicht außen vor bleiben werde', 'Trump'],
    ['Polens Außenminister Radoslaw Sikorski versprach, sein Land werde die Ukraine unterstützen.', 'indirect', 'sein Land werde die Ukraine unterstützen', 'Radoslaw Sikorski'],
    ['Laut Finanzminister Scott Bessent soll ein Abkommen die Kosten sichern.', 'according-to', 'soll ein Abkommen die Kosten sichern', 'Scott Bessent'],
    ['Kellogg wird die Ukraine besuchen, wie das Weiße Haus mitteilte.', 'according-to', 'Kellogg wird die Ukraine besuchen', 'Weißes Haus'],
    ['Der Kreml bestätigte das Telefonat.', 'reported', 'Der Kreml bestätigte das Telefonat.', 'Kreml'],
    ['Von der Opposition wurden die Pläne des Ministers als PR-Aktion kritisiert.', 'reported', 'Von der Opposition wurden die Pläne des Ministers als PR-Aktion kritisiert.', 'Opposition'],
  ])('%s', (text, kind, content, speaker) => {
    expect(claim(text)[0]).toEqual([kind, content, speaker]);
  });

  // Constructions beyond "cue, comma, clause": one claim each, its content and speaker.
  it.each([
    // a zu-infinitive written as one word
    ['Finanzministerin Anna Berger kündigte an, im Sommer zurückzutreten.', 'indirect', 'im Sommer zurückzutreten', 'Anna Berger'],
    // content first, the indicative, the speaker right after the cue
    ['Die Lage an der Grenze ist ruhig, sagte ein Sprecher des Innenministeriums.', 'indirect', 'Die Lage an der Grenze ist ruhig', 'Sprecher'],
    // the impersonal frame
    ['Die Verhandlungen stehen kurz vor dem Abschluss, heißt es in Regierungskreisen.', 'indirect', 'Die Verhandlungen stehen kurz vor dem Abschluss', 'Regierungskreisen'],
    // the particle before a verb-final cue
    ['Wie die Bahn am Montag bekannt gab, wird die Strecke im Mai gesperrt.', 'indirect', 'wird die Strecke im Mai gesperrt', 'Bahn'],
    // a noun frame: the content ends where the main clause goes on
    ['Die Forderung der Gewerkschaft, die Löhne um acht Prozent zu erhöhen, stößt auf Widerstand.', 'indirect', 'die Löhne um acht Prozent zu erhöhen', 'Gewerkschaft'],
    ['Es gibt Berichte, wonach die Firma verkauft werden solle.', 'indirect', 'die Firma verkauft werden solle', 'Berichte'],
    // a source compound after "nach"
    ['Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt.', 'according-to', 'wurden bei dem Unfall drei Menschen verletzt', 'Polizeiangaben'],
    // media and documents after "nach", alone or in a compound
    ['Nach einem Zeitungsbericht will der Konzern das Werk in Kassel schließen.', 'according-to', 'will der Konzern das Werk in Kassel schließen', 'Zeitungsbericht'],
    ['Nach türkischen Medien wurden bei dem Beben mehr als 40 Menschen verletzt.', 'according-to', 'wurden bei dem Beben mehr als 40 Menschen verletzt', 'Medien'],
    ['Nach einem Dokument der Regierung sollen die Renten steigen.', 'according-to', 'sollen die Renten steigen', 'Regierung'],
    // a constitution, the state of an inquiry
    ['Nach der Verfassung darf der Präsident nur zweimal gewählt werden.', 'according-to', 'darf der Präsident nur zweimal gewählt werden', 'Verfassung'],
    ['Nach dem Stand der Ermittlungen hat der Mann allein gehandelt.', 'according-to', 'hat der Mann allein gehandelt', 'Ermittlungen'],
    // "gemäß" names its source as "laut" does
    ['Gemäß dem Veranstalter kamen rund 5.000 Besucher zu dem Konzert.', 'according-to', 'kamen rund 5.000 Besucher zu dem Konzert', 'Veranstalter'],
    ['Die Strecke bleibt gemäß einem Sprecher der Bahn bis Freitag gesperrt.', 'according-to', 'Die Strecke bleibt gemäß einem Sprecher der Bahn bis Freitag gesperrt', 'Sprecher'],
    ['Nach ersten Informationen wurden bei dem Brand keine Menschen verletzt.', 'according-to', 'wurden bei dem Brand keine Menschen verletzt', 'Informationen'],
    // the frame inside the sentence: the content goes round it
    ['Die Stadtverwaltung hat nach eigenen Angaben alle Brücken geprüft.', 'according-to', 'Die Stadtverwaltung hat nach eigenen Angaben alle Brücken geprüft', 'Stadtverwaltung'],
    // the rest of the source's noun phrase belongs to the frame
    ['Nach Angaben von Polizeisprecher Uwe Brandt aus Köln sind drei Menschen verletzt worden.', 'according-to', 'sind drei Menschen verletzt worden', 'Uwe Brandt'],
    ['Dem Bericht zufolge sollen die Kosten deutlich steigen.', 'according-to', 'sollen die Kosten deutlich steigen', 'Bericht'],
    ['Die Mieten steigen weiter, so der Mieterbund.', 'according-to', 'Die Mieten steigen weiter', 'Mieterbund'],
    // speech acts without a clause: the sentence is the claim
    ['Seit Jahren fordert der Bauernverband höhere Preise für Milch.', 'reported', 'Seit Jahren fordert der Bauernverband höhere Preise für Milch.', 'Bauernverband'],
    ['Die Pläne wurden von der Opposition als unausgegoren kritisiert.', 'reported', 'Die Pläne wurden von der Opposition als unausgegoren kritisiert.', 'Opposition'],
    ['Die Polizei sprach von einem gezielten Anschlag.', 'reported', 'Die Polizei sprach von einem gezielten Anschlag.', 'Polizei'],
    // an adjective of stance as a frame
    ['Die Reederei zeigte sich zuversichtlich, dass der Hafen bald wieder öffne.', 'indirect', 'dass der Hafen bald wieder öffne', 'Reederei'],
    // a zu-infinitive after a prepositional phrase with an adjective ("aus der gesperrten Halle")
    ['Beide Vereine hatten vereinbart, aus der gesperrten Halle alle Geräte abzuholen.', 'indirect', 'aus der gesperrten Halle alle Geräte abzuholen', 'Vereine'],
    // hearsay: sollen with a perfect infinitive, no cue
    ['Der Täter soll das Geld in bar verlangt haben.', 'free-indirect', 'Der Täter soll das Geld in bar verlangt haben.', null],
    // a speech act whose object is what was said
    ['Die Bürgermeisterin äußerte Bedenken gegen den Neubau.', 'reported', 'Die Bürgermeisterin äußerte Bedenken gegen den Neubau.', 'Bürgermeisterin'],
    ['Der Vorstand bekräftigte seine Pläne für das Werk in Kassel.', 'reported', 'Der Vorstand bekräftigte seine Pläne für das Werk in Kassel.', 'Vorstand'],
    // the present perfect: the participle closes the clause, its object before it
    ['Der Landrat hat die Schließung der Klinik scharf kritisiert.', 'reported', 'Der Landrat hat die Schließung der Klinik scharf kritisiert.', 'Landrat'],
    ['Der Trainer hat den Sieg gefeiert und die Leistung der Abwehr als herausragend bezeichnet.', 'reported', 'Der Trainer hat den Sieg gefeiert und die Leistung der Abwehr als herausragend bezeichnet.', 'Trainer'],
    // verbs in -er/-el: the plural in -n; a silent h takes no -e-
    ['Die Gewerkschaften fordern, dass die Löhne im Herbst steigen.', 'indirect', 'dass die Löhne im Herbst steigen', 'Gewerkschaften'],
    ['Mehrere Ökonomen bezweifeln, dass die Konjunktur bald anzieht.', 'indirect', 'dass die Konjunktur bald anzieht', 'Ökonomen'],
    ['Die Stadtwerke erwähnten, dass die Preise im Winter stabil bleiben sollen.', 'indirect', 'dass die Preise im Winter stabil bleiben sollen', 'Stadtwerke'],
    // verbs of assuming and asking with their clause
    ['Die Ermittler gehen davon aus, dass der Brand absichtlich gelegt wurde.', 'indirect', 'dass der Brand absichtlich gelegt wurde', 'Ermittler'],
    ['Der Verband hatte den Bürgermeister aufgefordert, sein Amt niederzulegen.', 'indirect', 'sein Amt niederzulegen', 'Verband'],
    // noun frames of information and conclusion
    ['Von der Feuerwehr kam die Information, der Brand sei unter Kontrolle.', 'indirect', 'der Brand sei unter Kontrolle', 'Feuerwehr'],
    ['Die Gutachter sind zu dem Schluss gekommen, dass die Brücke saniert werden müsse.', 'indirect', 'dass die Brücke saniert werden müsse', 'Gutachter'],
    ['Es gibt Gerüchte, nach denen der Sender verkauft werden soll.', 'indirect', 'der Sender verkauft werden soll', 'Gerüchte'],
    // a view of "es" that the clause spells out
    ['Die Bundesbank hält es für möglich, dass die Inflation im Sommer wieder steigt.', 'indirect', 'dass die Inflation im Sommer wieder steigt', 'Bundesbank'],
    ['Der Verband betrachtet es als notwendig, dass die Gebühren sinken.', 'indirect', 'dass die Gebühren sinken', 'Verband'],
    // the "als" phrase put first, "es" right after the verb
    ['Als ihre dringendste Aufgabe sieht es die Bürgermeisterin an, den Haushalt zu sanieren.', 'indirect', 'den Haushalt zu sanieren', 'Bürgermeisterin'],
    ['Als Ziel des Gipfels sah es der Kanzler an, die Lieferketten zu sichern.', 'indirect', 'die Lieferketten zu sichern', 'Kanzler'],
    // what became known, told by nobody named
    ['Inzwischen wurde bekannt, dass der Konzern das Werk in Kassel schließen will.', 'indirect', 'dass der Konzern das Werk in Kassel schließen will', null],
    ['Wie am Montag bekannt wurde, verlässt der Trainer den Verein zum Saisonende.', 'indirect', 'verlässt der Trainer den Verein zum Saisonende', null],
    // an inquiry as the source after "nach"
    ['Nach einer Stellungnahme der Reederei lag das Schiff zu diesem Zeitpunkt im Hafen.', 'according-to', 'lag das Schiff zu diesem Zeitpunkt im Hafen', 'Reederei'],
  ])('%s', (text, kind, content, speaker) => {
    expect(claim(text)).toEqual([[kind, content, speaker]]);
  });

  // "darauf" announces the content clause of a verb that says or insists and is no speech verb of its own
  it.each([
    ['Beide Parteien legten Wert darauf, dass die Schulden nicht steigen.', 'dass die Schulden nicht steigen', 'Parteien'],
    ['Im Schreiben beruft sich die Stadtverwaltung darauf, dass der Vertrag nie gültig gewesen sei.', 'dass der Vertrag nie gültig gewesen sei', 'Stadtverwaltung'],
    ['Die Tarifparteien einigten sich darauf, dass die Löhne im Mai steigen.', 'dass die Löhne im Mai steigen', 'Tarifparteien'],
    ['Der Anwalt bestand darauf, dass sein Mandant unschuldig sei.', 'dass sein Mandant unschuldig sei', 'Anwalt'],
    ['Die Opposition drängt darauf, dass der Minister zurücktritt.', 'dass der Minister zurücktritt', 'Opposition'],
    ['Der Kommissar verweist allerdings darauf, dass das Amt dafür nicht zuständig sei.', 'dass das Amt dafür nicht zuständig sei', 'Kommissar'],
    ['Das Landgericht stützte seinen Beschluss auf den Hinweis darauf, dass die Unterlagen unvollständig waren.', 'dass die Unterlagen unvollständig waren', 'Landgericht'],
  ])('the clause after "darauf": %s', (text, content, speaker) => {
    expect(claim(text)).toEqual([['indirect', content, speaker]]);
  });

  // an apposition before the cue is no content when the cue opens a clause of its own
  it.each([
    ['Anna Roth, die Sprecherin der Stadtwerke, sagte gegenüber der Zeitung, dass die Preise im Herbst steigen.', 'dass die Preise im Herbst steigen', 'Anna Roth'],
    ['Der Bürgermeister, ein früherer Lehrer, bekräftigte vor Journalisten, dass die Schule nicht geschlossen werde.', 'dass die Schule nicht geschlossen werde', 'Bürgermeister'],
  ])('the subject before the cue: %s', (text, content, speaker) => {
    expect(claim(text)).toEqual([['indirect', content, speaker]]);
  });

  // a capital subordinator opens an adverbial clause, which is no content of the cue after it
  it.each([
    ['Während die Abgeordneten zustimmten, lehnte der Verband das Gesetz ab.', [['reported', 'lehnte der Verband das Gesetz ab.', 'Verband']]],
    ['Da sie kein Ticket hatte, bat sie den Schaffner um Nachsicht.', []],
    // an adverb or a preposition, not a subordinator
    ['Da gab die Polizei die Festnahme bekannt.', [['reported', 'Da gab die Polizei die Festnahme bekannt.', 'Polizei']]],
    ['Während der Sitzung sagte der Minister, die Lage sei ernst.', [['indirect', 'die Lage sei ernst', 'Minister']]],
  ])('a sentence opened by a subordinator: %s', (text, claims) => {
    expect(claim(text)).toEqual(claims);
  });

  it('reads a Konjunktiv before a colon and a quotation as reported content', () => {
    const text = 'Die Ministerin äußerte Vorbehalte und sagte, bei der Abstimmung würden nicht alle Abgeordneten zustimmen: „Es wird knapp.“';
    expect(claim(text).map(([kind]) => kind)).toEqual(['indirect']);
  });

  it.each([
    ['Trump teilte das Ergebnis mit, während der Kreml schwieg.'],
    ['Der Zug fuhr verspätet ab, so dass viele Reisende warten mussten.'],
    ['Nach dem Spiel fuhren die Fans nach Hause.'],
    ['Die Regierung erklärte ihre Bereitschaft, Gespräche zu führen.'],
    ['Der Pilot entschied sich für eine Notlandung.'],
    ['Die Stadt feierte am Sonntag ihren Geburtstag.'],
    ['Der Minister stellte seine Pläne in Brüssel vor, die eigentlich erst im Herbst kommen sollten.'],
    ['Er hatte die Nachricht nie bestätigt, so lange die Ermittlungen liefen.'],
    // that someone spoke, not what
    ['Der Minister äußerte sich am Abend zu dem Unfall.'],
    // the narrator's conclusion about what was said before
    ['Damit bestätigte der Minister die Sorgen der Landwirte.'],
    // the pluperfect: what had been said before the news
    ['Der Verband hatte die Pläne schon im Frühjahr kritisiert.'],
    // a passive without its agent
    ['Gegen die Pläne war schon früh Widerspruch geäußert worden.'],
    // "bekannt" without a clause of what became known; "halten" without "es"
    ['Der Sänger wurde bekannt, als er in Berlin auftrat.'],
    ['Die Polizei hielt den Verkehr an, bis die Straße geräumt war.'],
    // after a cue that frames a quotation the comma opens an apposition to the speaker, not content
    ['„Wir bleiben in der Stadt“, sagte Jana Weber, Sprecherin des Vereins.'],
    ['Im Gespräch mit Reportern sagte Tim Kuhn, Chef der Stadtwerke: „Das Netz ist sicher.“'],
    // "darauf" without a content clause
    ['Die Mannschaft freute sich darauf, endlich wieder zu spielen.'],
    ['Kurz darauf, als der Zug hielt, stiegen die Reisenden aus.'],
    // "darauf" after a verb that waits, looks after or looks forward: no one says the clause
    ['Die Kinder freuen sich darauf, dass die Ferien beginnen.'],
    ['Die Polizei achtete darauf, dass niemand verletzt wurde.'],
    ['Die Stadt wartet darauf, dass das Land die Mittel freigibt.'],
    ['Der Verband achtet darauf, ob die Regeln eingehalten werden.'],
  ])('no claim in: %s', (text) => {
    expect(claim(text)).toEqual([]);
  });

  const linked = (text: string) => extractText(text).claims.map((c) => [c.id, c.kind, c.text, c.speaker?.name ?? null, c.continues]);
  it.each([
    // free indirect sentences of one speaker in a row: a claim each, the second going on from the first
    ['Die Ministerin erklärte, die Lage sei ernst. Viele Kliniken seien überfüllt. Es fehle an Personal.', [
      ['c1', 'indirect', 'die Lage sei ernst', 'Ministerin', null],
      ['c2', 'free-indirect', 'Viele Kliniken seien überfüllt.', 'Ministerin', null],
      ['c3', 'free-indirect', 'Es fehle an Personal.', 'Ministerin', 'c2'],
    ]],
    // with no speaker found, Konjunktiv sentences in a row are still one passage of an unnamed source
    ['Die Straße sei gesperrt. Der Verkehr werde umgeleitet.', [
      ['c1', 'free-indirect', 'Die Straße sei gesperrt.', null, null],
      ['c2', 'free-indirect', 'Der Verkehr werde umgeleitet.', null, 'c1'],
    ]],
    // a new paragraph starts a passage of its own
    ['Die Ministerin erklärte, die Lage sei ernst. Viele Kliniken seien überfüllt.\n\nEs fehle an Personal.', [
      ['c1', 'indirect', 'die Lage sei ernst', 'Ministerin', null],
      ['c2', 'free-indirect', 'Viele Kliniken seien überfüllt.', 'Ministerin', null],
      ['c3', 'free-indirect', 'Es fehle an Personal.', 'Ministerin', null],
    ]],
  ])('free indirect speech over several sentences: %s', (text, claims) => {
    expect(linked(text)).toEqual(claims);
  });

  it.each([
    // right after a report in the indicative, a Konjunktiv II that is no modal goes on with it
    ['Die Regierung warnt vor weiteren Überschwemmungen. Die Dämme befänden sich an der Grenze ihrer Belastbarkeit.', [
      ['reported', 'Die Regierung warnt vor weiteren Überschwemmungen.', 'Regierung'],
      ['free-indirect', 'Die Dämme befänden sich an der Grenze ihrer Belastbarkeit.', 'Regierung'],
    ]],
    // one sentence of narration between the report and its Konjunktiv II
    ['Die Deichverwaltung warnt vor weiteren Überschwemmungen. Der Pegel stieg am Morgen um einen Meter. Viele Dämme würden dem Druck nicht lange standhalten.', [
      ['reported', 'Die Deichverwaltung warnt vor weiteren Überschwemmungen.', 'Deichverwaltung'],
      ['free-indirect', 'Viele Dämme würden dem Druck nicht lange standhalten.', 'Deichverwaltung'],
    ]],
    // a modal or a condition is the narrator's
    ['Die Regierung warnt vor weiteren Überschwemmungen. Das Wasser könnte bis Freitag weiter steigen.', [['reported', 'Die Regierung warnt vor weiteren Überschwemmungen.', 'Regierung']]],
    ['Die Regierung warnt vor weiteren Überschwemmungen. Wenn der Regen anhielte, würden die Dämme brechen.', [['reported', 'Die Regierung warnt vor weiteren Überschwemmungen.', 'Regierung']]],
  ])('a Konjunktiv II after a report: %s', (text, claims) => {
    expect(claim(text)).toEqual(claims);
  });

  it.each([
    // a verb in -ieren: its Konjunktiv I in -iere is no form of the indicative
    ['Der Mieterbund kündigte eine Klage an. Das Gesetz diskriminiere junge Familien.', [
      ['reported', 'Der Mieterbund kündigte eine Klage an.', 'Mieterbund'],
      ['free-indirect', 'Das Gesetz diskriminiere junge Familien.', 'Mieterbund'],
    ]],
    // an adjective with the ending
    ['Die schiere Größe des Projekts beeindruckte die Besucher.', []],
  ])('a Konjunktiv I by its ending: %s', (text, claims) => {
    expect(claim(text)).toEqual(claims);
  });

  it('finds every report of a sentence', () => {
    expect(claim('Die Ministerin pochte darauf, dass die Frist eingehalten werde, und erklärte, weitere Verzögerungen seien nicht hinnehmbar.')).toEqual([
      ['indirect', 'dass die Frist eingehalten werde', 'Ministerin'],
      ['indirect', 'weitere Verzögerungen seien nicht hinnehmbar', 'Ministerin'],
    ]);
  });

  it('ends the content where the narrator takes over again', () => {
    const out = claim('Die Zeugin hatte vor dem Ausschuss erklärt, sie sei getäuscht worden, erkannte der Ausschuss aber nicht an.');
    expect(out).toEqual([['indirect', 'sie sei getäuscht worden', 'Zeugin']]);
  });

  it('ends the content at a contrast in the narrator\'s indicative', () => {
    expect(claim('Ein Sprecher sagte, der Minister sei zurückgetreten, doch die Regierung widersprach.')).toEqual([['indirect', 'der Minister sei zurückgetreten', 'Sprecher']]);
  });

  it('shares the subject of the first verb with a cue after "und", past a quoted object', () => {
    const out = claim('Die Ministerin nannte die „Lage an den Schulen“ ernst und erklärte, dass mehr Lehrer eingestellt würden.');
    expect(out).toEqual([['indirect', 'dass mehr Lehrer eingestellt würden', 'Ministerin']]);
    const infinitive = claim('Die Ministerin betonte die Notwendigkeit, die „Lücken im Lehrplan“ zu schließen und erklärte, dass mehr Lehrer eingestellt würden.');
    expect(infinitive).toEqual([['indirect', 'dass mehr Lehrer eingestellt würden', 'Ministerin']]);
  });

  it('takes the sentence before as the content of "Dies bestätigte …"', () => {
    const out = claim('Die Fabrik in Linz wird Ende des Jahres geschlossen. Dies bestätigte ein Sprecher des Konzerns am Dienstag.');
    expect(out).toEqual([['indirect', 'Die Fabrik in Linz wird Ende des Jahres geschlossen', 'Sprecher']]);
  });

  // a view stated without a clause is a speech act of its holder
  it.each([
    ['Die Gewerkschaft sieht in dem Plan eine Gefahr für die Arbeitsplätze.', [['reported', 'Die Gewerkschaft sieht in dem Plan eine Gefahr für die Arbeitsplätze.', 'Gewerkschaft']]],
    ['Viele Ökonomen sehen darin keine Lösung der Krise.', [['reported', 'Viele Ökonomen sehen darin keine Lösung der Krise.', 'Ökonomen']]],
    ['Die Behörde hält den Betrieb der Anlage für sicher.', [['reported', 'Die Behörde hält den Betrieb der Anlage für sicher.', 'Behörde']]],
    // a clause that spells the view out is its content
    ['Die Ministerin sah in dem Treffen eine Chance, den Streit beizulegen.', [['indirect', 'den Streit beizulegen', 'Ministerin']]],
    // a clause running on past the reach of the view is not taken as its content
    ['Die Gewerkschaft sieht in dem Plan eine Gefahr, die Betriebe in Kassel, Bremen, Hamburg, Kiel, Lübeck, Rostock, Schwerin, Potsdam, Dresden, Leipzig, Erfurt, Halle, Jena und Weimar müssten dann schon im kommenden Winter schließen und würden ihre Beschäftigten entlassen.', [['reported', 'Die Gewerkschaft sieht in dem Plan eine Gefahr', 'Gewerkschaft']]],
    // a noun of a view, alone, after adjectives or in a compound
    ['Experten sehen in der Abstimmung den ersten Schritt zu einer Reform.', [['reported', 'Experten sehen in der Abstimmung den ersten Schritt zu einer Reform.', 'Experten']]],
    ['Der Verband sieht in der Reform ein Sicherheitsrisiko.', [['reported', 'Der Verband sieht in der Reform ein Sicherheitsrisiko.', 'Verband']]],
    // seeing with the eyes, content said before, a source of its own
    ['Die Zuschauer sahen im Stadion die Niederlage der Gäste.', []],
    ['Die Ermittler sahen in der Wohnung einen verletzten Mann.', []],
    ['Millionen Menschen sahen im Fernsehen ein spannendes Finale.', []],
    ['Die Besucher sehen in der Ausstellung ein Modell der Altstadt.', []],
    ['Dies hält der Minister für unwahrscheinlich.', []],
    ['Die Partei hält den Weg laut ihrem Sprecher für gangbar.', [['according-to', 'Die Partei hält den Weg laut ihrem Sprecher für gangbar', 'Sprecher']]],
  ])('a view as a speech act: %s', (text, claims) => {
    expect(claim(text)).toEqual(claims);
  });

  // the same in the passive: its "von" agent speaks; a passive without one reports nothing
  it.each([
    ['Die Stadt schließt das Hallenbad im Sommer. Das wurde vom Bürgermeister am Montag bekannt gegeben.', [['indirect', 'Die Stadt schließt das Hallenbad im Sommer', 'Bürgermeister']]],
    ['Der Konzern streicht 300 Stellen in Bremen. Dies wurde von einem Sprecher des Vorstands am Dienstag, dem 4. Mai, bestätigt.', [['indirect', 'Der Konzern streicht 300 Stellen in Bremen', 'Sprecher']]],
    ['Der Konzern streicht 300 Stellen in Bremen. Das wurde am Dienstag beschlossen.', []],
  ])('takes the sentence before as the content of "Das wurde von X bestätigt": %s', (text, claims) => {
    expect(claim(text)).toEqual(claims);
  });

  it('lets the last source go on after "Demnach" and "Seiner Meinung nach"', () => {
    expect(claim('Der Sprecher Jan Vogel sagte, man prüfe den Fall. Demnach habe der Konzern die Zahlen geschönt.')[1]).toEqual(['according-to', 'habe der Konzern die Zahlen geschönt', 'Jan Vogel']);
    expect(claim('Der Experte Karl Huber sprach von Versäumnissen. Seiner Meinung nach hätte die Behörde früher warnen müssen.')[1]).toEqual(['according-to', 'hätte die Behörde früher warnen müssen', 'Karl Huber']);
  });

  it('continues the last speaker in a Konjunktiv sentence without a cue', () => {
    const out = claim('Kremlsprecher Dmitri Peskow sagte, die Gespräche seien gut verlaufen. Zudem habe Putin Trump nach Moskau eingeladen.');
    expect(out[1]).toEqual(['free-indirect', 'Zudem habe Putin Trump nach Moskau eingeladen.', 'Dmitri Peskow']);
  });

  it('goes on in the Konjunktiv II after a reported dass-clause in the Konjunktiv', () => {
    const out = claim('Der Minister hatte erklärt, dass die Frist verlängert werde. Die Behörden wären sonst überlastet.');
    expect(out[1]).toEqual(['free-indirect', 'Die Behörden wären sonst überlastet.', 'Minister']);
  });

  it('reads a Konjunktiv I in a main clause as reported speech even without a report before it', () => {
    expect(claim('Die Lieferungen verzögern sich. Die Fabrik in Ulm sei überlastet.')).toEqual([['free-indirect', 'Die Fabrik in Ulm sei überlastet.', null]]);
  });

  it('reads the Konjunktiv of a main clause, not of a clause inside it', () => {
    const out = claim('Der Sprecher Jan Vogel sagte, die Gespräche seien gut verlaufen. Die Partei reagierte ausweichend auf Fragen, ob sie davon gewusst habe.');
    expect(out).toHaveLength(1);
  });

  it('does not read a first-person answer as free indirect speech', () => {
    const out = claim('Der Trainer Max Roth sagte, die Mannschaft sei bereit. Ich habe keine Angst vor dem Spiel.');
    expect(out).toHaveLength(1);
  });

  it('does not read a hypothetical in the reporter\'s voice as reported speech', () => {
    expect(claim('Ein Treffen könnte in Saudi-Arabien stattfinden. Es wäre das erste.')).toEqual([]);
  });

  it('lists the quotations inside a claim', () => {
    const doc = extractText('Selenskyj sagte, es sei ein „bedeutsames Gespräch“ gewesen.');
    expect(doc.claims[0].quoteIds).toEqual([doc.quotes[0].id]);
  });
});

describe('the speaker of a claim is the whole noun phrase', () => {
  const speaker = (text: string) => {
    const s = extractText(text).claims[0]?.speaker ?? null;
    if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    return s?.text ?? null;
  };
  it.each([
    // a genitive without an article after the source noun
    ['Nach Angaben libanesischer Sicherheitskreise wurden zwei Soldaten verletzt.', 'Angaben libanesischer Sicherheitskreise'],
    ['Nach Angaben seines Anwalts sei der Sänger schwer erkrankt.', 'Angaben seines Anwalts'],
    ['Nach Meinung Frankreichs müsse der Vertrag neu verhandelt werden.', 'Meinung Frankreichs'],
    // a capitalised adjective after the article or opening the sentence; a genitive owner before a role
    ['Der Deutsche Wetterdienst warnte, in der Nacht könne es Glatteis geben.', 'Der Deutsche Wetterdienst'],
    ['Internationale Beobachter erklärten, die Wahl sei nicht frei gewesen.', 'Internationale Beobachter'],
    ['Hamburgs Bürgermeister erklärte, der Hafen bleibe geöffnet.', 'Hamburgs Bürgermeister'],
    // a second phrase joined by "und"
    ['Die Abgeordneten Jana Berg und Tim Kuhn erklärten, sie würden gegen das Gesetz stimmen.', 'Die Abgeordneten Jana Berg und Tim Kuhn'],
    // a name between commas after the noun, with an initial or a particle
    ['Der Investor des Projekts, Jonas K. Weber, kündigte an, das Hochhaus umzuplanen.', 'Der Investor des Projekts, Jonas K. Weber'],
    ['Ein Sprecher der Vereinten Nationen, Karim el-Masri, sagte, die Lage sei dramatisch.', 'Ein Sprecher der Vereinten Nationen, Karim el-Masri'],
    // a quoted name and a place after the head; not a time
    ['Die Wochenzeitung „Die Woche“ berichtete, der Verlag werde verkauft.', 'Die Wochenzeitung „Die Woche“'],
    ['Die Regierungen von Spanien und Portugal erklärten, sie würden helfen.', 'Die Regierungen von Spanien und Portugal'],
    ['Ein Sprecher der Polizei in Dresden sagte, der Täter sei gefasst.', 'Ein Sprecher der Polizei in Dresden'],
    ['Nach Angaben der Feuerwehr am Sonntagabend wurden drei Menschen verletzt.', 'Angaben der Feuerwehr'],
    // a number or a capitalised adjective without an article; a place after a bracket; places joined by "und"
    ['37 Prozent sind der Auffassung, dass die Renten nicht sicher seien.', '37 Prozent'],
    ['Verschiedene Zeitungen berichteten, dass der Minister zurücktreten wolle.', 'Verschiedene Zeitungen'],
    ['Die Internationale Atomenergiebehörde (IAEA) in Wien erklärte, die Anlage sei sicher.', 'Die Internationale Atomenergiebehörde (IAEA) in Wien'],
    ['Die Außenminister von Polen und Frankreich erklärten, sie würden die Sanktionen verlängern.', 'Die Außenminister von Polen und Frankreich'],
    ['Der Präsident der Ukraine sagte, sein Land brauche mehr Luftabwehr.', 'Der Präsident der Ukraine'],
    // the text something is said in: "heißt es in …", "Im … heißt es"
    ['Die Schäden seien größer als erwartet, heißt es in dem Gutachten der Versicherer.', 'dem Gutachten der Versicherer'],
    ['Im Abschlussbericht heißt es, die Wahl sei weitgehend fair verlaufen.', 'Abschlussbericht'],
    ['Nun heißt es in einem Schreiben des Vereins, die Trainerin habe das Vertrauen verloren.', 'einem Schreiben des Vereins'],
    // a "wie" clause with an apposition or a quoted name before its verb
    ['Wie der Sprecher der Stadtwerke, Peter Lorenz, mitteilte, bleibt das Bad bis Mai geschlossen.', 'der Sprecher der Stadtwerke, Peter Lorenz'],
    ['Wie „Spiegel Online“ berichtet, will der Konzern zwei Werke schließen.', '„Spiegel Online“'],
    // who holds the view a frame noun names
    ['Der Mieterverein ist der Ansicht, dass die Erhöhung unzulässig sei.', 'Der Mieterverein'],
    ['Die Ökonomen der Bundesbank teilen die Einschätzung, die Inflation habe ihren Höhepunkt erreicht.', 'Die Ökonomen der Bundesbank'],
    ['Ein wichtiger Punkt ist die Forderung, dass die Mieten gedeckelt werden.', null],
    // a passive without an agent: the text it is said in
    ['In einer Pressemitteilung der Stadt wurde angekündigt, dass die Brücke im Mai öffnet.', 'einer Pressemitteilung der Stadt'],
    ['In der Nacht wurde mitgeteilt, dass die Grenze geschlossen sei.', null],
    // a relative pronoun after "nach" is the mention of what it takes up
    ['Es gibt Gerüchte, nach denen der Sender verkauft werden soll.', 'denen'],
    // "Demnach": the adverb stands for the source, as a pronoun would
    ['Demnach sollen die Bauarbeiten im Herbst beginnen.', 'Demnach'],
  ])('%s', (text, mention) => {
    expect(speaker(text)).toBe(mention);
  });
});

describe('what is no report frame', () => {
  it.each([
    // "nach der Wahl" is a time, not "nach der" as a relative pronoun
    ['Es gab Schätzungen, nach der Wahl werde die Steuer steigen.', 'indirect'],
  ])('%s', (text, kind) => {
    expect(extractText(text).claims.filter((c) => c.kind === kind)).toEqual([]);
  });
});

describe('who goes on speaking in the Konjunktiv', () => {
  // the speaker of the last claim and where the article names them
  const lastSpeaker = (text: string) => {
    const s = extractText(text).claims.at(-1)?.speaker ?? null;
    return s && [s.text, s.start];
  };
  it.each([
    // a sentence that reports nothing, then a Konjunktiv I: the view of its subject, not of the older report
    ['Die Gewerkschaft erklärte, der Streik gehe weiter. Am Abend lud die Stadt zu Gesprächen ein. Der Stadtrat sieht keine Grundlage für höhere Löhne. Die Kassen seien leer.', 'Der Stadtrat', 93],
    ['Die Reederei teilte mit, das Schiff sei beschädigt. Die Bergung beginnt am Montag. Die Hafenbehörde hält den Zeitplan für knapp. Es fehle an Schleppern.', 'Die Hafenbehörde', 83],
    ['Die Deichverwaltung sieht keine Gefahr. Die Deiche seien hoch genug.', 'Die Deichverwaltung', 0],
    // after a fronted phrase, the known name right after the verb
    ['Der Verband erklärte, die Lage sei ernst. Mit Kritik an dem Plan hält sich Ministerin Eva Roth zurück. Der Entwurf sei noch nicht fertig.', 'Ministerin Eva Roth', 75],
    // a sentence about something else leaves the report going on
    ['Der Verband erklärte, die Lage sei ernst. Am Abend fand eine Sitzung statt. Der Entwurf sei noch nicht fertig.', 'Der Verband', 0],
    // the speaker going on is marked where the article last names them
    ['Ministerin Eva Roth erklärte, das Werk bleibe offen. Die Belegschaft dankte Roth am Abend. Ein Käufer soll bereits gefunden sein.', 'Roth', 76],
    // "Demnach" stands for the source; the Konjunktiv after it goes on with the source as named
    ['Laut der Zeitung Kurier kam es zu Engpässen. Demnach fehlen in den Kliniken Hunderte Pflegekräfte. In manchen Häusern sei die Lage kritisch.', 'der Zeitung Kurier', 5],
    ['Vorstandschef Tim Berg erklärte, die Firma wachse weiter. Im Herbst sollen zwei Filialen öffnen. Am Abend traf Berg die Betriebsräte. Der Umsatz solle um zehn Prozent steigen.', 'Berg', 111],
    // a sentence denying or confirming what was said before: the Konjunktiv after it is its subject's answer
    ['Die Behörde wirft dem Land vor, heimlich Waffen zu bauen. Das Land bestreitet dies. Sein Programm diene allein der Forschung.', 'Das Land', 58],
    ['Der Verband warf dem Verein vor, Spieler zu bezahlen. Der Vorstand wies das zurück. Alle Zahlungen seien ordnungsgemäß verbucht.', 'Der Vorstand', 54],
    // … in the sentence of the claim itself
    ['Finanzminister Peer Kern sagte, der Haushalt sei solide. Obwohl Kern mit höheren Einnahmen rechne, sei das Land von schwarzen Zahlen noch ein gutes Stück entfernt.', 'Kern', 64],
    ['Vorstandschef Tim Berg erklärte, das Werk bleibe offen. Zwar sei das ein Anfang – so Berg –, doch fehle noch ein Käufer.', 'Berg', 85],
  ])('%s', (text, mention, start) => {
    expect(lastSpeaker(text)).toEqual([mention, start]);
  });
});

describe('a noun phrase with an apposition or a relative clause before the verb is its subject', () => {
  it.each([
    ['Ein Sprecher der Stadtwerke, Tom Kern, sagte heute Abend, die Leitung sei repariert.', 'Tom Kern'],
    ['Der Mieterverein, der die Klage führt, begründete die Entscheidung damit, dass die Frist abgelaufen sei.', 'Mieterverein'],
    ['Der Betriebsrat, der die Belegschaft vertritt, kritisierte die Pläne der Geschäftsführung scharf.', 'Betriebsrat'],
    // an auxiliary opening the clause after the apposition; adjectives before a known name
    ['Der Vorsitzende des Elternbeirats, Jonas Falk, hatte Direktor Brandt gestern aufgefordert, die Schule zu schließen.', 'Jonas Falk'],
    ['Die frühere Bürgermeisterin Eva Lang, die als Gast im Saal war, sagte Reportern, dass die Debatte fair gewesen sei.', 'Eva Lang'],
    // a genitive or a preposition inside the opening phrase
    ['Der Präsident des Landessportbunds, Jan Morel, bezeichnete die Kürzungen als unverantwortlich.', 'Jan Morel'],
    ['Der Leiter des Amtes für Statistik, Jan Ost, sagte heute Abend, die Zahl sei gestiegen.', 'Jan Ost'],
    // an object opening the sentence: the subject follows the verb
    ['Die neuen Pläne, die der Senat vorgelegt hatte, kritisierte die Opposition als unsozial.', 'Opposition'],
    // content before a trailing cue is no subject
    ['Die Lage bleibt ernst, sagte der Minister am Abend.', 'Minister'],
  ])('%s', (text, name) => {
    expect(extractText(text).claims[0]?.speaker?.name).toBe(name);
  });
});

describe('no content before a trailing cue without a verb', () => {
  it.each([
    // a noun phrase and its apposition are the subject, a time is no content
    ['Tom Kern, Kassenwart des Vereins, warf dem Vorstand mangelnde Sorgfalt vor.', 'reported', 'Tom Kern'],
    ['Am Montag, dem 3. Mai, sagte der Minister, die Lage sei ernst.', 'indirect', 'die Lage sei ernst'],
  ])('%s', (text, kind, what) => {
    const c = extractText(text).claims[0];
    expect(c.kind).toBe(kind);
    expect(kind === 'reported' ? c.speaker?.name : c.text).toBe(what);
  });
});

describe('subjects that are no names', () => {
  it.each([
    // a number before its noun opens the subject; a year alone is fronted
    ['62 Prozent befürworteten, dass die Stadt mehr Radwege baut.', '62 Prozent'],
    ['2009 kündigte der Konzern an, zwei Werke zu schließen.', 'der Konzern'],
    // "diese" without its noun takes up what was named before
    ['Die Satzung enthält eine Regel. Diese besagt, dass der Vorstand jedes Jahr neu gewählt wird.', 'Diese'],
    ['Zwei Männer sprachen den Wirt an. Diese forderten, dass er die Kasse öffne.', 'Diese'],
    ['Diese Woche erklärte der Minister, die Lage sei ernst.', 'der Minister'],
  ])('%s', (text, mention) => {
    expect(extractText(text).claims[0]?.speaker?.text ?? null).toBe(mention);
  });
});

describe('a frame noun owned by a genitive, not by a prepositional phrase', () => {
  it.each([
    ['Die Reederei begegnet den Vorwürfen mit dem Argument, die Fähren seien voll ausgelastet.', 'Reederei'],
    ['Die Forderung des Ministers, die Steuern zu senken, stößt auf Kritik.', 'Ministers'],
    // a bare plural with no owner speaks for itself
    ['Inzwischen werden Vorwürfe laut, dass der Verein die Spielregeln missachte.', 'Vorwürfe'],
  ])('%s', (text, name) => {
    expect(extractText(text).claims[0]?.speaker?.name).toBe(name);
  });
});

describe('a cue that names nobody, and the source after the content', () => {
  it.each([
    ['Die Stadt wird inzwischen aufgefordert, die Brücke sofort zu sperren, so Verkehrsminister Jan Ost.', 'die Brücke sofort zu sperren', 'Jan Ost'],
    ['Den Kliniken wurde empfohlen, planbare Eingriffe zu verschieben, so die Ärztekammer im Landesfernsehen.', 'planbare Eingriffe zu verschieben', 'Ärztekammer'],
    // a subject of its own keeps the claim; the source after it ends the content
    ['Die Ministerin Eva Roth betonte, die Schulen blieben geöffnet, so der Sender.', 'die Schulen blieben geöffnet', 'Eva Roth'],
  ])('%s', (text, content, name) => {
    const c = extractText(text).claims[0];
    expect([c?.text, c?.speaker?.name]).toEqual([content, name]);
  });
});

describe('a possessive opinion frame is the mention with its noun', () => {
  it.each([
    ['Der Pilot Jan Ost äußerte sich am Montag. Seiner Meinung nach hätte die Maschine früher landen müssen.', 'Seiner Meinung', 'Jan Ost'],
    ['Trainer Tom Kern sprach nach dem Spiel. Seiner Ansicht nach ist die Mannschaft auf einem guten Weg.', 'Seiner Ansicht', 'Tom Kern'],
  ])('%s', (text, mention, name) => {
    const s = extractText(text).claims.at(-1)?.speaker;
    expect([s?.text, s?.name]).toEqual([mention, name]);
  });
});

describe('a name in the genitive after an object noun opening the clause is no subject', () => {
  it.each([
    ['Der Abgeordnete Tim Hassel hatte die Regierung angegriffen. Die Äußerungen Hassels nannte Dieter Kern einen Fehler und erklärte, die Partei müsse sich entschuldigen.', 'Dieter Kern'],
    ['Der Abgeordnete Tim Hassel legte einen Plan vor. Den Plan Hassels kritisierte Ministerin Eva Roth scharf und sagte, er sei nicht zu bezahlen.', 'Eva Roth'],
  ])('%s', (text, name) => {
    expect(extractText(text).claims.at(-1)?.speaker?.name).toBe(name);
  });
});
