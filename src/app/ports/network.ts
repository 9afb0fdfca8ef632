/**
 * What the device believes of its network; in browsers `navigator.onLine` and the `online` and `offline` events.
 * A device that says it is offline is: the status says "Ingen anslutning" at once, not "Sparar …" while requests
 * wait for their deadline. A device that says it is online may still not reach SharePoint; failures tell that.
 */
export interface NetworkSignal {
  isOnline(): boolean;
  /** Calls the listener whenever the device's belief changes; returns the unsubscribe. */
  onChange(listener: (online: boolean) => void): () => void;
}
