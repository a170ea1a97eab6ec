// Load the lexicons once, validated with zod, into the lookup shapes the
// stages use (Sets and Maps). A linguist extends the data files under
// src/lexicon/<lang>/ without touching the extractor.
import { z } from 'zod';
import abbreviationsData from './de/abbreviations.js';
import grammarData from './de/grammar.js';
import konjunktivData from './de/konjunktiv.js';
import namesData from './de/names.js';
import organisationsData from './de/organisations.js';
import quoteFramesData from './de/quote-frames.js';
import quotesData from './de/quotes.js';
import reportFramesData from './de/report-frames.js';
import rolesData from './de/roles.js';
import speechVerbsData from './de/speech-verbs.js';

const Abbreviations = z.object({ abbreviations: z.array(z.string()), months: z.array(z.string()) });
const QuoteMarks = z.object({ pairs: z.array(z.object({ open: z.string().length(1), close: z.array(z.string().length(1)) })) });

function load<T>(name: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`lexicon ${name} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const abbr = load('de/abbreviations', Abbreviations, abbreviationsData);
const marks = load('de/quotes', QuoteMarks, quotesData);

export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbr.abbreviations);
export const MONTHS: ReadonlySet<string> = new Set(abbr.months);

/** Opening mark → the marks that may close it. */
export const QUOTE_PAIRS: ReadonlyMap<string, readonly string[]> = new Map(marks.pairs.map((p) => [p.open, p.close]));
/** Every character that is a quotation mark. */
export const QUOTE_CHARS: ReadonlySet<string> = new Set(marks.pairs.flatMap((p) => [p.open, ...p.close]));

const words = z.array(z.string());
const Grammar = z.object({ obliqueDeterminers: words, prepositions: words, fronted: words, subordinators: words, determiners: words, personalPronouns: words, pluralPronouns: words, demonstratives: words, focusParticles: words, skipAdverbs: words, nameStops: words, nameParticles: words, nameArticles: words, nominativePronouns: words, nominativeArticles: words, masculineNominative: words, coordinators: words, phraseJoiners: words, listLinks: words, pastPassive: words, inText: words, volition: words, takeUp: words, notNames: words, places: words, auxiliaries: words, passiveAuxiliaries: words, relativePronouns: words, subjectRelatives: words, possessives: words, genitivePossessives: words, academicTitles: words, genitiveDeterminers: words, placePrepositions: words, clauseLinks: words, addressVerbs: words });
const Names = z.object({ given: z.string() });
const Organisations = z.object({ heads: words, suffixes: words, metonyms: z.record(z.string(), z.string()), inflected: z.array(z.object({ forms: words, noun: z.string(), name: z.string() })), namedByNext: words });
const Roles = z.object({ suffixes: words, aliases: z.array(z.tuple([z.string(), z.string()])), adjectiveEndings: words });
const SpeechVerbs = z.object({
  weak: z.array(z.object({ stem: z.string(), particle: z.string().optional(), als: z.boolean().optional() })),
  forms: z.array(z.object({ forms: words, particle: z.string().optional(), als: z.boolean().optional() })),
  according: words,
  accordingNouns: words,
  nouns: words,
});

const grammar = load('de/grammar', Grammar, grammarData);
export const DETERMINERS: ReadonlySet<string> = new Set(grammar.determiners.flatMap((w) => [w, cap(w)]));
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(grammar.personalPronouns);
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(grammar.demonstratives);
export const SKIP_ADVERBS: ReadonlySet<string> = new Set(grammar.skipAdverbs);
/** Particles and articles inside a surname: "von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([...grammar.nameParticles, ...grammar.nameArticles]);
/** Particles that may open a surname right after a given name: "Karl-Heinz zu Berg". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(grammar.nameParticles);
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(grammar.nominativePronouns);
export const NOMINATIVE_ARTICLES: ReadonlySet<string> = new Set(grammar.nominativeArticles.flatMap((w) => [w, cap(w)]));
export const MASCULINE_NOMINATIVE: ReadonlySet<string> = new Set(grammar.masculineNominative);
export const COORDINATORS: ReadonlySet<string> = new Set(grammar.coordinators);
export const PHRASE_JOINERS: ReadonlySet<string> = new Set(grammar.phraseJoiners);
export const LIST_LINKS: ReadonlySet<string> = new Set(grammar.listLinks);
export const PAST_PASSIVE: ReadonlySet<string> = new Set(grammar.pastPassive);
export const IN_TEXT: ReadonlySet<string> = new Set(grammar.inText.flatMap((w) => [w, cap(w)]));
export const VOLITION: ReadonlySet<string> = new Set(grammar.volition);
export const TAKE_UP: ReadonlySet<string> = new Set(grammar.takeUp);
/** Never part of a person's name: function words, days, months, and places. */
export const NOT_NAMES: ReadonlySet<string> = new Set([...grammar.notNames, ...grammar.places]);
export const AUXILIARIES: ReadonlySet<string> = new Set(grammar.auxiliaries);
/** Cue verbs whose object, the one addressed, follows them: "Die Stiftung bat die Regierung, …". */
export const ADDRESS_VERBS: ReadonlySet<string> = new Set(grammar.addressVerbs);
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(grammar.passiveAuxiliaries);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(grammar.relativePronouns);
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(grammar.subjectRelatives);
export const POSSESSIVES: ReadonlySet<string> = new Set(grammar.possessives);
export const GENITIVE_POSSESSIVES: ReadonlySet<string> = new Set(grammar.genitivePossessives);
export const ACADEMIC_TITLES: ReadonlySet<string> = new Set(grammar.academicTitles);
export const GENITIVE_DETERMINERS: ReadonlySet<string> = new Set(grammar.genitiveDeterminers);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(grammar.placePrepositions);
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(grammar.clauseLinks);
/** Countries and alliances, which may speak for their governments. */
export const PLACES: ReadonlySet<string> = new Set(grammar.places);
export const FRONTED: ReadonlySet<string> = new Set(grammar.fronted);
export const FOCUS_PARTICLES: ReadonlySet<string> = new Set(grammar.focusParticles);
export const OBLIQUE: ReadonlySet<string> = new Set([...grammar.obliqueDeterminers, ...grammar.prepositions].flatMap((w) => [w, cap(w)]));
export const SUBORDINATORS: ReadonlySet<string> = new Set(grammar.subordinators);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(load('de/names', Names, namesData).given.split(/\s+/).filter(Boolean));

const orgs = load('de/organisations', Organisations, organisationsData);
export const ORG_HEADS: ReadonlySet<string> = new Set(orgs.heads);
export const ORG_SUFFIXES: readonly string[] = orgs.suffixes;
/** Capital → the organisation it stands for as a speaker. */
export const METONYMS: ReadonlyMap<string, string> = new Map(Object.entries(orgs.metonyms));
/** A form of an inflected adjective → the noun after it and the organisation both name ("Weißen" → Haus, "Weißes Haus"). */
export const INFLECTED_ORGS: ReadonlyMap<string, { noun: string; name: string }> = new Map(orgs.inflected.flatMap((o) => o.forms.map((f) => [f, { noun: o.noun, name: o.name }] as const)));
export const ORG_NAMED_BY_NEXT: ReadonlySet<string> = new Set(orgs.namedByNext);

const roles = load('de/roles', Roles, rolesData);
export const ROLE_SUFFIXES: readonly string[] = [...new Set(roles.suffixes)].sort((a, b) => b.length - a.length);
export const ROLE_ALIASES: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [a, b] of roles.aliases) m.set(a, [...(m.get(a) ?? []), b]);
  return m;
})();

export interface CueVerb {
  /** A separable particle that must follow in the clause ("teilte … mit"). */
  particle?: string;
  /** Frames a quotation with "als". */
  als?: boolean;
}

const verbs = load('de/speech-verbs', SpeechVerbs, speechVerbsData);
/** Every form of every speech verb → what it needs. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb[]> = (() => {
  const m = new Map<string, CueVerb[]>();
  const add = (form: string, v: CueVerb) => {
    const list = m.get(form) ?? [];
    if (!list.some((x) => x.particle === v.particle)) list.push(v);
    m.set(form, list);
  };
  for (const w of verbs.weak) {
    // "rechn" → "rechnet", "bezeichn" → "bezeichnet"; not after a silent h: "erwähn" → "erwähnt"
    const e = /[td]$|(?:[^aeiouäöülrh]|[cs]h)[nm]$/.test(w.stem) ? 'e' : '';
    // "forder" → "fordern", "bezweifel" → "bezweifeln": stems in -er/-el take -n, not -en
    // ("bedauer" → "bedauern", "feier" → "feiern"; not "kritisier" → "kritisieren")
    const en = /(?<!i)e[rl]$|[ae]ie[rl]$/.test(w.stem) ? 'n' : 'en';
    const forms = [w.stem + e + 't', w.stem + e + 'te', w.stem + e + 'ten', w.stem + 'e', w.stem + en, 'ge' + w.stem + e + 't'];
    const v = { particle: w.particle, als: w.als };
    for (const f of forms) add(f, v);
    // In a subordinate clause the particle is joined: "…, wie er mitteilte"; so it is after a modal: "musste einräumen".
    if (w.particle && !w.particle.includes(' ')) {
      for (const f of [...forms.slice(0, 3), w.stem + en]) add(w.particle + f, { als: w.als });
      add(w.particle + 'ge' + w.stem + e + 't', { als: w.als });
    }
  }
  for (const f of verbs.forms) for (const form of f.forms) add(form, { particle: f.particle, als: f.als });
  return m;
})();
export const ACCORDING_MARKERS: ReadonlySet<string> = new Set(verbs.according.flatMap((w) => [w, cap(w)]));
export const CUE_NOUNS: ReadonlySet<string> = new Set(verbs.nouns);
export const ACCORDING_NOUNS: ReadonlySet<string> = new Set(verbs.accordingNouns);

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

const Konjunktiv = z.object({ irregular: words, second: words, regularStems: words, suffixes: words, suffixExceptions: words, hearsay: words, narratorModals: words, conditions: words });
const konj = load('de/konjunktiv', Konjunktiv, konjunktivData);
/** Finite verb forms that mark reported speech (Konjunktiv I, and II as its stand-in). */
export const KONJUNKTIV_I: ReadonlySet<string> = new Set([...konj.irregular, ...konj.regularStems.map((s) => s + 'e')]);
export const KONJUNKTIV_II: ReadonlySet<string> = new Set(konj.second);
/** Endings of a Konjunktiv I for a whole class of verbs ("-iere"). */
export const KONJUNKTIV_I_SUFFIXES: readonly string[] = konj.suffixes;
/** Words with such an ending that are no verb. */
export const KONJUNKTIV_SUFFIX_EXCEPTIONS: ReadonlySet<string> = new Set(konj.suffixExceptions);
export const KONJUNKTIV: ReadonlySet<string> = new Set([...KONJUNKTIV_I, ...KONJUNKTIV_II]);
export const HEARSAY_MODALS: ReadonlySet<string> = new Set(konj.hearsay);
/** Konjunktiv II forms that are the narrator's modals, not reported speech ("könnte"). */
export const NARRATOR_MODALS: ReadonlySet<string> = new Set(konj.narratorModals);
/** Words that make a Konjunktiv II in their sentence a condition ("wenn", "falls"). */
export const CONDITIONS: ReadonlySet<string> = new Set(konj.conditions);

const ReportFrames = z.object({ nouns: words, intentNouns: words, reportedVerbs: words, accordingSuffixes: words, accordingAdverbs: words, consequenceAdverbs: words, relatives: words, contentAdverbs: words, announcingVerbs: words, announcingNouns: words, viewNouns: words, viewArticles: words, takenUp: words, holdVerbs: words, stanceVerbs: words, documentSuffixes: words, separablePrefixes: words });
const reportFrames = load('de/report-frames', ReportFrames, reportFramesData);
/** Nouns whose complement clause is reported content ("die Forderung, …"). */
export const FRAME_NOUNS: ReadonlySet<string> = new Set(reportFrames.nouns);
export const INTENT_NOUNS: ReadonlySet<string> = new Set(reportFrames.intentNouns);
/** Starts of the forms of speech acts reported by their object alone ("bestätig" → bestätigte, bestätigt). */
export const REPORTED_VERBS: readonly string[] = reportFrames.reportedVerbs;
/** Endings of compounds that name a source after "nach" ("nach Polizeiangaben"), longest first. */
export const ACCORDING_SUFFIXES: readonly string[] = [...reportFrames.accordingSuffixes].sort((a, b) => b.length - a.length);
export const ACCORDING_ADVERBS: ReadonlySet<string> = new Set(reportFrames.accordingAdverbs);
/** Adverbs that open the narrator's conclusion about something said before ("Damit bestätigte er …"). */
export const CONSEQUENCE_ADVERBS: ReadonlySet<string> = new Set(reportFrames.consequenceAdverbs);
export const REPORT_RELATIVES: ReadonlySet<string> = new Set(reportFrames.relatives);
/** What a view sees in something ("sieht in dem Plan eine Gefahr"). */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(reportFrames.viewNouns);
/** The same as the end of a compound ("Sicherheitsrisiko"), lower case: those of six letters or more. */
export const VIEW_NOUN_ENDINGS: readonly string[] = reportFrames.viewNouns.filter((w) => w.length >= 6).map((w) => w.toLowerCase());
/** Verbs that hold a view of "es" spelled out by a clause ("hält es für möglich, dass …"). */
export const STANCE_VERBS: ReadonlySet<string> = new Set([...reportFrames.holdVerbs, ...reportFrames.stanceVerbs]);
/** Those that hold it "für" something ("hält den Betrieb für sicher"). */
export const HOLD_VERBS: ReadonlySet<string> = new Set(reportFrames.holdVerbs);
/** The articles of the noun of a view ("sieht in dem Plan eine Gefahr"). */
export const VIEW_ARTICLES: ReadonlySet<string> = new Set(reportFrames.viewArticles);
/** A cue's object that stands for what was said before ("Der Verband bestreitet dies."). */
export const TAKEN_UP: ReadonlySet<string> = new Set(reportFrames.takenUp);
/** Adverbs that announce a content clause ("legten Wert darauf, dass …"). */
export const CONTENT_ADVERBS: ReadonlySet<string> = new Set(reportFrames.contentAdverbs);
/** Starts of the forms of verbs that say what such an adverb announces ("pochte darauf, dass …"). */
export const ANNOUNCING_VERBS: readonly string[] = reportFrames.announcingVerbs;
/** Nouns that say it with a verb of their own ("legten Wert darauf, dass …"). */
export const ANNOUNCING_NOUNS: ReadonlySet<string> = new Set(reportFrames.announcingNouns);
/** Endings of nouns of texts ("Pressemitteilung", "Abschlussbericht"), lower case. */
export const DOCUMENT_SUFFIXES: readonly string[] = reportFrames.documentSuffixes;
/** Separable prefixes, longest first: "zurück" + "zu" + "treten". */
export const SEPARABLE_PREFIXES: readonly string[] = [...reportFrames.separablePrefixes].sort((a, b) => b.length - a.length);

const QuoteFrames = z.object({ titleCues: words, nameHeads: words, namingAfter: words, judgingVerbs: words, namingVerbs: words, selfNamingVerbs: words, sloganNouns: words, vonVerbs: words, sourcePrepositions: words, nameFunctionWords: words, foreignFunctionWords: words });
const quoteFrames = load('de/quote-frames', QuoteFrames, quoteFramesData);
/** Words right before a quotation that announce a name or term ("sogenannte", "Motto"). */
export const TITLE_CUES: ReadonlySet<string> = new Set(quoteFrames.titleCues);
/** Nouns that head a named work, medium or body, as the end of a compound ("magazin" in "Wochenmagazines"). */
export const NAME_HEADS: ReadonlySet<string> = new Set(quoteFrames.nameHeads);
/** Words right after a quotation that make it a name ("genannt", "bekannt"). */
export const NAMING_AFTER: ReadonlySet<string> = new Set(quoteFrames.namingAfter);
/** Verbs that judge in words, often "als „…“". */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(quoteFrames.judgingVerbs);
/** Verbs that give a name ("hieß", "bedeutet"). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(quoteFrames.namingVerbs);
/** Verbs that give a name with "sich" or "man" ("nennt sich", "nennt man"). */
export const SELF_NAMING_VERBS: ReadonlySet<string> = new Set(quoteFrames.selfNamingVerbs);
/** Nouns that introduce a slogan ("Parolen wie „…“"). */
export const SLOGAN_NOUNS: ReadonlySet<string> = new Set(quoteFrames.sloganNouns);
/** Verbs (and "Rede") that speak "von „…“". */
export const VON_VERBS: ReadonlySet<string> = new Set(quoteFrames.vonVerbs);
/** Prepositions before the medium or addressee of a statement ("in der „Zeit“", "gegenüber dem „Spiegel“"). */
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(quoteFrames.sourcePrepositions);
/** Prepositions, for adverbial phrases before a quotation ("unter anderem „…“"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(grammar.prepositions);
/** Lower-case words a name may contain ("Rat für Sicherheit", "Brothers to the Rescue"). */
export const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set([...quoteFrames.nameFunctionWords, ...quoteFrames.foreignFunctionWords]);
/** Function words of other languages, a sign of a quoted title. */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(quoteFrames.foreignFunctionWords);
