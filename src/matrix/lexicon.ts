// Word lists for comparing statements: German function words and the verbs
// that frame speech. They carry no content of their own, so two outlets'
// versions of one statement are compared without them.

const FUNCTION_WORDS = `
aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beim bin bis
bisher bist da dabei dadurch dafür dagegen daher damit dann daran darauf daraus darin darum darunter darüber das dass
davon dazu dein dem den denen denn dennoch der deren des deshalb dessen dich die dies diese diesem diesen dieser dieses
doch dort du durch eben ein eine einem einen einer eines einige einigen einiger einmal er es etwa etwas euch euer für
gegen gewesen hab habe haben hat hatte hatten hätte hätten ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer
in indem ins ist ja je jede jedem jeden jeder jedes jedoch jene jenem jenen jener jetzt kann kein keine keinem keinen
keiner konnte könne können könnte man manche mehr mein meine mich mir mit muss musste müsse müssen nach nachdem nein
nicht nichts noch nun nur ob oder ohne schon sehr sei seien sein seine seinem seinen seiner seit selbst sich sie sind so
solche soll solle sollen sollte sollten sondern sowie sowohl über um und uns unser unsere unter viel vom von vor wann
war waren wäre wären warum was weil weiter welche welchem welchen welcher wenn wer werde werden wird wie wieder will wir
wo wollen wolle wollte worden wurde wurden würde würden zu zum zur zwar zwischen also bereits zudem dabei jeweils
sogar offenbar derzeit demnach hingegen allerdings zunächst erst erstmals laut zufolge gemäß denn dies mal beide beiden
seines ihres meines deines unserem unseren unserer unseres eurem euren eurer jeweilig jeweilige jeweiligen jeweiliger
worden sein seien gewesen wäre hätte hätten habe haben hat hast ganz gar sowie beziehungsweise bzw etwa vielleicht
`;

// Adverbs of time and manner that many unrelated statements share.
const ADVERBS = `
sofort umgehend bald heute gestern morgen nun jetzt dann damals danach zuvor später künftig weiterhin bislang inzwischen
mittlerweile rasch schnell gerade eigentlich wohl eher besonders vor allem zuletzt erneut wiederholt mehrfach mehrmals
fast knapp rund etwa ungefähr circa nahezu beinahe annähernd mindestens höchstens lediglich
`;

// Frames of reported speech: "sagte", "erklärte", "teilte … mit", "so".
const SPEECH_VERBS = `
sagen sagte sagten sagt gesagt sage erklären erklärte erklärten erklärt erkläre betonen betonte betont betone
mitteilen teilte teilten mit mitgeteilt schreiben schrieb schrieben geschrieben schreibt berichten berichtete
berichteten berichtet äußern äußerte geäußert meinen meinte meint fügte hinzu hinzugefügt ergänzte ergänzt
kündigte an angekündigt versicherte versichert bekräftigte bekräftigt unterstrich unterstrichen sprach spricht
hieß heißt heiße hiess so bezeichnen bezeichnete bezeichneten bezeichnet nannte nannten nennt genannt
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${ADVERBS} ${SPEECH_VERBS}`.split(/\s+/).filter(Boolean),
);

/** Role nouns that may stand before a name ("US-Präsident Donald Trump"). */
export const ROLE_WORD = /(präsident|präsidentin|minister|ministerin|kanzler|kanzlerin|sprecher|sprecherin|chef|chefin|senator|senatorin|direktor|direktorin|gesandter|gesandte|berater|beraterin|vorsitzender|vorsitzende|botschafter|botschafterin|abgeordneter|abgeordnete|bürgermeister|bürgermeisterin|politiker|politikerin|general|sekretär|sekretärin|staatschef|regierungschef|premier|premierminister|könig|königin|papst|experte|expertin|analyst|analystin)(s|en|n|nen)?$/i;
