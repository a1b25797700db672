import type { InstanceRelay, RelayListener, RelayMessage } from './instanceRelay'

/**
 * Instance relays within one process: several hubs in one test (or a single-process deployment
 * with several hubs). Delivers asynchronously, like a network, in publish order, to every member
 * that joined the document — the sender included, as Redis does.
 */
export class InProcessRelayBus {
  private readonly members = new Set<InProcessRelay>()

  /** A new member (one per hub). */
  relay(instanceId: string): InProcessRelay {
    const member = new InProcessRelay(this, instanceId)
    this.members.add(member)
    return member
  }

  /** @internal */
  deliver(message: RelayMessage): void {
    const copy = { ...message, bytes: message.bytes.slice() }
    setTimeout(() => {
      for (const member of this.members) member.receive(copy)
    }, 0)
  }
}

export class InProcessRelay implements InstanceRelay {
  private readonly joined = new Set<string>()
  private listener: RelayListener | undefined
  private interrupted = false
  private failedSends = false
  /** Messages it published (for tests). */
  published: RelayMessage[] = []

  constructor(
    private readonly bus: InProcessRelayBus,
    readonly instanceId: string
  ) {}

  async join(docName: string): Promise<void> {
    this.joined.add(docName)
  }

  leave(docName: string): void {
    this.joined.delete(docName)
  }

  /** Documents it currently receives (for tests). */
  joinedDocuments(): string[] {
    return [...this.joined].sort()
  }

  publish(message: RelayMessage): void {
    this.published.push(message)
    if (this.interrupted) {
      this.failedSends = true
      return
    }
    this.bus.deliver(message)
  }

  listen(listener: RelayListener): void {
    this.listener = listener
  }

  /** Simulates a dropped connection: nothing is sent or received until `restore`. */
  interrupt(): void {
    this.interrupted = true
  }

  /** The connection is back: tells the listener what may have been lost, as a reconnect does. */
  restore(): void {
    this.interrupted = false
    this.listener?.missedIncoming()
    if (this.failedSends) {
      this.failedSends = false
      this.listener?.missedOutgoing()
    }
  }

  /** @internal */
  receive(message: RelayMessage): void {
    if (this.interrupted || !this.joined.has(message.docName)) return
    this.listener?.message(message)
  }
}
