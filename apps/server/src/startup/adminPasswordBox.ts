/**
 * The one-time admin password, printed once at the first start in a box that stands out in a log.
 * Both languages, because whoever installs the server may read either.
 */
export function adminPasswordBox(username: string, password: string): string {
  const lines = [
    'Bauplan: Administrator-Konto angelegt / administrator account created',
    '',
    `Benutzername / user name:            ${username}`,
    `Einmal-Passwort / one-time password: ${password}`,
    '',
    'Nur jetzt sichtbar; es wird nirgends gespeichert. Bitte nach der ersten',
    'Anmeldung ändern (POST /api/session/password).',
    'Shown only now and stored nowhere. Please change it after the first',
    'login (POST /api/session/password).',
  ]
  const width = Math.max(...lines.map((line) => line.length))
  const border = '═'.repeat(width + 2)
  return [`╔${border}╗`, ...lines.map((line) => `║ ${line.padEnd(width)} ║`), `╚${border}╝`].join(
    '\n'
  )
}
