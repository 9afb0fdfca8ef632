/** Tells when the device believes the network is back; in browsers the hosts listen for `online` events. */
export interface NetworkSignal {
  onOnline(listener: () => void): () => void;
}
