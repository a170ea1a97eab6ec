// Lines that are site chrome or credits, not article content, and the credits
// that name the outlet. Regular expressions as strings (one line each),
// matched against a whole trimmed line. Keep them anchored and free of nested
// quantifiers: they run on every line of every article.
export default {
  chrome: [
    '^(Mobiles )?Menü (schließen|öffnen)$', '^Startseite( .{0,60})?$', '^(Zur )?Navigation( springen)?$', '^Suche( öffnen)?$',
    '^(Mehr|Weitere Artikel) zum Thema.{0,80}$', '^Lesen Sie (auch|mehr).{0,120}$', '^(Artikel )?[Tt]eilen$', '^Kommentare?( \\(\\d+\\))?$',
    '^(Foto|Fotos|Bild|Grafik|Video|Quelle|Bildquelle|Copyright|©|\\(c\\)).{0,200}$', '^.{0,20}Quelle: \\(c\\) Copyright.{0,200}$',
    '^.{0,200}Click For Restrictions.{0,200}$', '^Anzeige$', '^Werbung$', '^Newsletter.{0,80}$', '^Cookie.{0,200}$',
    '^(dpa|AFP|Reuters|AP|KNA|epd|APA|sda|dts|DPA)([/,] ?[a-zA-Z]{2,8}){0,3}$'
  ],
  /** A caption stands right before a photo credit, or ends with one of these. */
  captionEnds: ['(Archivbild)', '(Symbolbild)', '(Archivfoto)'],
  agencies: { dpa: 'dpa', DPA: 'dpa', Reuters: 'Reuters', AFP: 'AFP', AP: 'AP', KNA: 'KNA', epd: 'epd', APA: 'APA', sda: 'sda', dts: 'dts' }
};
