// Explains a JSON syntax error in words for people who edit metadata by hand.
import type { LocalizedText } from '../problem'
import type { JsonExpectation, JsonSyntaxReason } from './locateJsonSyntaxError'

const expectations: Record<JsonExpectation, LocalizedText> = {
  value: {
    de: 'ein Wert (Text in "…", Zahl, true, false, null, Objekt {…} oder Liste […])',
    en: 'a value (text in "…", number, true, false, null, object {…} or list […])',
  },
  propertyName: {
    de: 'ein Feldname in doppelten Anführungszeichen, z. B. "name"',
    en: 'a field name in double quotes, e.g. "name"',
  },
  colon: { de: 'ein Doppelpunkt „:“ nach dem Feldnamen', en: 'a colon ":" after the field name' },
  commaOrObjectEnd: {
    de: 'ein Komma „,“ vor dem nächsten Feld oder eine schließende Klammer „}“',
    en: 'a comma "," before the next field or a closing brace "}"',
  },
  commaOrArrayEnd: {
    de: 'ein Komma „,“ vor dem nächsten Eintrag oder eine schließende Klammer „]“',
    en: 'a comma "," before the next entry or a closing bracket "]"',
  },
  endOfText: { de: 'das Ende der Datei', en: 'the end of the file' },
}

export function jsonSyntaxMessage(reason: JsonSyntaxReason): LocalizedText {
  switch (reason.kind) {
    case 'empty':
      return {
        de: 'Die Datei ist leer; erwartet wird ein JSON-Objekt mit den Metadaten des Bausteins.',
        en: 'The file is empty; expected is a JSON object with the metadata of the building block.',
      }
    case 'unexpectedEnd': {
      const expected = expectations[reason.expected]
      return {
        de: `Die Datei endet zu früh; erwartet wurde noch ${expected.de}.`,
        en: `The file ends too early; still expected was ${expected.en}.`,
      }
    }
    case 'unexpectedToken': {
      const expected = expectations[reason.expected]
      return {
        de: `Unerwartet: „${reason.token}“; erwartet wurde ${expected.de}.`,
        en: `Unexpected "${reason.token}"; expected was ${expected.en}.`,
      }
    }
    case 'trailingComma':
      return {
        de: 'Überzähliges Komma: nach dem letzten Eintrag eines Objekts oder einer Liste darf kein Komma stehen.',
        en: 'Extra comma: no comma may follow the last entry of an object or list.',
      }
    case 'comment':
      return {
        de: 'Kommentare (// oder /* */) sind in JSON nicht erlaubt; bitte entfernen.',
        en: 'Comments (// or /* */) are not allowed in JSON; please remove them.',
      }
    case 'singleQuotes':
      return {
        de: 'Texte und Feldnamen stehen in JSON in doppelten Anführungszeichen ("…"), nicht in einfachen (\'…\').',
        en: 'Texts and field names in JSON use double quotes ("…"), not single quotes (\'…\').',
      }
    case 'unquotedPropertyName':
      return {
        de: `Der Feldname „${reason.token}“ muss in doppelten Anführungszeichen stehen: "${reason.token}".`,
        en: `The field name "${reason.token}" must be in double quotes: "${reason.token}".`,
      }
    case 'unterminatedString':
      return {
        de: 'Ein Text wird nicht geschlossen: das abschließende Anführungszeichen (") fehlt. Zeilenumbrüche im Text als \\n schreiben.',
        en: 'A text is not closed: the closing quote (") is missing. Write line breaks inside text as \\n.',
      }
    case 'controlCharacterInString':
      return {
        de: 'Ein Text enthält ein Steuerzeichen (z. B. einen Tabulator); bitte als \\t bzw. \\uXXXX schreiben.',
        en: 'A text contains a control character (e.g. a tab); write it as \\t or \\uXXXX.',
      }
    case 'invalidEscape':
      return {
        de: `Ungültige Escape-Sequenz „${reason.token}“; erlaubt sind \\" \\\\ \\/ \\b \\f \\n \\r \\t und \\uXXXX. Ein einzelner Backslash wird als \\\\ geschrieben.`,
        en: `Invalid escape sequence "${reason.token}"; allowed are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX. Write a single backslash as \\\\.`,
      }
    case 'invalidNumber':
      return {
        de: `„${reason.token}“ ist keine gültige JSON-Zahl (keine führenden Nullen, Punkt als Dezimaltrenner mit Ziffern davor und danach, z. B. 0.5).`,
        en: `"${reason.token}" is not a valid JSON number (no leading zeros, a dot as decimal separator with digits before and after, e.g. 0.5).`,
      }
  }
}
