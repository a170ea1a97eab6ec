// Role nouns: a word ending in one of these (case-folded) names a person by
// office or function: "US-Präsident", "Kremlsprecher", "Pentagon-Chef".
// `aliases`: roles that name the same office ("Pentagon-Chef" = "Verteidigungsminister").
export default {
  suffixes: [
    'präsident', 'präsidentin', 'minister', 'ministerin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'kanzler', 'kanzlerin',
    'senator', 'senatorin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'vorsitzende', 'vorsitzender', 'sekretär', 'sekretärin',
    'botschafter', 'botschafterin', 'gesandte', 'gesandter', 'berater', 'beraterin', 'politiker', 'politikerin', 'abgeordnete', 'abgeordneter',
    'bürgermeister', 'bürgermeisterin', 'gouverneur', 'gouverneurin', 'general', 'kommissar', 'kommissarin', 'richter', 'richterin',
    'anwalt', 'anwältin', 'experte', 'expertin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'trainer', 'trainerin', 'manager', 'managerin',
    'gründer', 'gründerin', 'autor', 'autorin', 'journalist', 'journalistin', 'ermittler', 'ermittlerin', 'forscher', 'forscherin',
    'wissenschaftler', 'wissenschaftlerin', 'professor', 'professorin', 'arzt', 'ärztin', 'premier', 'premierministerin', 'regierungschef',
    'staatschef', 'staatschefin', 'oberhaupt', 'könig', 'königin', 'papst', 'kardinal', 'bischof', 'pfarrer', 'rabbiner', 'imam',
    'kandidat', 'kandidatin', 'funktionär', 'funktionärin', 'vertreter', 'vertreterin', 'diplomat', 'diplomatin', 'offizier', 'kommandeur',
    'befehlshaber', 'beauftragte', 'beauftragter', 'koordinator', 'koordinatorin', 'aktivist', 'aktivistin', 'vize', 'kapitän', 'spieler', 'spielerin',
    'stürmer', 'torwart', 'pilot', 'pilotin', 'polizist', 'polizistin', 'augenzeuge', 'augenzeugin', 'zeuge', 'zeugin', 'bewohner', 'bewohnerin',
    'historiker', 'historikerin', 'soziologe', 'soziologin', 'politologe', 'politologin', 'kritiker', 'kritikerin', 'bischöfin', 'intendant',
    'moderator', 'moderatorin', 'regisseur', 'regisseurin', 'sänger', 'sängerin', 'schauspieler', 'schauspielerin', 'künstler', 'künstlerin',
    'unternehmer', 'unternehmerin', 'ceo', 'geschäftsführer', 'geschäftsführerin', 'vorstand', 'vorständin', 'chefökonom', 'staatssekretär',
    'staatssekretärin', 'fraktionschef', 'parteichef', 'landrat', 'landrätin', 'stadtrat', 'stadträtin', 'senatorin', 'kommandant', 'admiral',
    'oppositionsführer', 'oppositionsführerin', 'führer', 'führerin', 'mitglied', 'sprecherin', 'staatsanwalt', 'staatsanwältin', 'verteidiger', 'verteidigerin',
    'tycoon', 'milliardär', 'milliardärin', 'außenpolitiker', 'außenpolitikerin',
    // ranks and titles that stand before a name: "Oberst Tom Becker", "Privatdozent Dr. Jana Weber"
    'oberst', 'leutnant', 'hauptmann', 'major', 'feldwebel', 'commander', 'sergeant', 'inspektor', 'inspektorin',
    'dozent', 'dozentin', 'dekan', 'dekanin', 'meteorologe', 'meteorologin', 'herausforderer', 'herausforderin'
  ],
  aliases: [
    ['pentagon-chef', 'verteidigungsminister'],
    ['kremlchef', 'präsident'],
    ['kreml-chef', 'präsident'],
    ['staatschef', 'präsident'],
    ['regierungschef', 'premierminister'],
    ['regierungschef', 'kanzler'],
    ['bundeskanzler', 'kanzler'],
    ['außenamtschef', 'außenminister'],
    ['chefdiplomat', 'außenminister'],
    ['chefdiplomatin', 'außenministerin']
  ],
  /** Words of a role phrase that are not names: "der demokratische Senator", "Ihr französischer Amtskollege". */
  adjectiveEndings: ['e', 'en', 'er', 'es', 'em']
};
