// Tabs of this browser share one cookie: when one signs in or out, the others follow at once
// instead of on their next request. Other browsers and devices find out on their next request.
export type SessionMessage = 'signed-in' | 'signed-out'

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('quire-session') : undefined

export function broadcastSession(message: SessionMessage): void {
  channel?.postMessage(message)
}

export function onSessionBroadcast(listener: (message: SessionMessage) => void): () => void {
  if (!channel) return () => undefined
  const handle = (event: MessageEvent<unknown>): void => {
    if (event.data === 'signed-in' || event.data === 'signed-out') listener(event.data)
  }
  channel.addEventListener('message', handle)
  return () => channel.removeEventListener('message', handle)
}
