import { render } from 'vitest-browser-react'
import { expect, it } from 'vitest'
import { App } from './App'

it('renders the German heading', async () => {
  const screen = await render(<App />)
  await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bauplan')
})
