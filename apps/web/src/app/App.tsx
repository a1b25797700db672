export function App() {
  return (
    <main>
      <h1>Bauplan</h1>
      <p>Werkbank für Bausteine der digitalen Verwaltung.</p>
    </main>
  )
}
