/**
 * Keeps a failing part of a page (e.g. an embedded diff) from taking the whole page down: the
 * part is replaced by a short message, the rest stays usable.
 */
import { Component, type ReactNode } from 'react'
import { ErrorMessage } from './ErrorMessage'

interface State {
  error: Error | undefined
}

export class SectionErrorBoundary extends Component<
  { children: ReactNode; heading: string },
  State
> {
  override state: State = { error: undefined }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render() {
    if (!this.state.error) return this.props.children
    return <ErrorMessage error={this.state.error} heading={this.props.heading} />
  }
}
