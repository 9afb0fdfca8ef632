const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO moment as a datetime-local input shows it: the person's own clock, to the minute. */
export function toLocalInput(iso: string | undefined): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local input's value (the person's own clock) as an ISO moment; empty means none. */
export function fromLocalInput(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Now, to the minute, as the publishing time an update gets when it is published. */
export function nowToTheMinute(now: Date): string {
  const minute = new Date(now);
  minute.setSeconds(0, 0);
  return minute.toISOString();
}
