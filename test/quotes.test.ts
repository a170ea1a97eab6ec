import { describe, expect, it } from 'vitest';
import { NAME_HEADS } from '../src/lexicon/index.js';
import { extractText } from './helpers.js';


describe('quotation marks', () => {
  it.each([
    ['„Wir sind bereit“, sagte Scholz.', 'Wir sind bereit'],
    ['“Wir sind bereit”, sagte Scholz.', 'Wir sind bereit'],
    ['»Wir sind bereit«, sagte Scholz.', 'Wir sind bereit'],
    ['«Wir sind bereit», sagte Scholz.', 'Wir sind bereit'],
    ['"Wir sind bereit", sagte Scholz.', 'Wir sind bereit'],
  ])('%s', (text, expected) => {
    expect(extractText(text).quotes.map((q) => q.text)).toEqual([expected]);
  });

  it('keeps a nested quotation inside its quotation', () => {
    const doc = extractText('„Er nannte das ‚unrealistisch‘ und ging“, sagte die Ministerin Anna Berg.');
    expect(doc.quotes.map((q) => q.text)).toEqual(['Er nannte das ‚unrealistisch‘ und ging']);
  });

  it('closes „ with a straight mark when the two are mixed', () => {
    const doc = extractText('„Wir bleiben hier", sagte der Bürgermeister.');
    expect(doc.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', 'Wir bleiben hier']]);
  });

  it('continues a quotation into later paragraphs that a mark nothing opened closes', () => {
    const text = 'Im Gesetz heißt es:\n„Die Behörde darf folgende Mittel anwenden:\n1. das Beobachten des Internets.“\nDas Gericht prüft.';
    const doc = extractText(text);
    expect(doc.quotes.map((q) => q.text)).toEqual(['Die Behörde darf folgende Mittel anwenden:\n1. das Beobachten des Internets.']);
    expect(doc.warnings).toEqual([]);
  });

  it('does not continue a quotation over paragraphs whose marks pair among themselves', () => {
    const doc = extractText('Er sagte: „Das endet nie.\nDie Ministerin sprach von „Verrat“.');
    expect(doc.warnings.map((w) => w.code)).toContain('unclosed-quote');
    expect(doc.quotes.map((q) => q.text)).toEqual(['Verrat']);
  });

  it('continues a quotation into the next paragraph that opens with a mark', () => {
    const text = 'Die Ministerin Anna Berg sagte: „Wir bleiben.\n„Und wir kämpfen weiter.“';
    const doc = extractText(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0].text).toBe('Wir bleiben.\n„Und wir kämpfen weiter.');
  });

  it('warns about a quotation that never closes and extracts the rest', () => {
    const doc = extractText('Er sagte: „Das endet nie.\nScholz sagte: „Wir sind bereit.“');
    expect(doc.warnings.some((w) => w.code === 'unclosed-quote')).toBe(true);
    expect(doc.quotes.map((q) => q.text)).toContain('Wir sind bereit.');
  });
});

describe('quote kinds: statements, fragments and titles', () => {
  it.each([
    ['„Manchmal muss man auch Wahlen haben.“', 'direct'],
    ['Er bezeichnete den Beitritt als „praktisch ausgeschlossen“.', 'partial'],
    ['Sluzki sprach von einer „kalten Dusche für Selenskyj“.', 'partial'],
    ['Er sah den Film „Der Pate“ im Kino.', null],
    ['Die Oper „Rigoletto“ hatte Premiere.', null],
    ['Das meldete die „New York Times“ am Freitagabend.', null],
    ['Die sogenannte „Sauerlandlinie“ ist gesperrt.', null],
    ['Das Profil, auch „BD-Live“ genannt, kommt später.', null],
  ])('%s → %s', (text, kind) => {
    const doc = extractText(text);
    expect(doc.quotes[0]?.kind ?? null).toBe(kind);
  });
});

// One table per rule of src/stages/quote-kind.ts and quote-frame.ts: each sentence
// with the kind of its first quotation (null: a name, title or term, no statement).
const kindOfFirst = (text: string) => extractText(text).quotes[0]?.kind ?? null;

describe('quote kinds: "als" and "von" frame words only with a verb of judging or speaking', () => {
  it.each([
    ['Die Opposition bezeichnete das Gesetz als „verfassungswidrig“.', 'partial'],
    ['Die Gewerkschaft wertete den Abschluss als „großen Erfolg“.', 'partial'],
    ['Der Verband wies den Vorwurf als „Unverschämtheit“ zurück.', 'partial'],
    ['Der Senator sprach von „Verrat“.', 'partial'],
    ['Der Minister attackierte den Nachbarn als den „größten Brandstifter der Region“.', 'partial'],
    ['Das Ministerium rechtfertigte die Aktion als „notwendige Abwehr“.', 'partial'],
    ['Der Ort gilt seit Jahren als „Hochburg der Separatisten“.', null],
    ['Er arbeitete jahrelang als „Springer“ in der Fabrik.', null],
    ['Die Schule präsentiert sich als „Schule ohne Grenzen“.', null],
    ['Ein Sprecher von „Ärzte ohne Grenzen“ bestätigte die Zahl.', null],
  ])('%s → %s', (text, kind) => expect(kindOfFirst(text)).toBe(kind));
});

describe('quote kinds: a capitalised phrase is words only where a clause speaks and a name cannot stand', () => {
  it.each([
    ['Die Opposition warf ihm „Wortbruch“ vor.', 'partial'],
    ['Den Start meldete die Nachrichtenagentur „Xinhua“.', null],
    ['Bis vor kurzem sei das der „Normalfall“ gewesen.', 'partial'],
    ['Der Minister nannte den Bericht eine „Zeitungsente“.', 'partial'],
    ['Er sagte, „Sperrzonen“ dürfe es in der Stadt nicht geben.', 'partial'],
    ['Ihr wurde vorgeworfen, einen „Kuschelkurs“ mit Moskau zu fahren.', 'partial'],
    ['Der Verband hat die „Reform“ ausdrücklich gelobt.', 'partial'],
    ['Die „Süddeutsche Zeitung“ hatte zuerst darüber berichtet.', null],
    ['Ein Sprecher der „Deutschen Bahn“ sagte, der Zug fahre wieder.', null],
    ['Das sagte der Minister im Gespräch mit dem „Tagesspiegel“.', null],
    ['In der „Welt am Sonntag“ schreibt der Minister, er bleibe im Amt.', null],
    ['Die konservative „Frankfurter Allgemeine“ kommentierte den Plan.', null],
    ['Der Vorsitzende der „Initiative Saubere Luft“ sei zurückgetreten.', null],
    ['Sie bezeichnete den Sender als „Game of Thrones“ der Nachrichten.', null],
    ['Der Alpenverein warnte vor dem „Wetterumschwung“ in den Bergen.', 'partial'],
  ])('%s → %s', (text, kind) => expect(kindOfFirst(text)).toBe(kind));
});

describe('quote kinds: sources, speakers and naming verbs make a name', () => {
  it.each([
    ['Laut „tagesschau.de“ wurde der Vertrag unterschrieben.', null],
    ['Dem „Figaro“ zufolge reist der Präsident nach Rom.', null],
    ['Wie „heise online“ berichtet, fällt der Dienst aus.', null],
    ['Moritz Weber von der „Aktion Kinder helfen“ sagte, die Lage sei ernst.', null],
    ['Früher hieß das Lokal „Zum goldenen Hirsch“.', null],
    ['Die Junta nennt sich selbst „Rat zur Rettung der Nation“.', null],
    ['Dies nennt man einen „Aktiensplit“.', null],
    ['In der Erklärung heißt es, die Lage sei „sehr ernst“.', 'partial'],
    ['Die „Internationale Organisation für Migration“, kurz IOM, half den Familien.', null],
  ])('%s → %s', (text, kind) => expect(kindOfFirst(text)).toBe(kind));
});

describe('quote kinds: titles, sayings and translations', () => {
  it.each([
    ['Der Autor las aus seinem Roman „Die Welt von gestern und die Welt von heute“.', null],
    ['Das Wochenmagazin „profil“ berichtete zuerst über die Verträge.', null],
    ['Vogts Film „1989: Sommer am Kanal“ lief im Kino.', null],
    ['Die Verteidigerin berief sich auf das Prinzip „in dubio pro reo“.', null],
    ['Sie folgten der alten Weisheit, „wer zuerst kommt, mahlt zuerst“, und standen früh auf.', null],
    ['Die Demonstranten zogen unter dem Motto „Wir sind die Stadt, und die Stadt gehört uns allen!“ durch die Straßen.', null],
    ['Die Bewegung Fidesz („Bund Junger Demokraten“) regiert seit Jahren.', null],
    ['Die Organisation Memorial (übersetzt: „Gedenken“) wurde verboten.', null],
    ['Die „Vereinigte Front für Demokratie“ (UDD) rief zu Protesten auf.', null],
    ['Der „Rat für nationale Ordnung“ (National Order Council) übernahm die Macht.', null],
    ['Miriam Haddad („Niemand hat diese Ehre mehr verdient als er.“) nahm den Preis entgegen.', 'direct'],
  ])('%s → %s', (text, kind) => expect(kindOfFirst(text)).toBe(kind));
});

describe('quote kinds: utterances and capitalised titles at a sentence start or after a colon', () => {
  it.each([
    ['Der Minister sagte: „Nein.“', 'direct'],
    ['„Keine Chance“, sagte der Trainer.', 'direct'],
    ['Bürgermeister: „Schwärzester Tag für die Stadt“', 'direct'],
    ['Sein bekanntestes Werk entstand 1959: „Die Blechtrommel“.', null],
    ['„Ärzte ohne Grenzen“ kündigte Hilfe für die Region an.', null],
    ['„Leben am Fluss“, so lautet der Titel der Ausstellung.', null],
    ['Die Männer seien „Feinde des Staates“, so die Anklage.', 'partial'],
  ])('%s → %s', (text, kind) => expect(kindOfFirst(text)).toBe(kind));
});

describe('quote kinds: slogans, lists and the speech of a sentence', () => {
  it.each([
    ['Die Demonstranten trugen Schilder mit der Aufschrift „Keine Gewalt“.', 'partial'],
    ['Sie riefen Parolen wie zum Beispiel „Nieder mit der Regierung“.', 'partial'],
    ['Nach Ansicht des Ministers ist die Lage „beherrschbar“.', 'partial'],
    ['Die Lage ist „beherrschbar“.', null],
    ['Hielte sich der Betrieb nicht daran, so „drohe ihm ein Bußgeld“.', 'partial'],
  ])('%s → %s', (text, kind) => expect(kindOfFirst(text)).toBe(kind));

  it.each([
    ['Der Richter nannte die Aussage „widersprüchlich“ und „unglaubwürdig“.', ['partial', 'partial']],
    ['Im Kino liefen die Filme „Solaris“ und „Stalker“.', []],
    ['Der Sprecher von „Brot für die Welt“ und „Misereor“ sagte, man helfe.', []],
  ])('%s → %j', (text, kinds) => expect(extractText(text).quotes.map((q) => q.kind)).toEqual(kinds));
});

describe('the quote-frame lexicon', () => {
  it('holds name heads in lower case, as they match the end of a lower-cased compound', () => {
    expect([...NAME_HEADS].filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});

describe('quote kinds on long runs', () => {
  it('classifies a list of thousands of quotations without following it far back', () => {
    const text = `Die Liste nannte ${Array.from({ length: 5000 }, (_, i) => `„Titel ${i}“`).join(' und ')}.`;
    const doc = extractText(text);
    expect(doc.quotes.every((q) => q.kind === 'partial' || q.kind === 'direct')).toBe(true);
  });

  it('does not follow thousands of unclosed quotations into later paragraphs', () => {
    const text = Array.from({ length: 3000 }, () => 'Er sagte „offen').join('\n') + '\nEnde.“';
    const doc = extractText(text);
    expect(doc.quotes.length).toBeLessThanOrEqual(1);
    expect(doc.warnings.some((w) => w.code === 'too-many-warnings')).toBe(true);
  });
});

describe('speakers', () => {
  it.each([
    ['cue after', '„Es gibt keinen Zweifel daran“, sagte der demokratische Senator Chris Murphy.', 'Chris Murphy'],
    ['so X', '„Wir verhandeln weiter“, so Kremlsprecher Dmitri Peskow.', 'Dmitri Peskow'],
    ['cue before with colon', 'US-Präsident Donald Trump telefonierte lange. Trump erklärte dazu: „Ein Teil des Landes wird zurückkommen.“', 'Donald Trump'],
    ['fronted adverbial', 'Als Begründung sagte ein Sprecher der Regierung: „Das ist ein breites Feld.“', 'Sprecher'],
    ['inverted', '„Wir haben das bestätigt“, erklärte der Kremlsprecher Dmitri Peskow.', 'Dmitri Peskow'],
    ['headline style', 'Trump: Rückkehr zu den Grenzen "unwahrscheinlich"', 'Trump'],
    ['pronoun', 'Einen Dämpfer erhielt Kiew von US-Verteidigungsminister Pete Hegseth. Er bezeichnete den Beitritt als „praktisch ausgeschlossen“.', 'Pete Hegseth'],
    ['role noun', 'US-Präsident Donald Trump sprach mit Putin. „Das glaube ich nicht“, fügte der US-Präsident hinzu.', 'Donald Trump'],
    ['organisation', '„Das Treffen findet statt“, teilte das Weiße Haus mit.', 'Weißes Haus'],
    ['laut', 'Laut Finanzminister Scott Bessent soll das Land das Geld „zurückbekommen“.', 'Scott Bessent'],
    ['quote alone after its speaker', 'Trump kündigte an, Selenskyj zu informieren. „Ich glaube, dass diese Bemühungen erfolgreich sein werden!“', 'Trump'],
  ])('%s: %s', (_name, text, speaker) => {
    const doc = extractText(text);
    expect(doc.quotes[0]?.speaker?.name).toBe(speaker);
  });

  it('records resolvedBy and the mention as printed', () => {
    const doc = extractText('Kanzler Olaf Scholz kam. „Wir bleiben“, sagte er.');
    const s = doc.quotes[0].speaker!;
    expect([s.text, s.name, s.resolvedBy]).toEqual(['er', 'Olaf Scholz', 'pronoun']);
  });

  it('names the organisation a spokesperson speaks for', () => {
    const doc = extractText('„Wir sind bereit“, sagte Kremlsprecher Dmitri Peskow.');
    expect(doc.quotes[0].speaker?.affiliation).toBe('Kreml');
  });
});

describe('offsets', () => {
  it('every span is the text at its offsets', () => {
    const text = 'Kanzler Olaf Scholz kam. „Wir bleiben“, sagte er. Laut Scholz sei das klar.';
    const doc = extractText(text);
    for (const s of [...doc.quotes, ...doc.claims]) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      if (s.speaker) expect(text.slice(s.speaker.start, s.speaker.end)).toBe(s.speaker.text);
      if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    }
  });
});
