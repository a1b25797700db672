/**
 * German message catalogue (the default language). `en.ts` must have exactly the same keys and
 * parameters; the type `Messages` makes a missing or extra key a compile error.
 */
const de = {
  // titles of problem documents, by HTTP status
  'status.400': 'Ungültige Anfrage',
  'status.401': 'Anmeldung erforderlich',
  'status.403': 'Nicht erlaubt',
  'status.404': 'Nicht gefunden',
  'status.405': 'Methode nicht erlaubt',
  'status.409': 'Konflikt',
  'status.413': 'Inhalt zu groß',
  'status.415': 'Medientyp nicht unterstützt',
  'status.422': 'Inhalt ungültig',
  'status.429': 'Zu viele Anfragen',
  'status.500': 'Interner Fehler',
  'status.other': 'Fehler',

  'request.notFound': (method: string, url: string) =>
    `Unter ${method} ${url} gibt es nichts. Die API-Referenz steht unter /api/docs.`,
  'request.invalidJson': (reason: string) => `Der Anfragekörper ist kein gültiges JSON: ${reason}.`,
  'request.emptyJson':
    'Der Anfragekörper ist leer, obwohl Content-Type application/json angegeben ist.',
  'request.internal':
    'Auf dem Server ist ein unerwarteter Fehler aufgetreten. Er wurde protokolliert; bitte später erneut versuchen.',
  'request.generic': (reason: string) => `Die Anfrage ist fehlgeschlagen: ${reason}`,

  // request validation (JSON schema of the route); `where` is e.g. „Anfragekörper, Feld „name““
  'where.body': 'Anfragekörper',
  'where.querystring': 'Abfrageparameter',
  'where.params': 'Pfadparameter',
  'where.headers': 'Kopfzeile',
  'where.field': (part: string, field: string) => `${part}, Feld „${field}“`,
  'validation.required': (where: string) => `${where}: Pflichtangabe fehlt.`,
  'validation.type': (where: string, type: string) => `${where}: muss ${type} sein.`,
  'validation.additionalProperties': (where: string) =>
    `${where}: unbekanntes Feld; es ist hier nicht vorgesehen.`,
  'validation.enum': (where: string, allowed: string) =>
    `${where}: muss einer dieser Werte sein: ${allowed}.`,
  'validation.minLength': (where: string, limit: number) =>
    `${where}: muss mindestens ${limit} Zeichen lang sein.`,
  'validation.maxLength': (where: string, limit: number) =>
    `${where}: darf höchstens ${limit} Zeichen lang sein.`,
  'validation.minimum': (where: string, limit: number) =>
    `${where}: muss mindestens ${limit} sein.`,
  'validation.maximum': (where: string, limit: number) => `${where}: darf höchstens ${limit} sein.`,
  'validation.pattern': (where: string, pattern: string) =>
    `${where}: hat nicht die erwartete Form (Muster ${pattern}).`,
  'validation.format': (where: string, format: string) =>
    `${where}: ist kein gültiger Wert im Format „${format}“.`,
  'validation.minItems': (where: string, limit: number) =>
    `${where}: braucht mindestens ${limit} Einträge.`,
  'validation.maxItems': (where: string, limit: number) =>
    `${where}: darf höchstens ${limit} Einträge haben.`,
  'validation.other': (where: string, reason: string) => `${where}: ungültig (${reason}).`,
  'validation.summary': (count: number, first: string) =>
    count === 1 ? first : `${count} Fehler in der Anfrage. Erster: ${first}`,
  'type.string': 'ein Text',
  'type.integer': 'eine ganze Zahl',
  'type.number': 'eine Zahl',
  'type.boolean': 'true oder false',
  'type.object': 'ein Objekt',
  'type.array': 'eine Liste',
  'type.null': 'null',

  // authentication
  'auth.required':
    'Für diese Anfrage ist eine Anmeldung nötig: ein Sitzungs-Cookie (POST /api/session) oder ein API-Token im Header „Authorization: Bearer bpl_…“.',
  'auth.malformedAuthorization':
    'Der Authorization-Header muss die Form „Bearer bpl_…“ haben (ein persönliches API-Token).',
  'auth.invalidToken': 'Das API-Token ist unbekannt, abgelaufen oder widerrufen.',
  'auth.userDisabled': 'Dieses Benutzerkonto ist deaktiviert; bitte an die Administration wenden.',
  'auth.csrf':
    'Der Header X-CSRF-Token fehlt oder passt nicht zur Sitzung. Bei Anmeldung per Cookie muss jede ändernde Anfrage den Wert des Cookies bauplan_csrf in X-CSRF-Token mitsenden.',
  'auth.invalidCredentials': 'Benutzername (oder E-Mail-Adresse) oder Passwort ist falsch.',
  'auth.rateLimited': (seconds: number) =>
    `Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${seconds} Sekunden erneut versuchen.`,
  'auth.adminRequired':
    'Nur Personen mit der Rolle Admin dürfen Organisationen und Benutzer verwalten.',
  'auth.notOwnToken': (id: string) =>
    `Ein eigenes API-Token mit der Kennung „${id}“ gibt es nicht.`,
  'auth.cannotDisableSelf':
    'Sie können Ihr eigenes Konto nicht deaktivieren; so bleibt immer jemand, der verwalten kann.',

  // uploads
  'admin.lastAdmin':
    'Das ist die letzte aktive Person mit der Rolle Admin; ohne sie könnte niemand mehr Benutzer verwalten. Vergeben Sie die Rolle zuerst an jemand anderen.',
  'upload.zipWithFiles':
    'Ein Zip-Archiv enthält den ganzen Baustein-Ordner; senden Sie es allein, nicht zusammen mit einzelnen Dateien.',
  'catalogue.organisationRequired':
    'Welche Organisation soll den Baustein besitzen? Geben Sie ?organisation= an (Sie sind Modellierer in keiner oder mehreren Organisationen).',
  'upload.tooManyParts': 'Das Formular hat zu viele Teile oder Felder.',
  'upload.bodyTooLarge': (limit: string) =>
    `Der Anfragekörper ist größer als erlaubt (höchstens ${limit}).`,
  'upload.fileTooLarge': (name: string, limit: string) =>
    `Datei „${name}“ ist größer als erlaubt (höchstens ${limit} je Datei).`,
  'upload.folderTooLarge': (limit: string) =>
    `Die Dateien sind zusammen größer als erlaubt (höchstens ${limit}).`,
  'upload.tooManyFiles': (max: number) => `Zu viele Dateien: höchstens ${max} je Baustein.`,
  'upload.zipTooManyEntries': (max: number) =>
    `Das Zip-Archiv hat zu viele Einträge: höchstens ${max}.`,
  'upload.zipUncompressedTooLarge': (limit: string) =>
    `Das Zip-Archiv entpackt sich zu mehr als ${limit}; es wird nicht angenommen.`,
  'upload.zipCorrupt': 'Die Datei ist kein lesbares Zip-Archiv.',
  'upload.zipEntryName': (name: string) =>
    `Zip-Eintrag „${name}“: Namen dürfen weder Ordner („/“, „\\“) noch „..“ noch absolute Pfade enthalten. Packen Sie die Dateien des Baustein-Ordners direkt ins Archiv, nicht den Ordner.`,
  'upload.zipCompression': (name: string, method: number) =>
    `Zip-Eintrag „${name}“ ist mit Verfahren ${method} komprimiert; nur „stored“ (0) und „deflate“ (8) werden gelesen.`,
  'upload.zipSizeMismatch': (name: string) =>
    `Zip-Eintrag „${name}“ ist größer oder kleiner als im Archiv angegeben; das Archiv ist beschädigt oder manipuliert.`,
  'upload.duplicateFile': (name: string) => `Die Datei „${name}“ kommt mehrfach vor.`,
  'upload.notUtf8': (name: string) => `Datei „${name}“ ist kein UTF-8-Text.`,
  'upload.noFiles': 'Die Anfrage enthält keine Dateien.',
  'upload.badFileName': (name: string) =>
    `„${name}“ ist kein zulässiger Dateiname (keine Ordner, kein „..“, keine Steuerzeichen, höchstens 255 Zeichen).`,
  'upload.unsupportedMediaType': (type: string, accepted: string) =>
    `Medientyp „${type}“ wird hier nicht angenommen; erlaubt: ${accepted}.`,
  'upload.fileMediaType': (name: string, type: string, accepted: string) =>
    `Datei „${name}“ wurde als „${type}“ gesendet; für diese Dateiart erlaubt: ${accepted}.`,
  'upload.unsupportedFileType': (name: string) =>
    `Datei „${name}“: nur .bpmn, .dmn und .json gehören in einen Baustein.`,
  'upload.multipartField': (field: string) =>
    `Das Formularfeld „${field}“ ist hier nicht vorgesehen; erwartet werden nur Dateien.`,
} satisfies Record<string, string | ((...args: never[]) => string)>

export type Messages = typeof de
export { de }
