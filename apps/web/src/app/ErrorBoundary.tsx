/**
 * Catches a page that throws while rendering, so one broken page does not blank the whole app:
 * header and navigation stay usable. The shell keys it by path, so navigating away resets it.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '../lib/i18n/i18n'
import { PageHeading } from '../lib/page/PageHeading'
import { appMessages } from './messages'

interface State {
  error: Error | undefined
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page crashed', error, info.componentStack)
  }

  override render() {
    return this.state.error ? <CrashMessage error={this.state.error} /> : this.props.children
  }
}

function CrashMessage({ error }: { error: Error }) {
  const t = useT(appMessages)
  return (
    <section className="message message-error" role="alert">
      <PageHeading>{t('crashTitle')}</PageHeading>
      <p>{t('crashText', { message: error.message })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('crashReload')}
      </button>
    </section>
  )
}
