/**
 * German function words that carry no meaning in a catalogue search ("Anmeldung des Gewerbes" means
 * "Anmeldung Gewerbe"). PostgreSQL's `german` configuration drops its own stopwords from queries; the SQLite
 * adapter drops these so that a query made of content words plus articles finds the same blocks on both.
 * Our own list, deliberately short: articles, pronouns, prepositions, conjunctions, auxiliaries.
 */
export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(
  `
  der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
  ich du er sie es wir ihr mich dich sich uns euch ihn ihm ihnen mir dir
  mein meine meinen meinem meiner meines dein deine sein seine seinen seinem seiner seines
  unser unsere unseren unserem unserer unseres euer eure ihre ihren ihrem ihrer ihres
  dieser diese dieses diesen diesem jener jene jenes welcher welche welches
  und oder aber sondern denn doch noch auch nur schon sowie bzw
  in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen
  durch gegen ohne um bis seit während wegen trotz ab
  als wie wenn dass ob weil damit so da hier dort
  ist sind war waren sei bin bist seid wird werden wurde wurden worden hat haben hatte hatten
  kann können muss müssen soll sollen darf dürfen will wollen
  nicht nichts man alle alles jede jeder jedes etwas
  `
    .split(/\s+/)
    .filter((word) => word !== '')
)
